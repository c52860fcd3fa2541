package events_test

import "testing"

// TestAuthorTarget: an answer to a thing whose author a "by" phrase right
// after it names (a call, a proposal, a decision, an invitation) has that
// author as its target; meetings and attacks, and a "by" phrase that is
// not right after the object, get none from it.
func TestAuthorTarget(t *testing.T) {
	cases := []textCase{
		{"Germany rejected calls by Poland for economic aid.", "REJECT DEU>POL asserted"},
		{"Iran rejected the proposal by the United States.", "REJECT IRN>USA asserted"},
		{"Spain praised the decision by France to reopen the border.", "SUPPORT ESP>FRA asserted"},
		{"Hamas rejected an invitation by Egypt to attend the talks.", "REJECT PSE>EGY asserted"},
		// the object names an actor: it stays the target
		{"Iran rejected the United States' proposal.", "REJECT IRN>USA asserted"},
		// not an answer to words: no author taken
		{"Russia attacked the convoy by the river.", ""},
		// the "by" phrase is not right after the object
		{"The minister condemned the killing of protesters by the police.", ""},
	}
	checkEnglish(t, cases, false)
}
