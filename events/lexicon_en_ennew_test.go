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
