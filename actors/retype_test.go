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
		{"PERSON", "Gazprom", "ORG"},       // a company read as a person
		{"GPE", "Unia Europejska", "ORG"},  // a union of states is a body
		{"ORG", "Rosja", "GPE"},            // a state acting is still a state
		{"PERSON", "Polska", "PERSON"},     // not linked: a base form read as a person may be a given name
		{"PERSON", "Jan Polska", "PERSON"}, // nor a name of several words
		{"ORG", "Moskwa", "GPE"},           // a capital standing for its state
		{"ORG", "Kreml", "ORG"},            // a seat of power keeps its type
		{"PERSON", "Władimir Putin", "PERSON"},
		{"NORP", "rosyjski", "NORP"},
		{"PERSON", "Jan Wiśniewski", "PERSON"}, // unknown to the base
		// A medium has one type in every language, whatever the
		// recognizer read: a newspaper, a channel or a platform is a
		// PRODUCT, an agency or a broadcaster an ORG.
		{"PRODUCT", "Gazeta Wyborcza", "PRODUCT"},
		{"ORG", "Gazeta Wyborcza", "PRODUCT"},
		{"PERSON", "Le Monde", "PRODUCT"},
		{"ORG", "Коммерсантъ", "PRODUCT"},
		{"PRODUCT", "RMF FM", "PRODUCT"},
		{"ORG", "Facebook", "PRODUCT"},
		{"PRODUCT", "BBC", "ORG"},
		{"PRODUCT", "Reuters", "ORG"},
		{"PERSON", "Reuters", "ORG"},
		// A thing named after its company stays a thing; the company
		// named with its legal form is an organisation.
		{"PRODUCT", "Nord Stream 2", "PRODUCT"},
		{"PRODUCT", "Nord Stream 2 AG", "ORG"},
		{"PRODUCT", "Boeing", "PRODUCT"}, // the recognizer read a product of the company
	}
	for _, tt := range tests {
		if e := resolveOne(tt.typ, tt.name); e.Type != tt.want {
			t.Errorf("%s %q: type %s (canonical %q), want %s", tt.typ, tt.name, e.Type, e.Canonical, tt.want)
		}
	}
}

// resolveOne resolves an article of one name, typed typ, dated 2024-05-01.
func resolveOne(typ, name string) doc.Entity {
	d := &doc.Document{Text: name, Lang: "pl", Date: "2024-05-01",
		Entities: []doc.Entity{{ID: "E1", Type: typ, Name: name,
			Mentions: []doc.Mention{{Span: doc.Span{Start: 0, End: len(name)}, Lemma: name}}}}}
	Default().Resolve(d, nil)
	return d.Entities[0]
}

// TestProductOfCompany: a thing named after its company (a pipeline, a
// platform) is named as the company without its legal form, in every
// language; the company keeps its name.
func TestProductOfCompany(t *testing.T) {
	for _, tt := range []struct{ typ, name, canonical string }{
		{"PRODUCT", "Nord Stream 2", "Nord Stream 2"},
		{"PRODUCT", "Северный поток-2", "Nord Stream 2"},
		{"ORG", "Nord Stream 2", "Nord Stream 2 AG"},
		{"PRODUCT", "Nord Stream 2 AG", "Nord Stream 2 AG"},
	} {
		if e := resolveOne(tt.typ, tt.name); e.Canonical != tt.canonical {
			t.Errorf("%s %q: canonical %q (type %s), want %q", tt.typ, tt.name, e.Canonical, e.Type, tt.canonical)
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
		e := resolveOne(tt.typ, tt.name)
		if e.Canonical != tt.canonical || e.Country != "" || e.Actor != "" || e.Type == "ORG" {
			t.Errorf("%s %q: %s %q country %q actor %q, want %q, no country, no actor, a place", tt.typ, tt.name, e.Type, e.Canonical, e.Country, e.Actor, tt.canonical)
		}
	}
}

// TestOtherPerson checks that a person named in full is not linked through
// the last name alone to someone of the base with another first name.
func TestOtherPerson(t *testing.T) {
	for _, tt := range []struct {
		name, short, canonical string // canonical "" for no link
	}{
		{"Aleksandr Miedwiediew", "Miedwiediew", ""},              // not Dmitry Medvedev
		{"Dmitrij Miedwiediew", "Miedwiediew", "Dmitry Medvedev"}, // a spelling of his first name
		{"Kanclerz Merkel", "Merkel", "Angela Merkel"},            // a title, not a first name
		{"A. Merkel", "Merkel", "Angela Merkel"},                  // an initial
		{"Władimir Putin", "Putin", "Vladimir Putin"},
	} {
		text := tt.name + " " + tt.short
		d := &doc.Document{Text: text, Lang: "pl", Date: "2017-05-01",
			Entities: []doc.Entity{{ID: "E1", Type: "PERSON", Name: tt.name, Mentions: []doc.Mention{
				{Span: doc.Span{Start: 0, End: len(tt.name)}, Lemma: tt.name},
				{Span: doc.Span{Start: len(tt.name) + 1, End: len(text)}, Lemma: tt.short}}}}}
		Default().Resolve(d, nil)
		e := d.Entities[0]
		if got := e.Canonical; tt.canonical == "" && e.Actor != "" || tt.canonical != "" && got != tt.canonical {
			t.Errorf("%q: linked to %q (%s), want %q", tt.name, got, e.Actor, tt.canonical)
		}
	}
}

func TestSameFirstName(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"aleksandr", "alexander", true},
		{"j", "joe", true},
		{"aasi", "asia", true},
		{"aleksandr", "dmitry", false},
		{"ron", "mike", false},
		{"james", "ashiq", false},
		{"jan", "jon", true},
		{"jan", "ian", true},
		{"ola", "eva", false},
		{"", "eva", false},
	} {
		if got := sameFirstName(tt.a, tt.b); got != tt.want {
			t.Errorf("sameFirstName(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
