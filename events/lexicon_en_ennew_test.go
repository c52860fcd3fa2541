package events_test

import "testing"

// TestEnglishStandingTies: "investment" alone names a standing economic
// tie, as "trade" and "import" alone do, and codes nothing; a verb of
// making, announcing or pledging one makes it an act (h/ennew).
func TestEnglishStandingTies(t *testing.T) {
	cases := []textCase{
		{"Ties\n\nThe group opposes Chinese investment in Balochistan.", ""},
		{"Ties\n\nChina announced an investment of 5 billion dollars in Pakistan.", "COOPERATE CHN>PAK asserted 061"},
		{"Ties\n\nChina pledged new investment in Pakistan.", "AGREE CHN>PAK asserted 0311"},
		{"Ties\n\nChina invested heavily in Pakistan on Monday.", "COOPERATE CHN>PAK asserted 061"},
	}
	checkEnglish(t, cases, true)
}

// TestEnglishRetaliationInKind: retaliation with an economic means named
// is that sanction; said to come (would) or to be possible (could, may) by
// its own source, it is the threat of it; a possible act told by another
// party stays possible (h/ennew; threat.go, possiblethreat.go).
func TestEnglishRetaliationInKind(t *testing.T) {
	cases := []textCase{
		{"Tariffs\n\nChina retaliated with tariffs on American soybeans on Monday.", "SANCTION CHN>USA asserted 163"},
		{"Tariffs\n\nBeijing warned that it would retaliate with tariffs on German vehicles.", "THREATEN CHN>DEU asserted 1312"},
		{"Tariffs\n\nBeijing has hinted that it could retaliate with tariffs on German vehicles.", "THREATEN CHN>DEU asserted 1312"},
		{"Gas\n\nRussia warned it may cut gas supplies to Moldova.", "THREATEN RUS>MDA asserted 1311"},
		{"War\n\nKyiv said Russia could attack Ukraine.", "ASSAULT RUS>UKR hypothetical 190"},
		{"War\n\nRussia could attack Ukraine, analysts said.", "ASSAULT RUS>UKR hypothetical 190"},
	}
	checkEnglish(t, cases, true)
}

// TestEnglishRefusedPart: refusing to take part in a plan, talks or body
// is REJECT, its target what would have been taken part in (h/ennew).
func TestEnglishRefusedPart(t *testing.T) {
	cases := []textCase{
		{"Plan\n\nHungary declined to participate in the EU plan.", "REJECT HUN>EUR asserted 120"},
		{"Plan\n\nHungary participated in the EU plan.", ""},
		{"Plan\n\nPoland refused to take part in the talks with Russia.", "REJECT POL>RUS asserted 125"},
	}
	checkEnglish(t, cases, true)
}

// TestEnglishSanctionsDecided: each verb of imposing, raising or adopting
// with each noun of sanctions and tariffs, the nouns of a raise, and a
// vote on them (h/ennew).
func TestEnglishSanctionsDecided(t *testing.T) {
	cases := []textCase{
		{"Tariffs\n\nThe European Union is set to vote Friday on a tariff increase on Chinese electric vehicles.", "SANCTION EUR>CHN future 163"},
		{"Tariffs\n\nThe EU approved a tariff increase on Chinese electric vehicles.", "SANCTION EUR>CHN asserted 163"},
		{"Tariffs\n\nThe EU adopted tariffs on Chinese electric vehicles.", "SANCTION EUR>CHN asserted 163"},
		{"Tariffs\n\nIndia raised duties on Chinese steel.", "SANCTION IND>CHN asserted 163"},
		{"Tariffs\n\nThe United States increased sanctions on Iran.", "SANCTION USA>IRN asserted 163"},
	}
	checkEnglish(t, cases, true)
}

// TestEnglishWeighedSanctions: sanctions or tariffs a party says it is
// weighing against a named target threaten it (possiblethreat.go,
// deliberated); not weighing them threatens nothing, and neither does
// another's possible act (h/ennew).
func TestEnglishWeighedSanctions(t *testing.T) {
	cases := []textCase{
		{"Somalia\n\nThe European Union is considering sanctions against Somalia.", "THREATEN EUR>SOM asserted 1312"},
		{"Steel\n\nThe United States is weighing new tariffs on Chinese steel.", "THREATEN USA>CHN asserted 1312"},
		{"Somalia\n\nThe EU is not considering sanctions against Somalia.", "SANCTION EUR>SOM hypothetical 163"},
		{"War\n\nThe EU is considering whether Russia could attack Ukraine.", "ASSAULT RUS>UKR hypothetical 190"},
	}
	checkEnglish(t, cases, true)
}

// TestEnglishOutletInterview: a news channel, outlet, television or radio
// spoken to is the media, an interview and no consultation (interview.go);
// a minister spoken to still is one (h/ennew).
func TestEnglishOutletInterview(t *testing.T) {
	cases := []textCase{
		{"Talks\n\nSpeaking to a private Pakistani news channel, the Indian minister said the talks went well.", ""},
		{"Talks\n\nThe Indian minister spoke to Pakistani television on Monday.", ""},
		{"Talks\n\nThe Indian minister spoke with the Pakistani foreign minister on Monday.", "CONSULT IND>PAK asserted 040"},
	}
	checkEnglish(t, cases, true)
}

// TestEnglishProposalFor: a proposal "for" another party "to" act asks it
// to act, REQUEST; a proposal made "to" a party, or of talks, stays an
// offer (proposalfor.go; h/ennew).
func TestEnglishProposalFor(t *testing.T) {
	cases := []textCase{
		{"UN\n\nRussia made a proposal for Ukraine to hold elections.", "REQUEST RUS>UKR asserted 100"},
		{"UN\n\nChina made a proposal to India on Monday.", "AGREE CHN>IND asserted 030"},
	}
	checkEnglish(t, cases, true)
}
