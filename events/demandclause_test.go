package events_test

import "testing"

// TestClauseAddressee: a demand with no object names its addressee as the
// subject of the clause it opens ("demanded that Russia withdraw"); a
// question ("whether", "if") asks no one to act.
func TestClauseAddressee(t *testing.T) {
	cases := []textCase{
		{"Poland bluntly demanded that Russia withdraw its troops.", "REQUEST POL>RUS asserted"},
		{"The Kurdish rebels insisted on their demand that Turkey's government release their leader.", "REQUEST TUR>TUR asserted"},
		{"Kenya's opposition demanded that Uganda release the activists.", "REQUEST KEN>UGA asserted"},
		// a question asks no one to act
		{"Japan wondered whether China would free the fishermen.", ""},
	}
	checkEnglish(t, cases, false)
}
