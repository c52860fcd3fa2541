package events_test

import (
	"strings"
	"testing"

	"github.com/kronika/kronika/pipeline"
)

// TestHostsThing: a verb of hosting ("welcome", "receive", "host") hosts
// a guest named by its object, not a thing that belongs to an actor.
func TestHostsThing(t *testing.T) {
	cases := []struct{ text, want string }{
		{"The German government welcomed the American proposal.", "SUPPORT DEU>USA asserted"},
		{"Poland welcomed the Ukrainian decision.", "SUPPORT POL>UKR asserted"},
		{"The German government welcomed the American delegation.", "CONSULT DEU>USA asserted"},
		{"Putin received Xi Jinping in the Kremlin.", "CONSULT RUS>CHN asserted"},
		{"Japan hosted the Chinese foreign minister.", "CONSULT JPN>CHN asserted"},
	}
	p := pipeline.New()
	for _, tc := range cases {
		d := code(t, p, "en", " date 2024-07-10\n"+tc.text+"\n")
		if got := strings.Join(describe(d), "; "); got != tc.want {
			t.Errorf("%q: events %q, want %q", tc.text, got, tc.want)
		}
	}
}
