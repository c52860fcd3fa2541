package events_test

import (
	"strings"
	"testing"

	"github.com/kronika/kronika/pipeline"
)

// TestCompanionWindow: a light verb's companion word is looked for within
// six words after it, a name of several words counting as one.
func TestCompanionWindow(t *testing.T) {
	cases := []struct{ text, want string }{
		{"A Guatemalan judge ordered journalist Jose Ruben Zamora back to prison.", "COERCE GTM>GTM asserted"},
		{"A Guatemalan judge ordered the journalist back to prison.", "COERCE GTM>GTM asserted"},
		// common words count one by one: "prison" is too far from "ordered"
		{"A Guatemalan judge ordered the Guatemalan editor of a small local paper back to prison.", ""},
	}
	p := pipeline.New()
	for _, tc := range cases {
		d := code(t, p, "en", " date 2024-07-10\n"+tc.text+"\n")
		if got := strings.Join(describe(d), "; "); got != tc.want {
			t.Errorf("%q: events %q, want %q", tc.text, got, tc.want)
		}
	}
}
