package events_test

import "testing"

// TestPolishDemandClause: a demand with no object names its target in
// the clause it opens with "by", "aby" or "żeby": that clause's subject,
// before its verb or after it (past the verb's own "się": "domaga się,
// by"); no conjunction, or a clause without a
// subject, names none.
func TestPolishDemandClause(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Rosja zażądała, by Polska wycofała wojska.", "REQUEST RUS>POL asserted 105"},
		{"Rosja zażądała, by wycofała Polska wojska.", "REQUEST RUS>POL asserted 105"},
		{"Litwa żąda, aby Białoruś zamknęła elektrownię.", "REQUEST LTU>BLR asserted 100"},
		{"Niemcy zażądały natychmiast, żeby Rosja uwolniła dziennikarzy.", "REQUEST DEU>RUS asserted 1053"},
		// a reflexive demand verb: its "się" before the comma
		{"Polska domaga się, by Niemcy wycofały wojska.", "REQUEST POL>DEU asserted 100"},
		{"Litwa domaga się stanowczo, aby Białoruś zamknęła elektrownię.", "REQUEST LTU>BLR asserted 100"},
		// a demand with its addressee as object: that one, not the clause's
		{"Litwa żąda od Rosji, aby Białoruś zamknęła elektrownię.", "REQUEST LTU>RUS asserted 100"},
		// a clause with no subject, a "że" clause: no addressee
		{"Litwa żąda, aby zamknąć elektrownię.", ""},
		{"Litwa twierdzi, że Białoruś zamknęła elektrownię.", ""},
	})
}

// TestPolishNewsFrames: frames of short agency items: a protest or
// strike action ("akcja protestacyjna", "akcja strajkowa") of people
// against their government or the body they name, a shoot-out with the
// police as a clash, criticism told by a light verb ("poddać krytyce").
func TestPolishNewsFrames(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Litewscy rolnicy rozpoczęli akcję protestacyjną przeciwko rządowi.", "PROTEST LTU>LTU asserted 140"},
		{"Brytyjscy lekarze rozpoczęli akcję strajkową.", "PROTEST GBR>GBR asserted 143"},
		{"Doszło do strzelaniny rosyjskiej policji z czeczeńskimi bojownikami.", "ASSAULT RUS>RUS asserted 190"},
		// the dead of a group (its word read as the gerund of
		// "ugrupować") in a shoot-out with the police
		{"14 członków ugrupowania terrorystycznego zginęło w strzelaninie z indyjską policją.", "ASSAULT IND>IND asserted 190"},
		{"Unia Europejska poddała krytyce Węgry.", "ACCUSE EUR>HUN asserted 111"},
		{"Rząd Niemiec poddaje ostrej krytyce politykę Rosji.", "ACCUSE DEU>RUS asserted 111"},
		// the adjective alone is no protest: "akcja ratunkowa" is none
		{"Litewscy strażacy rozpoczęli akcję ratunkową.", ""},
	})
}

// TestPolishCriminalGroups: the members of a gang or a ring that the
// police arrest are criminals of the country of the story (here its
// town's); with no place named there is no country to guess.
func TestPolishCriminalGroups(t *testing.T) {
	checkPolishActors(t, []polishCase{
		{"W Radomiu policja zatrzymała członków gangu.", "COERCE POLCOP>POLCRM"},
		{"W Krakowie policja zatrzymała członków szajki złodziei samochodów.", "COERCE POLCOP>POLCRM"},
		{"Policja zatrzymała członków gangu.", ""},
	})
}

// TestPolishAdjectiveSector: an object named by a thing whose adjective
// says which body it belongs to ("rządowy projekt", "sejmowa komisja")
// names that body of the story's country; a thing without such an
// adjective names no one.
func TestPolishAdjectiveSector(t *testing.T) {
	checkPolishActors(t, []polishCase{
		{"Rumuński parlament odrzucił rządowy projekt ustawy.", "REJECT ROULEG>ROUGOV"},
		{"Polska opozycja skrytykowała rządowy plan reformy.", "ACCUSE POLOPP>POLGOV"},
		{"Polska opozycja skrytykowała prezydenckie weto.", "ACCUSE POLOPP>POLGOV"},
		{"Polska opozycja skrytykowała plan reformy.", ""},
	})
}

// TestPolishProtestInFront: people protest to the body they protest in
// front of ("przed ambasadą Rosji", "przed Sejmem"), not to their own
// government; "przed" of a time names no one.
func TestPolishProtestInFront(t *testing.T) {
	checkPolishActors(t, []polishCase{
		{"Polacy protestowali przed ambasadą Rosji w Warszawie.", "PROTEST POL>RUSGOV"},
		{"Ukraińcy demonstrowali przed Sejmem.", "PROTEST UKR>POLLEG"},
		{"Polscy rolnicy protestowali przed wyborami.", "PROTEST POL>POLGOV"},
	})
}
