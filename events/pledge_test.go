package events_test

import "testing"

// TestPledged: an act of cooperation, aid or yielding governed by a verb
// of agreeing, offering or promising, and support announced for the
// future, are AGREE with the 03x code mirroring the act; an act of force
// agreed to, a negated one and past support stay as they are.
func TestPledged(t *testing.T) {
	cases := []textCase{
		{"Japan agreed to provide loans to Indonesia.", "AGREE JPN>IDN asserted 0331"},
		{"Canada agreed to send food to Haitian refugees.", "AGREE CAN>HTI asserted 0333"},
		// (a verb of offering with a target of its own codes the offer: AGREE 030)
		{"Canada offered to send food to Haitian refugees.", "AGREE CAN>HTI asserted 030"},
		{"Hungary will support the Polish proposal.", "AGREE HUN>POL asserted 032"},
		// past support is support
		{"Hungary supported the Polish proposal.", "SUPPORT HUN>POL asserted 051"},
		// an act of force agreed to is the act
		{"Egypt agreed to impose sanctions on Libya.", "SANCTION EGY>LBY asserted 163"},
		// a negated one is no commitment
		{"Japan did not agree to provide loans to Indonesia.", "AID JPN>IDN negated 071"},
	}
	checkEnglish(t, cases, true)
}
