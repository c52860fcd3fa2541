package events_test

import "testing"

// TestPolishAcronymSubject: an organisation's acronym does not inflect, so
// the case and gender the dictionary gives it ("MSZ" as a masculine
// genitive) do not keep it from being the subject of the verb after it,
// alone, with an adjective or with a genitive ("MSZ Rosji wezwało"). An
// acronym after the verb is still its object.
func TestPolishAcronymSubject(t *testing.T) {
	checkPolish(t, []polishCase{
		{"MSZ Rosji wezwało ambasadora Polski.", "ACCUSE RUS>POL asserted 114"},
		{"Rosyjskie MSZ wezwało ambasadora Polski.", "ACCUSE RUS>POL asserted 114"},
		{"ONZ potępiła atak Rosji na Ukrainę.", "ACCUSE UNO>RUS asserted 111; ASSAULT RUS>UKR asserted 190"},
		{"Rosja skrytykowała NATO.", "ACCUSE RUS>NATO asserted 111"},
	})
}
