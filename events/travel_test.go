package events_test

import "testing"

// TestTravel: a civilian's journey to a country is no visit; an
// official's is, and a civilian who meets a person consults.
func TestTravel(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Asia Bibi przyleciała do Kanady.", ""},
		{"Pakistańscy uchodźcy przybyli do Niemiec.", ""},
		{"Prezydent Francji przyleciał do Kanady.", "CONSULT FRA>CAN asserted 042"},
		{"Asia Bibi odwiedziła papieża Franciszka.", "CONSULT PAK>VAT asserted 042"},
		{"Asia Bibi spotkała się z papieżem Franciszkiem.", "CONSULT PAK>VAT asserted 040"},
	})
}

// TestTravelPeople: a country's people named by a nationality word and no
// sector noun travel; a body of it named so visits.
func TestTravelPeople(t *testing.T) {
	checkEnglish(t, []textCase{
		{"Thousands of Chinese tourists visited Vietnam last week.", ""},
		{"Ethiopians arrived in Kenya on Monday.", ""},
		{"A Chinese delegation visited Vietnam on Monday.", "CONSULT CHN>VNM asserted"},
	}, false)
	checkPolish(t, []polishCase{
		{"Rosjanie przyjechali do Finlandii.", ""},
		{"Rosyjska delegacja przyjechała do Finlandii.", "CONSULT RUS>FIN asserted 042"},
	})
}
