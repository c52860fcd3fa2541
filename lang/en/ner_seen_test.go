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

// TestSeenAsOrgHead checks that a lone word is found as the first word of
// an earlier organisation's name of two words, and only so.
func TestSeenAsOrgHead(t *testing.T) {
	L := nerData()
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Sightsavers International works in Africa . Officials at Sightsavers", true},
		{"Sightsavers Foundation works in Africa . Officials at Sightsavers", true},
		{"Sightsavers works in Africa . Officials at Sightsavers", false},
		{"Sightsavers, International works in Africa . Officials at Sightsavers", false},
		{"Sightsavers international works in Africa . Officials at Sightsavers", false},
		{"Sightsaver International works in Africa . Officials at Sightsavers", false},
		{"Officials at Sightsavers", false},
	} {
		d, toks := sentence(tc.text)
		// The lone word's sentence starts after the full stop.
		s := 0
		for k, tk := range toks {
			if d.Form(tk.Span) == "." {
				s = k + 1
			}
		}
		if got := seenAsOrgHead(d, toks[s:], len(toks)-1-s, L); got != tc.want {
			t.Errorf("seenAsOrgHead in %q = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// BenchmarkSeenAsOrgHead looks back over a long article for a word it
// never wrote before a name's organisation word.
func BenchmarkSeenAsOrgHead(b *testing.B) {
	text := strings.Repeat("The Red Cross said on Monday that aid workers reached the city of Goma after talks with rebels . ", 150) + "Officials at Sightsavers"
	d, toks := sentence(text)
	L := nerData()
	last := toks[len(toks)-3:]
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		seenAsOrgHead(d, last, 2, L)
	}
}
