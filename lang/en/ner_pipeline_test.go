package en_test

import (
	"strings"
	"testing"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/pipeline"
)

// TestParticipantsLinked runs the pipeline over English text: the names
// the event coder needs are found, typed and linked to the actor base.
func TestParticipantsLinked(t *testing.T) {
	text := "Russian President Vladimir Putin met officials in Moscow. Putin said Russia will win.\n\n" +
		"U.N. Secretary-General Antonio Guterres strongly condemned the attack. Gunmen stormed a hotel in the Somali city of Beledweyne.\n\n" +
		"Fighters of the Islamic State said they defend Islam.\n"
	d := &doc.Document{Text: text, Lang: "en", Date: "2024-05-10", Source: "test"}
	if err := pipeline.New().Process(d); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{} // mention text → "TYPE actor"
	for _, e := range d.Entities {
		for _, m := range e.Mentions {
			got[d.Text[m.Start:m.End]] = e.Type + " " + e.Actor
		}
	}
	for mention, want := range map[string]string{
		"Putin":            "PERSON RUSGOV",
		"Antonio Guterres": "PERSON UNO",
		"U.N.":             "ORG UNO",
		"Somali":           "NORP SOM",
		"Beledweyne":       "GPE ",
		"Islamic State":    "ORG ISISREB",
	} {
		if got[mention] != want {
			t.Errorf("%s: got %q, want %q", mention, got[mention], want)
		}
	}
	for _, e := range d.Entities {
		var ms []string
		for _, m := range e.Mentions {
			ms = append(ms, d.Text[m.Start:m.End])
		}
		if j := strings.Join(ms, "|"); strings.Contains(j, "Islamic State") && strings.Contains(j, "Islam|") || strings.HasSuffix(j, "|Islam") {
			t.Errorf("Islamic State merged with Islam: %s", j)
		}
	}
}

// TestPeoplesInThePlural: nationality nouns in the plural are NORP of
// their country, also where they start a sentence, and keep their
// capitalised plural as base form, as the gold files name them.
func TestPeoplesInThePlural(t *testing.T) {
	text := "Georgians protested in Tbilisi on Sunday. Ukrainians and Russians were also there.\n"
	d := &doc.Document{Text: text, Lang: "en", Date: "2024-05-10", Source: "test"}
	if err := pipeline.New().Process(d); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{} // mention text → "TYPE name actor"
	for _, e := range d.Entities {
		for _, m := range e.Mentions {
			got[d.Text[m.Start:m.End]] = e.Type + " " + e.Name + " " + e.Actor
		}
	}
	for mention, want := range map[string]string{
		"Georgians":  "NORP Georgians GEO",
		"Ukrainians": "NORP Ukrainians UKR",
		"Russians":   "NORP Russians RUS",
	} {
		if got[mention] != want {
			t.Errorf("%s: got %q, want %q", mention, got[mention], want)
		}
	}
}
