package events_test

import "testing"

// TestHostsThing: a verb of hosting ("welcome", "receive", "host") hosts
// a guest named by its object, not a thing that belongs to an actor.
func TestHostsThing(t *testing.T) {
	cases := []textCase{
		{"The German government welcomed the American proposal.", "SUPPORT DEU>USA asserted"},
		{"Poland welcomed the Ukrainian decision.", "SUPPORT POL>UKR asserted"},
		{"The German government welcomed the American delegation.", "CONSULT DEU>USA asserted"},
		{"Putin received Xi Jinping in the Kremlin.", "CONSULT RUS>CHN asserted"},
		{"Japan hosted the Chinese foreign minister.", "CONSULT JPN>CHN asserted"},
	}
	checkEnglish(t, cases, false)
}
