package actors

import (
	"testing"

	"github.com/kronika/kronika/doc"
)

// TestRetypeByKind checks that an entity linked to the base takes the type
// of the actor's kind where the recognizer said another kind of thing.
func TestRetypeByKind(t *testing.T) {
	tests := []struct {
		typ, name, want string
	}{
		{"PERSON", "Gazprom", "ORG"},      // a company read as a person
		{"GPE", "Unia Europejska", "ORG"}, // a union of states is a body
		{"ORG", "Rosja", "GPE"},           // a state acting is still a state
		{"PERSON", "Polska", "PERSON"},    // not linked: persons link to people and bodies only
		{"ORG", "Moskwa", "GPE"},          // a capital standing for its state
		{"ORG", "Kreml", "ORG"},           // a seat of power keeps its type
		{"PERSON", "Władimir Putin", "PERSON"},
		{"NORP", "rosyjski", "NORP"},
		{"PERSON", "Jan Wiśniewski", "PERSON"}, // unknown to the base
	}
	for _, tt := range tests {
		d := &doc.Document{Text: tt.name, Lang: "pl", Date: "2024-05-01",
			Entities: []doc.Entity{{ID: "E1", Type: tt.typ, Name: tt.name,
				Mentions: []doc.Mention{{Span: doc.Span{Start: 0, End: len(tt.name)}, Lemma: tt.name}}}}}
		Default().Resolve(d, nil)
		if got := d.Entities[0].Type; got != tt.want {
			t.Errorf("%s %q: type %s (canonical %q), want %s", tt.typ, tt.name, got, d.Entities[0].Canonical, tt.want)
		}
	}
}

// TestPlacesOfNoState checks that a continent or a sea is linked to its
// English name and stands for no state.
func TestPlacesOfNoState(t *testing.T) {
	for _, tt := range []struct{ typ, name, canonical string }{
		{"LOC", "Europa", "Europe"},
		{"LOC", "Morze Bałtyckie", "Baltic Sea"},
		{"LOC", "Балтийское море", "Baltic Sea"},
		{"ORG", "Bliski Wschód", "Middle East"},
		{"GPE", "Europa Środkowo-Wschodnia", "Central and Eastern Europe"},
	} {
		d := &doc.Document{Text: tt.name, Lang: "pl", Date: "2024-05-01",
			Entities: []doc.Entity{{ID: "E1", Type: tt.typ, Name: tt.name,
				Mentions: []doc.Mention{{Span: doc.Span{Start: 0, End: len(tt.name)}, Lemma: tt.name}}}}}
		Default().Resolve(d, nil)
		e := d.Entities[0]
		if e.Canonical != tt.canonical || e.Country != "" || e.Actor != "" || e.Type == "ORG" {
			t.Errorf("%s %q: %s %q country %q actor %q, want %q, no country, no actor, a place", tt.typ, tt.name, e.Type, e.Canonical, e.Country, e.Actor, tt.canonical)
		}
	}
}
