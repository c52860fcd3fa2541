package en

import (
	"strings"
	"testing"
)

// TestFirstByteDiffers checks the quick test of seenInName against the
// comparison it saves: whenever it rules a form out, folding the form and
// the word would have ruled it out too, letters outside ASCII included
// (the Kelvin sign folds to "k", "İ" lower-cases to "i" and a dot).
func TestFirstByteDiffers(t *testing.T) {
	forms := []string{"Putin", "putin", "PUTIN", "Putin's", "Putin’s", "Biden", "K", "\u212Aiev", "Kiev",
		"ſtate", "State", "İstanbul", "Istanbul", "istanbul", "Ébola", "ébola", "'Biden", "3M", "O'Neill", "o'neill"}
	ruledOut := 0
	for _, f := range forms {
		for _, g := range forms {
			w := strings.ToLower(bare(g))
			if len(w) == 0 {
				continue
			}
			same := strings.EqualFold(bare(f), w)
			if firstByteDiffers(f, w) {
				ruledOut++
				if same {
					t.Errorf("firstByteDiffers(%q, %q) but the folded words are equal", f, w)
				}
			}
		}
	}
	// The test must rule most pairs out to save anything.
	if ruledOut < len(forms)*len(forms)/2 {
		t.Errorf("only %d of %d pairs ruled out", ruledOut, len(forms)*len(forms))
	}
	for _, c := range []struct {
		f, w string
		want bool
	}{
		{"Putin", "putin", false},
		{"Biden", "putin", true},
		{"\u212Aiev", "kiev", false}, // not ASCII: left to folding
		{"Kiev", "\u212Aiev", false},
		{"İstanbul", "istanbul", false},
	} {
		if got := firstByteDiffers(c.f, c.w); got != c.want {
			t.Errorf("firstByteDiffers(%q, %q) = %v, want %v", c.f, c.w, got, c.want)
		}
	}
}
