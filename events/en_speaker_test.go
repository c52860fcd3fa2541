package events_test

import "testing"

// TestFirstPersonSpeaker: "I" or "we" as the subject of an act inside a
// quotation is its speaker (events.go, firstPerson; lang/en marks the
// pronoun's phrase as of the first person). Outside a quotation the
// pronoun names no one.
func TestFirstPersonSpeaker(t *testing.T) {
	cases := []textCase{
		{"Trade\n\n“I will impose new tariffs on Canada,” U.S. President Donald Trump said on Monday.", "SANCTION USA>CAN future"},
		{"Trade\n\n“We will impose new tariffs on Canada,” U.S. President Donald Trump said on Monday.", "SANCTION USA>CAN future"},
		{"Trade\n\n“I met Chinese President Xi Jinping in Beijing,” French President Emmanuel Macron said on Monday.", "CONSULT FRA>CHN asserted"},
		// no quotation: no speaker
		{"Trade\n\nWe will impose new tariffs on Canada.", ""},
	}
	checkEnglish(t, cases, false)
}
