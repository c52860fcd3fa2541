package events_test

import "testing"

// TestCompanionWindow: a light verb's companion word is looked for within
// six words after it, a name of several words counting as one.
func TestCompanionWindow(t *testing.T) {
	cases := []textCase{
		{"A Guatemalan judge ordered journalist Jose Ruben Zamora back to prison.", "COERCE GTM>GTM asserted"},
		{"A Guatemalan judge ordered the journalist back to prison.", "COERCE GTM>GTM asserted"},
		// common words count one by one: "prison" is too far from "ordered"
		{"A Guatemalan judge ordered the Guatemalan editor of a small local paper back to prison.", ""},
	}
	checkEnglish(t, cases, false)
}
