package events_test

import "testing"

// TestSelfReported: a harmful act that its own source says it will take
// ("X said it would …", reported speech putting "will" back to "would") is
// a threat, and a failed act of yielding is a refusal; a forecast about
// another party, a possibility and "failed" with nothing yielded stay as
// they are.
func TestSelfReported(t *testing.T) {
	cases := []textCase{
		// the speaker is the source, by pronoun or by name
		{"Turkey said it would expel the Swedish ambassador.", "THREATEN TUR>SWE asserted 136"},
		{"Hungary said it will cut aid to Ukraine.", "THREATEN HUN>UKR asserted 1311"},
		{"Farmers' unions in Chile told reporters they would boycott Argentine beef.", "THREATEN CHL>ARG asserted 133"},
		// another party's act: a forecast, not a threat
		{"Ukraine said Russia would attack Kharkiv.", "ASSAULT RUS>UKR future 190"},
		{"Ukraine said Russia could attack Kharkiv.", "ASSAULT RUS>UKR hypothetical 190"},
		// a report the speaker denies announces nothing
		{"Turkey did not say it would expel the Swedish ambassador.", "SANCTION TUR>SWE future 166"},
		// "failed to" an act of yielding is a refusal (REJECT 12x)
		{"Israel and Hamas failed to reach an agreement.", "REJECT ISR>PSE asserted 127"},
		{"Congress failed to approve aid to Ukraine.", "REJECT USA>UKR asserted 122"},
		// a failed act of force rejects no one
		{"Russia failed to capture Kyiv.", "COERCE RUS>UKR negated 192"},
		// "failed" alone codes nothing, and a bare verb after it is no infinitive
		{"Hamas failed to win the vote in Gaza.", ""},
	}
	checkEnglish(t, cases, true)
}

// TestConditionTargetFuture: a harmful act announced for the future under
// a condition with no target of its own threatens the subject of the
// condition; a past act under a condition does not.
func TestConditionTargetFuture(t *testing.T) {
	cases := []textCase{
		{"Russia will cut gas supplies if Moldova does not pay its debt.", "THREATEN RUS>MDA asserted 1311"},
		{"Russia cut gas supplies because Moldova did not pay its debt.", ""},
	}
	checkEnglish(t, cases, true)
}
