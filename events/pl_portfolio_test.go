package events_test

import "testing"

// TestPolishPortfolio: the field of an office after "ds." ("do spraw") is
// no owner of the office; the genitive or the name after the field says
// whose office it is, as it does with no field between ("sekretarzem
// stanu USA"). A field alone leaves the office holder unknown: "ekspert
// ds. Rosji" is nobody of Russia's.
func TestPolishPortfolio(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Mateusz Morawiecki spotkał się z sekretarzem ds. energii USA Rickiem Perrym.", "CONSULT POL>USA asserted 040"},
		{"Polska podpisała umowę z komisarzem ds. energii Komisji Europejskiej.", "SUPPORT POL>EUR asserted 057"},
		{"Jacek Czaputowicz spotka się z asystentem ds. energii sekretarza stanu USA Francisem Fannonem.", "AGREE POL>USA future 036"},
		{"Minister Szymański spotkał się z ministrem ds. brexitu Davidem Davisem.", "CONSULT POL>GBR asserted 040"},
		// the field names no one
		{"Mateusz Morawiecki spotkał się z ekspertem ds. Rosji.", ""},
		{"Mateusz Morawiecki spotkał się z ministrem ds. Ukrainy.", ""},
	})
}
