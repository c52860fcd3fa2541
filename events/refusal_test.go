package events_test

import "testing"

// TestRefused: an act governed by a verb of refusing, and a negated future
// act of cooperation, are rejections (REJECT, the 12x code mirroring the
// act); a denied past act, an act of force refused and a refusal without
// a target stay as they are.
func TestRefused(t *testing.T) {
	cases := []textCase{
		// an infinitive after a verb of refusing
		{"Pakistan refused to deploy troops in Iraq.", "REJECT PAK>IRQ asserted 120"},
		{"Hungary declined to send weapons to Ukraine.", "REJECT HUN>UKR asserted 1222"},
		{"Serbia refused to withdraw its forces from Kosovo.", "REJECT SRB>XKX asserted 1246"},
		// a negated future act of cooperation or aid
		{"China will not send weapons to Russia.", "REJECT CHN>RUS asserted 1222"},
		{"Turkey won't meet the Greek delegation.", "REJECT TUR>GRC asserted 125"},
		// a past act denied is no act, and no refusal
		{"Russia did not meet Ukrainian officials.", "CONSULT RUS>UKR negated 040"},
		// a negated future act of force is no rejection of its target
		{"Russia will not attack Finland.", "ASSAULT RUS>FIN negated 190"},
	}
	checkEnglish(t, cases, true)
}

// TestReportingClauseNoObject: the subject of the reporting clause after a
// comma ("…, the minister said") is no object of the verb before it.
func TestReportingClauseNoObject(t *testing.T) {
	cases := []textCase{
		{"Hungary will support the plan, the minister said.", ""},
		{"Russia attacked the convoy, Ukrainian officials said.", ""},
		{"Germany condemned the attack, French diplomats said.", ""},
		// an object right after the verb still is one
		{"Russia attacked Ukraine, Ukrainian officials said.", "ASSAULT RUS>UKR asserted 190"},
		// so is the subject of a clause opened by "that"
		{"Greece demanded that Turkey withdraw its troops.", "REQUEST GRC>TUR asserted 100"},
	}
	checkEnglish(t, cases, true)
}
