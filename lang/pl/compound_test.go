package pl

import (
	"slices"
	"testing"
)

func TestCombiningForms(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"polsko", []string{"polski"}},
		{"niemiecko", []string{"niemiecki"}},
		{"amerykańsko", []string{"amerykański"}},
		{"Rosyjsko", []string{"rosyjski"}},
		{"anglo", []string{"angielski"}},
		{"austro", []string{"austriacki"}},
		{"biało", nil},
		{"sko", nil},
		{"Nowak", nil},
	} {
		if got := combiningForms(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("combiningForms(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
