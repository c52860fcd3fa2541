package events_test

import "testing"

// TestPolishDecreedAct: an act noun that is the object of a verb of
// deciding, ordering or announcing is that verb's subject's act, on the
// genitive after the noun ("o" + locative after a verb of deciding too);
// a negated decision, a verb of speech and a clause of its own give the
// noun no source.
func TestPolishDecreedAct(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Władze Białorusi zarządziły aresztowanie litewskiego dziennikarza.", "COERCE BLR>LTU asserted 173"},
		{"Władze Rosji zdecydowały o wydaleniu polskich dyplomatów.", "SANCTION RUS>POL asserted 166"},
		{"Rząd Niemiec nakazał wydalenie ambasadora Rosji.", "SANCTION DEU>RUS asserted 166"},
		{"Prokuratura Ukrainy zleciła zatrzymanie rosyjskiego generała.", "COERCE UKR>RUS asserted 173"},
		{"Rosja zapowiedziała aresztowanie ambasadora Ukrainy.", "COERCE RUS>UKR future 173"},
		// no decision
		{"Władze Rosji nie zdecydowały o wydaleniu polskich dyplomatów.", ""},
		{"Władze Rosji mówiły o wydaleniu polskich dyplomatów.", ""},
		{"Władze Rosji rozmawiały o aresztowaniu polskiego dziennikarza.", ""},
		{"Rosja ogłosiła, że aresztowanie ukraińskiego dziennikarza było legalne.", ""},
	})
}
