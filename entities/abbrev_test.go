package entities

import "testing"

func TestAbbreviationOf(t *testing.T) {
	for _, tt := range []struct {
		abbr, name string
		want       bool
	}{
		{"PAP", "Polska Agencja Prasowa", true},
		{"TLP", "Tehreek-e-Labbaik Pakistan", true},
		{"UOKiK", "Urząd Ochrony Konkurencji i Konsumentów", true},
		{"NABU", "Naturschutzbund Deutschland", true},
		{"ЕСПЧ", "Европейский суд по правам человека", true},
		{"PAP", "Agencja Prasowa", false},            // does not begin the name
		{"PO", "Platforma Obywatelska Polska", true}, // letters in order
		{"OP", "Platforma Obywatelska", false},
		{"Pap", "Polska Agencja Prasowa", false},   // mostly small letters: a word
		{"P", "Polska", false},                     // one capital
		{"PAP-2", "Polska Agencja Prasowa", false}, // not letters only
		{"ABCDEFGHI", "Abcdefghijklmnop", false},   // too long for an abbreviation
		{"PAP", "PAP", false},                      // not longer than the name
	} {
		if got := abbreviationOf(tt.abbr, tt.name); got != tt.want {
			t.Errorf("abbreviationOf(%q, %q) = %v, want %v", tt.abbr, tt.name, got, tt.want)
		}
	}
}
