package events_test

import "testing"

// TestJointOperation: a military operation, raid or patrol done together
// is military cooperation (COOPERATE 062) between its parties, with the
// verb ("conducted joint patrols with Turkey") or the noun ("a joint
// operation by U.S. and Iraqi forces") (lang/en/data/events.tsv, block
// h/enrec3).
func TestJointOperation(t *testing.T) {
	cases := []textCase{
		{"Patrols\n\nIraq conducted joint patrols with Turkey.", "COOPERATE IRQ>TUR asserted"},
		{"Raid\n\nThe leader was captured in a joint operation by U.S. and Iraqi forces.", "COOPERATE USA>IRQ asserted"},
		{"Raid\n\nIraqi and U.S. forces carried out a joint operation in Anbar.", "COOPERATE IRQ>USA asserted"},
	}
	checkEnglish(t, cases, false)
}
