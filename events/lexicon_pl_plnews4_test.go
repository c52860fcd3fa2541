package events_test

import "testing"

// TestPolishLexiconFreshNews: the frames the Polish lexicon gained in
// h/plnews4, each in a sentence written for the test, with its aspect
// partner or synonym where the entry has one: a hunger strike, strike or
// protest joined, a hunger strike told by refusing food; demands turned down ("odrzucił
// postulaty", "uznał postulaty za bezzasadne"); opposing someone with the
// dative ("przeciwstawiają się"); a delegation kept out of a session
// ("nie dopuściła do udziału", "niedopuszczenie"), which only the negated
// verb tells; an attack in an interview or in the press, which is
// criticism, while an attack alone stays an assault; an interest stated
// in a deal or in cooperation ("jest zainteresowana", "wyraził
// zainteresowanie", also a cue of intent in event-cues.tsv); a lawsuit
// brought ("wytoczyć proces"); a strike alert ("pogotowie strajkowe").
func TestPolishLexiconFreshNews(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Dwóch polskich górników odmówiło przyjmowania posiłków.", "PROTEST POL>POL asserted 142"},
		{"Polscy górnicy odmawiają przyjmowania pokarmów.", "PROTEST POL>POL asserted 142"},
		// a hunger strike, strike or protest joined
		{"Polscy górnicy przystąpili do głodówki.", "PROTEST POL>POL asserted 142"},
		{"Polscy kolejarze przystąpili do strajku przeciwko rządowi.", "PROTEST POL>POL asserted 143"},
		{"Francuscy lekarze przyłączyli się do strajku.", "PROTEST FRA>FRA asserted 143"},
		{"Litewscy rolnicy przyłączyli się do protestu.", "PROTEST LTU>LTU asserted 141"},
		{"Polska przystąpiła do rozmów z Rosją.", "CONSULT POL>RUS asserted 046"},
		// "głodować" alone is as often to starve: no protest
		{"Polscy górnicy głodują od tygodnia.", ""},
		{"Rząd Francji uznał postulaty związkowców za bezzasadne.", "REJECT FRA>FRA asserted 120"},
		{"Rząd Francji uznaje roszczenia Niemiec za bezpodstawne.", "REJECT FRA>DEU asserted 120"},
		{"Rząd Francji odrzucił postulaty górników.", "REJECT FRA>FRA asserted 124"},
		{"Stany Zjednoczone przeciwstawiają się Rosji.", "REJECT USA>RUS asserted 120"},
		{"Niemcy przeciwstawiły się Rosji.", "REJECT DEU>RUS asserted 120"},
		{"Rosja nie dopuściła delegacji Białorusi do udziału w sesji.", "SANCTION RUS>BLR asserted 160"},
		{"Rosja nie dopuściła do udziału w sesji delegacji Białorusi.", "SANCTION RUS>BLR asserted 160"},
		{"Rosja dopuściła delegację Białorusi do udziału w sesji.", ""},
		{"Rząd Polski wykluczył udział Niemiec w rozmowach.", "SANCTION POL>DEU asserted 160"},
		{"Rząd Polski nie wyklucza udziału Niemiec w rozmowach.", ""},
		{"Sensacją było niedopuszczenie przez Rosję delegacji Białorusi do udziału w sesji.", "SANCTION RUS>BLR asserted 160"},
		{"Prezydent Rosji zaatakował w wywiadzie premiera Polski.", "ACCUSE RUS>POL asserted 111"},
		{"Prezydent Rosji atakuje na łamach prasy premiera Polski.", "ACCUSE RUS>POL asserted 111"},
		{"Rosja zaatakowała Gruzję.", "ASSAULT RUS>GEO asserted 190"},
		// a stated interest in a deal or in working with someone is an
		// intent to cooperate; the other party after "od" or "z"
		{"Polska jest zainteresowana zakupem samolotów od Stanów Zjednoczonych.", "AGREE POL>USA asserted 031"},
		{"Polska jest zainteresowana współpracą z Rosją.", "AGREE POL>RUS asserted 031"},
		{"Rząd Węgier wyraził zainteresowanie współpracą z Rosją.", "AGREE HUN>RUS asserted 031"},
		{"Rząd Węgier wyraża zainteresowanie zakupem gazu od Rosji.", "AGREE HUN>RUS asserted 031"},
		{"Polska była zainteresowana wynikiem wyborów w Niemczech.", ""},
		// a lawsuit brought against someone in the dative
		{"Rząd Węgier wytacza sprawę Komisji Europejskiej.", "ACCUSE HUN>EUR asserted 115"},
		{"Szef rządu niemieckiego wytoczył agencji bezprecedensowy proces.", "ACCUSE DEU>DEU asserted 115"},
		// a strike alert against someone is a threat of a strike; with
		// no one named it threatens no one
		{"Polscy górnicy ogłosili pogotowie strajkowe przeciwko rządowi.", "THREATEN POL>POL asserted 133"},
		{"Polscy górnicy ogłosili pogotowie strajkowe.", ""},
	})
}

// TestPolishDemandedAct: an act named by the object of a verb of
// demanding is asked for, not done by the verb's subject: only the demand
// is coded.
func TestPolishDemandedAct(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Rząd Węgier domaga się od Komisji Europejskiej rozpoczęcia rozmów z Rosją.", "REQUEST HUN>EUR asserted 100"},
		{"Rząd Węgier żąda od Komisji Europejskiej rozpoczęcia rozmów z Rosją.", "REQUEST HUN>EUR asserted 100"},
		{"Rząd Węgier rozpoczął rozmowy z Rosją.", "CONSULT HUN>RUS asserted 046"},
	})
}

// TestPolishTimeBeforeNoun: a date between a verb and the act noun it
// governs (with its preposition and the conjunction of two dates)
// does not part them: the verb's subject is the act's source and its cue
// of the future still reaches the noun.
func TestPolishTimeBeforeNoun(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Amerykańscy katolicy zapowiedzieli na 4 i 5 sierpnia protesty.", "PROTEST USA>USA future 141"},
		{"Amerykańscy katolicy zapowiedzieli na sobotę protesty.", "PROTEST USA>USA future 141"},
		{"Amerykańscy katolicy zapowiedzieli protesty.", "PROTEST USA>USA future 141"},
		// a duration is no date: "miało" stays too far to make the visit
		// a future one
		{"Spotkanie w Pjongjangu miało miejsce około miesiąc po wizycie Władimira Putina w stolicy Korei Północnej.", "CONSULT RUS>PRK asserted 042"},
	})
}

// TestPolishAdjectiveOfNextNoun: an adjective after a noun that cannot
// agree with it but can with the noun after it starts that noun's phrase
// (lang/pl/phrases.go), so the first noun keeps the cases it may have:
// "apostolat | czarnych katolików" is the subject, not an accusative.
func TestPolishAdjectiveOfNextNoun(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Amerykański apostolat czarnych katolików zapowiedział protesty.", "PROTEST USA>USA future 141"},
		{"Amerykański apostolat katolików zapowiedział protesty.", "PROTEST USA>USA future 141"},
		{"Polski związek zawodowy zapowiedział protesty.", "PROTEST POL>POL future 141"},
	})
}

// TestPolishConductGenitive: a person named in the genitive of a noun of
// conduct or stance that a verb acts on ("conduct" cues of
// event-cues.tsv) is the one acted on, as a country or body there already
// was; a person after a noun of no such kind is not.
func TestPolishConductGenitive(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Polscy posłowie potępili zachowanie Aleksandra Kwaśniewskiego.", "ACCUSE POL>POL asserted 111"},
		{"Niemieccy posłowie skrytykowali decyzję Aleksandra Kwaśniewskiego.", "ACCUSE DEU>POL asserted 111"},
		{"Niemieccy posłowie poparli politykę Aleksandra Kwaśniewskiego.", "SUPPORT DEU>POL asserted 051"},
		{"Polscy posłowie skrytykowali postawę rządu Niemiec.", "ACCUSE POL>DEU asserted 111"},
		{"Niemieccy posłowie skrytykowali samochód Aleksandra Kwaśniewskiego.", ""},
	})
}
