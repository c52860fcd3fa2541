package events_test

import "testing"

// TestPolishApposition: a noun phrase set off by commas after the
// subject (an apposition, or a phrase of a participle's clause) describes
// the subject and is none itself: the phrase before the commas acts, or
// undergoes a passive. A clause with a finite verb between the commas is
// no such insertion.
func TestPolishApposition(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Minister obrony Litwy, zwolennik współpracy z Polską, skrytykował Rosję.", "ACCUSE LTU>RUS asserted 111"},
		{"Szef MSZ Litwy, określany jako zwolennik twardej linii wobec Moskwy, skrytykował Rosję.", "ACCUSE LTU>RUS asserted 111"},
		{"Premier Litwy, lider konserwatystów, spotkał się z prezydentem Polski.", "CONSULT LTU>POL asserted 040"},
		{"Ambasador Rosji, zwolennik twardej linii, został wydalony przez Litwę.", "SANCTION LTU>RUS asserted 166"},
		// a name after a title in commas is the same party
		{"Prezydent Litwy, Gitanas Nauseda, skrytykował Rosję.", "ACCUSE LTU>RUS asserted 111"},
	})
}
