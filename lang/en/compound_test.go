package en

import (
	"slices"
	"testing"
)

func TestCombiningForms(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"Sino", []string{"Chinese"}},
		{"Franco", []string{"French"}},
		{"Anglo", []string{"British"}},
		{"Russo", []string{"Russian"}},
		{"Polish", nil}, // an adjective itself
		{"US", nil},
	} {
		if got := combiningForms(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("combiningForms(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
