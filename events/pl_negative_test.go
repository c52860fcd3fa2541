package events_test

import "testing"

// TestPolishNegativeEntries: entries flagged neg name the act their
// negation tells: leaving the country not permitted restricts movement
// (COERCE 172), asserted, whichever verb of permitting or releasing tells
// it; permitted, or not told negated, nobody is coerced.
func TestPolishNegativeEntries(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Rząd Pakistanu nie pozwoli Asii Bibi wyjechać.", "COERCE PAK>PAK asserted 172"},
		{"Pakistańskie władze nie pozwolą Asii Bibi opuścić kraju.", "COERCE PAK>PAK asserted 172"},
		{"Pakistańskie władze nie wypuszczą Asii Bibi z kraju.", "COERCE PAK>PAK asserted 172"},
		{"Władze Rosji nie pozwoliły ukraińskim marynarzom opuścić kraju.", "COERCE RUS>UKR asserted 172"},
		// permitted: no restriction
		{"Rząd Pakistanu pozwolił Asii Bibi opuścić kraj.", ""},
		{"Władze Rosji pozwoliły ukraińskim marynarzom opuścić kraj.", ""},
	})
}
