package events_test

import "testing"

// TestPolishUnnamedAgentActs: an impersonal or agentless passive act of
// the authorities (an arrest, a sentence) in a story about one country is
// that country's authorities'; a summons of workers or goods delivered
// with no one named is no act of a state.
func TestPolishUnnamedAgentActs(t *testing.T) {
	checkPolish(t, []polishCase{
		{"W Pakistanie zatrzymano pakistańskiego dziennikarza.", "COERCE PAK>PAK asserted 173"},
		{"Pakistańska chrześcijanka Asia Bibi została aresztowana.", "COERCE PAK>PAK asserted 173"},
		{"W Pakistanie wezwano pakistańskich lekarzy.", ""},
		{"Rury zostały dostarczone do rosyjskich fabryk.", ""},
		{"Pakistańscy lekarze zostali wezwani do szpitala.", ""},
	})
}
