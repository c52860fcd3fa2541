package events_test

import "testing"

// TestPolishOwnedThing: a thing the actor base links to its owner (the
// pipeline Nord Stream 2 of Nord Stream 2 AG) stands for that owner as
// the target of support, criticism, threats, sanctions, restrictions and
// permits, also as the genitive of an act noun ("na budowę Nord Stream
// 2"); it is never a source, and a talk or an offer about it has no
// target in it.
func TestPolishOwnedThing(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Niemcy poparły Nord Stream 2.", "SUPPORT DEU>RUS asserted 051"},
		{"Litwa skrytykowała Nord Stream 2.", "ACCUSE LTU>RUS asserted 111"},
		{"Finlandia wydała zezwolenie na budowę Nord Stream 2.", "COOPERATE FIN>RUS asserted 061"},
		{"Stany Zjednoczone sprzeciwiają się budowie Nord Stream 2.", "ACCUSE USA>RUS asserted 110"},
		{"Nord Stream 2 zagraża bezpieczeństwu Polski.", ""},
		{"Niemcy rozmawiały z Danią o Nord Stream 2.", "CONSULT DEU>DNK asserted 040"},
	})
}
