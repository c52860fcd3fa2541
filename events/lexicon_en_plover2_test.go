package events_test

import "testing"

// TestEnglishCrossings: crossings opened to a country ease restrictions
// (RETREAT 0862), closed, shut or sealed restrict movement (COERCE 172),
// each verb with each crossing noun (lang/en/data/events.tsv, h/plover2);
// a road or a shop opened is no act between countries. Sentences written
// for the test.
func TestEnglishCrossings(t *testing.T) {
	cases := []textCase{
		{"Uzbekistan opened the Friendship Bridge to Afghanistan.", "RETREAT UZB>AFG asserted 0862"},
		{"Israel reopened the Kerem Shalom crossing to Gaza.", "RETREAT ISR>PSE asserted 0862"},
		{"Poland closed its border crossings with Belarus on Tuesday.", "COERCE POL>BLR asserted 172"},
		{"Finland shut the last checkpoint on its border with Russia.", "COERCE FIN>RUS asserted 172"},
		{"Russia sealed its airspace to Polish airlines.", "COERCE RUS>POL asserted 172"},
		{"A Polish company opened a new road to the Ukrainian town.", ""},
	}
	checkEnglish(t, cases, true)
}

// TestEnglishEngagedIn: "be engaged in" (a state, not a passive: its
// subject acts) with fighting or talks codes the fight or the talks
// between the subject and the party after "with" or "against".
func TestEnglishEngagedIn(t *testing.T) {
	cases := []textCase{
		{"Serb forces were engaged in ethnic cleansing against Albanians.", "ASSAULT SRB>ALB asserted 203"},
		{"Indian troops were engaged in heavy fighting with Chinese soldiers.", "ASSAULT IND>CHN asserted 190"},
		{"Russia is engaged in talks with Ukraine.", "CONSULT RUS>UKR asserted 040"},
	}
	checkEnglish(t, cases, true)
}

// TestEnglishBrokenCommitment: a commitment broken is broken to the party
// it was made to, after "to" or "with" (REJECT 120); a demand of an act
// "by" a party is addressed to that party.
func TestEnglishBrokenCommitment(t *testing.T) {
	cases := []textCase{
		{"Russia reneged on its commitment to Ukraine.", "REJECT RUS>UKR asserted 120"},
		{"Iran went back on its promise to the IAEA.", "REJECT IRN>UNO asserted 120"},
		{"Hungary backed out of its agreement with Ukraine.", "REJECT HUN>UKR asserted 120"},
		{"Poland demanded action by the European Union.", "REQUEST POL>EUR asserted 100"},
		{"Poland demanded an apology from Russia.", "REQUEST POL>RUS asserted 100"},
	}
	checkEnglish(t, cases, true)
}

// TestEnglishReliefGoods: each common verb of giving with each noun of
// relief goods is humanitarian aid (AID 073); goods also traded (grain)
// are left to trade.
func TestEnglishReliefGoods(t *testing.T) {
	cases := []textCase{
		{"Japan gave food to North Korea.", "AID JPN>PRK asserted 073"},
		{"Turkey shipped medicine to Syria.", "AID TUR>SYR asserted 073"},
		{"Japan provided tents to Turkey.", "AID JPN>TUR asserted 073"},
		{"China donated vaccines to Cambodia.", "AID CHN>KHM asserted 073"},
		{"Germany handed over food to Ukraine.", "AID DEU>UKR asserted 073"},
		{"Russia shipped grain to Egypt.", ""},
	}
	checkEnglish(t, cases, true)
}

// TestEnglishRuledOut: an act ruled out is refused, as one rejected, and
// the act noun is no event of its own.
func TestEnglishRuledOut(t *testing.T) {
	cases := []textCase{
		{"The United States ruled out talks with Iran.", "REJECT USA>IRN asserted 125"},
		{"Russia ruled out a ceasefire with Ukraine.", "REJECT RUS>UKR asserted 1246"},
		{"Russia rejected a ceasefire with Ukraine.", "REJECT RUS>UKR asserted 1246"},
	}
	checkEnglish(t, cases, true)
}
