package events_test

import "testing"

// TestCompoundNoFallback: a compound noun that names an act of force
// ("missile strike", "drone strike") and finds no target is no strike of
// workers; a strike with no such modifier still is (compound.go).
func TestCompoundNoFallback(t *testing.T) {
	cases := []textCase{
		{"Attack\n\nA Russian missile strike hit Kharkiv on Monday.", "ASSAULT RUS>UKR asserted"},
		{"Attack\n\nThere was a Russian drone strike overnight.", ""},
		{"Attack\n\nAn Israeli air strike was reported overnight.", ""},
		// the one-word entry where no modifier names another act
		{"Strike\n\nUkrainian miners went on strike.", "PROTEST UKR>UKR asserted"},
		{"Strike\n\nThe Polish union Solidarity announced a strike at the port.", "PROTEST POL>POL asserted"},
		{"Strike\n\nA French strike closed the port.", "PROTEST FRA>FRA asserted"},
		// a companion preposition says nothing of the sense: a day is no target
		{"Strike\n\nFrench rail workers began a strike on Monday.", "PROTEST FRA>FRA asserted"},
	}
	checkEnglish(t, cases, false)
}
