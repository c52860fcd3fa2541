package events_test

import "testing"

// TestPolishInitialCountryNames: a country whose name is spelled as a
// common word opens a sentence ("Dania", the genitive of "danie";
// "Niemcy", the plural of "Niemiec") and the verb after it agrees with the
// country: the country acts. The Germans ("Niemcy skrytykowali", the
// masculine personal plural) are Germany's too.
func TestPolishInitialCountryNames(t *testing.T) {
	checkPolish(t, []polishCase{
		{"To jest ważne. Dania odrzuciła wniosek Gazpromu.", "REJECT DNK>RUS asserted 120"},
		{"To jest ważne. Dania również odrzuciła wniosek Gazpromu.", "REJECT DNK>RUS asserted 120"},
		{"To jest ważne. Niemcy skrytykowały Polskę.", "ACCUSE DEU>POL asserted 111"},
		{"To jest ważne. Niemcy skrytykowali Polskę.", "ACCUSE DEU>POL asserted 111"},
	})
}
