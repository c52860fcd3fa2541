package events_test

import "testing"

// TestComitativeAcrossRelative: a co-agent after "along with" or
// "together with" shares the subject's act also when a relative clause
// between commas tells of it before the verb (control.go,
// clauseVerbBetween); a verb of the main clause between keeps it out.
func TestComitativeAcrossRelative(t *testing.T) {
	cases := []textCase{
		{"The United States, along with Britain and France, called a meeting of the U.N. Security Council.",
			"REQUEST USA>UNO asserted; REQUEST GBR>UNO asserted; REQUEST FRA>UNO asserted"},
		{"The United States, along with Britain and France, which remain parties to the deal, called a meeting of the U.N. Security Council.",
			"REQUEST USA>UNO asserted; REQUEST GBR>UNO asserted; REQUEST FRA>UNO asserted"},
		{"Germany, together with Poland, which borders Ukraine, condemned Russia.",
			"ACCUSE DEU>RUS asserted; ACCUSE POL>RUS asserted"},
		// the verb of the clause the co-agent stands in, no relative
		// clause: the co-agent is that verb's, not the trigger's
		{"Japan met with Britain along with France and then Germany condemned Russia.",
			"CONSULT JPN>GBR asserted; ACCUSE DEU>RUS asserted"},
	}
	checkEnglish(t, cases, false)
}
