package events_test

import "testing"

// TestEnglishNewsTriggers: triggers and false triggers found on unlabeled
// news (VOA stories outside the gold, issues 13 and 14) and fixed in
// lang/en/data/events.tsv. The sentences are written for the test.
func TestEnglishNewsTriggers(t *testing.T) {
	cases := []textCase{
		// importing is everyday trade, no act of one state toward another
		{"China imported more soybeans from Brazil last year.", ""},
		{"Gabon imports chicken from Cameroon.", ""},
		// a ban on the goods of a country named after "of" is an embargo
		{"Russia banned the import of Polish apples.", "SANCTION RUS>POL asserted 163"},
		{"India banned the export of rice to Bangladesh.", "SANCTION IND>BGD asserted 163"},
		// welcoming an agreement is praise of its parties, not the
		// agreement itself; welcoming a person stays hosting a visit
		{"The United Nations welcomed the agreement between Israel and Hamas.", "SUPPORT UNO>ISR asserted 051; SUPPORT UNO>PSE asserted 051"},
		{"Ukraine welcomed the decision of the European Union.", "SUPPORT UKR>EUR asserted 051"},
		{"Kenya welcomed the Chinese president.", "CONSULT KEN>CHN asserted 043"},
		// a sit-in held, an air strike on a place (the Houthis, a group of
		// actors/data/orgs-armed.tsv, YEM REB, condemn it: ACCUSE)
		{"Students held a sit-in against the government of Serbia.", "PROTEST SRB>SRB asserted 141"},
		{"The Houthis condemned the American air strikes on Yemen.", "ACCUSE YEM>USA asserted 111; ASSAULT USA>YEM asserted 195"},
	}
	checkEnglish(t, cases, true)
}

// TestPolishNewsTriggers: the same for lang/pl/data/events.tsv (NKJP press
// excerpts, issue 14).
func TestPolishNewsTriggers(t *testing.T) {
	checkPolish(t, []polishCase{
		// telephone calls and talks
		{"Premier Polski zadzwonił do prezydenta Ukrainy.", "CONSULT POL>UKR asserted 041"},
		{"Prezydent Francji odbył rozmowę telefoniczną z prezydentem Rosji.", "CONSULT FRA>RUS asserted 041"},
		{"Prezydent Francji odbył rozmowę z prezydentem Rosji.", "CONSULT FRA>RUS asserted 040"},
		{"Rząd Ukrainy prowadzi rozmowy z Rosją.", "CONSULT UKR>RUS asserted 046"},
		// a hunger strike begun, kept up as a protest; starving is none
		{"Opozycjoniści z Białorusi rozpoczęli głodówkę.", "PROTEST BLR>BLR asserted 142"},
		{"Opozycjonista z Rosji głoduje na znak protestu.", "PROTEST RUS>RUS asserted 142"},
		{"Działacze z Gruzji podjęli strajk głodowy przeciwko rządowi.", "PROTEST GEO>GEO asserted 142"},
		{"Ludność Gazy głoduje od miesięcy.", ""},
		// concern over what a party does (instrumental)
		{"Rząd Niemiec wyraził zaniepokojenie działaniami Rosji.", "ACCUSE DEU>RUS asserted 110"},
		// people driven from their homes
		{"Władze Rosji wysiedliły mieszkańców Krymu.", "COERCE RUS>UKR asserted 174"},
		// aid received: the giver is the "od" phrase
		{"Ukraina otrzymała pomoc od Niemiec.", "AID DEU>UKR asserted 070"},
		{"Polska otrzymała pomoc humanitarną od Unii Europejskiej.", "AID EUR>POL asserted 073"}, // humanitarian: the companion's finer code (finer.go)
		// talks ruled out are refused, not held; readiness for talks is intent
		{"Rząd Rosji wykluczył możliwość negocjacji z Ukrainą.", "REJECT RUS>UKR asserted 125"},
		{"Rząd Ukrainy zadeklarował gotowość do negocjacji z Rosją.", "AGREE UKR>RUS future 036"},
		// stones thrown at the police: a riot
		{"Serbscy kibice rzucali kamieniami w policję Kosowa.", "PROTEST SRB>XKX asserted 145"},
		// dismissed workers are no released prisoners; prisoners,
		// hostages and detainees are
		{"Firma Orlen zwolniła stu pracowników.", ""},
		// "podjąć" takes up a decision; it hosts a delegation
		{"Prokuratura Polski nie podjęła decyzji w sprawie Rosji.", ""},
		{"Prezydent Polski podjął delegację z Ukrainy.", "CONSULT POL>UKR asserted 043"},
		{"Rosja zwolniła zakładników z Ukrainy.", "RETREAT RUS>UKR asserted 0841"},
		{"Białoruś zwolniła więźniów politycznych.", "RETREAT BLR>BLR asserted 0841"},
		{"Rosja zwolniła dwóch obywateli Polski z aresztu.", "RETREAT RUS>POL asserted 0841"},
	})
}
