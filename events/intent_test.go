package events_test

import "testing"

// TestIntentOwnOnly: cooperation or aid that its source plans, hopes for
// or will give is its intent, AGREE; one that someone else hopes for or
// asks about is no intent of the source and stays a possible act.
func TestIntentOwnOnly(t *testing.T) {
	cases := []textCase{
		{"Japan plans to provide loans to Indonesia.", "AGREE JPN>IDN asserted 0331"},
		{"Spain hopes to cooperate with Morocco on migration.", "AGREE ESP>MAR asserted 031"},
		{"Norway will send aid to Sudan, the minister said.", "AGREE NOR>SDN asserted 033"},
		// someone else's hope: her wish, not the two states' intent
		{"She hopes Japan can cooperate with Australia on energy.", "COOPERATE JPN>AUS hypothetical 060"},
		{"Officials asked whether Japan will cooperate with Australia on energy.", ""},
		// a reported intent is the intent
		{"The minister said Japan will cooperate with Australia on energy.", "AGREE JPN>AUS asserted 031"},
		{"The envoy travelled to Tokyo in hopes that Japan can provide loans to Indonesia.", "AID JPN>IDN hypothetical 071"},
	}
	checkEnglish(t, cases, true)
}

// TestPeriodNotHistorical: an act dated by a week or a quarter that holds
// the article's date is news, not history; one of a year well before is.
func TestPeriodNotHistorical(t *testing.T) {
	cases := []textCase{
		{"Germany sent tanks to Ukraine this week.", "AID DEU>UKR asserted"},
		{"Germany sent tanks to Ukraine last week.", "AID DEU>UKR asserted"},
		{"In 2019, Germany sent tanks to Ukraine.", "AID DEU>UKR historical"},
	}
	checkEnglish(t, cases, false)
}
