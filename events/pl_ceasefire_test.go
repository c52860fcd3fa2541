package events_test

import "testing"

// TestPolishCeasefire: "zawieszenie broni", whose "broni" the tagger may
// read as the verb "bronić", is one phrase with its verb: the party after
// it ("z Ukrainą") is still the act's target, and a ceasefire broken with
// a party named is an assault on it.
func TestPolishCeasefire(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Rosja ogłosiła zawieszenie broni z Ukrainą.", "RETREAT RUS>UKR asserted 0871"},
		{"Izrael zgodził się na zawieszenie broni z Palestyńczykami.", "AGREE ISR>PSE asserted 0356"},
		{"Rosja naruszyła zawieszenie broni z Ukrainą.", "ASSAULT RUS>UKR asserted 196"},
		{"Rosja naruszyła rozejm z Ukrainą.", "ASSAULT RUS>UKR asserted 196"},
	})
}
