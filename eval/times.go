package eval

import (
	"fmt"

	"github.com/kronika/kronika/doc"
)

// TimeScore measures resolved time values. Gold files carry two kinds: the
// publication date of the document and the date of each event. The document
// date counts when the gold date is not null; an event date counts for each
// gold event with a date that a prediction matched (fully), and is right when
// the predicted event's date is the same string (same value, same
// precision: "2024-06" is not "2024-06-20").
type TimeScore struct {
	Value      Acc `json:"value"`    // both kinds together
	DocDate    Acc `json:"document"` // publication date
	EventDates Acc `json:"events"`   // dates of matched events
	// WrongDates lists the matched events whose date is not gold's
	// ("TYPE SRC>TGT: 2024-06-20, gold 2024-06"), for --details; kept on
	// the tuning and dev splits only (DropHeldOut).
	WrongDates []string `json:"-"`
}

// Add adds the counts of o to s.
func (s *TimeScore) Add(o TimeScore) {
	s.Value.Add(o.Value)
	s.DocDate.Add(o.DocDate)
	s.EventDates.Add(o.EventDates)
}

// ScoreTimes scores the dates of d against g; pairs comes from ScoreEvents.
func ScoreTimes(g *GoldFile, d *doc.Document, pairs []int) TimeScore {
	var s TimeScore
	if g.Date != "" {
		s.DocDate.Total++
		if d.Date == g.Date {
			s.DocDate.Correct++
		}
	}
	for i, j := range pairs {
		if j < 0 || g.Events[j].Date == "" {
			continue
		}
		s.EventDates.Total++
		if d.Events[i].Date == g.Events[j].Date {
			s.EventDates.Correct++
		} else {
			s.WrongDates = append(s.WrongDates, fmt.Sprintf("%s: %s, gold %s", describeGold(g.Events[j]), orDash(d.Events[i].Date), g.Events[j].Date))
		}
	}
	s.Value.Add(s.DocDate)
	s.Value.Add(s.EventDates)
	return s
}

// DropHeldOut forgets the wrong dates, as a held-out document's are never
// shown.
func (s *TimeScore) DropHeldOut() {
	s.WrongDates = nil
}
