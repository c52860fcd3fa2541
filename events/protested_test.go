package events_test

import (
	"strings"
	"testing"

	"github.com/kronika/kronika/pipeline"
)

// TestProtestedThing: workers who protest against a thing the sentence
// names (a law, a reform) protest to the government, not to their
// employer; with nothing named the employer rule stands.
func TestProtestedThing(t *testing.T) {
	en := []textCase{
		{"In France, Renault workers protested the new pension law.", "PROTEST FRALAB>FRAGOV"},
		{"In France, workers at Renault held a strike against the pension reform.", "PROTEST FRALAB>FRAGOV"},
		{"In France, Renault workers protested on Tuesday.", "PROTEST FRALAB>FRABUS"},
	}
	p := pipeline.New()
	for _, tc := range en {
		d := code(t, p, "en", " date 2024-07-10\n"+tc.text+"\n")
		if g := strings.Join(describeActors(d), "; "); g != tc.want {
			t.Errorf("%q: events %q, want %q", tc.text, g, tc.want)
		}
	}
	checkPolishActors(t, []polishCase{
		{"Pracownicy Renault protestowali przeciwko nowej ustawie emerytalnej.", "PROTEST FRALAB>FRAGOV"},
		{"Pracownicy Renault strajkowali we wtorek.", "PROTEST FRALAB>FRABUS"},
		{"Pracownicy Renault strajkowali dwa dni.", "PROTEST FRALAB>FRABUS"},
	})
}
