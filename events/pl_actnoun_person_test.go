package events_test

import "testing"

// TestPolishActNounPersonGenitive: a person named in the genitive after a
// noun that names an act ("wizytę Nancy Pelosi") is the one who does it,
// and the party of a verb that acts on the act, even when the name does
// not decline; a noun that names no act ("sprawę Nancy Pelosi") gives no
// party.
func TestPolishActNounPersonGenitive(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Chiny potępiły wizytę Nancy Pelosi na Tajwanie.", "ACCUSE CHN>USA asserted 111; CONSULT USA>TWN asserted 042"},
		{"Chiny potępiły sprawę Nancy Pelosi.", ""},
	})
}
