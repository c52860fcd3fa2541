package pl

import (
	"strings"
	"testing"
)

// TestLowerFeat: the chunker's lower-casing of feature values gives what
// strings.ToLower gives, for the values it spells out and for others.
func TestLowerFeat(t *testing.T) {
	for _, v := range []string{"", "Nom", "Gen", "Dat", "Acc", "Ins", "Loc", "Voc", "Past", "Pres", "Fut",
		"Ind", "Imp", "Cnd", "Perf", "Sing", "Inf", "nom", "INS", "Żeń"} {
		if got, want := lowerFeat(v), strings.ToLower(v); got != want {
			t.Errorf("lowerFeat(%q) = %q, want %q", v, got, want)
		}
	}
}
