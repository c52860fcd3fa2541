package events_test

import "testing"

// TestEnglishMeetingToCome: English news code a meeting or visit still to
// come as the meeting, CONSULT with future modality (the meetingtocome
// rule of lang/en's cues); one offered under a condition ("would meet …
// if …") stays the will to meet, AGREE 036, and one its source is ready
// for keeps its own rule (h/enprec).
func TestEnglishMeetingToCome(t *testing.T) {
	cases := []textCase{
		{"Talks\n\nChina will convene a meeting in Beijing with Iran on Friday.", "CONSULT CHN>IRN future 040"},
		{"Visit\n\nIndian Prime Minister Narendra Modi will travel to Mauritius on Tuesday.", "CONSULT IND>MUS future 042"},
		{"Talks\n\nRussia is prepared to meet Ukraine in Istanbul.", "AGREE RUS>UKR future 036"},
		{"Visit\n\nThe Japanese prime minister will visit India next week.", "CONSULT JPN>IND future 042"},
		{"Talks\n\nThe American president would meet with the North Korean leader if there is a prospect of a deal.", "AGREE USA>PRK future 036"},
		{"Talks\n\nIran is ready to resume talks with the United States.", "AGREE IRN>USA future 036"},
		{"Visit\n\nThe Japanese prime minister visited India on Monday.", "CONSULT JPN>IND asserted 042"},
	}
	checkEnglish(t, cases, true)
}

// TestEnglishPurposeAdjunct: the act a purpose adjunct names ("in an
// effort to", "in a move to", "in a bid to", "aimed at") is the aim of
// the act the sentence reports, no act of its own; an effort that is
// itself the subject or object reports the act (purpose.go; h/enprec).
func TestEnglishPurposeAdjunct(t *testing.T) {
	cases := []textCase{
		{"Tests\n\nNorth Korea conducted missile tests in an effort to pressure the United States.", "MOBILIZE PRK>- asserted 150"},
		{"Tests\n\nNorth Korea pressured the United States on Monday.", "REQUEST PRK>USA asserted 100"},
		{"Ties\n\nJapan's prime minister visited India in a move to strengthen ties with Australia.", "CONSULT JPN>IND asserted 042"},
		{"Ties\n\nJapan strengthened ties with Australia.", "SUPPORT JPN>AUS asserted 050"},
		{"Ties\n\nThe visit was aimed at boosting cooperation with India.", ""},
		{"Ties\n\nTurkey's efforts to improve ties with Saudi Arabia could help.", "AGREE TUR>SAU asserted 032"},
	}
	checkEnglish(t, cases, true)
}
