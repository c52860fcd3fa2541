package events_test

import "testing"

// TestEnglishGroupAdjective: "European" is no state's adjective; before a
// body, a side or leaders it names the European Union, as the base lists
// it among the Union's names (pl_group.go). "Saudi-led" forces are the
// Saudis'.
func TestEnglishGroupAdjective(t *testing.T) {
	cases := []textCase{
		{"Trade\n\nThe European side refused to meet Russia.", "REJECT EUR>RUS asserted"},
		{"War\n\nEuropean leaders criticized Russia on Monday.", "ACCUSE EUR>RUS asserted"},
		{"War\n\nSaudi-led forces attacked Yemen.", "ASSAULT SAU>YEM asserted"},
		{"War\n\nTurkish leaders criticized Russia on Monday.", "ACCUSE TUR>RUS asserted"},
	}
	checkEnglish(t, cases, false)
}

// TestTroopsArrive: soldiers described by a noun arriving somewhere are
// deployed there (MOBILIZE), no visit (en_deploy.go); officials and named
// people visit. A capitalised adjective that opens the sentence before a
// nationality word is no name ("Additional European", lang/en).
func TestTroopsArrive(t *testing.T) {
	cases := []textCase{
		{"War\n\nAdditional European peacekeepers arrived in Bosnia on Wednesday.", "MOBILIZE EUR>BIH asserted"},
		{"War\n\nTurkish troops arrived in Libya on Monday.", "MOBILIZE TUR>LBY asserted"},
		{"War\n\nAdditional French troops arrived in Mali on Monday.", "MOBILIZE FRA>MLI asserted"},
		{"Visit\n\nTurkish officials arrived in Libya on Monday.", "CONSULT TUR>LBY asserted"},
		{"Visit\n\nPresident Emmanuel Macron arrived in Kenya on Monday.", "CONSULT FRA>KEN asserted"},
	}
	checkEnglish(t, cases, false)
}
