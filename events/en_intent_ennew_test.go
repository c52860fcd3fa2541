package events_test

import "testing"

// TestEnglishIntentToImprove: relations to be mended and agreements to be
// made, told with a verb of seeking, wanting or aiming ("is looking to",
// "is seeking to", "wants to", "is eyeing"), are the intent to cooperate
// diplomatically, AGREE 032, asserted; the same acts done stay SUPPORT;
// a meeting not wanted is a refusal to meet, REJECT 125 (h/ennew).
func TestEnglishIntentToImprove(t *testing.T) {
	cases := []textCase{
		{"Ties\n\nTurkey is looking to reset relations with Egypt.", "AGREE TUR>EGY asserted 032"},
		{"Ties\n\nJapan wants to strengthen relations with India.", "AGREE JPN>IND asserted 032"},
		{"Ties\n\nBritain is seeking to finalize a deal with Mauritius.", "AGREE GBR>MUS asserted 032"},
		{"Ties\n\nTurkey is eyeing an agreement with Egypt.", "AGREE TUR>EGY asserted 032"},
		{"Ties\n\nTurkey restored relations with Egypt on Monday.", "SUPPORT TUR>EGY asserted 050"},
		{"Ties\n\nTurkey and Egypt rebuilt their relationship last year.", "SUPPORT TUR>EGY historical 050"},
		{"Ties\n\nTrump does not want to meet with Kim Jong Un before the election.", "REJECT USA>PRK asserted 125"},
		{"Ties\n\nTrump did not meet with Kim Jong Un on Monday.", "CONSULT USA>PRK negated 040"},
		// a hostile act not wanted is no rejection of anyone
		{"Ties\n\nIran does not want to attack Israel.", "ASSAULT IRN>ISR negated 190"},
	}
	checkEnglish(t, cases, true)
}
