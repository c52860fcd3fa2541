package events_test

import "testing"

// TestEnglishTruceWith: the party of a truce or ceasefire named by "with"
// is the target of a demand for it and of its violation.
func TestEnglishTruceWith(t *testing.T) {
	cases := []textCase{
		{"Bosnian Serbs demanded a truce with Moslem forces in east Bosnia.", "REQUEST SRB>BIH asserted 1056"},
		{"Russia violated the ceasefire with Ukraine.", "ASSAULT RUS>UKR asserted 196"},
		{"Hamas demanded a ceasefire from Israel.", "REQUEST PSE>ISR asserted 1056"},
		// no party named: no event
		{"Russia violated the ceasefire.", ""},
	}
	checkEnglish(t, cases, true)
}

// TestEnglishAlertKept: a state of alert kept is a mobilisation, as one
// put or raised; an alert of private people is none.
func TestEnglishAlertKept(t *testing.T) {
	cases := []textCase{
		{"Israeli troops remained on alert in the occupied West Bank today.", "MOBILIZE ISR>- asserted 152"},
		{"Pakistan kept its forces on high alert along the border with India.", "MOBILIZE PAK>- asserted 152"},
		{"Residents should stay alert to scams.", ""},
	}
	checkEnglish(t, cases, true)
}

// TestEnglishPeopleFrom: people "from" a country are its people, as a
// nationality word would say; troops "from" a country are leaving it.
func TestEnglishPeopleFrom(t *testing.T) {
	cases := []textCase{
		{"Doctors from Cuba delivered medicine to Haiti.", "AID CUB>HTI asserted 073"},
		{"Russia withdrew its troops from Syria.", "RETREAT RUS>SYR asserted 087"},
		// a noun of no kind of people comes from nowhere
		{"Medicine from Cuba reached Haiti.", ""},
	}
	checkEnglish(t, cases, true)
}
