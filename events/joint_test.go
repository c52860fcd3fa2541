package events_test

import "testing"

// TestPolishJointPairs: a Polish joint act whose coordinated subject names
// three or four parties and no other side is one event for each pair of
// them, as the English one is (en_roles_test.go); two parties make one,
// five or more a summit with no pairs, and a one-sided act of several
// parties stays one act of each on its target.
func TestPolishJointPairs(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Rosja i Korea Północna podpisały porozumienie.", "SUPPORT RUS>PRK asserted 057"},
		{"Rosja, Ukraina i Białoruś podpisały porozumienie.",
			"SUPPORT RUS>UKR asserted 057; SUPPORT RUS>BLR asserted 057; SUPPORT UKR>BLR asserted 057"},
		{"Rosja, Ukraina, Białoruś, Litwa i Łotwa podpisały porozumienie.", ""},
		{"Rosja, Ukraina i Białoruś skrytykowały Polskę.",
			"ACCUSE RUS>POL asserted 111; ACCUSE UKR>POL asserted 111; ACCUSE BLR>POL asserted 111"},
	})
}
