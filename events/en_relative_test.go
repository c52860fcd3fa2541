package events_test

import "testing"

// TestRestrictiveRelative: a relative clause without commas between a
// subject and its verb keeps its own phrases (en_relative.go): the
// subject, or a passive's object, is the phrase it modifies.
func TestRestrictiveRelative(t *testing.T) {
	cases := []textCase{
		{"Arrests\n\nProtesters who gathered outside parliament were arrested by Kenyan police.", "COERCE KEN>KEN asserted"},
		{"Arrests\n\nThe man who led the attack on the embassy was arrested by Kenyan police.", "ASSAULT KEN>KEN asserted; COERCE KEN>KEN asserted"},
		// a clause ended by commas, and a verb after the clause's main
		// verb, keep their own subjects
		{"Strikes\n\nOfficials who spoke on condition of anonymity said Russia attacked Kyiv.", "ASSAULT RUS>UKR asserted"},
	}
	checkEnglish(t, cases, false)
	for _, tc := range []struct{ text, src, tgt string }{
		{"Protesters who gathered outside parliament were arrested by Kenyan police.", "KENCOP", "KENCVL"},
	} {
		src, tgt := firstActors(t, tc.text)
		if src != tc.src || tgt != tc.tgt {
			t.Errorf("%q: %s>%s, want %s>%s", tc.text, src, tgt, tc.src, tc.tgt)
		}
	}
}
