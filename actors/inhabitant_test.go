package actors_test

import (
	"strings"
	"testing"

	"github.com/kronika/kronika/actors"
	"github.com/kronika/kronika/doc"
)

// TestInhabitantNounPerson: a PERSON entity that is only a Polish
// inhabitant noun, masculine or feminine, singular or plural, is a
// civilian of its country; a noun with a name beside it, or a word that
// is no nationality word, gets no country from the noun.
func TestInhabitantNounPerson(t *testing.T) {
	tests := []struct{ text, lemma, country, actor string }{
		{"Libijczyka", "Libijczyk", "LBY", "LBYCVL"},
		{"Sudańczyka", "Sudańczyk", "SDN", "SDNCVL"},
		{"Jemenka", "Jemenka", "YEM", "YEMCVL"},
		{"Jemenki", "Jemenki", "YEM", "YEMCVL"},
		{"Rosjanka", "Rosjanka", "RUS", "RUSCVL"},
		{"Niemkę", "Niemka", "DEU", "DEUCVL"},
		{"Polka", "Polka", "POL", "POLCVL"},
		{"Ukrainki", "Ukrainka", "UKR", "UKRCVL"},
		{"Białorusinka", "Białorusinka", "BLR", "BLRCVL"},
		{"Słowaczka", "Słowaczka", "SVK", "SVKCVL"},
		{"Libijczyk Ahmed", "Libijczyk Ahmed", "", ""},
		{"Kowalski", "Kowalski", "", ""},
	}
	for _, tt := range tests {
		text := "Policja zatrzymała " + tt.text + "."
		start := strings.Index(text, tt.text)
		d := &doc.Document{Text: text, Lang: "pl", Date: "2021-03-03", Entities: []doc.Entity{{
			Type: "PERSON", Name: tt.lemma,
			Mentions: []doc.Mention{{Span: doc.Span{Start: start, End: start + len(tt.text)}, Lemma: tt.lemma}},
		}}}
		actors.Default().Resolve(d, nil)
		e := d.Entities[0]
		if e.Country != tt.country || e.Actor != tt.actor {
			t.Errorf("%q: country %q actor %q, want %q %q", tt.text, e.Country, e.Actor, tt.country, tt.actor)
		}
	}
}
