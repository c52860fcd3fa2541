package events_test

import "testing"

// TestPolishTerritoryClaim: "uznać X za terytorium Y" endorses Y's claim
// to a land (SUPPORT 051 towards Y), not a diplomatic recognition of X
// (054); recognising a state stays 054.
func TestPolishTerritoryClaim(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Litwa uznała Krym za terytorium Ukrainy.", "SUPPORT LTU>UKR asserted 051"},
		{"Stany Zjednoczone uznały Wzgórza Golan za terytorium Izraela.", "SUPPORT USA>ISR asserted 051"},
		{"Węgry uznały Kosowo.", "SUPPORT HUN>XKX asserted 054"},
	})
}
