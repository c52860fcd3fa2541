package events_test

import "testing"

// TestPolishAccusedActs: the verb of a "że" clause after a verb of
// accusing, with no subject of its own, is the act of the one accused when
// it agrees with that object and not with the verb of accusing; a clause
// verb that agrees with the accuser, and a verb of saying, keep the
// subject of the sentence.
func TestPolishAccusedActs(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Minister Polski oskarżył Niemcy, że współpracują z Rosją.", "ACCUSE POL>DEU asserted 112; SUPPORT DEU>RUS asserted 050"},
		{"Minister spraw zagranicznych Polski Jan Kowalski oskarżył USA, że współpracują z Izraelem.", "ACCUSE POL>USA asserted 112; SUPPORT USA>ISR asserted 050"},
		// the clause verb agrees with the accuser
		{"Premier Polski oskarżył Niemcy, że współpracuje z nimi od lat.", "ACCUSE POL>DEU asserted 112; SUPPORT POL>DEU asserted 050"},
		// no accusation
		{"Premier Polski Jan Kowalski powiedział, że współpracuje z Niemcami.", "SUPPORT POL>DEU asserted 050"},
	})
}
