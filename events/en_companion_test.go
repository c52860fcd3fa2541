package events_test

import "testing"

// TestCompanionPossessor: the owner named inside the phrase of a light
// verb's noun is its target, as the genitive after the noun is
// (en_companion.go).
func TestCompanionPossessor(t *testing.T) {
	cases := []textCase{
		{"Sanctions\n\nThe United States froze Iran's assets on Monday.", "SANCTION USA>IRN asserted"},
		{"Sanctions\n\nThe United States froze Iranian assets on Monday.", "SANCTION USA>IRN asserted"},
		{"Sanctions\n\nThe United States froze the assets of Iran on Monday.", "SANCTION USA>IRN asserted"},
		// an owner no actor stands for: no event
		{"Sanctions\n\nThe United States froze the company's assets on Monday.", ""},
	}
	checkEnglish(t, cases, false)
}
