package places

import "testing"

func TestLookupBaseForms(t *testing.T) {
	g := Default()
	cases := []struct {
		name    string
		id      int
		country string
	}{
		{"Pjongjang", 1871859, "PRK"},
		{"Пхеньян", 1871859, "PRK"},
		{"Kijów", 703448, "UKR"},
		{"kijow", 703448, "UKR"},
		{"Киев", 703448, "UKR"},
		{"Charków", 706483, "UKR"},
		{"Харьков", 706483, "UKR"},
		{"Kharkiv", 706483, "UKR"},
		{"Pekin", 1816670, "CHN"},
		{"Waszyngton", 4140963, "USA"},
		{"Donieck", 709717, "UKR"},
		{"Paris", 2988507, "FRA"},
	}
	for _, c := range cases {
		ps := g.Lookup(c.name)
		if len(ps) == 0 || ps[0].GeonameID != c.id || ps[0].Country != c.country {
			t.Errorf("Lookup(%q) = %v, want first %d %s", c.name, ps, c.id, c.country)
		}
	}
	if p := g.Lookup("Krym"); len(p) == 0 || p[0].Feature != "ADM1" || p[0].Country != "UKR" {
		t.Errorf("Krym: %v", p)
	}
	if p := g.Lookup("Donbas"); len(p) == 0 || p[0].Feature != "RGN" || p[0].Precision() != "admin1" {
		t.Errorf("Donbas: %v", p)
	}
	for code, capital := range map[string]string{"PRK": "Pyongyang", "UKR": "Kyiv", "USA": "Washington, D.C.", "POL": "Warsaw"} {
		if p := g.Capital(code); p == nil || p.Name != capital {
			t.Errorf("Capital(%s) = %v, want %s", code, p, capital)
		}
	}
	if p := g.Country("PRK"); p == nil || !p.Located || p.Precision() != "country" || p.Name != "North Korea" {
		t.Errorf("Country(PRK) = %v", p)
	}
}

// TestIndexMatchesKey guards against drift between the keys the build
// wrote and actors.Key as it is now: every place is found by its own name.
func TestIndexMatchesKey(t *testing.T) {
	g := Default()
	missing := 0
	for i := range g.Places {
		p := &g.Places[i]
		if p.Name == "" {
			continue
		}
		found := false
		for _, q := range g.Lookup(p.Name) {
			found = found || q == p
		}
		if !found {
			missing++
			if missing <= 5 {
				t.Errorf("%q (%d) not found by its name: rebuild with scripts/places.sh", p.Name, p.GeonameID)
			}
		}
	}
}

// TestEnglishNames: a city the actor base names in English is called so
// (GeoNames writes "Roma", "Tehrān"), and a name that is another city's
// own stays that city's (Delhi is not renamed New Delhi).
func TestEnglishNames(t *testing.T) {
	g := Default()
	for _, c := range []struct{ query, country, name string }{
		{"Rzym", "ITA", "Rome"},
		{"Teheran", "IRN", "Tehran"},
		{"Monachium", "DEU", "Munich"},
		{"Nowe Delhi", "IND", "New Delhi"},
		{"Delhi", "IND", "Delhi"},
	} {
		ps := g.Lookup(c.query)
		if len(ps) == 0 || ps[0].Country != c.country || ps[0].Name != c.name {
			t.Errorf("%s: %v, want %s in %s", c.query, ps, c.name, c.country)
		}
	}
}
