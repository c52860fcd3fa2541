package pl

import (
	"slices"
	"strings"
	"testing"
)

// TestNameBaseFormsDictionary checks the base forms that the dictionary's
// proper-noun readings add to those of the case endings: a plural name
// the tagger read as a singular one, a place read as a town of a similar
// name, the parts of a hyphenated name, a man's given name in a full name;
// not a man's name alone, which the name lemmatizer reads ("Franciszka"
// gives no Franciszek here).
func TestNameBaseFormsDictionary(t *testing.T) {
	for _, tc := range []struct {
		name, want string
	}{
		{"Aten", "Ateny"},
		{"Kosowie", "Kosowo"},
		{"Komorach", "Komory"},
		{"Nadrenii-Palatynacie", "Nadrenia-Palatynat"},
		{"Jacka Czaputowicza", "Jacek Czaputowicz"},
		{"Pretorią", "Pretoria"},
		// a woman's given name declined before a surname that is not
		{"Theresy May", "Theresa May"},
		{"Theresą May", "Theresa May"},
		// women's names in -la and -sa in the genitive, dative, locative
		{"Ursuli von der Leyen", "Ursula von der Leyen"},
		{"Kamali Harris", "Kamala Harris"},
		{"Theresie May", "Theresa May"},
		// feminine adjectives in -ka, -ga; nouns whose dative and
		// locative change k, g, sk to c, dz, sc
		{"Zatoce Perskiej", "Zatoka Perska"},
		{"Ameryce Północnej", "Ameryka Północna"},
		{"Pradze", "Praga"},
		{"Polsce", "Polska"},
	} {
		if got := nameBaseForms(tc.name, 0); !slices.Contains(got, tc.want) {
			t.Errorf("%s: %q, want %q among them", tc.name, got, tc.want)
		}
	}
	// A word in lower case is no proper noun: only its case ending is
	// dropped ("ministra" → "ministr"), no dictionary lemma is added
	// ("minister").
	if got := nameBaseForms("ministra", 0); len(got) != 1 || got[0] != "ministr" {
		t.Errorf("ministra: %q, want [ministr]", got)
	}
	for _, f := range nameBaseForms("Franciszka", 0) {
		if f == "Franciszek" {
			t.Errorf("Franciszka: %q among the base forms", f)
		}
	}
	// A man's name in the nominative is not the genitive plural of the
	// woman's name it is the stem of ("Florian" is no form of "Floriana",
	// a town in Malta); a word with no nominative reading of its own still
	// is ("Filipin": Filipiny, Filipina).
	for _, tc := range []struct {
		name, not string
	}{
		{"Florian", "Floriana"},
		{"Adrian", "Adriana"},
		{"Julian", "Juliana"},
	} {
		if got := nameBaseForms(tc.name, 0); slices.Contains(got, tc.not) {
			t.Errorf("%s: %q, want no %q", tc.name, got, tc.not)
		}
	}
	if got := nameBaseForms("Filipin", 0); !slices.Contains(got, "Filipiny") {
		t.Errorf("Filipin: %q, want Filipiny among them", got)
	}
	if got := nameBaseForms("Сергея", 0); got != nil {
		t.Errorf("Cyrillic: %q, want none", got)
	}
}

// TestFeminineDemonym: the feminine inhabitant nouns Polish makes
// regularly; irregular ones are listed in the actor data.
func TestFeminineDemonym(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Libijczyk", "Libijka"},
		{"Jemeńczyk", "Jemenka"},
		{"Chińczyk", "Chinka"},
		{"Rosjanin", "Rosjanka"},
		{"Amerykanin", "Amerykanka"},
		{"Niemiec", "Niemka"},
		{"Ukrainiec", "Ukrainka"},
		{"Białorusin", "Białorusinka"},
		{"Słowak", "Słowaczka"},
		{"Polak", ""},
		{"Francuz", ""},
		{"rosyjski", ""},
		{"россиянин", ""},
	}
	for _, tt := range tests {
		if got := feminineDemonym(tt.in); got != tt.want {
			t.Errorf("feminineDemonym(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	got := demonymPlurals([]string{"Jemeńczyk", "Polka"})
	want := []string{"Jemeńczycy", "Jemenka", "Jemenki", "Polki"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("demonymPlurals = %q, want %q", got, want)
	}
}
