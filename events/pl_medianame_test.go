package events_test

import "testing"

// TestPolishMediaName: a talk with an organisation whose name holds a
// noun of the media ("Polskie Radio", met inflected as "Polskim Radiem")
// is an interview, no CONSULT; a talk with another party stays one.
func TestPolishMediaName(t *testing.T) {
	checkPolish(t, []polishCase{
		{"To jest niebezpieczne dla wielu krajów - powiedział minister Polski Jan Kowalski w rozmowie z Polskim Radiem 24.", ""},
		{"Premier Polski rozmawiał z premierem Niemiec.", "CONSULT POL>DEU asserted 040"},
	})
}
