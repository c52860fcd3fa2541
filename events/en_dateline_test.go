package events_test

import "testing"

// TestDatelineNoParticipant: the place a wire story's dateline names
// gives the story's place and is no participant of its events, while the
// same name in the story's body still is one (dateline.go).
func TestDatelineNoParticipant(t *testing.T) {
	cases := []textCase{
		{"Unrest\n\nTIRANA — The president accused Serbia of stoking unrest in the north, officials said on Tuesday.", ""},
		// the minister is Ukraine's: the story's country, not a dateline participant
		{"Unrest\n\nKYIV, Ukraine (AP) — The minister condemned Russia for the strikes on the city's power plants overnight.", "ACCUSE UKR>RUS asserted"},
		{"Unrest\n\nBELGRADE, Dec. 5 (Reuters) - The government criticised Albania over the arrests at the border crossing.", ""},
		// body text: the capitals are the participants
		{"Unrest\n\nTIRANA — Officials met on Tuesday.\n\nTirana accused Belgrade of stoking unrest in the north.", "ACCUSE ALB>SRB asserted"},
		// no dateline: the opening name is the subject
		{"Unrest\n\nAlbania accused Serbia of stoking unrest in the north, officials said on Tuesday.", "ACCUSE ALB>SRB asserted"},
	}
	checkEnglish(t, cases, false)
}
