package events_test

import "testing"

// TestFeelingDisapproval: an English verb of feeling (concern, dismay,
// alarm, outrage …) in the passive is its subject's disapproval of the
// cause after "by", "about", "over" or "at", also with an adverb before
// the participle ("deeply concerned about"), also quoted; a cause that names no
// country gives no event (lang/en/data/events.tsv, block h/enrec3).
func TestFeelingDisapproval(t *testing.T) {
	cases := []textCase{
		{"Dodik\n\nGermany is deeply concerned about Russia's actions.", "ACCUSE DEU>RUS asserted"},
		{"Dodik\n\nThe United States is deeply disappointed by Somalia's decision.", "ACCUSE USA>SOM asserted"},
		{"Dodik\n\nFrance was dismayed by Italy's decision.", "ACCUSE FRA>ITA asserted"},
		{"Dodik\n\nJapan was alarmed at China's missile launch.", "ACCUSE JPN>CHN asserted"},
		{"Dodik\n\nResidents are very concerned about the flooding.", ""},
		// the words of the feeling quoted (lang/en phrases.go)
		{"Somalia\n\nThe United States is “deeply disappointed” by Somalia's decision.", "ACCUSE USA>SOM asserted"},
		{"Somalia\n\nThe United States is \"disappointed\" by Somalia's decision.", "ACCUSE USA>SOM asserted"},
		{"Lockstep\n\nRussia and China are not “marching in lockstep.”", ""},
	}
	checkEnglish(t, cases, false)
}
