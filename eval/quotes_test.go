package eval

import (
	"strings"
	"testing"

	"github.com/kronika/kronika/doc"
)

func TestQuoteMatch(t *testing.T) {
	for _, tc := range []struct {
		pred, gold string
		want       bool
	}{
		{"Podpisane dziś wyczerpujące porozumienie partnerskie", "Podpisane dziś", true},
		{"„Nasz przywódca musi być pierwszy”", "Nasz przywódca musi być pierwszy", true},  // marks ignored
		{"Nasz  przywódca\nmusi być pierwszy.", "nasz przywódca musi być pierwszy", true}, // spacing, case, final stop
		{"It’s over, he said", "It's over", true},                                         // curly apostrophe
		{"(Ankara) will tend to close Kurecik", "(Ankara) will tend to close Kurecik, not Incirlik.", true},
		{"(Ankara) will", "(Ankara) will tend to close Kurecik, not Incirlik.", false}, // a fragment
		{"Podpisane wczoraj", "Podpisane dziś", false},
		{"", "Podpisane dziś", false},
		{"Podpisane", "", false},
	} {
		if got := QuoteMatch(tc.pred, tc.gold); got != tc.want {
			t.Errorf("QuoteMatch(%q, %q) = %v", tc.pred, tc.gold, got)
		}
	}
}

func TestScoreQuotes(t *testing.T) {
	text := `Putin: „Podpisane dziś porozumienie”. Urzędnik: „Nasz przywódca musi być pierwszy”. Ktoś: „Nic”.`
	span := func(s string) doc.Span {
		i := strings.Index(text, s)
		return doc.Span{Start: i, End: i + len(s)}
	}
	d := &doc.Document{Text: text,
		Entities: []doc.Entity{{ID: "E1", Name: "Władimir Putin", Canonical: "Vladimir Putin"}},
		Quotes: []doc.Quote{
			{Span: span("Podpisane dziś porozumienie"), Speaker: doc.Speaker{Entity: "E1", Text: "Putin"}},
			{Span: span("Podpisane dziś porozumienie"), Speaker: doc.Speaker{Entity: "E1", Text: "Putin"}}, // duplicate
			{Span: span("Nasz przywódca musi być pierwszy"), Speaker: doc.Speaker{Text: "Urzędnik"}},
			{Span: span("Nic"), Speaker: doc.Speaker{Text: "Ktoś"}},
		}}
	gold := []GoldQuote{
		{Speaker: "Vladimir Putin", TextPrefix: "Podpisane dziś"},
		{Speaker: "North Korean official", TextPrefix: "Nasz przywódca"},
		{Speaker: "Kim Jong Un", TextPrefix: "Nie ma tego cytatu"},
	}
	s := ScoreQuotes(gold, d)
	if s.PRF != (PRF{2, 4, 2, 3}) || s.Speaker != (Acc{1, 2}) {
		t.Errorf("got %+v", s)
	}
	// The details name the unmatched gold quote, the two predictions
	// matching nothing (the duplicate and "Nic") and the wrong speaker.
	if len(s.Missed) != 1 || !strings.Contains(s.Missed[0], "Nie ma tego cytatu") ||
		len(s.Spurious) != 2 || !strings.Contains(s.Spurious[1], `"Ktoś": Nic`) ||
		len(s.WrongSpeaker) != 1 || !strings.Contains(s.WrongSpeaker[0], `"North Korean official" ≠ "Urzędnik"`) {
		t.Errorf("details: missed %q, spurious %q, wrong speaker %q", s.Missed, s.Spurious, s.WrongSpeaker)
	}
	if s.DropHeldOut(); s.Missed != nil || s.Spurious != nil || s.WrongSpeaker != nil {
		t.Errorf("DropHeldOut kept details")
	}
	if s := ScoreQuotes(gold, &doc.Document{}); s.PRF != (PRF{0, 0, 0, 3}) || s.Speaker != (Acc{}) {
		t.Errorf("no predictions: %+v", s)
	}
}

func TestSpeakerRight(t *testing.T) {
	d := &doc.Document{Entities: []doc.Entity{{ID: "E1", Name: "Kim Dzong Un", Canonical: "Kim Jong Un"}}}
	for _, tc := range []struct {
		gold string
		sp   doc.Speaker
		want bool
	}{
		{"Kim Jong Un", doc.Speaker{Entity: "E1", Text: "Kima"}, true},  // entity canonical
		{"kim dzong un", doc.Speaker{Entity: "E1", Text: "Kima"}, true}, // entity name
		{"Soli Ozel", doc.Speaker{Text: "Soli  Ozel"}, true},            // speaker text
		{"Soli Ozel", doc.Speaker{Entity: "E9", Text: "Ozel"}, false},   // unknown entity
		{"", doc.Speaker{}, true},                                       // null gold speaker, none predicted
		{"", doc.Speaker{Text: "ktoś"}, false},
	} {
		if got := speakerRight(tc.gold, tc.sp, d); got != tc.want {
			t.Errorf("speakerRight(%q, %+v) = %v", tc.gold, tc.sp, got)
		}
	}
}
