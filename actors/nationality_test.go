package actors

import (
	"os"
	"regexp"
	"strings"
	"testing"
	"unicode"
)

// nationalityExempt lists, by country and kind of word, the nationality
// words the base leaves out because they would name two states
// (data/README.md, countries.tsv: a nationality word belongs to one
// country only).
var nationalityExempt = map[string]bool{
	// "kongijski", "Kongijczyk", "конголезский", "конголезец": both Congos.
	"COG pl adjective": true, "COG pl noun": true, "COG ru adjective": true,
	"COD pl adjective": true, "COD pl noun": true, "COD ru adjective": true,
	// "gwinejski", "Gwinejczyk", "гвинейский" are Guinea's.
	"GNB pl adjective": true, "GNB pl noun": true, "GNB ru adjective": true,
	"GNQ pl noun": true,
}

var (
	plAdjective = regexp.MustCompile(`^[\p{Ll}]+(ski|cki|dzki|y)$`)
	ruAdjective = regexp.MustCompile(`^[\p{Ll}-]+(ий|ый|ой)$`)
)

// nationalityKind says which kind of word w is: "pl adjective", "pl
// noun", "ru adjective", "ru noun", or "" (an English plural).
func nationalityKind(w string) string {
	cyrillic := strings.IndexFunc(w, func(r rune) bool { return unicode.Is(unicode.Cyrillic, r) }) >= 0
	switch {
	case cyrillic && ruAdjective.MatchString(w):
		return "ru adjective"
	case cyrillic:
		return "ru noun"
	case plAdjective.MatchString(w):
		return "pl adjective"
	case unicode.IsUpper([]rune(w)[0]) && (!strings.HasSuffix(w, "s") || strings.HasSuffix(w, "us")):
		return "pl noun"
	}
	return ""
}

// TestNationalityWordsComplete: every state of countries.tsv has a Polish
// adjective and inhabitant noun and a Russian adjective ("jemeński",
// "Jemeńczyk", "йеменский"), but for those
// nationalityExempt lists, and each of them, and the plural the Polish
// inhabitant noun makes, names that state.
func TestNationalityWordsComplete(t *testing.T) {
	data, err := os.ReadFile("data/countries.tsv")
	if err != nil {
		t.Fatal(err)
	}
	kb := Default()
	seen := map[string]bool{}
	for _, line := range strings.Split(string(data), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		code := f[0]
		have := map[string]bool{}
		if len(f) > 4 {
			for _, w := range splitList(f[4]) {
				kind := nationalityKind(w)
				have[kind] = true
				if !namesState(kb, w, code) {
					t.Errorf("%s: %q names %v", code, w, kb.Adjective(w))
				}
				if kind == "pl noun" {
					// The plurals and the feminine nouns; a feminine
					// noun may be the state's own name ("Jamajka").
					for _, p := range demonymPlurals([]string{w}) {
						if !namesState(kb, p, code) {
							t.Errorf("%s: plural or feminine %q names %v", code, p, kb.Adjective(p))
						}
					}
				}
			}
		}
		for _, kind := range []string{"pl adjective", "pl noun", "ru adjective"} {
			key := code + " " + kind
			seen[key] = true
			if have[kind] == nationalityExempt[key] {
				if have[kind] {
					t.Errorf("%s: exempt, but the line has one", key)
				} else {
					t.Errorf("%s: missing", key)
				}
			}
		}
	}
	for key := range nationalityExempt {
		if !seen[key] {
			t.Errorf("exempt %q: no such country", key)
		}
	}
}

// TestNationalityKind checks the test's own reading of the words.
func TestNationalityKind(t *testing.T) {
	for w, want := range map[string]string{
		"jemeński": "pl adjective", "Jemeńczyk": "pl noun", "Hindus": "pl noun",
		"zielonoprzylądkowy": "pl adjective", "йеменский": "ru adjective",
		"сан-маринский": "ru adjective", "йеменец": "ru noun", "Argentines": "",
	} {
		if got := nationalityKind(w); got != want {
			t.Errorf("%q: %q, want %q", w, got, want)
		}
	}
}

// TestNewNationalityWords: inhabitant nouns in the forms news writes find
// their state.
func TestNewNationalityWords(t *testing.T) {
	kb := Default()
	for w, want := range map[string]string{
		"Jemeńczyk": "YEM", "Jemeńczycy": "YEM", "Libijczycy": "LBY", "Kenijczyk": "KEN",
		"Nepalczycy": "NPL", "Jordańczyk": "JOR", "Sudańczycy": "SDN", "Południowosudańczyk": "SSD",
		"Kosowianie": "XKX", "Honduranie": "HND", "йеменец": "YEM", "суданец": "SDN",
		"нигерец": "NER", "нигериец": "NGA", "Nigerczyk": "NER", "Nigeryjczyk": "NGA",
	} {
		if a := kb.Adjective(w); a == nil || a.Tenures[0].Country != want {
			t.Errorf("%q names %v, want %s", w, a, want)
		}
	}
	// Words that are no nationality.
	for _, w := range []string{"Indus", "Finn", "dominikanin", "Gwinea"} {
		if a := kb.Adjective(w); a != nil {
			t.Errorf("%q names %s", w, a.Canonical)
		}
	}
}

// namesState reports whether w is a nationality word of the state code, or
// also a name of it ("Niemcy": Germany and the Germans).
func namesState(kb *KB, w, code string) bool {
	if a := kb.Adjective(w); a != nil {
		return a.Tenures[0].Country == code
	}
	for _, m := range kb.Lookup(w) {
		if m.Actor.Kind == Country && m.Actor.Tenures[0].Country == code {
			return true
		}
	}
	return false
}
