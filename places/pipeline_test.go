package places_test

import (
	"strings"
	"testing"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/pipeline"
)

// TestPipeline runs whole sentences: the entities' places and each
// event's location from its own sentence.
func TestPipeline(t *testing.T) {
	p := pipeline.New()
	cases := []struct {
		lang, text string
		places     map[string]int // entity name → geonameid (-1: a country, 0: unresolved)
		locations  map[string]string
	}{
		{"pl", "Putin spotkał się z Kim Dzong Unem w Pjongjangu.",
			map[string]int{"Pjongjang": 1871859},
			map[string]string{"spotkał": "w Pjongjangu|Pyongyang|PRK|city"}},
		{"pl", "Rosyjskie wojska ostrzelały Ukrainę na Krymie.",
			map[string]int{"Ukraina": -1, "Krym": 703883},
			map[string]string{"ostrzelały": "na Krymie|Crimea|UKR|admin1"}},
		{"pl", "Rosja zaatakowała Ukrainę. Rakiety spadły w Kijowie.",
			map[string]int{"Kijów": 703448, "Ukraina": -1},
			map[string]string{"zaatakowała": "Ukrainę|Ukraine|UKR|country"}},
		{"en", "French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris.",
			map[string]int{"Paris": 2988507},
			map[string]string{"met": "in Paris|Paris|FRA|city"}},
		{"en", "Russia attacked Ukraine near Kharkiv on Monday. The Kremlin denied it. The White House condemned Russia.",
			map[string]int{"Kharkiv": 706483, "Kremlin": 0, "White House": 0, "Russia": -1},
			map[string]string{"attacked": "near Kharkiv|Kharkiv|UKR|city", "condemned": "Russia|Russia|RUS|country"}},
		{"ru", "Россия атаковала Украину в Харькове.",
			map[string]int{"Харьков": 706483, "Украина": -1}, nil},
		{"pl", "Kreml potępił Ukrainę. Biały Dom skrytykował Rosję.",
			map[string]int{"Kreml": 0, "Biały Dom": 0}, nil},
	}
	for _, c := range cases {
		d := &doc.Document{Text: c.text, Lang: c.lang, Date: "2024-07"}
		if err := p.Process(d); err != nil {
			t.Fatal(err)
		}
		for name, want := range c.places {
			var e *doc.Entity
			for i := range d.Entities {
				if d.Entities[i].Name == name {
					e = &d.Entities[i]
				}
			}
			switch {
			case e == nil && want != 0:
				t.Errorf("%q: no entity %q", c.text, name)
			case e == nil:
			case want == 0 && e.Located:
				t.Errorf("%q: %q located at %v,%v", c.text, name, e.Lat, e.Lon)
			case want == -1 && (!e.Located || e.Feature != "PCLI"):
				t.Errorf("%q: %q is not located as a country: %+v", c.text, name, *e)
			case want > 0 && (!e.Located || e.GeonameID != want):
				t.Errorf("%q: %q geonameid %d, want %d", c.text, name, e.GeonameID, want)
			}
		}
		for trig, want := range c.locations {
			found := false
			for _, v := range d.Events {
				if d.Form(v.Trigger) != trig {
					continue
				}
				found = true
				got := "none"
				if l := v.Location; l != nil {
					got = d.Form(l.Span) + "|" + l.Name + "|" + l.Country + "|" + l.Precision
				}
				if got != want {
					t.Errorf("%q: event %q at %s, want %s", c.text, trig, got, want)
				}
			}
			if !found {
				t.Errorf("%q: no event %q", c.text, trig)
			}
		}
	}
}

// TestExplainLocation: the event's trace says where its location came from.
func TestExplainLocation(t *testing.T) {
	p := pipeline.New()
	cases := []struct{ text, trig, want string }{
		{"Putin spotkał się z Kim Dzong Unem w Pjongjangu.", "spotkał",
			`location Pyongyang (city, PRK) from "w Pjongjangu": a place after a locative word in the event's sentence`},
		{"Rosja zaatakowała Ukrainę.", "zaatakowała",
			`location Ukraine (country, UKR) from "Ukrainę": a participant's country, the only place the sentence names`},
		{"Rosja zaatakowała Ukrainę, a w Berlinie protestowano przeciwko wojnie.", "zaatakowała",
			`location Ukraine (country, UKR) from "Ukrainę": a participant's country, the only place the clause names`},
		{"KIJÓW (PAP) – Minister zabrał głos w piątek rano. Ukraińska policja zatrzymała rosyjskiego szpiega.", "zatrzymała",
			`location Kyiv (city, UKR): the article's dateline, in a participant's country (the sentence names no place)`},
	}
	for _, c := range cases {
		d := &doc.Document{Text: c.text, Lang: "pl", Date: "2024-07"}
		if err := p.Process(d); err != nil {
			t.Fatal(err)
		}
		found := false
		for _, v := range d.Events {
			if d.Form(v.Trigger) != c.trig {
				continue
			}
			found = true
			if !strings.Contains(strings.Join(v.Explain, "\n"), c.want) {
				t.Errorf("%q: explain lacks %q:\n%s", c.text, c.want, strings.Join(v.Explain, "\n"))
			}
		}
		if !found {
			t.Errorf("%q: no event %q", c.text, c.trig)
		}
	}
}

// TestMentionInsideWord: a mention may be part of a word ("Russia" and
// "Ukraine" in "Russia-Ukraine"); the word before it is then the word it
// is in, which is no cue before it.
func TestMentionInsideWord(t *testing.T) {
	p := pipeline.New()
	for _, c := range []struct{ lang, text string }{
		{"en", "Russian troops attacked Ukraine near the Russia-Ukraine border."},
		{"pl", "Rosyjskie wojska zaatakowały Ukrainę przy granicy Rosja-Ukraina."},
	} {
		d := &doc.Document{Source: "test", Lang: c.lang, Text: c.text, Format: "text"}
		if err := p.Process(d); err != nil {
			t.Fatalf("%s: %v", c.text, err)
		}
	}
}

// TestPlaceCanonical: a place the actor base does not know takes the
// gazetteer's name as its canonical name, the same in every language;
// one that differs from it only by diacritics keeps the text's spelling,
// and the actor base's places keep the base's name.
func TestPlaceCanonical(t *testing.T) {
	p := pipeline.New()
	for _, c := range []struct {
		lang, text, name, want string
	}{
		{"pl", "Delegacja przyjechała do Soczi w poniedziałek.", "Soczi", "Sochi"},
		{"ru", "Делегация приехала в Сочи в понедельник.", "Сочи", "Sochi"},
		{"pl", "Spotkanie odbyło się w Monachium.", "Monachium", "Munich"},
		// GeoNames writes "Āgra": a difference of diacritics only
		{"en", "The delegation arrived in Agra on Monday.", "Agra", "Agra"},
	} {
		d := &doc.Document{Text: c.text, Lang: c.lang, Date: "2024-07"}
		if err := p.Process(d); err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, e := range d.Entities {
			if e.Name == c.name {
				got = e.Canonical
			}
		}
		if got != c.want {
			t.Errorf("%q: %q has canonical name %q, want %q", c.text, c.name, got, c.want)
		}
	}
}
