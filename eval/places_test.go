package eval

import (
	"strings"
	"testing"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/places"
)

func TestIDPlaceName(t *testing.T) {
	for id, want := range map[string]string{
		"GPE-Ukraine":       "Ukraine",
		"GPE-Great-Britain": "Great Britain",
		"GPE-WashingtonDC":  "Washington DC",
		"LOC-Baltic-Sea":    "Baltic Sea",
		"Kursk":             "Kursk",
	} {
		if got := idPlaceName(id); got != want {
			t.Errorf("idPlaceName(%q) = %q, want %q", id, got, want)
		}
	}
}

// TestScorePlaces: a mention is right when its entity resolved to a place
// the id names, or to nothing when the id names no place; a namesake that
// is not the most prominent place counts in Known but not in Strict.
func TestScorePlaces(t *testing.T) {
	g := places.Default()
	text := "W Kijowie i Paryżu, nad Bałtykiem, w Kremlu i w Rosji. Koloseum w Rzymie."
	span := func(s string) doc.Span {
		i := strings.Index(text, s)
		return doc.Span{Start: i, End: i + len(s)}
	}
	cp := func(s string) (int, int) {
		i := strings.Index(text, s)
		return len([]rune(text[:i])), len([]rune(text[:i+len(s)]))
	}
	at := func(p *places.Place, e doc.Entity) doc.Entity {
		e.Located, e.Lat, e.Lon, e.GeonameID, e.Feature = true, p.Lat, p.Lon, p.GeonameID, p.Feature
		return e
	}
	kyiv := g.Lookup("Kyiv")[0]
	var parisTX *places.Place
	for _, p := range g.Lookup("Paris") {
		if p.Country == "USA" {
			parisTX = p
			break
		}
	}
	if parisTX == nil {
		t.Fatal("no Paris in the USA in the gazetteer")
	}
	d := &doc.Document{Text: text, Entities: []doc.Entity{
		at(kyiv, doc.Entity{Type: "GPE", Name: "Kijów", Mentions: []doc.Mention{{Span: span("Kijowie")}}}),
		at(parisTX, doc.Entity{Type: "GPE", Name: "Paryż", Mentions: []doc.Mention{{Span: span("Paryżu")}}}),
		{Type: "LOC", Name: "Bałtyk", Mentions: []doc.Mention{{Span: span("Bałtykiem")}}},
		at(kyiv, doc.Entity{Type: "LOC", Name: "Kreml", Mentions: []doc.Mention{{Span: span("Kremlu")}}}),
		{Type: "ORG", Name: "Rosja", Mentions: []doc.Mention{{Span: span("Rosji")}}},
		// A place named inside a site's name is not the site's place.
		at(g.Lookup("Rome")[0], doc.Entity{Type: "GPE", Name: "Rzym", Mentions: []doc.Mention{{Span: span("Rzymie")}}}),
	}}
	var gold []SlavicMention
	for _, m := range []struct{ text, id string }{
		{"Kijowie", "GPE-Kiev"}, {"Paryżu", "GPE-Paris"}, {"Bałtykiem", "LOC-Baltic-Sea-Xyz"},
		{"Kremlu", "LOC-Kremlin-Xyz"}, {"Rosji", "GPE-Russia"}, {"Koloseum w Rzymie", "LOC-Colosseum-Xyz"},
	} {
		s, e := cp(m.text)
		gold = append(gold, SlavicMention{Start: s, End: e, Text: m.text, Type: "LOC", ID: m.id})
	}
	s := ScorePlaces(gold, d, g, true)
	want := PlaceScore{Docs: 1, Known: Acc{2, 3}, Strict: Acc{1, 3}, Found: Acc{2, 2}, Unknown: Acc{2, 3}, All: Acc{4, 6}}
	if s.Known != want.Known || s.Strict != want.Strict || s.Found != want.Found || s.Unknown != want.Unknown || s.All != want.All {
		t.Errorf("ScorePlaces = %+v, want %+v", s, want)
	}
	if len(s.Kinds) != 2 || s.Kinds["placed unknown id"] != 1 || s.Kinds["other type"] != 1 {
		t.Errorf("miss kinds: %v", s.Kinds)
	}
	if len(s.Misses) != 2 || !strings.Contains(s.Misses[0], "Kremlin") || !strings.Contains(s.Misses[1], "ORG Rosja") {
		t.Errorf("misses: %q", s.Misses)
	}
}

func TestIDPlacesMisspelt(t *testing.T) {
	g := places.Default()
	ps := idPlaces(g, "GPE-Brussles")
	if len(ps) == 0 || ps[0].Country != "BEL" {
		t.Errorf("GPE-Brussles: %v", ps)
	}
	if ps := idPlaces(g, "LOC-Qqxzzq"); ps != nil {
		t.Errorf("LOC-Qqxzzq: %v", ps)
	}
}
