package events_test

import "testing"

// TestPolishCauseNoun: a noun trigger that names the cause of what its
// clause tells ("z powodu strajku", "wskutek ataku", "w wyniku protestów",
// cues of the kind cause) is no act of the clause's subject; its own
// genitive may still name who did it. The same noun as the verb's object
// is the subject's act.
func TestPolishCauseNoun(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Ryanair odwołał setki lotów z powodu strajku.", ""},
		{"Polska zamknęła lotnisko wskutek ataku.", ""},
		{"Ryanair odwołał setki lotów w wyniku protestów.", ""},
		{"Ryanair odwołał setki lotów z powodu strajku pilotów.", "PROTEST IRL>IRL asserted 143"},
		{"Polscy piloci zapowiedzieli strajk.", "PROTEST POL>POL future 143"},
	})
}
