package events_test

import (
	"strings"
	"testing"

	"github.com/kronika/kronika/pipeline"
)

// TestSharedHead: a bare nationality word or country name coordinated
// with a phrase that ends in a sector noun shares that noun ("French and
// German officials" are FRAGOV and DEUGOV); nouns of warships and jets
// are the military's.
func TestSharedHead(t *testing.T) {
	p := pipeline.New()
	for _, tc := range []struct{ text, want string }{
		{"French and German officials met in Paris.", "CONSULT FRAGOV>DEUGOV"},
		{"French, German and Italian diplomats visited Kyiv.", "CONSULT FRAGOV>UKR; CONSULT DEUGOV>UKR; CONSULT ITAGOV>UKR"},
		{"Russian and Chinese warships held joint exercises.", "COOPERATE RUSMIL>CHNMIL"},
		// two names with no noun after them stay the countries
		{"Cameroon and Nigeria signed an agreement.", "SUPPORT CMR>NGA"},
		// a phrase with a noun of its own keeps it
		{"Russian diplomats and Chinese soldiers met in Beijing.", "CONSULT RUSGOV>CHNMIL"},
	} {
		d := code(t, p, "en", " date 2024-07-10\n"+tc.text+"\n")
		if g := strings.Join(describeActors(d), "; "); g != tc.want {
			t.Errorf("%q: events %q, want %q", tc.text, g, tc.want)
		}
	}
}
