package events_test

import "testing"

// TestEnglishScheduledMeeting: in English a meeting or visit still to come
// stays CONSULT with the modality future (option futuremeeting of
// lang/en/data/event-cues.tsv); a readiness to meet is the intent to meet,
// AGREE 036; a meeting that took place is CONSULT, asserted.
func TestEnglishScheduledMeeting(t *testing.T) {
	cases := []textCase{
		{"Talks\n\nPutin will meet Erdogan in Ankara in January.", "CONSULT RUS>TUR future 040"},
		{"Talks\n\nIndian Prime Minister Narendra Modi will travel to Mauritius on Tuesday.", "CONSULT IND>MUS future 042"},
		{"Talks\n\nPutin is ready to meet Erdogan in Ankara.", "AGREE RUS>TUR future 036"},
		{"Talks\n\nIran is prepared to resume talks with the United States.", "AGREE IRN>USA future 036"},
		{"Talks\n\nPutin met Erdogan in Ankara on Monday.", "CONSULT RUS>TUR asserted 040"},
	}
	checkEnglish(t, cases, true)
}
