package events_test

import "testing"

// TestPossessorOfAnsweredAct: a possessive pronoun before the object of a
// verb that answers an offer or a request stands for the party named
// before other than the subject ("Tehran rejected its offer"); the
// subject's own act ("its own proposal", "its involvement", no offer)
// gives it no target (en_possessed.go).
func TestPossessorOfAnsweredAct(t *testing.T) {
	cases := []textCase{
		{"Talks\n\nThe United States made a new offer on Monday. Tehran rejected its offer for new nuclear talks.", "REJECT IRN>USA asserted"},
		{"Talks\n\nThe United States warned Iran on Wednesday, as Tehran rejected its offer for new talks.", "THREATEN USA>IRN asserted; REJECT IRN>USA asserted"},
		{"Talks\n\nIran rejected its own proposal.", ""},
		{"Talks\n\nUkraine said Russia denied its involvement in the attack.", ""},
	}
	checkEnglish(t, cases, false)
}
