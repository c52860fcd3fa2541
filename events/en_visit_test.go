package events_test

import "testing"

// TestVisitor: a noun of a visit in a prepositional phrase with no
// traveller of its own is the visit of the subject of the clause it stands
// in (en_visit.go); the subject is no visitor of its own country, and a
// visit someone else made stays theirs.
func TestVisitor(t *testing.T) {
	cases := []textCase{
		{"Trade\n\nSpanish Prime Minister Pedro Sánchez said during a visit to Beijing that trade must grow.",
			"CONSULT ESP>CHN asserted"},
		{"Trade\n\nIndian Prime Minister Narendra Modi praised Japan during a visit to Tokyo.",
			"SUPPORT IND>JPN asserted; CONSULT IND>JPN asserted"},
		// the traveller named after the noun is the visitor
		{"Trade\n\nKenyan President William Ruto praised Uganda after the visit to Kampala by Rwandan officials.",
			"SUPPORT KEN>UGA asserted; CONSULT RWA>UGA asserted"},
		// no one visits his own country
		{"Trade\n\nIndian Prime Minister Narendra Modi said during a visit to New Delhi that trade must grow.", ""},
	}
	checkEnglish(t, cases, false)
}
