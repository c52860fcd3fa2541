package events_test

import (
	"strings"
	"testing"

	"github.com/kronika/kronika/pipeline"
)

// TestPolishSelfPair: a one-way act between one actor code on both sides,
// one side only described, is no event; a court named in the genitive
// after the noun of a legal act made the thing, it is not acted on; the
// noun of a light verb inside the subject's phrase is not the verb's
// object. Two named persons of one code, other domestic dyads and the
// object of the light verb keep their events.
func TestPolishSelfPair(t *testing.T) {
	cases := []polishCase{
		// the same code, a description on one side
		{"Polski Sąd Najwyższy unieważnił wyrok sądu okręgowego w Krakowie.", ""},
		{"Niemiecki Trybunał Konstytucyjny uchylił wyrok sądu w Monachium.", ""},
		{"Rząd Czech skrytykował ministrów w Pradze.", ""},
		{"Polska Prokuratura Krajowa oskarżyła prokuratorów w Gdańsku.", ""},
		// another sector of the same country stays
		{"Ministerstwo Obrony Litwy skrytykowało rząd w Wilnie.", "ACCUSE LTUGOVMIL>LTUGOV"},
		// the court in the genitive gave the verdict
		{"Prezydent Czech uchylił wyrok sądu w Pradze.", ""},
		// the one acted on named by the frame stays
		{"Słowacki Sąd Najwyższy uchylił wyrok sądu okręgowego wobec Roberta Fico.", "RETREAT SVKJUD>SVKGOV"},
		// two named persons of one code are two actors
		{"Premier Tusk skrytykował prezydenta Dudę.", "ACCUSE POLGOV>POLGOV"},
		// the companion in the subject's genitive: no police sent
		{"Komendant polskiej policji wysłał listy do mieszkańców.", ""},
		{"Szef litewskiej policji wysłał pismo do mieszkańców Wilna.", ""},
		// the companion as the object
		{"Litewski rząd wysłał żołnierzy na granicę z Białorusią.", "MOBILIZE LTUGOV>-"},
		{"Polska wysłała Ukrainie pomoc humanitarną.", "AID POL>UKR"},
	}
	checkPolishActors(t, cases)
}

// TestPolishCarriedGiver: a subject dropped from a clause is carried from
// the sentence before only into a frame whose source is the verb's
// subject; a frame whose subject is the one acted on ("usłyszał zarzuty")
// gets no giver from there.
func TestPolishCarriedGiver(t *testing.T) {
	cases := []polishCase{
		{"Premier Fico odwiedził Wilno. Litewski minister usłyszał zarzuty.", "CONSULT SVKGOV>LTU"},
		// a dropped subject still carries
		{"Kanclerz Niemiec odwiedził Wilno. Skrytykował Rosję.", "CONSULT DEUGOV>LTU; ACCUSE DEUGOV>RUS"},
	}
	checkPolishActors(t, cases)
}

// checkPolishActors codes each Polish text and compares its events,
// "TYPE SRC>TGT" with actor codes, joined by "; ".
func checkPolishActors(t *testing.T, cases []polishCase) {
	t.Helper()
	p := pipeline.New()
	for _, tc := range cases {
		d := code(t, p, "pl", " date 2024-07-10\n"+tc.text+"\n")
		if got := strings.Join(describeActors(d), "; "); got != tc.want {
			t.Errorf("%s\n  got  %q\n  want %q", tc.text, got, tc.want)
		}
	}
}
