package textutil

import "testing"

func TestCase(t *testing.T) {
	for _, tc := range []struct {
		in                            string
		capitalised, allCaps, acronym bool
		upper                         int
	}{
		{"", false, false, false, 0},
		{"putin", false, false, false, 0},
		{"Putin", true, false, false, 1},
		{"Łódź", true, false, false, 1},
		{"Путин", true, false, false, 1},
		{"NATO", true, true, true, 4},
		{"ООН", true, true, true, 3},
		{"U.S.", true, true, true, 2},
		{"PKN-ORLEN", true, true, true, 8},
		{"PiS", true, false, false, 2},
		{"A", true, true, false, 1},
		{"II", true, true, true, 2},
		{"A1", true, true, false, 1},
		{"123", false, false, false, 0},
		{"-NATO", false, true, true, 4},
		{"mRNA", false, false, false, 3},
	} {
		if got := Capitalised(tc.in); got != tc.capitalised {
			t.Errorf("Capitalised(%q) = %v", tc.in, got)
		}
		if got := AllCaps(tc.in); got != tc.allCaps {
			t.Errorf("AllCaps(%q) = %v", tc.in, got)
		}
		if got := Acronym(tc.in); got != tc.acronym {
			t.Errorf("Acronym(%q) = %v", tc.in, got)
		}
		if got := UpperCount(tc.in); got != tc.upper {
			t.Errorf("UpperCount(%q) = %d, want %d", tc.in, got, tc.upper)
		}
	}
}

func TestDash(t *testing.T) {
	for s, want := range map[string]bool{"–": true, "—": true, "-": true, "―": true, "": false, "--": false, ",": false, "a": false} {
		if Dash(s) != want {
			t.Errorf("Dash(%q) = %v, want %v", s, !want, want)
		}
	}
}

// TestQuotes: a token that is one quotation mark opens or closes a
// quotation as the languages write them; two marks, a mark with a word,
// an apostrophe and single marks are neither.
func TestQuotes(t *testing.T) {
	for _, c := range []struct {
		s          string
		open, clos bool
	}{
		{"„", true, false},
		{"”", false, true},
		{"“", true, true}, // opens “…”, closes „…“
		{"«", true, false},
		{"»", false, true},
		{"\"", true, true},
		{"'", false, false},
		{"’", false, false},
		{"‚", false, false},
		{"„„", false, false},
		{"„Rz", false, false},
		{"", false, false},
		{"\xff", false, false},
		{"(", false, false},
	} {
		if got := OpeningQuote(c.s); got != c.open {
			t.Errorf("OpeningQuote(%q) = %v, want %v", c.s, got, c.open)
		}
		if got := ClosingQuote(c.s); got != c.clos {
			t.Errorf("ClosingQuote(%q) = %v, want %v", c.s, got, c.clos)
		}
	}
}
