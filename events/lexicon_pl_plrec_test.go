package events_test

import "testing"

// TestPolishLexiconPressGaps: the press words the Polish lexicon gained in
// h/plrec, each in a sentence written for the test: a settlement, an
// invasion, a seizure, a woman found guilty ("winną", read as the noun
// "winna"), threats of dismissals, consequences or a lawsuit, weapons and
// loans received, an ambassador summoned to a ministry in the passive
// (the ministry summons), threats received, an attack ("napad"), efforts
// for a release; and sentences that code nothing: one facing dismissal,
// threatened by no one named, a letter received, and a seizure of a thing
// no country owns.
func TestPolishLexiconPressGaps(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Rząd Pakistanu zawarł ugodę z islamistami.", "SUPPORT PAK>PAK asserted 057"},
		{"Rosja i Ukraina podpisały ugodę.", "SUPPORT RUS>UKR asserted 057"},
		{"Premier Polski potępił najazd Rosji na Ukrainę.", "ACCUSE POL>RUS asserted 111; ASSAULT RUS>UKR asserted 190"},
		{"Rosjanie przechwycili trzy ukraińskie okręty.", "COERCE RUS>UKR asserted 1711"},
		{"Sąd w Pakistanie uznał Asię Bibi winną bluźnierstwa.", "SANCTION PAK>PAK asserted 116"},
		{"Pakistańska chrześcijanka została uznana winną bluźnierstwa.", "SANCTION PAK>PAK asserted 116"},
		{"Ryanair zagroził zwolnieniami pilotów w Irlandii.", "THREATEN IRL>IRL asserted 130"},
		{"Rosja zagroziła Litwie konsekwencjami.", "THREATEN RUS>LTU asserted 130"},
		{"Premier Węgier zagroził Komisji Europejskiej pozwem.", "THREATEN HUN>EUR asserted 130"},
		{"Pilotom grozi zwolnienie.", ""},
		{"Ukraina otrzymała od Niemiec systemy obrony powietrznej.", "AID DEU>UKR asserted 072"},
		{"Polska otrzymała od Unii Europejskiej pożyczkę.", "AID EUR>POL asserted 071"},
		{"Polska otrzymała od Komisji Europejskiej list.", ""},
		{"Ambasador Polski został wezwany do rosyjskiego MSZ.", "ACCUSE RUS>POL asserted 114"},
		{"Polska wezwała ambasadora Rosji do MSZ.", "ACCUSE POL>RUS asserted 114"},
		{"Pakistański prawnik otrzymuje pogróżki od islamskich ekstremistów.", "THREATEN PAK>PAK asserted 130"},
		{"Rosyjscy żołnierze dokonali napadu na ukraińską wieś.", "ASSAULT RUS>UKR asserted 190"},
		{"Premier Polski zabiegał u władz Pakistanu o uwolnienie chrześcijanki.", "REQUEST POL>PAK asserted 1053"},
		{"Policja przechwyciła list.", ""},
	})
}

// TestPolishSupportReceived: support told from the side of the one who
// has, gains or receives it ("ma poparcie Francji", "uzyskała wsparcie
// Niemiec"): the genitive of the noun supports the subject; support with
// no supporter named, or support for a third party, codes nothing here.
func TestPolishSupportReceived(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Ukraina ma pełne poparcie Francji.", "SUPPORT FRA>UKR asserted 051"},
		{"Ukraina uzyskała wsparcie Niemiec.", "SUPPORT DEU>UKR asserted 051"},
		{"Mołdawia zyskała poparcie Rumunii i Polski.", "SUPPORT ROU>MDA asserted 051; SUPPORT POL>MDA asserted 051"},
		{"Litwa otrzymuje poparcie od Polski.", "SUPPORT POL>LTU asserted 051"},
		{"Ukraina ma poparcie.", ""},
	})
}
