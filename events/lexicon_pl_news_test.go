package events_test

import "testing"

// TestPolishLexiconNewsFrames: a sentence for each frame the Polish
// lexicon (lang/pl/data/events.tsv, the section after "common news frames
// missing before") gained from the verbs and nouns of unlabeled press:
// permits and loans given, pressure, warnings, audiences, manoeuvres,
// conquest, dropped charges, siding with, resumed supplies. The sentences
// are written for the test; the last cases hold the readings that are no
// act (a permit with no holder named, "przestrzegać" as "obey").
func TestPolishLexiconNewsFrames(t *testing.T) {
	checkPolish(t, []polishCase{
		// AGREE
		{"Rosja dogadała się z Turcją.", "AGREE RUS>TUR asserted 030"},
		{"Rząd Kanady wyraził gotowość przyjęcia Asii Bibi.", "AGREE CAN>PAK asserted 033"},
		{"Rząd Niemiec zgłosił gotowość przyjęcia ukraińskich uchodźców.", "AGREE DEU>UKR asserted 033"},
		// CONSULT
		{"Papież przyjął na audiencji prezydenta Polski.", "CONSULT VAT>POL asserted 043"},
		// SUPPORT
		{"Rząd Węgier opowiedział się za Rosją.", "SUPPORT HUN>RUS asserted 051"},
		{"Rząd Litwy stanął po stronie Ukrainy.", "SUPPORT LTU>UKR asserted 051"},
		// COOPERATE
		{"Rząd Szwecji wydał Gazpromowi zgodę na budowę gazociągu.", "COOPERATE SWE>RUS asserted 061"},
		{"Rząd Finlandii przyznał Gazpromowi pozwolenie na budowę.", "COOPERATE FIN>RUS asserted 061"},
		{"Rosja wznowiła dostawy gazu do Niemiec.", "COOPERATE RUS>DEU asserted 061"},
		// AID
		{"Bank Światowy przyznał Ukrainie pożyczkę.", "AID WB>UKR asserted 071"},
		{"Brytyjscy instruktorzy szkolą ukraińskich żołnierzy.", "AID GBR>UKR asserted 072"},
		// REQUEST
		{"Asia Bibi zwróciła się o azyl do Kanady.", "REQUEST PAK>CAN asserted 103"},
		{"Asia Bibi zaapelowała o azyl do Wielkiej Brytanii.", "REQUEST PAK>GBR asserted 103"},
		{"Stany Zjednoczone wywierają presję na Danię.", "REQUEST USA>DNK asserted 100"},
		{"Rząd Niemiec wymógł na Grecji reformy.", "REQUEST DEU>GRC asserted 100"},
		{"Rząd Niemiec zachęcił Ukrainę do reform.", "REQUEST DEU>UKR asserted 100"},
		// ACCUSE
		{"Rząd Polski zgłosił zastrzeżenia wobec Niemiec.", "ACCUSE POL>DEU asserted 110"},
		{"Rząd Litwy wniósł protest do Rosji.", "ACCUSE LTU>RUS asserted 114"},
		// THREATEN
		{"Rząd Rosji przestrzegł Finlandię przed wstąpieniem do NATO.", "THREATEN RUS>FIN asserted 130"},
		// MOBILIZE
		{"Polska wzmocniła granicę z Białorusią.", "MOBILIZE POL>BLR asserted 152"},
		{"Rosja wzmocniła obecność wojskową na Białorusi.", "MOBILIZE RUS>BLR asserted 154"},
		// COERCE
		{"Rosja podbiła Krym.", "COERCE RUS>UKR asserted 192"},
		{"Rząd Chin zabronił Tajwanowi udziału w szczycie.", "COERCE CHN>TWN asserted 172"},
		// RETREAT
		{"Sąd w Pakistanie oddalił zarzuty wobec Asii Bibi.", "RETREAT PAK>PAK asserted 0841"},
		{"Sąd Najwyższy Pakistanu unieważnił wyrok wobec Asii Bibi.", "RETREAT PAK>PAK asserted 0841"},
		{"Sąd Najwyższy Pakistanu uchylił wyrok na Asii Bibi.", "RETREAT PAK>PAK asserted 0841"},
		// ASSAULT
		{"Rosyjscy żołnierze wtargnęli na Ukrainę.", "ASSAULT RUS>UKR asserted 190"},
		{"Marynarka Ukrainy zatopiła rosyjski okręt.", "ASSAULT UKR>RUS asserted 190"},
		{"Doszło do bójki między rosyjskimi a ukraińskimi żołnierzami.", "ASSAULT RUS>UKR asserted 182"},
		// PROTEST
		{"Polscy rolnicy zorganizowali marsz przeciwko rządowi Polski.", "PROTEST POL>POL asserted 141"},
		{"Polscy związkowcy zorganizowali pikietę przed ambasadą Rosji.", "PROTEST POL>RUS asserted 141"},
		// SANCTION
		{"Prezydent Francji odwołał spotkanie z prezydentem Rosji.", "SANCTION FRA>RUS asserted 160"},
		// CONCEDE
		{"Rząd Izraela poczynił ustępstwa wobec Palestyńczyków.", "CONCEDE ISR>PSE asserted 080"},
		{"Unia Europejska poluzowała sankcje wobec Białorusi.", "RETREAT EUR>BLR asserted 085"},
		// no act
		{"Rząd Niemiec wydał zgodę na budowę gazociągu.", ""},
		{"Rząd Polski przestrzega prawa.", ""},
	})
}

// TestPolishAllegedActs: an act the writer calls alleged ("rzekomy",
// "rzekomo", "domniemany" before the trigger, cues of event-cues.tsv) or
// names as a danger ("zagrożenie", "ryzyko", "obawa") is not asserted;
// the same act without the word is.
func TestPolishAllegedActs(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Rosja rzekomo zaatakowała Ukrainę.", "ASSAULT RUS>UKR hypothetical 190"},
		{"Premier mówił o rzekomej agresji Rosji na Ukrainę.", ""},
		{"Premier Polski straszy rzekomą agresją Rosji na Ukrainę.", "ASSAULT RUS>UKR hypothetical 190"},
		{"Rośnie zagrożenie atakiem Rosji na Litwę.", "ASSAULT RUS>LTU hypothetical 190"},
		{"Rośnie ryzyko ataku Rosji na Litwę.", "ASSAULT RUS>LTU hypothetical 190"},
		{"Rosja zaatakowała Ukrainę.", "ASSAULT RUS>UKR asserted 190"},
		{"Atak Rosji na Litwę trwa.", "ASSAULT RUS>LTU asserted 190"},
	})
}
