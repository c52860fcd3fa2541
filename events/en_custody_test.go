package events_test

import "testing"

// TestAgentlessCustody: "X has been in custody", "remains in detention",
// "stands accused of": the subject is the one held or charged, and with
// no "by" the authorities of the story's state are the doer, as for an
// agentless passive (events.go, selfpair.go subjectUndergoes); a named
// holder still is the source, and a thing in no one's hands is no event.
func TestAgentlessCustody(t *testing.T) {
	cases := []textCase{
		{"Zimbabwe journalist held\n\nHARARE, Zimbabwe — A Zimbabwean journalist has been in custody since Feb. 24 over accusations of incitement.", "COERCE ZWE>ZWE historical"},
		{"Zimbabwe journalist held\n\nHARARE, Zimbabwe — A Zimbabwean journalist remains in custody after the hearing.", "COERCE ZWE>ZWE asserted"},
		{"Zimbabwe journalist held\n\nHARARE, Zimbabwe — A Zimbabwean journalist remains in detention.", "COERCE ZWE>ZWE asserted"},
		// a holder named: its act, not the state's
		{"War\n\nTwo Ukrainian soldiers remain in custody by Russia.", "COERCE RUS>UKR asserted"},
		// not a person: nothing held
		{"Zimbabwe court\n\nHARARE, Zimbabwe — The case was in the court since Feb. 24.", ""},
	}
	checkEnglish(t, cases, false)
}
