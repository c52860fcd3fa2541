package events_test

import (
	"strings"
	"testing"

	"github.com/kronika/kronika/pipeline"
)

// TestEnglishQuantityCues: the nouns of quantity of event-cues.tsv
// ("dozens", "hundreds", "scores", "a group", "a handful") count the
// people of the "of" phrase after them, who take part in the act.
func TestEnglishQuantityCues(t *testing.T) {
	cases := []textCase{
		{"Kenyan police arrested dozens of protesters.", "COERCE KEN>KEN asserted 173"},
		{"Kenyan police detained hundreds of people.", "COERCE KEN>KEN asserted 173"},
		{"Police in Kenya arrested scores of opposition supporters.", "COERCE KEN>KEN asserted 173"},
		{"Kenyan police fired on thousands of demonstrators.", "ASSAULT KEN>KEN asserted 193"},
		{"Kenyan police arrested a handful of students.", "COERCE KEN>KEN asserted 173"},
		{"Scores of Syrian rebels attacked government forces.", "ASSAULT SYR>SYR asserted 190"},
		// a counted phrase that names nobody stays unresolved
		{"Kenyan police arrested dozens of them.", ""},
	}
	checkEnglish(t, cases, true)
}

// TestEnglishStrikeAndCustody: a strike "on" a party is an act of force
// whoever's it is, a strike by workers a protest; "held in custody",
// "disappointed", "junta" and "lift orders" reach their types.
func TestEnglishStrikeAndCustody(t *testing.T) {
	cases := []textCase{
		{"The Russian strike on Kyiv killed ten civilians.", "ASSAULT RUS>UKR asserted 195"},
		{"An Israeli strike on Gaza killed ten people.", "ASSAULT ISR>PSE asserted 195"},
		{"Kenyan workers began a strike against the government.", "PROTEST KEN>KEN asserted 143"},
		{"Kenyan doctors went on strike on Monday.", "PROTEST KEN>KEN asserted 143"},
		{"The journalist was held in custody by Russian police.", "COERCE RUS>RUS asserted 173"},
		{"Russian police held the American journalist in custody.", "COERCE RUS>USA asserted 173"},
		{"Britain was disappointed by China.", "ACCUSE GBR>CHN asserted 111"},
		{"China has disappointed Britain.", "ACCUSE GBR>CHN asserted 111"},
		{"Kenya lifted evacuation orders for Mombasa.", "CONCEDE KEN>KEN asserted 081"},
		{"Kenyan prisoners exchanged gunfire with guards.", "ASSAULT KEN>KEN asserted 190"},
		{"Russia and Ukraine exchanged prisoners.", "RETREAT RUS>UKR asserted 0841"},
	}
	checkEnglish(t, cases, true)
}

// TestEnglishJuntaAndCounted: a junta is its country's government, and
// the people a noun of quantity counts keep their sector.
func TestEnglishJuntaAndCounted(t *testing.T) {
	p := pipeline.New()
	for _, tc := range []struct{ text, want string }{
		{"The Malian junta expelled the French ambassador.", "SANCTION MLIGOV>FRAGOV"},
		{"Kenyan police arrested dozens of protesters.", "COERCE KENCOP>KENCVL"},
		{"Police in Kenya arrested scores of opposition supporters.", "COERCE KENCOP>KENOPP"},
		{"Crowds of Serbian students protested against the government.", "PROTEST SRBCVL>SRBGOV"},
	} {
		d := code(t, p, "en", " date 2024-07-10\n"+tc.text+"\n")
		if g := strings.Join(describeActors(d), "; "); g != tc.want {
			t.Errorf("%q: events %q, want %q", tc.text, g, tc.want)
		}
	}
}
