package events_test

import "testing"

// TestSentenceInitialParticiple: a participle clause that opens the
// sentence and ends at a comma is the act of the subject of the finite
// verb after the comma ("Threatening to attack Kyiv, Russia demanded
// talks"); a noun act in its object takes no agent from there ("Condemning
// the attack on Kyiv, Poland …" is no Polish attack; en_participle.go).
func TestSentenceInitialParticiple(t *testing.T) {
	cases := []textCase{
		{"Talks\n\nThreatening to attack Kyiv, Russia demanded talks with Ukraine.", "THREATEN RUS>UKR asserted; REQUEST RUS>UKR asserted"},
		{"Talks\n\nCondemning Hungary, Poland said it was ready.", "ACCUSE POL>HUN asserted"},
		{"Talks\n\nCondemning the attack on Kyiv, Poland said it was ready.", "ACCUSE POL>UKR asserted"},
	}
	checkEnglish(t, cases, false)
}
