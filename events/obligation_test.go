package events_test

import "testing"

// TestObligation: an obligation a named reporter states ("X said Y must
// go") is X's request to Y; without a reporter, with a pronoun for one or
// inside a quotation it is no request.
func TestObligation(t *testing.T) {
	cases := []textCase{
		{"Britain said Iran must free the tanker.", "REQUEST GBR>IRN asserted"},
		{"The Red Cross said US and British forces must ensure security.", "REQUEST ICRC>USA asserted; REQUEST ICRC>GBR asserted"},
		{"Germany says Hungary needs to respect the ruling.", "REQUEST DEU>HUN asserted"},
		{"Iran must free the tanker.", ""},
		{"He said Iran must free the tanker.", ""},
		{"\"Iran must free the tanker,\" the British government said.", ""},
	}
	checkEnglish(t, cases, false)
}
