package places

import (
	"strings"
	"testing"

	"github.com/kronika/kronika/actors"
	"github.com/kronika/kronika/doc"
)

func entity(typ, name, actor, country string) *doc.Entity {
	return &doc.Entity{ID: "E1", Type: typ, Name: name, Actor: actor, Country: country,
		Mentions: []doc.Mention{{Lemma: name}}}
}

func TestResolve(t *testing.T) {
	g, kb := Default(), actors.Default()
	ctx := func(cs ...string) Context {
		c := Context{Countries: map[string]int{}, Admin1: map[string]bool{}}
		for _, x := range cs {
			if len(x) == 3 {
				c.Countries[x] += 2
			} else {
				c.Admin1[x] = true
			}
		}
		return c
	}
	cases := []struct {
		what    string
		e       *doc.Entity
		ctx     Context
		id      int
		country string
		feature string
	}{
		{"capital linked as actor", entity("GPE", "Pjongjang", "PRK", "PRK"), ctx(), 1871859, "PRK", "PPLC"},
		{"Kyiv", entity("GPE", "Kijów", "UKR", "UKR"), ctx(), 703448, "UKR", "PPLC"},
		{"Russian lemma", entity("GPE", "Харьков", "", ""), ctx(), 706483, "UKR", "PPLA"},
		{"Paris in a French story", entity("GPE", "Paris", "", ""), ctx("FRA"), 2988507, "FRA", "PPLC"},
		{"Paris in an American story", entity("GPE", "Paris", "", ""), ctx("USA"), 2988507, "FRA", "PPLC"},
		{"Paris, Texas", entity("GPE", "Paris", "", ""), ctx("USA", "US.TX"), 4717560, "USA", "PPLA2"},
		{"a country", entity("GPE", "Rosja", "RUS", "RUS"), ctx(), 0, "RUS", "PCLI"},
		{"a country in Russian", entity("GPE", "Украина", "UKR", "UKR"), ctx(), 0, "UKR", "PCLI"},
		{"a division", entity("LOC", "Krym", "", ""), ctx(), 703883, "UKR", "ADM1"},
		{"a state", entity("GPE", "Pensylwania", "", ""), ctx(), 6254927, "USA", "ADM1"},
		{"a region", entity("LOC", "Donbas", "UKR", "UKR"), ctx(), 0, "UKR", "RGN"},
		{"Punjab in a Pakistani story", entity("GPE", "Punjab", "", ""), ctx("PAK"), 0, "PAK", "ADM1"},
		{"Polish name of a division (iso-codes)", entity("GPE", "Pendżab", "PAK", "PAK"), ctx("PAK"), 0, "PAK", "ADM1"},
		{"Punjab in an Indian story", entity("GPE", "Pendżab", "", ""), ctx("IND"), 0, "IND", "ADM1"},
		{"Russian name of a division (iso-codes)", entity("GPE", "Курская область", "", ""), ctx(), 0, "RUS", "ADM1"},
		{"Polish name of a German state", entity("GPE", "Bawaria", "", ""), ctx(), 0, "DEU", "ADM1"},
		{"a continent, not its namesake town", entity("LOC", "Azja", "", ""), ctx(), 0, "", "CONT"},
		{"a region over several countries", entity("LOC", "Bałkany", "", ""), ctx(), 0, "", "RGN"},
		{"the Vatican is the state", entity("GPE", "Watykan", "", ""), ctx(), 0, "VAT", "PCLI"},
		{"a capital acting as an agent (ORG)", entity("ORG", "Moskwa", "RUS", "RUS"), ctx(), 524901, "RUS", "PPLC"},
		{"a country acting as an agent (ORG)", entity("ORG", "Dania", "DNK", "DNK"), ctx(), 0, "DNK", "PCLI"},
		{"a country the recogniser typed PRODUCT", entity("PRODUCT", "Polska", "POL", "POL"), ctx(), 0, "POL", "PCLI"},
		{"by the canonical name", &doc.Entity{Type: "GPE", Name: "Англия", Canonical: "England", Actor: "GBR", Country: "GBR",
			Mentions: []doc.Mention{{Lemma: "Англия"}}}, ctx(), 0, "GBR", "ADM1"},
		{"a division named by its position, in a story of its country", entity("GPE", "North", "", ""), ctx("CMR"), 0, "CMR", "ADM1"},
		{"a division named by its position, with its generic word", entity("GPE", "North Region", "", ""), ctx(), 2223603, "CMR", "ADM1"},
		{"a named division with a position word", entity("GPE", "Western Cape", "", ""), ctx(), 0, "ZAF", "ADM1"},
	}
	for _, c := range cases {
		p := g.Resolve(c.e, c.ctx, kb)
		if p == nil {
			t.Errorf("%s: %q unresolved", c.what, c.e.Name)
			continue
		}
		if c.id != 0 && p.GeonameID != c.id || p.Country != c.country || p.Feature != c.feature {
			t.Errorf("%s: %q → %+v, want %d %s %s", c.what, c.e.Name, *p, c.id, c.country, c.feature)
		}
	}
	// Metonyms stay actors; misrecognised words and small unbacked
	// namesakes get no place.
	for _, e := range []*doc.Entity{
		entity("LOC", "Kreml", "RUSGOV", "RUS"),
		entity("ORG", "Kremlin", "RUSGOV", "RUS"),
		entity("LOC", "Biały Dom", "USAGOV", "USA"),
		entity("GPE", "White House", "USAGOV", "USA"),
		entity("LOC", "Pentagon", "USAMIL", "USA"),
		entity("ORG", "Gazprom", "RUSBUS", "RUS"),
		entity("ORG", "Sąd Najwyższy", "PAK", "PAK"), // an ORG linked to its country is no place
		entity("ORG", "Warszawa", "", ""),            // an ORG the actor base does not know as a place
		entity("ORG", "Paris", "USA", "USA"),         // a small namesake in the linked country
		{Type: "ORG", Name: "Bank Polski", Canonical: "Poland", Actor: "POL", Country: "POL", // by its canonical name only
			Mentions: []doc.Mention{{Lemma: "Bank Polski"}}},
		entity("GPE", "Saturday", "", ""),
		entity("GPE", "republikanin", "", ""),
		entity("PERSON", "Paris", "", ""),
		// A division named only by its position, in a story that names
		// none of its country: an ordinary word ("the North", "Western").
		entity("GPE", "North", "", ""),
		entity("LOC", "Western", "", ""),
		entity("GPE", "Centre-Est", "", ""),
		// A town the gazetteer lacks, linked to its country: not put at
		// the country's point.
		{Type: "GPE", Name: "Lubmin", Canonical: "Lubmin", Actor: "DEU", Country: "DEU", Mentions: []doc.Mention{{Lemma: "Lubmin"}}},
	} {
		if p := g.Resolve(e, ctx("RUS", "USA"), kb); p != nil {
			t.Errorf("%s %q resolved to %+v", e.Type, e.Name, *p)
		}
	}
}

// TestFallback: an event whose sentence names no place is put at the
// article's main place when it lies in a participant's country, else in
// the target's country, else (no target) in the source's; never
// elsewhere.
func TestFallback(t *testing.T) {
	g := Default()
	kyiv := g.Lookup("Kyiv")[0]
	ev := func(src, tgt string) *doc.Event {
		v := &doc.Event{Source: &doc.Participant{Country: src}}
		if tgt != "" {
			v.Target = &doc.Participant{Country: tgt}
		}
		return v
	}
	cases := []struct {
		v         *doc.Event
		main      *Place
		name, why string
	}{
		{ev("RUS", "UKR"), kyiv, "Kyiv", "main place"},
		{ev("UKR", "UKR"), kyiv, "Kyiv", "main place"},
		{ev("USA", "DEU"), kyiv, "Germany", "target's country"},
		{ev("PAK", "PAK"), nil, "Pakistan", "target's country"},
		{ev("PAK", ""), nil, "Pakistan", "source's country"},
		{ev("", ""), kyiv, "", ""},
	}
	for _, c := range cases {
		l := g.fallback(c.v, nil, c.main)
		switch {
		case c.name == "" && l != nil:
			t.Errorf("%+v: located at %s", c.v, l.Name)
		case c.name == "":
		case l == nil || l.Name != c.name:
			t.Errorf("%+v: %+v, want %s", c.v, l, c.name)
		case !strings.Contains(strings.Join(c.v.Explain, " "), c.why):
			t.Errorf("%+v: explain %q lacks %q", c.v, c.v.Explain, c.why)
		}
	}
}

func TestKnownPositional(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{
		{"North", false}, {"Western", false}, {"North-West", false}, {"Littoral", false},
		{"Lagos", true}, {"Western Cape", true}, {"Bavaria", true}, {"Kyiv", true},
	} {
		if got := Known(c.name); got != c.want {
			t.Errorf("Known(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}
