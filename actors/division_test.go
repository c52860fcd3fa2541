package actors_test

import (
	"strings"
	"testing"

	"github.com/kronika/kronika/actors"
	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/pipeline"
)

// TestDivision: a first-level division of a state (places-admin1.tsv) is
// told from a capital, a seat of power and a state.
func TestDivision(t *testing.T) {
	kb := actors.Default()
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"Komenda", true}, // a Slovenian municipality
		{"Warszawa", false},
		{"Kreml", false},
		{"Polska", false},
	} {
		ms := kb.Lookup(tc.name)
		if len(ms) == 0 {
			t.Fatalf("%s: not in the base", tc.name)
		}
		if got := ms[0].Actor.Division(); got != tc.want {
			t.Errorf("%s (%s): Division() = %v, want %v", tc.name, ms[0].Actor.Canonical, got, tc.want)
		}
	}
}

// TestOrganisationDivision: a division named in an organisation's name
// gives its country only when the document names that country: the
// Polish police headquarters "Komenda" is no Slovenian body.
func TestOrganisationDivision(t *testing.T) {
	p := pipeline.New()
	for _, tc := range []struct{ text, org, notCountry string }{
		{"- Ofiarami byli cudzoziemcy - powiedziała wczoraj Agnieszka Nowak z biura prasowego Komendy Wojewódzkiej Policji w Radomiu.", "Komendy", "SVN"},
	} {
		d := &doc.Document{Text: tc.text, Lang: "pl", Date: "2002-03-10", Source: "test"}
		if err := p.Process(d); err != nil {
			t.Fatal(err)
		}
		found := false
		for _, e := range d.Entities {
			if !strings.HasPrefix(e.Name, tc.org) {
				continue
			}
			found = true
			if e.Country == tc.notCountry {
				t.Errorf("%q: %q has the country %s (%s)", tc.text, e.Name, e.Country, e.Actor)
			}
		}
		if !found {
			t.Errorf("no entity %q… in %q", tc.org, tc.text)
		}
	}
}
