package events_test

import (
	"testing"

	"github.com/kronika/kronika/pipeline"
)

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

// TestEnglishBackgroundMeeting: a meeting or negotiation told in a
// relative clause or by a participle after its own noun describes that
// noun and ranks under 0.5; the same act told as news keeps its
// confidence (en_background.go; h/enprec).
func TestEnglishBackgroundMeeting(t *testing.T) {
	p := pipeline.New()
	cases := []struct {
		text string
		low  bool
	}{
		{"Talks\n\nEvans Revere, a former American official who had negotiated with North Korea extensively, said the talks were over.", true},
		{"Talks\n\nWashington and Pyongyang have not moved since talks failed at the Singapore summit held in June.", true},
		{"Talks\n\nThe United States negotiated with North Korea extensively in 2018.", false},
		{"Talks\n\nThe United States held a summit with North Korea in February.", false},
	}
	for _, tc := range cases {
		d := code(t, p, "en", " date 2024-07-10\n"+tc.text+"\n")
		n := 0
		for _, e := range d.Events {
			if e.Type != "CONSULT" {
				continue
			}
			n++
			if low := e.Confidence < 0.5; low != tc.low {
				t.Errorf("%q: CONSULT confidence %.2f, want under 0.5: %v", tc.text, e.Confidence, tc.low)
			}
		}
		if n == 0 {
			t.Errorf("%q: no CONSULT event", tc.text)
		}
	}
}

// TestEnglishConditionAct: an act inside a clause of condition ("if North
// Korea conducts a test, …") ranks under 0.5; the act of the clause it
// conditions, and the same act told as news, keep their confidence
// (en_background.go; h/enprec).
func TestEnglishConditionAct(t *testing.T) {
	p := pipeline.New()
	cases := []struct {
		text, typ string
		low       bool
	}{
		{"Tests\n\nIf North Korea conducts a nuclear test against the United States, experts expect a harsh answer.", "MOBILIZE", true},
		{"Tests\n\nNorth Korea conducted a nuclear test against the United States on Friday.", "MOBILIZE", false},
		{"Tariffs\n\nIf Canada retaliates, the United States will impose tariffs on Canada.", "THREATEN", false},
	}
	for _, tc := range cases {
		d := code(t, p, "en", " date 2024-07-10\n"+tc.text+"\n")
		n := 0
		for _, e := range d.Events {
			if e.Type != tc.typ {
				continue
			}
			n++
			if low := e.Confidence < 0.5; low != tc.low {
				t.Errorf("%q: %s confidence %.2f, want under 0.5: %v", tc.text, tc.typ, e.Confidence, tc.low)
			}
		}
		if n == 0 {
			t.Errorf("%q: no %s event", tc.text, tc.typ)
		}
	}
}
