package events_test

import "testing"

// TestWorkplaceStrikes: a place of work that strikes or protests stands
// for its workers, the labour of the country it is in, not a business; a
// company named after it is their employer; a company that protests is
// still a business, and a workplace in acts other than protest is left
// as it was (pl_workplace.go).
func TestWorkplaceStrikes(t *testing.T) {
	checkPolishActors(t, []polishCase{
		{"Rosyjska fabryka samochodów strajkuje od tygodnia.", "PROTEST RUSLAB>RUSGOV"},
		{"Od rana strajkuje huta w Krakowie.", "PROTEST POLLAB>POLGOV"},
		{"Ukraińska kopalnia ogłosiła strajk generalny.", "PROTEST UKRLAB>UKRGOV"},
		{"Węgierski szpital protestuje od poniedziałku.", "PROTEST HUNLAB>HUNGOV"},
		// the company after the workplace is the employer, the workers
		// are those of the place the sentence is set in
		{"Fabryka Volkswagena w Poznaniu ogłosiła strajk.", "PROTEST POLLAB>DEUBUS"},
		// a company protesting is a business; workers stay workers
		{"Niemiecki koncern protestuje od poniedziałku.", "PROTEST DEUBUS>DEUGOV"},
		{"Rosyjscy górnicy strajkują od tygodnia.", "PROTEST RUSLAB>RUSGOV"},
	})
}
