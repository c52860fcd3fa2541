package events_test

import "testing"

// TestEnglishLexiconPairs: the third round of the English lexicon
// (lang/en/data/events.tsv, issue 14) adds the missing member of a
// verb/noun pair and light verbs with a listed act noun; each frame codes
// its source and target. Sentences written for the test.
func TestEnglishLexiconPairs(t *testing.T) {
	cases := []textCase{
		// ASSAULT: nouns of listed verbs, light verbs
		{"Hezbollah vowed retaliation against Israel.", "THREATEN LBN>ISR asserted 138"},
		{"Syrian retaliation against Turkey killed two soldiers.", "ASSAULT SYR>TUR asserted 190"},
		{"Ukrainian troops counterattacked Russian forces near Bakhmut.", "ASSAULT UKR>RUS asserted 190"},
		{"A gunfight between Indian and Pakistani troops broke out in Kashmir.", "ASSAULT IND>PAK asserted 193"},
		{"Russian forces launched rocket fire against Ukrainian positions.", "ASSAULT RUS>UKR asserted 194"},
		{"Hamas held Israeli hostages as human shields.", "ASSAULT PSE>ISR asserted 181"},
		// a ceasefire broken is violated, also in a threat
		{"Hamas broke the truce with Israel.", "ASSAULT PSE>ISR asserted 196"},
		{"Hezbollah threatened to break the cease-fire with Israel.", "THREATEN LBN>ISR asserted 130"},
		// SANCTION
		{"The Brazilian Congress impeached the American ambassador.", "SANCTION BRA>USA asserted 160"},
		{"Britain reimposed sanctions on Iran.", "SANCTION GBR>IRN asserted 163"},
		// COERCE
		{"Japan tightened restrictions on imports from China.", "COERCE JPN>CHN asserted 172"},
		{"Belarus persecuted Polish journalists.", "COERCE BLR>POL asserted 170"},
		{"Russian persecution of Ukrainian journalists continued.", "COERCE RUS>UKR asserted 170"},
		{"Iran banished the British ambassador.", "COERCE IRN>GBR asserted 174"},
		{"Chinese warships surrounded Taiwan.", "COERCE CHN>TWN asserted 191"},
		// ACCUSE
		{"Germany chided Hungary over the veto.", "ACCUSE DEU>HUN asserted 111"},
		{"Hungarian Prime Minister Viktor Orban railed against the European Union.", "ACCUSE HUN>EUR asserted 111"},
		// AID
		{"A German airlift to Sudan brought food.", "AID DEU>SDN asserted 073"},
	}
	checkEnglish(t, cases, true)
}

// TestEnglishLexiconGenericVerbs: verbs too generic to name an act alone
// ("allow", "seek", "return") code only with the words that make them
// one; alone they report no event.
func TestEnglishLexiconGenericVerbs(t *testing.T) {
	cases := []textCase{
		{"Russia allowed access to Red Cross inspectors from Switzerland.", "RETREAT RUS>ICRC asserted 086"},
		{"The Chinese government allows Australian students to travel.", ""},
		{"Britain sought to finish the work in Mauritius.", ""},
		{"Ukraine sought talks with Russia.", "REQUEST UKR>RUS asserted 106"},
		{"American and Russian negotiators returned to Geneva.", ""},
		{"Russia returned the bodies of soldiers to Ukraine.", "RETREAT RUS>UKR asserted 0842"},
	}
	checkEnglish(t, cases, true)
}

// TestEnglishGerundNouns: the gerund of a trigger verb read as a noun
// codes the verb's event with a nominal frame: "of" the target, "by" or
// the possessive the source (lang/en/eventderive.go).
func TestEnglishGerundNouns(t *testing.T) {
	cases := []textCase{
		{"The sanctioning of Serbian officials by the United States angered Belgrade.", "SANCTION USA>SRB asserted 163"},
		{"The jailing of Belarusian activists by Russia angered Minsk.", "COERCE RUS>BLR asserted 173"},
		// a verb form stays a verb
		{"Russia is jailing Belarusian activists.", "COERCE RUS>BLR asserted 173"},
	}
	checkEnglish(t, cases, true)
}
