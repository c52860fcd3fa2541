package events_test

import "testing"

// TestHostsHired: workers taken on as staff are no guests; a head of
// state who receives workers hosts them, and a guest who is no worker is
// hosted whatever the form of the verb (pl_hire.go).
func TestHostsHired(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Pięciu pracowników przyjęto w ostatnich miesiącach.", ""},
		{"Ministerstwo Obrony musi przyjąć pracowników z Ukrainy.", ""},
		{"Niemiecka firma przyjęła stu polskich pracowników.", ""},
		// a reception of workers and of guests
		{"Prezydent Andrzej Duda przyjął pracowników stoczni w Pałacu Prezydenckim.", "CONSULT POL>POL asserted 043"},
		{"Polska przyjęła premiera Ukrainy.", "CONSULT POL>UKR asserted 043"},
	})
}
