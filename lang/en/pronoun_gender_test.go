package en

import "testing"

func TestPronounGender(t *testing.T) {
	for _, c := range []struct{ form, feats, want string }{
		{"he", "", "Gender=Masc"},
		{"She", "", "Gender=Fem"},
		{"him", "", "Gender=Masc"},
		{"her", "Poss=Yes", "Gender=Fem|Poss=Yes"},
		{"his", "Poss=Yes", "Gender=Masc|Poss=Yes"},
		{"herself", "", "Gender=Fem"},
		{"they", "", ""},
		{"it", "", "Gender=Neut"},
		{"their", "Poss=Yes", "Poss=Yes"},
		{"you", "", ""},
		{"we", "", ""},
	} {
		if got := pronounGender(c.form, c.feats); got != c.want {
			t.Errorf("pronounGender(%q, %q) = %q, want %q", c.form, c.feats, got, c.want)
		}
	}
}
