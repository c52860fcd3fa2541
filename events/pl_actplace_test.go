package events_test

import "testing"

// TestPolishJudgedActPlace: a verb that judges an arrest or a sentence
// whose agent the sentence does not name aims at the government of the
// country where it happened, not at the one arrested; with a named agent
// the agent is the target, and without a place the object stays the
// target.
func TestPolishJudgedActPlace(t *testing.T) {
	checkPolishActors(t, []polishCase{
		{"Polska potępiła aresztowanie polskiego dziennikarza na Białorusi.", "ACCUSE POL>BLRGOV"},
		{"Litwa potępiła aresztowanie Andrzeja Poczobuta w Grodnie.", "ACCUSE LTU>BLRGOV"},
		{"Polska skrytykowała aresztowanie Andrzeja Poczobuta przez białoruskie władze.", "ACCUSE POL>BLRGOV"},
		{"Unia Europejska potępiła zatrzymanie rosyjskich opozycjonistów.", "ACCUSE EUR>RUSOPP"},
	})
}
