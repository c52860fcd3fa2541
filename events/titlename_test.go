package events_test

import "testing"

// TestTitleName: a one-word name after a clergyman's title is his name,
// whatever case the tagger gave it ("biskupa Franciszka" is no woman
// Franciszka in the nominative); a layman's title with a name in the
// genitive after it stays that person's people.
func TestTitleName(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Asia Bibi odwiedziła biskupa Franciszka.", "CONSULT PAK>PAK asserted 042"},
		{"Asia Bibi odwiedziła papieża Franciszka.", "CONSULT PAK>VAT asserted 042"},
		{"Premier Polski odwiedził rzecznika Putina.", "CONSULT POL>RUS asserted 042"},
	})
}

// TestSectorGroups: plural groups of a sector that the text does not
// name act for the country of the sentence's place.
func TestSectorGroups(t *testing.T) {
	checkPolishActors(t, []polishCase{
		{"Lekarze protestowali w Warszawie przeciwko rządowi Niemiec.", "PROTEST POLHLH>DEUGOV"},
		{"Rolnicy zablokowali w Warszawie budynek rządu Niemiec.", "COERCE POLAGR>DEU"},
	})
}
