package en_test

import (
	"testing"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/pipeline"
)

// TestDescriptionsAtSentenceStart: a sentence that opens with a
// nationality adjective of a smaller country, or with an adjective of a
// crowd before a nationality word, or with a plural noun for people, gets
// the nationality word as NORP linked to its country and no made-up name.
func TestDescriptionsAtSentenceStart(t *testing.T) {
	p := pipeline.New()
	for _, tc := range []struct {
		text string
		want map[string]string // mention → "TYPE actor"; "" for no mention
	}{
		{"Ghanaian police arrested two traders.", map[string]string{"Ghanaian": "NORP GHA"}},
		{"Zambian doctors went on strike on Monday.", map[string]string{"Zambian": "NORP ZMB"}},
		{"Angry French paper workers blocked the road.", map[string]string{"French": "NORP FRA", "Angry French": ""}},
		{"Masked Palestinian gunmen opened fire.", map[string]string{"Palestinian": "NORP PSE", "Masked Palestinian": ""}},
		{"Hundreds of Algerians marched in the capital.", map[string]string{"Algerians": "NORP DZA", "Hundreds": ""}},
		{"Officials say the rebels fled.", map[string]string{"Officials": ""}},
		// a listed country name is still a place, not a nationality word
		{"South Africa sent troops.", map[string]string{"South Africa": "GPE ZAF"}},
	} {
		d := &doc.Document{Text: tc.text + "\n", Lang: "en", Date: "2024-05-10", Source: "test"}
		if err := p.Process(d); err != nil {
			t.Fatal(err)
		}
		got := map[string]string{}
		for _, e := range d.Entities {
			for _, m := range e.Mentions {
				got[d.Text[m.Start:m.End]] = e.Type + " " + e.Actor
			}
		}
		for mention, want := range tc.want {
			if got[mention] != want {
				t.Errorf("%q: %q is %q, want %q", tc.text, mention, got[mention], want)
			}
		}
	}
}
