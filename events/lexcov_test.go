package events_test

import "testing"

// TestPolishCoverageFrames: a sentence for each frame the Polish lexicon
// gained so that every CAMEO code PLOVER maps to a type has a trigger
// (lang/pl/data/events.tsv, the section "coverage of the CAMEO codes";
// events/lexcov_internal_test.go checks the coverage). The sentences are
// written for the test. Where the lost target is the tagger's (a "broni"
// read as the verb "bronić" ends the clause before "przeciwko"), the
// sentence puts the target before the weapon.
func TestPolishCoverageFrames(t *testing.T) {
	checkPolish(t, []polishCase{
		// SUPPORT 053, AID 074, RETREAT 0861
		{"Polska stanęła murem za Ukrainą.", "SUPPORT POL>UKR asserted 053"},
		{"Rząd Francji wysłał siły pokojowe do Libanu.", "AID FRA>LBN asserted 074"},
		{"Rząd Francji rozmieścił siły pokojowe w Libanie.", "AID FRA>LBN asserted 074"},
		{"Rząd Libanu przyjął siły pokojowe ONZ.", "RETREAT LBN>UNO asserted 0861"},
		// RETREAT 0813, 0814: a curfew, a state of emergency lifted
		{"Rząd Izraela zniósł godzinę policyjną w Hebronie.", "RETREAT ISR>PSE asserted 0813"},
		{"Rząd Izraela uchylił stan wyjątkowy w Hebronie.", "RETREAT ISR>PSE asserted 0814"},
		{"Rząd Izraela zniósł stan wojenny w Hebronie.", "RETREAT ISR>PSE asserted 0814"},
		// CONCEDE 082: dissent eased by those who dissent; 0811 censorship lifted
		{"Polscy przewoźnicy zawiesili protest przeciwko Ukrainie.", "CONCEDE POL>UKR asserted 082"},
		{"Polscy przewoźnicy odwołali strajk przeciwko Ukrainie.", "CONCEDE POL>UKR asserted 082"},
		{"Rząd Izraela zniósł cenzurę wobec mediów z Palestyny.", "CONCEDE ISR>PSE asserted 0811"},
		// ACCUSE 092–094 investigations, 1122 accusation of abuses
		{"Rząd Gruzji wszczął śledztwo w sprawie tortur wobec Rosji.", "ACCUSE GEO>RUS asserted 092"},
		{"Rząd Ukrainy wszczął śledztwo w sprawie ostrzału wobec Rosji.", "ACCUSE UKR>RUS asserted 093"},
		{"Prokuratura Ukrainy wszczęła śledztwo w sprawie zbrodni wojennych wobec Rosji.", "ACCUSE UKR>RUS asserted 094"},
		{"Rosja oskarżyła Ukrainę o łamanie praw człowieka.", "ACCUSE RUS>UKR asserted 1122"},
		// REQUEST 102 support, 104 reform, 107 settlement, 108 mediation
		{"Rząd Ukrainy zabiega o poparcie u Francji.", "REQUEST UKR>FRA asserted 102"},
		{"Rząd Ukrainy poprosił Francję o poparcie.", "REQUEST UKR>FRA asserted 102"},
		{"Rząd Białorusi zażądał reform od rządu Polski.", "REQUEST BLR>POL asserted 104"},
		{"Komisja Europejska domaga się reform od Ukrainy.", "REQUEST EUR>UKR asserted 104"},
		{"Komisja Europejska wezwała Serbię do reform.", "REQUEST EUR>SRB asserted 104"},
		{"Papież wezwał Rosję i Ukrainę do pokojowego rozwiązania.", "REQUEST VAT>RUS asserted 107; REQUEST VAT>UKR asserted 107"},
		{"Ukraina poprosiła Turcję o mediację.", "REQUEST UKR>TUR asserted 108"},
		// THREATEN 132 a ban, 1322 outlawing
		{"Rząd Węgier zagroził opozycji zakazem zgromadzeń.", "THREATEN HUN>HUN asserted 132"},
		{"Rząd Rosji zagroził opozycji delegalizacją.", "THREATEN RUS>RUS asserted 1322"},
		// PROTEST 140, MOBILIZE 151
		{"Białoruska opozycja ogłosiła obywatelskie nieposłuszeństwo wobec rządu Białorusi.", "PROTEST BLR>BLR asserted 140"},
		{"Rząd Serbii postawił policję w stan gotowości.", "MOBILIZE SRB>- asserted 151"},
		// SANCTION 1621–1623 aid stopped by kind, 165 mediation halted
		{"Rząd Niemiec wstrzymał pomoc finansową dla Ukrainy.", "SANCTION DEU>UKR asserted 1621"},
		{"Rząd USA wstrzymał pomoc wojskową dla Ukrainy.", "SANCTION USA>UKR asserted 1622"},
		{"Rząd Szwecji wstrzymał pomoc humanitarną dla Gazy.", "SANCTION SWE>PSE asserted 1623"},
		{"Turcja zawiesiła mediację między Rosją a Ukrainą.", "SANCTION TUR>RUS asserted 165; SANCTION TUR>UKR asserted 165"},
		// ASSAULT 184 human shields, 201 mass expulsion, 204 WMD, 2042 nuclear
		{"Rosja użyła cywilów z Ukrainy jako żywych tarcz.", "ASSAULT RUS>UKR asserted 184"},
		{"Rosja masowo wysiedla Ukraińców.", "ASSAULT RUS>UKR asserted 201"},
		{"Rosja przeprowadziła masowe deportacje Ukraińców.", "ASSAULT RUS>UKR asserted 201"},
		{"Rosja użyła wobec Ukrainy broni masowego rażenia.", "ASSAULT RUS>UKR asserted 204"},
		{"Rosja dokonała uderzenia jądrowego na Ukrainę.", "ASSAULT RUS>UKR asserted 2042"},
		// aspect partners the verb entries lacked
		{"Rząd Polski odwoływał rozmowy z Rosją.", "SANCTION POL>RUS asserted 160"},
		{"Brytyjczycy wyszkolili wojsko Ukrainy.", "AID GBR>UKR asserted 072"},
		// not these acts: a strike suspended with no one it was against, a
		// ban with no one threatened, armies that use shields of no one named
		{"Związkowcy zawiesili strajk.", ""},
		{"Armia Izraela używa żywych tarcz.", ""},
	})
}

// TestEnglishCoverageFrames: the same for the English lexicon
// (lang/en/data/events.tsv, the section "Coverage of the CAMEO codes").
func TestEnglishCoverageFrames(t *testing.T) {
	cases := []textCase{
		// AGREE 037, CONCEDE 082
		{"Armenia offered a compromise to Azerbaijan.", "AGREE ARM>AZE asserted 037"},
		{"Serbia proposed a compromise to Kosovo.", "AGREE SRB>XKX asserted 037"},
		{"French farmers ended their protest against the European Union.", "CONCEDE FRA>EUR asserted 082"},
		{"Polish truckers suspended their strike against Ukraine.", "CONCEDE POL>UKR asserted 082"},
		{"Iranian truckers ended their boycott of Turkey.", "CONCEDE IRN>TUR asserted 082"},
		// RETREAT 0861
		{"Sudan accepted peacekeepers from the African Union.", "RETREAT SDN>AU asserted 0861"},
		// ACCUSE 092–094, 1122–1124
		{"The United Nations will investigate abuses by Russia.", "ACCUSE UNO>RUS future 092"},
		{"Ukraine investigated the airstrike by Russia.", "ACCUSE UKR>RUS asserted 093"},
		{"The ICC will investigate war crimes by Russia.", "ACCUSE ICC>RUS future 094"},
		{"The ICC investigation of war crimes by Russia began.", "ACCUSE ICC>RUS asserted 094"},
		{"Ukraine accused Russia of abuses.", "ACCUSE UKR>RUS asserted 1122"},
		{"Ukraine accused Russia of aggression.", "ACCUSE UKR>RUS asserted 1123"},
		{"Ukraine accused Russia of war crimes.", "ACCUSE UKR>RUS asserted 1124"},
		// REQUEST 101–108
		{"The United States demanded the extradition of the suspect from Poland.", "REQUEST USA>POL asserted 101"},
		{"Turkey sought the extradition of Gulen from the United States.", "REQUEST TUR>USA asserted 101"},
		{"Ukraine sought support from Germany.", "REQUEST UKR>DEU asserted 102"},
		{"Haiti demanded aid from the United States.", "REQUEST HTI>USA asserted 103"},
		{"Hamas demanded concessions from Israel.", "REQUEST PSE>ISR asserted 105"},
		{"Pakistan demanded a settlement with India.", "REQUEST PAK>IND asserted 107"},
		{"Ukraine requested mediation from Turkey.", "REQUEST UKR>TUR asserted 108"},
		{"Armenia asked Russia for mediation.", "REQUEST ARM>RUS asserted 108"},
		// MOBILIZE 151
		{"Serbia put police on alert.", "MOBILIZE SRB>- asserted 151"},
		{"Serbia placed its police on high alert.", "MOBILIZE SRB>- asserted 151"},
		// SANCTION 1623
		{"Sweden suspended humanitarian aid to Gaza.", "SANCTION SWE>PSE asserted 1623"},
		{"The United States cut humanitarian aid to Afghanistan.", "SANCTION USA>AFG asserted 1623"},
		// ASSAULT 184, 201, 204, 2042; a strike on a city stays 195
		{"Hamas used civilians as human shields.", "ASSAULT PSE>PSE asserted 184"},
		{"Russia's mass deportation of Ukrainians continued.", "ASSAULT RUS>UKR asserted 201"},
		{"Iraq used weapons of mass destruction against Iran.", "ASSAULT IRQ>IRN asserted 204"},
		{"Russia's nuclear strike on Ukraine killed thousands.", "ASSAULT RUS>UKR asserted 2042"},
		{"The Russian strike on Kyiv killed ten people.", "ASSAULT RUS>UKR asserted 195"},
		// members of verb/noun and verb/verb pairs; liberating a place with
		// no occupier named is no act against anyone
		{"Turkey's evacuation of Syrian refugees began.", "AID TUR>SYR asserted 073"},
		{"Ukraine liberated Kherson from Russia.", "COERCE UKR>RUS asserted 192"},
		{"Ukraine liberated Kherson.", ""},
		// not these acts: a strike suspended against no one named, a
		// nuclear strike only feared
		{"The union suspended the strike.", ""},
		{"A nuclear strike on Ukraine would be a catastrophe.", ""},
	}
	checkEnglish(t, cases, true)
}

// TestEnglishConsentCues: the English verbs of consent (event-cues.tsv,
// kind consent), negated, are a refusal, REJECT with the 12x code that
// mirrors the act, as the Polish ones are (TestRefusal); a possible
// consent stays as it is, and who does not back someone else's act is not
// its agent (en_actnoun.go): no event.
func TestEnglishConsentCues(t *testing.T) {
	cases := []textCase{
		{"Hungary did not support Ukraine.", "REJECT HUN>UKR asserted 120"},
		{"Russia did not agree to talks with Ukraine.", "REJECT RUS>UKR asserted 125"},
		{"China has not recognized Kosovo.", "REJECT CHN>XKX asserted 120"},
		{"Hungary could not support Ukraine.", "SUPPORT HUN>UKR hypothetical 051"},
		{"Hungary did not back the sanctions against Russia.", ""},
	}
	checkEnglish(t, cases, true)
}
