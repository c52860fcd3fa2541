package eval

import (
	"testing"

	"github.com/kronika/kronika/doc"
)

func TestScoreTimes(t *testing.T) {
	g := &GoldFile{Date: "2024-07", Events: []GoldEvent{
		{Type: "CONSULT", SourceCountry: "RUS", TargetCountry: "PRK", Date: "2024-06", Required: true},
		{Type: "AGREE", SourceCountry: "RUS", TargetCountry: "PRK", Date: "2024-06"},
		{Type: "SUPPORT", SourceCountry: "PRK", TargetCountry: "RUS"}, // no date: not counted
	}}
	d := &doc.Document{Date: "2024-07", Events: []doc.Event{
		pe("CONSULT", "RUS", "PRK"), pe("AGREE", "RUS", "PRK"), pe("SUPPORT", "PRK", "RUS"), pe("AID", "RUS", "PRK"),
	}}
	d.Events[0].Date = "2024-06"
	d.Events[1].Date = "2024-06-20" // wrong precision
	d.Events[2].Date = "2024-07"
	_, pairs := ScoreEvents(g.Events, d.Events)
	s := ScoreTimes(g, d, pairs)
	if s.DocDate != (Acc{1, 1}) || s.EventDates != (Acc{1, 2}) || s.Value != (Acc{2, 3}) {
		t.Errorf("got %+v", s)
	}
	if want := []string{"AGREE RUS>PRK: 2024-06-20, gold 2024-06"}; len(s.WrongDates) != 1 || s.WrongDates[0] != want[0] {
		t.Errorf("wrong dates %q, want %q", s.WrongDates, want)
	}
	if s.DropHeldOut(); s.WrongDates != nil {
		t.Errorf("DropHeldOut kept the wrong dates")
	}
	d.Date = ""
	g.Date = ""
	if s := ScoreTimes(g, d, pairs); s.DocDate != (Acc{}) {
		t.Errorf("null gold date counted: %+v", s)
	}
}
