package events_test

import "testing"

// TestPolishSideAgent: "ze strony X" after an act noun names its doer as
// an agent phrase does ("atak Rosji na Ukrainę", "zaatakowanie Ukrainy
// przez Rosję"), also when the act noun is the object of a verb that
// judges it; "z drugiej strony" (on the other hand) names nobody.
func TestPolishSideAgent(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Ataki ze strony Rosji na Ukrainę nasiliły się.", "ASSAULT RUS>UKR asserted 190"},
		{"Niemcy potępiły agresję ze strony Rosji wobec Ukrainy.", "ACCUSE DEU>RUS asserted 111; ASSAULT RUS>UKR asserted 190"},
		{"Polska potępiła ataki ze strony rządu Rosji.", "ACCUSE POL>RUS asserted 111"},
		{"Z drugiej strony Polska krytykuje Niemcy.", "ACCUSE POL>DEU asserted 111"},
	})
}
