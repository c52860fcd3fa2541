package events_test

import "testing"

// TestPolishDemonstrativeObject: a verb that refuses, disputes, accepts or
// supports "to" (the act the sentence before told) answers the subject of
// that sentence; not when that sentence names no actor as its subject,
// nor when the subject is the answering party's own country, nor when
// "ten" only determines a noun of its own.
func TestPolishDemonstrativeObject(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Austria zaproponowała zmianę dyrektywy. Polska nie zgodziła się na to.", "REJECT POL>AUT asserted 120"},
		{"Austria zaproponowała zmianę dyrektywy. Polska poparła to.", "SUPPORT POL>AUT asserted 051"},
		{"Rosja zaatakowała Ukrainę. Litwa potępiła to.", "ASSAULT RUS>UKR asserted 190; ACCUSE LTU>RUS asserted 111"},
		{"Doszło do wybuchu w Kijowie. Litwa potępiła to.", ""},
		{"Rosja zaatakowała Ukrainę. Moskwa poparła to.", "ASSAULT RUS>UKR asserted 190"},
		{"Austria zaproponowała zmianę dyrektywy. Polska nie zgodziła się na ten projekt.", ""},
	})
}
