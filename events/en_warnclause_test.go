package events_test

import "testing"

// TestWarnedOwnAct: a harmful act a verb of threatening announces for its
// own subject in the clause it governs is the threat ("warned that it will
// impose sanctions", selfreport.go); an act of another party after "warned
// that" stays that party's future act, no threat of theirs.
func TestWarnedOwnAct(t *testing.T) {
	cases := []textCase{
		{"Iran\n\nThe United States warned that it will impose sanctions on Iran.", "THREATEN USA>IRN asserted"},
		{"Ties\n\nRussia threatened that it would cut ties with Ukraine.", "THREATEN RUS>UKR asserted"},
		{"Ties\n\nRussia warned that Ukraine will cut ties with Georgia.", "SANCTION UKR>GEO future"},
	}
	checkEnglish(t, cases, false)
}
