package events_test

import "testing"

// TestPolishCoordinationPastGenitive: a conjunct completed by a genitive
// ("Rząd Francji") is still coordinated with the phrase after the
// conjunction when that phrase stands in its case; a genitive conjunct
// ("Rosji i Chin") is the genitive's, and a name after a comma is an
// apposition, no second party.
func TestPolishCoordinationPastGenitive(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Rząd Francji i Watykan podpisały porozumienie.", "SUPPORT FRA>VAT asserted 057"},
		{"Prezydent Francji i kanclerz Niemiec spotkali się w Berlinie.", "CONSULT FRA>DEU asserted 040"},
		{"Przedstawiciele Rosji i Chin spotkali się w Pekinie.", "CONSULT RUS>CHN asserted 040"},
		{"Prezydent Litwy, Gitanas Nausėda, spotkał się z premierem Łotwy.", "CONSULT LTU>LVA asserted 040"},
		// "między" + the first party's genitive
		{"Rozmowy pomiędzy rządem Włoch a Watykanem trwały tydzień.", "CONSULT ITA>VAT asserted 040"},
	})
}
