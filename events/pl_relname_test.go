package events_test

import "testing"

// TestPolishRelativeName: a name right after a relative pronoun is the
// subject of the relative clause, not a genitive of the pronoun nor a
// word of its phrase ("Litwa, którą USA wspierają"); the pronoun stands
// for the phrase before its comma.
func TestPolishRelativeName(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Litwa, którą USA wspierają, poprosiła o pomoc.", "SUPPORT USA>LTU asserted 051"},
		{"Litwa, którą USA zaatakowały, poprosiła o pomoc.", "ASSAULT USA>LTU asserted 190"},
		{"Pakistański islamista, którego USA oskarżają o terroryzm, wezwał do protestów.", "ACCUSE USA>PAK asserted 112"},
		// a relative word that determines a noun stays in its phrase
		{"Litwa, w której stolicy Rosja zaatakowała ambasadę, poprosiła o pomoc.", ""},
	})
}
