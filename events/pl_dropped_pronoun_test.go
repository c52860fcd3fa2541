package events_test

import "testing"

// TestPolishDroppedSubjectPronounObject: a sentence with no subject of its
// own and a pronoun object ("Wezwał go do wyjaśnień") takes its subject
// from the sentence before, and its object from another phrase there: the
// person a genitive ties to a country ("ambasadora Rosji") may be the one
// "go" points back to.
func TestPolishDroppedSubjectPronounObject(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Prezydent Litwy przyjął ambasadora Rosji. Wezwał go do wyjaśnień.", "CONSULT LTU>RUS asserted 043; REQUEST LTU>RUS asserted 100"},
		{"Prezydent Litwy przyjął ambasadora Rosji. Władze Litwy wezwały go do wyjaśnień.", "CONSULT LTU>RUS asserted 043; REQUEST LTU>RUS asserted 100"},
		{"Prokuratura Litwy zatrzymała dwóch Rosjan. Postawiła im zarzuty szpiegostwa.", "COERCE LTU>RUS asserted 173; ACCUSE LTU>RUS asserted 1121"},
	})
}
