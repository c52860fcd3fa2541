package ru

import (
	"slices"
	"testing"
)

func TestCombiningForms(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"российско", []string{"российский"}},
		{"Немецко", []string{"немецкий"}},
		{"американо", []string{"американский"}},
		{"германо", []string{"германский"}},
		{"англо", []string{"английский"}},
		{"франко", []string{"французский"}},
		{"Москва", nil},
		{"до", nil},
	} {
		if got := combiningForms(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("combiningForms(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
