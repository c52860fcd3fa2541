package eval

import (
	"reflect"
	"testing"

	"github.com/kronika/kronika/doc"
)

func ge(typ, src, tgt string, required, symmetric bool) GoldEvent {
	return GoldEvent{Type: typ, SourceCountry: src, TargetCountry: tgt, Required: required, Symmetric: symmetric}
}

func pe(typ, src, tgt string) doc.Event {
	e := doc.Event{Type: typ}
	if src != "" {
		e.Source = &doc.Participant{Country: src}
	}
	if tgt != "" {
		e.Target = &doc.Participant{Country: tgt}
	}
	return e
}

func TestScoreEvents(t *testing.T) {
	for _, tc := range []struct {
		name           string
		gold           []GoldEvent
		pred           []doc.Event
		full, typ, dy  PRF
		pairs          []int
		missed, spurio []string
	}{
		{
			name: "exact match",
			gold: []GoldEvent{ge("CONSULT", "RUS", "PRK", true, false)},
			pred: []doc.Event{pe("CONSULT", "RUS", "PRK")},
			full: PRF{1, 1, 1, 1}, typ: PRF{1, 1, 1, 1}, dy: PRF{1, 1, 1, 1},
			pairs: []int{0},
		},
		{
			name: "reversed, not symmetric: wrong; type-only still right",
			gold: []GoldEvent{ge("CONSULT", "RUS", "PRK", true, false)},
			pred: []doc.Event{pe("CONSULT", "PRK", "RUS")},
			full: PRF{0, 1, 0, 1}, typ: PRF{1, 1, 1, 1}, dy: PRF{0, 1, 0, 1},
			pairs: []int{-1}, missed: []string{"CONSULT RUS>PRK"}, spurio: []string{"CONSULT PRK>RUS"},
		},
		{
			name: "reversed, symmetric: right",
			gold: []GoldEvent{ge("AGREE", "RUS", "PRK", true, true)},
			pred: []doc.Event{pe("AGREE", "PRK", "RUS")},
			full: PRF{1, 1, 1, 1}, typ: PRF{1, 1, 1, 1}, dy: PRF{1, 1, 1, 1},
			pairs: []int{0},
		},
		{
			name: "wrong type: dyad-only right",
			gold: []GoldEvent{ge("SUPPORT", "PRK", "RUS", true, false)},
			pred: []doc.Event{pe("AID", "PRK", "RUS")},
			full: PRF{0, 1, 0, 1}, typ: PRF{0, 1, 0, 1}, dy: PRF{1, 1, 1, 1},
			pairs: []int{-1}, missed: []string{"SUPPORT PRK>RUS"}, spurio: []string{"AID PRK>RUS"},
		},
		{
			name: "optional gold: correct prediction, not in recall",
			gold: []GoldEvent{ge("CONSULT", "RUS", "PRK", true, false), ge("REJECT", "PRK", "RUS", false, false)},
			pred: []doc.Event{pe("REJECT", "PRK", "RUS")},
			full: PRF{1, 1, 0, 1}, typ: PRF{1, 1, 0, 1}, dy: PRF{1, 1, 0, 1},
			pairs: []int{1}, missed: []string{"CONSULT RUS>PRK"},
		},
		{
			name: "duplicate prediction: one gold event is matched once",
			gold: []GoldEvent{ge("ASSAULT", "RUS", "UKR", true, false)},
			pred: []doc.Event{pe("ASSAULT", "RUS", "UKR"), pe("ASSAULT", "RUS", "UKR")},
			full: PRF{1, 2, 1, 1}, typ: PRF{1, 2, 1, 1}, dy: PRF{1, 2, 1, 1},
			pairs: []int{0, -1}, spurio: []string{"ASSAULT RUS>UKR"},
		},
		{
			name: "required gold is preferred to an optional twin",
			gold: []GoldEvent{ge("CONSULT", "RUS", "PRK", false, false), ge("CONSULT", "RUS", "PRK", true, false)},
			pred: []doc.Event{pe("CONSULT", "RUS", "PRK")},
			full: PRF{1, 1, 1, 1}, typ: PRF{1, 1, 1, 1}, dy: PRF{1, 1, 1, 1},
			pairs: []int{1},
		},
		{
			name: "direct match is preferred to a symmetric one",
			gold: []GoldEvent{ge("AGREE", "RUS", "PRK", true, true), ge("AGREE", "RUS", "PRK", true, false)},
			pred: []doc.Event{pe("AGREE", "RUS", "PRK"), pe("AGREE", "PRK", "RUS")},
			full: PRF{2, 2, 2, 2}, typ: PRF{2, 2, 2, 2}, dy: PRF{2, 2, 2, 2},
			pairs: []int{1, 0},
		},
		{
			name: "null gold country matches a missing participant only",
			gold: []GoldEvent{ge("ASSAULT", "", "AFG", true, false)},
			pred: []doc.Event{pe("ASSAULT", "PAK", "AFG"), pe("ASSAULT", "", "AFG")},
			full: PRF{1, 2, 1, 1}, typ: PRF{1, 2, 1, 1}, dy: PRF{1, 2, 1, 1},
			pairs: []int{-1, 0}, spurio: []string{"ASSAULT PAK>AFG"},
		},
		{
			name: "zero predictions",
			gold: []GoldEvent{ge("ASSAULT", "RUS", "UKR", true, false), ge("AID", "USA", "UKR", false, false)},
			full: PRF{0, 0, 0, 1}, typ: PRF{0, 0, 0, 1}, dy: PRF{0, 0, 0, 1},
			pairs: []int{}, missed: []string{"ASSAULT RUS>UKR"},
		},
		{
			name: "zero gold",
			pred: []doc.Event{pe("ASSAULT", "RUS", "UKR")},
			full: PRF{0, 1, 0, 0}, typ: PRF{0, 1, 0, 0}, dy: PRF{0, 1, 0, 0},
			pairs: []int{-1}, spurio: []string{"ASSAULT RUS>UKR"},
		},
		{
			name: "type-only and dyad-only are one-to-one too",
			gold: []GoldEvent{ge("ASSAULT", "RUS", "UKR", true, false)},
			pred: []doc.Event{pe("ASSAULT", "UKR", "RUS"), pe("COERCE", "RUS", "UKR"), pe("ASSAULT", "RUS", "UKR")},
			full: PRF{1, 3, 1, 1}, typ: PRF{1, 3, 1, 1}, dy: PRF{1, 3, 1, 1},
			pairs: []int{-1, -1, 0}, spurio: []string{"ASSAULT UKR>RUS", "COERCE RUS>UKR"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, pairs := ScoreEvents(tc.gold, tc.pred)
			if s.Full != tc.full || s.TypeOnly != tc.typ || s.DyadOnly != tc.dy {
				t.Errorf("full %+v type %+v dyad %+v\nwant    %+v      %+v      %+v", s.Full, s.TypeOnly, s.DyadOnly, tc.full, tc.typ, tc.dy)
			}
			if !reflect.DeepEqual(pairs, tc.pairs) {
				t.Errorf("pairs %v, want %v", pairs, tc.pairs)
			}
			if !reflect.DeepEqual(s.Missed, tc.missed) || !reflect.DeepEqual(s.Spurious, tc.spurio) {
				t.Errorf("missed %q spurious %q, want %q %q", s.Missed, s.Spurious, tc.missed, tc.spurio)
			}
		})
	}
}

// TestScoreEventsRetyped: a spurious prediction is paired with an unmatched
// gold event of its dyad and another type; a matched gold event, another
// dyad or the same type is no such pair, and each gold event pairs once.
func TestScoreEventsRetyped(t *testing.T) {
	for _, tc := range []struct {
		name string
		gold []GoldEvent
		pred []doc.Event
		want []string
	}{
		{
			name: "wrong type, right dyad",
			gold: []GoldEvent{ge("COERCE", "PAK", "PAK", true, false)},
			pred: []doc.Event{pe("ACCUSE", "PAK", "PAK")},
			want: []string{"ACCUSE PAK>PAK, gold COERCE PAK>PAK"},
		},
		{
			name: "a symmetric gold event in either order",
			gold: []GoldEvent{ge("CONSULT", "DEU", "UKR", true, true)},
			pred: []doc.Event{pe("AGREE", "UKR", "DEU")},
			want: []string{"AGREE UKR>DEU, gold CONSULT DEU<>UKR"},
		},
		{
			name: "another dyad is no confusion",
			gold: []GoldEvent{ge("REJECT", "POL", "AUT", true, false)},
			pred: []doc.Event{pe("AGREE", "RUS", "UKR")},
		},
		{
			name: "a gold event matched fully is not paired again",
			gold: []GoldEvent{ge("ASSAULT", "RUS", "UKR", true, false)},
			pred: []doc.Event{pe("ASSAULT", "RUS", "UKR"), pe("COERCE", "RUS", "UKR")},
		},
		{
			name: "each gold event once, a required one first",
			gold: []GoldEvent{ge("SUPPORT", "USA", "RUS", false, false), ge("ACCUSE", "USA", "RUS", true, false)},
			pred: []doc.Event{pe("AGREE", "USA", "RUS"), pe("THREATEN", "USA", "RUS"), pe("REQUEST", "USA", "RUS")},
			want: []string{"AGREE USA>RUS, gold ACCUSE USA>RUS", "THREATEN USA>RUS, gold SUPPORT USA>RUS"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, _ := ScoreEvents(tc.gold, tc.pred)
			if !reflect.DeepEqual(s.Retyped, tc.want) {
				t.Errorf("retyped %q, want %q", s.Retyped, tc.want)
			}
		})
	}
}
