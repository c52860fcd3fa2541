package en_test

import (
	"testing"

	"github.com/kronika/kronika/pipeline"
)

// TestInitialKnownName: a sentence's first word the tagger reads as a
// common noun is a name when the actor base knows it and English has no
// such word ("Renault workers", also as a one-line article); a word
// English has stays no name.
func TestInitialKnownName(t *testing.T) {
	p := pipeline.New()
	for _, tc := range []struct{ text, want string }{
		{"Renault workers went on strike.", "ORG Renault"},
		{"Boeing workers went on strike on Monday.", "ORG Boeing"},
		{"Strikes spread on Monday. Renault workers walked out.", "ORG Renault"},
		{"Workers went on strike on Monday.", ""},
	} {
		if g := entityList(t, p, tc.text, typeAndName); g != tc.want {
			t.Errorf("%s\n  got  %q\n  want %q", tc.text, g, tc.want)
		}
	}
}
