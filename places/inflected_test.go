package places

import "testing"

func TestLookupInflected(t *testing.T) {
	g := Default()
	cases := []struct {
		name, lang string
		country    string // "" when nothing may be found
		feature    string
	}{
		{"Wielkiej Brytanii", "pl", "GBR", "PCLI"},
		{"Wielkej Brytanii", "pl", "GBR", "PCLI"}, // a typo inside the stem's tolerance
		{"Stanów Zjednoczonych", "pl", "USA", "PCLI"},
		{"Stanom Zjednoczonym", "pl", "USA", "PCLI"},
		{"Zjednoczonym Królestwie", "pl", "GBR", "PCLI"},
		{"Meklemburgii-Pomorzu Przednim", "pl", "DEU", "ADM1"},
		{"Соединённым Штатам", "ru", "USA", "PCLI"},
		{"Wielkiej Brytanii", "en", "", ""}, // English is looked up as written
		{"Brytanii", "pl", "", ""},          // one word: the lemmatizer's
		{"Wielkim Księstwie", "pl", "", ""}, // no such place
		{"Stanami Zjednoczonymi", "pl", "USA", "PCLI"},
	}
	for _, c := range cases {
		ps := g.LookupInflected(c.name, c.lang)
		if c.country == "" {
			if len(ps) > 0 {
				t.Errorf("%s (%s): found %+v", c.name, c.lang, *ps[0])
			}
			continue
		}
		found := false
		for _, p := range ps {
			found = found || p.Country == c.country && p.Feature == c.feature
		}
		if !found {
			t.Errorf("%s (%s): %d places, none %s %s", c.name, c.lang, len(ps), c.country, c.feature)
		}
	}
}

func TestInflectedWord(t *testing.T) {
	lim := [2]int{4, 3}
	cases := []struct {
		w, b string
		want bool
	}{
		{"brytanii", "brytania", true},
		{"stanow", "stany", true},
		{"zjednoczonych", "zjednoczone", true},
		{"nowym", "nowy", true},
		{"mieście", "miasto", false}, // a changed stem is not an ending
		{"ab", "ab", true},
		{"ab", "abc", false}, // too short a stem
		{"krolestwami", "krolestwo", true},
		{"pomorzanami", "pomorze", false}, // an ending of 6 letters is not a case ending
	}
	for _, c := range cases {
		if got := inflectedWord([]rune(c.w), []rune(c.b), lim); got != c.want {
			t.Errorf("inflectedWord(%q, %q) = %v, want %v", c.w, c.b, got, c.want)
		}
	}
}
