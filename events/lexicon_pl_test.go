package events_test

import "testing"

// TestPolishLexiconFrames: a sentence for each frame the Polish lexicon
// (lang/pl/data/events.tsv) gained in issue 13's second round: light-verb
// phrases, nominalisations and verbs of every PLOVER type, each coded
// with its source and target from their cases.
func TestPolishLexiconFrames(t *testing.T) {
	checkPolish(t, []polishCase{
		// AGREE
		{"Rosja i Ukraina doszły do porozumienia.", "AGREE RUS>UKR asserted 030"},
		{"Rząd Serbii przyjął propozycję Unii Europejskiej.", "AGREE SRB>EUR asserted 030"},
		{"Rząd Kosowa zaakceptował warunki Unii Europejskiej.", "AGREE XKX>EUR asserted 030"},
		{"Norwegia ofiarowała azyl Asii Bibi.", "AGREE NOR>PAK asserted 033"},
		{"Rząd Kanady zaproponował azyl Asii Bibi.", "AGREE CAN>PAK asserted 033"},
		{"Rząd Niemiec zadeklarował pomoc dla Ukrainy.", "AGREE DEU>UKR asserted 033"},
		{"Rząd Mołdawii zgłosił gotowość wobec Rumunii.", "AGREE MDA>ROU asserted 030"},
		// CONSULT
		{"Prezydent Francji przebywa z wizytą w Indiach.", "CONSULT FRA>IND asserted 042"},
		{"Rząd Serbii zasiadł do rozmów z Chorwacją.", "CONSULT SRB>HRV asserted 046"},
		{"Armenia przystąpiła do negocjacji z Azerbejdżanem.", "CONSULT ARM>AZE asserted 046"},
		{"Przyjazd prezydenta Chin do Serbii zaplanowano na maj.", "CONSULT CHN>SRB asserted 042"},
		// SUPPORT
		{"Papież wstawił się za Asią Bibi.", "SUPPORT VAT>PAK asserted 052"},
		{"Armenia sprzymierzyła się z Francją.", "SUPPORT ARM>FRA asserted 050"},
		{"Francja zapewniła Ukrainie poparcie.", "SUPPORT FRA>UKR asserted 051"},
		{"Parlament Europejski zatwierdził umowę z Wielką Brytanią.", "SUPPORT EUR>GBR asserted 057"},
		{"Rząd Polski przyjął porozumienie z Litwą.", "SUPPORT POL>LTU asserted 057"},
		// CONCEDE
		{"Rząd Izraela złagodził stanowisko wobec Turcji.", "CONCEDE ISR>TUR asserted 080"},
		// COOPERATE
		{"Rosja sprzedała Indiom myśliwce.", "COOPERATE RUS>IND asserted 061"},
		{"Rosja dostarcza gaz do Niemiec.", "COOPERATE RUS>DEU asserted 061"},
		// AID
		{"Rząd Japonii przekazał pieniądze Ukrainie.", "AID JPN>UKR asserted 071"},
		{"Turcja wysłała do Syrii konwój humanitarny.", "AID TUR>SYR asserted 073"},
		{"Turcja przyjęła syryjskich uchodźców.", "AID TUR>SYR asserted 075"},
		{"Rząd Kanady zapewnił schronienie Asii Bibi.", "AID CAN>PAK asserted 075"},
		{"Stany Zjednoczone dostarczyły czołgi do Polski.", "AID USA>POL asserted 072"},
		// RETREAT
		{"Władze Iranu wypuściły na wolność francuskiego dziennikarza.", "RETREAT IRN>FRA asserted 0841"},
		{"Władze Rosji zwolniły z aresztu amerykańskiego dziennikarza.", "RETREAT RUS>USA asserted 0841"},
		{"Wojsko Rosji wstrzymało ostrzał Ukrainy.", "RETREAT RUS>UKR asserted 0871"},
		// REQUEST
		{"Prezydent Ukrainy nawoływał Niemcy do dostaw broni.", "REQUEST UKR>DEU asserted 100"},
		{"Prezydent Ukrainy ponaglił Niemcy.", "REQUEST UKR>DEU asserted 100"},
		{"Rząd Ukrainy zwrócił się z apelem do Unii Europejskiej.", "REQUEST UKR>EUR asserted 100"},
		{"Asia Bibi poprosiła o azyl w Kanadzie.", "REQUEST PAK>CAN asserted 103"},
		{"Asia Bibi wystąpiła o azyl do Kanady.", "REQUEST PAK>CAN asserted 103"},
		// ACCUSE
		{"Premier Polski wytknął Niemcom błędy.", "ACCUSE POL>DEU asserted 111"},
		{"Rząd Polski wyraził rozczarowanie wobec Niemiec.", "ACCUSE POL>DEU asserted 110"},
		{"Rząd Polski złożył zawiadomienie przeciwko Gazpromowi.", "ACCUSE POL>RUS asserted 115"},
		{"Prokuratura Polski postawiła w stan oskarżenia rosyjskiego dyplomatę.", "ACCUSE POL>RUS asserted 1121"},
		{"Rząd Litwy poskarżył się na Rosję.", "ACCUSE LTU>RUS asserted 111"},
		// opposing is disapproving, as "oppose" is in English
		{"Litwa sprzeciwiła się propozycji Rosji.", "ACCUSE LTU>RUS asserted 110"},
		{"Rząd Polski sprzeciwia się polityce Niemiec.", "ACCUSE POL>DEU asserted 110"},
		// REJECT
		{"Rząd Chorwacji odrzucił zaproszenie Serbii.", "REJECT HRV>SRB asserted 125"},
		{"Wielka Brytania odmówiła azylu Asii Bibi.", "REJECT GBR>PAK asserted 122"},
		{"Parlament Wielkiej Brytanii odrzucił traktat z Unią Europejską.", "REJECT GBR>EUR asserted 127"},
		{"Chiny odrzuciły prośbę Tajwanu.", "REJECT CHN>TWN asserted 120"},
		{"Rząd Polski zgłosił sprzeciw wobec Niemiec.", "REJECT POL>DEU asserted 120"},
		// THREATEN
		{"Rosja zagroziła Litwie strajkiem.", "THREATEN RUS>LTU asserted 133"},
		// PROTEST
		{"Rolnicy zablokowali autostradę pod Warszawą.", "PROTEST POL>POL asserted 144"},
		{"Demonstranci obrzucili policjantów kamieniami w Warszawie.", "PROTEST POL>POL asserted 145"},
		// SANCTION
		{"Francja wycofała ambasadora z Mali.", "SANCTION FRA>MLI asserted 161"},
		{"Rosja odebrała akredytację dziennikarzom BBC.", "SANCTION RUS>GBR asserted 166"},
		{"Unia Europejska wprowadziła restrykcje wobec Białorusi.", "SANCTION EUR>BLR asserted 163"},
		{"Chiny nałożyły ograniczenia na Litwę.", "SANCTION CHN>LTU asserted 163"},
		{"Rząd Kanady zamroził majątek rosyjskich oligarchów.", "SANCTION CAN>RUS asserted 163"},
		{"Węgry wprowadziły zakaz importu z Ukrainy.", "SANCTION HUN>UKR asserted 163"},
		// MOBILIZE
		{"Rosja zwiększyła obecność wojskową na Białorusi.", "MOBILIZE RUS>BLR asserted 154"},
		// COERCE
		{"Władze Białorusi prześladują polskich działaczy.", "COERCE BLR>POL asserted 170"},
		{"Prześladowanie polskich działaczy przez władze Białorusi trwa.", "COERCE BLR>POL asserted 170"},
		{"Władze Pakistanu zakazały wyjazdu Asii Bibi.", "COERCE PAK>PAK asserted 172"},
		// ASSAULT
		{"Rosja strąciła ukraiński samolot.", "ASSAULT RUS>UKR asserted 190"},
	})
}
