package events_test

import "testing"

// TestPolishLexiconPressGaps: the press words the Polish lexicon gained in
// h/plrec, each in a sentence written for the test: a settlement, an
// invasion, a seizure, a woman found guilty ("winną", read as the noun
// "winna"); and a seizure of a thing no country owns, which
// codes nothing.
func TestPolishLexiconPressGaps(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Rząd Pakistanu zawarł ugodę z islamistami.", "SUPPORT PAK>PAK asserted 057"},
		{"Rosja i Ukraina podpisały ugodę.", "SUPPORT RUS>UKR asserted 057"},
		{"Premier Polski potępił najazd Rosji na Ukrainę.", "ACCUSE POL>RUS asserted 111; ASSAULT RUS>UKR asserted 190"},
		{"Rosjanie przechwycili trzy ukraińskie okręty.", "COERCE RUS>UKR asserted 1711"},
		{"Sąd w Pakistanie uznał Asię Bibi winną bluźnierstwa.", "SANCTION PAK>PAK asserted 116"},
		{"Pakistańska chrześcijanka została uznana winną bluźnierstwa.", "SANCTION PAK>PAK asserted 116"},
		{"Policja przechwyciła list.", ""},
	})
}
