package events_test

import "testing"

// TestPolishBodyOfGenitiveCountry: a body the actor base does not know
// under a sector noun ("MSZ") with a country in the genitive after it is
// that country's (LTU GOV), not the article's main country's; a body the
// base knows keeps its own code.
func TestPolishBodyOfGenitiveCountry(t *testing.T) {
	checkPolishActors(t, []polishCase{
		{"MSZ Litwy wezwało Rosję do wycofania wojsk z Ukrainy.", "REQUEST LTUGOV>RUS"},
		{"MSZ Litwy wezwało ambasadora Rosji w Wilnie.", "ACCUSE LTUGOV>RUSGOV"},
		{"MSZ Rosji wezwało ambasadora Polski.", "ACCUSE RUSGOV>POLGOV"},
	})
}
