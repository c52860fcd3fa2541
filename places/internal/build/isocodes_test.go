package main

import "testing"

func TestDivisionKey(t *testing.T) {
	for in, want := range map[string]string{
		"Kurskaja oblast'":          "kurskaja",
		"Kursk Oblast":              "kursk",
		"Mecklenburg-Vorpommern":    "mecklenburg vorpommern",
		"Avtonomna Respublika Krym": "krim", // actors.Key folds y to i
		"State of Mexico":           "mexico",
	} {
		if got := divisionKey(in); got != want {
			t.Errorf("divisionKey(%q) = %q, want %q", in, got, want)
		}
	}
}
