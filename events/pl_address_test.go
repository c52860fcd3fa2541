package events_test

import "testing"

// TestPolishAddressedSpeech: an adverbial participle of a verb that may
// ask ("zwracając się do") in a sentence whose verb reports words only
// says whom the speaker addressed: no request. The same verb with what
// it asks for, or as the sentence's own verb, is one.
func TestPolishAddressedSpeech(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Zwracając się do prezydenta Ukrainy, papież powiedział, że modli się za pokój.", ""},
		{"Zwracając się do posłów, premier Litwy oświadczył, że rząd nie zmieni zdania.", ""},
		{"Rząd Ukrainy zwrócił się do Niemiec o dostawy broni.", "REQUEST UKR>DEU asserted 100"},
		{"Zwracając się z apelem do Rosji, papież powiedział, że modli się za pokój.", "REQUEST VAT>RUS asserted 100"},
	})
}
