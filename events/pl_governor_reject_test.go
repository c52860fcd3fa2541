package events_test

import "testing"

// TestPolishRejectedActNoun: a verb that rejects another's act ("zawetowały
// pomoc", "zablokowały pomoc") governs an act noun that is not its
// subject's act; a verb of refusal ("odmówiła pomocy") refuses the
// subject's own, which is REJECT.
func TestPolishRejectedActNoun(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Węgry zawetowały pomoc dla Ukrainy.", ""},
		{"Węgry zablokowały pomoc dla Ukrainy.", ""},
		{"Rosja odmówiła pomocy Ukrainie.", "REJECT RUS>UKR asserted 122"},
		{"Węgry udzieliły pomocy Ukrainie.", "AID HUN>UKR asserted 070"},
	})
}
