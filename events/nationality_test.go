package events_test

import (
	"strings"
	"testing"

	"github.com/kronika/kronika/pipeline"
)

// TestNationalityDescriptions: a noun phrase of a nationality word and a
// noun for people is that country's actor with the sector the noun gives,
// whatever adjective of mood or number stands before it at the start of a
// sentence, and for the nationality words of smaller countries too.
func TestNationalityDescriptions(t *testing.T) {
	p := pipeline.New()
	for _, tc := range []struct{ text, want string }{
		{"Angry French paper workers attacked the police in Paris.", "ASSAULT FRALAB>FRACOP"},
		{"Masked Palestinian gunmen attacked Israeli soldiers.", "ASSAULT PSEREB>ISRMIL"},
		{"Turkish farmers protested against the government in Ankara.", "PROTEST TURAGR>TURGOV"},
		{"Ghanaian police arrested Malian traders near the border.", "COERCE GHACOP>MLICVL"},
		{"Filipino fishermen accused Chinese sailors of ramming their boat.", "ACCUSE PHLAGR>CHNMIL"},
		{"Zambian doctors protested against the health ministry.", "PROTEST ZMBHLH>ZMBGOV"},
	} {
		d := code(t, p, "en", " date 2024-07-10\n"+tc.text+"\n")
		if g := strings.Join(describeActors(d), "; "); g != tc.want {
			t.Errorf("%q: events %q, want %q", tc.text, g, tc.want)
		}
	}
}
