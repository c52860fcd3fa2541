package events_test

import "testing"

// TestPolishFinerCompanion: a light verb's or a package's generic aid
// ("wysłać pomoc", "pakiet pomocy": AID 070) takes the finer code its noun
// has with the adjective beside it: humanitarian 073, military 072,
// financial 071; aid of no kind stays 070.
func TestPolishFinerCompanion(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Niemcy wysłały pomoc humanitarną dla Ukrainy.", "AID DEU>UKR asserted 073"},
		{"Polska przekazała Ukrainie pomoc wojskową.", "AID POL>UKR asserted 072"},
		{"Unia Europejska ogłosiła pakiet pomocy finansowej dla Ukrainy.", "AID EUR>UKR asserted 071"},
		{"Polska przekazała Ukrainie pomoc.", "AID POL>UKR asserted 070"},
	})
}
