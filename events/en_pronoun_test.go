package events_test

import "testing"

// TestPronounSubject: an English pronoun right before the verb is its
// subject, whatever phrase of another clause comes before it; "he" or
// "she" looks past phrases that name no one, places and plural people to
// a person named before (en_pronoun.go; the second case guards the
// look past places and plural people that the first rule relies on).
func TestPronounSubject(t *testing.T) {
	cases := []textCase{
		// the nationality in the relative clause is no subject of "attacked"
		{"Trial\n\nThe gunman, who is Azerbaijani, said he attacked Iran.", ""},
		{"Warrant\n\nKenyan President William Ruto rejected the report, telling journalists in the capital, Nairobi, on Monday that it was false and that he would ask Uganda to help.",
			"REQUEST KEN>UGA future"},
	}
	checkEnglish(t, cases, false)
}
