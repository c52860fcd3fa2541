package events_test

import (
	"strings"
	"testing"

	"github.com/kronika/kronika/pipeline"
)

// TestObligation: an obligation a named reporter states ("X said Y must
// go") is X's request to Y; without a reporter, with a pronoun for one or
// inside a quotation it is no request.
func TestObligation(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Britain said Iran must free the tanker.", "REQUEST GBR>IRN asserted"},
		{"The Red Cross said US and British forces must ensure security.", "REQUEST ICRC>USA asserted; REQUEST ICRC>GBR asserted"},
		{"Germany says Hungary needs to respect the ruling.", "REQUEST DEU>HUN asserted"},
		{"Iran must free the tanker.", ""},
		{"He said Iran must free the tanker.", ""},
		{"\"Iran must free the tanker,\" the British government said.", ""},
	}
	p := pipeline.New()
	for _, tc := range cases {
		d := code(t, p, "en", " date 2024-07-10\n"+tc.text+"\n")
		if got := strings.Join(describe(d), "; "); got != tc.want {
			t.Errorf("%q: events %q, want %q", tc.text, got, tc.want)
		}
	}
}
