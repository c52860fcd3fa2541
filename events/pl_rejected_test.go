package events_test

import "testing"

// TestPolishRejectedNoun: an agreement that the verb after it rejects
// ("odrzucić porozumienie") was not made, however far its own phrases keep
// it from the verb: the noun codes no SUPPORT. An agreement signed still
// does.
func TestPolishRejectedNoun(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Umowa między Wielką Brytanią a Unią Europejską została odrzucona.", ""},
		{"Porozumienie między Wielką Brytanią a Unią Europejską zostało odrzucone przez Izbę Gmin.", ""},
		{"Porozumienie między Wielką Brytanią a Unią Europejską odrzuciła Izba Gmin.", ""},
		{"Umowa między Wielką Brytanią a Unią Europejską została podpisana.", "SUPPORT GBR>EUR asserted 057"},
	})
}
