package events_test

import "testing"

// TestCallFor: a call for something names its target in the object of
// "for" or a phrase after it; with no party named there is no event (a
// request needs a target). The "call on" form is unchanged.
func TestCallFor(t *testing.T) {
	cases := []textCase{
		{"Crisis\n\nThe United Nations called for calm in Haiti on Monday.", "REQUEST UNO>HTI asserted 020"},
		{"War\n\nTurkey called for a ceasefire in Syria.", "REQUEST TUR>SYR asserted 020"},
		{"War\n\nCanada called for an end to the violence in Sudan.", "REQUEST CAN>SDN asserted 020"},
		{"Talks\n\nGermany called for talks with Iran.", "REQUEST DEU>IRN asserted 026"},
		{"War\n\nJapan's call for a truce in Lebanon went unanswered.", "REQUEST JPN>LBN asserted 020"},
		{"War\n\nPope Francis called on Russia to end the war.", "REQUEST VAT>RUS asserted 020"},
		// no party in the call: nothing to code
		{"Crisis\n\nThe United Nations called for calm.", ""},
		{"Crisis\n\nThe minister called for patience on Monday.", ""},
	}
	checkEnglish(t, cases, true)
}
