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

// TestConditionBefore: a condition that opens the sentence ("If X …, Y
// will …") sets the target of the harmful act announced after it, as one
// after the act does (clauses.go, conditionBefore); in a quotation the
// speaker's "we" is the source, not the condition's subject. A condition
// that ends no clause before the act, or an act not announced, takes no
// target from it.
func TestConditionBefore(t *testing.T) {
	cases := []textCase{
		{"Threats\n\nIf Iran resumes enrichment, the United States will impose sanctions.", "THREATEN USA>IRN asserted 1312"},
		{"Threats\n\nIf Moldova does not pay its debt, Russia will cut gas supplies.", "THREATEN RUS>MDA asserted 1311"},
		{"Threats\n\n“If Canada escalates, we will impose tariffs,” U.S. President Donald Trump said.", "THREATEN USA>CAN asserted 1312"},
		// a past act: no announcement, no threat
		{"Threats\n\nIf Moldova did not pay, Russia cut gas supplies.", ""},
	}
	checkEnglish(t, cases, true)
}
