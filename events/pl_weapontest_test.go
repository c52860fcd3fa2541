package events_test

import "testing"

// TestPolishWeaponsTest: "testować" and "przetestować" are a weapons test
// (MOBILIZE 150) only when the weapon is named in the clause; a state
// testing a network cut-off, a vaccine or a system does no military act.
func TestPolishWeaponsTest(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Rosja przetestowała nową rakietę.", "MOBILIZE RUS>- asserted 150"},
		{"Rosja testowała pociski hipersoniczne.", "MOBILIZE RUS>- asserted 150"},
		{"Iran przetestował system rakietowy.", "MOBILIZE IRN>- asserted 150"},
		// no act
		{"Rosja testowała już odłączenie się od światowej sieci.", ""},
		{"Rząd Niemiec przetestował nową szczepionkę.", ""},
	})
}
