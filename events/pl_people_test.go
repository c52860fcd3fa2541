package events_test

import "testing"

// TestPolishPeopleOfDomesticNews: criminals, family members and local
// officials are actors of the country of the town their story names
// (event-cues.tsv, the block of issue 13); violence by no one named on a
// private person is a crime, not an act of the authorities, while an
// agentless arrest stays theirs.
func TestPolishPeopleOfDomesticNews(t *testing.T) {
	checkPolish(t, []polishCase{
		{"W Radomiu porywacze zażądali od rodziny okupu.", "REQUEST POL>POL asserted 100"},
		{"W Radomiu prokuratura zarzuca matce znęcanie się nad dzieckiem.", "ACCUSE POL>POL asserted 112"},
		{"W Lublinie wojewoda spotkał się z rolnikami.", "CONSULT POL>POL asserted 040"},
		{"W Radomiu zatrzymano dwóch porywaczy.", "COERCE POL>POL asserted 173"},
		{"W Radomiu zamordowano dziecko.", ""},
		{"W Radomiu bandyci pobili kibica.", "ASSAULT POL>POL asserted 182"},
		// two private persons are one actor: no event between them
		{"W Radomiu ojciec pobił syna.", ""},
	})
}
