package events_test

import (
	"strings"
	"testing"

	"github.com/kronika/kronika/pipeline"
)

// polishCase is a Polish sentence and the events it must give, each
// "TYPE SRC>TGT modality CAMEO", joined by "; " ("" for none).
type polishCase struct{ text, want string }

// checkPolish codes each sentence as an article of 2024-07-10.
func checkPolish(t *testing.T, cases []polishCase) {
	t.Helper()
	p := pipeline.New()
	for _, tc := range cases {
		d := code(t, p, "pl", " date 2024-07-10\n"+tc.text+"\n")
		got := describe(d)
		for i, e := range d.Events {
			got[i] += " " + e.CAMEO
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%s\n  got  %q\n  want %q", tc.text, g, tc.want)
		}
	}
}

// TestRefusal: a negated verb of consent and a cooperative act after a
// verb of refusing are REJECT, asserted, with the 12x code that mirrors
// the act refused; other negated acts stay negated. (What one would not
// agree to, the conditional, is no refusal yet; it is not tested here:
// the tagger reads "zgodziłaby" as indicative after "zgodziła" was met.)
func TestRefusal(t *testing.T) {
	checkPolish(t, []polishCase{
		// a negated consent
		{"Rosja nie zgodziła się na rozmowy z Ukrainą.", "REJECT RUS>UKR asserted 125"},
		{"Polska nie zgodziła się na propozycję Niemiec.", "REJECT POL>DEU asserted 120"},
		{"Węgry nie zgodziły się z Komisją Europejską.", "REJECT HUN>EUR asserted 120"},
		{"Rosja nie poparła rezolucji Polski.", "REJECT RUS>POL asserted 120"},
		{"Węgry nie uznały Kosowa.", "REJECT HUN>XKX asserted 120"},
		{"Parlament Wielkiej Brytanii nie zatwierdził porozumienia z Unią Europejską.", "REJECT GBR>EUR asserted 127"},
		{"Stany Zjednoczone nie dały Rosji gwarancji.", "REJECT USA>RUS asserted 120"},
		{"Rząd Niemiec nie udzielił pomocy Grecji.", "REJECT DEU>GRC asserted 122"},
		// a refusal announced is a refusal
		{"Rosja nie zgodzi się na rozmowy z Ukrainą.", "REJECT RUS>UKR asserted 125"},
		// an act after a verb of refusing
		{"Rząd Węgier odmówił podpisania porozumienia z Ukrainą.", "REJECT HUN>UKR asserted 127"},
		{"Rosja odmówiła uwolnienia ukraińskich jeńców.", "REJECT RUS>UKR asserted 124"},
		{"Turcja odmówiła udzielenia pomocy Grecji.", "REJECT TUR>GRC asserted 122"},
		// no refusal: an act not agreed to yet, a hostile act not done
		{"Rosja nie podpisała porozumienia z Ukrainą.", "SUPPORT RUS>UKR negated 057"},
		{"Rosja nie zaatakowała Ukrainy.", "ASSAULT RUS>UKR negated 190"},
	})
}

// TestInterview: a talk or meeting with the media is an interview, no
// consultation; one with an actor stays one.
func TestInterview(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Abid Raja powiedział w rozmowie z agencją informacyjną NTB, że Norwegia powinna ofiarować Bibi azyl.", "AGREE NOR>PAK hypothetical 033"}, // the offer; no CONSULT with NTB
		{"Prezydent Litwy spotkał się z dziennikarzami.", ""},
		{"Prezydent Litwy spotkał się z prezydentem Polski.", "CONSULT LTU>POL asserted 040"},
		{"Prezydent Turcji zatelefonował do prezydenta Rosji.", "CONSULT TUR>RUS asserted 041"},
	})
}

// TestRefused: an act governed by a verb of refusing, and a negated future
// act of cooperation, are rejections (REJECT, the 12x code mirroring the
// act); a denied past act, an act of force refused and a refusal without
// a target stay as they are.
func TestRefused(t *testing.T) {
	cases := []textCase{
		// an infinitive after a verb of refusing
		{"Pakistan refused to deploy troops in Iraq.", "REJECT PAK>IRQ asserted 120"},
		{"Hungary declined to send weapons to Ukraine.", "REJECT HUN>UKR asserted 1222"},
		{"Serbia refused to withdraw its forces from Kosovo.", "REJECT SRB>XKX asserted 1246"},
		// a negated future act of cooperation or aid
		{"China will not send weapons to Russia.", "REJECT CHN>RUS asserted 1222"},
		{"Turkey won't meet the Greek delegation.", "REJECT TUR>GRC asserted 125"},
		// a past act denied is no act, and no refusal
		{"Russia did not meet Ukrainian officials.", "CONSULT RUS>UKR negated 040"},
		// a negated future act of force is no rejection of its target
		{"Russia will not attack Finland.", "ASSAULT RUS>FIN negated 190"},
	}
	checkEnglish(t, cases, true)
}

// TestReportingClauseNoObject: the subject of the reporting clause after a
// comma ("…, the minister said") is no object of the verb before it.
func TestReportingClauseNoObject(t *testing.T) {
	cases := []textCase{
		{"Hungary will support the plan, the minister said.", ""},
		{"Russia attacked the convoy, Ukrainian officials said.", ""},
		{"Germany condemned the attack, French diplomats said.", ""},
		// an object right after the verb still is one
		{"Russia attacked Ukraine, Ukrainian officials said.", "ASSAULT RUS>UKR asserted 190"},
		// so is the subject of a clause opened by "that"
		{"Greece demanded that Turkey withdraw its troops.", "REQUEST GRC>TUR asserted 100"},
	}
	checkEnglish(t, cases, true)
}
