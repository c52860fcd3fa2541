package store

import (
	"path/filepath"
	"reflect"
	"testing"
)

// generatedReader writes a database of synthetic events (Generate with
// o) and opens it read-only, as kronika serve does; it is closed when
// the test ends.
func generatedReader(t *testing.T, o GenOptions) *Store {
	t.Helper()
	path := filepath.Join(t.TempDir(), "g.db")
	w, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Generate(ctx, o); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	s, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		s.CloseStatements()
		s.Close()
	})
	return s
}

// TestPagesMatchEventsAfter pages through generated events with PageIDs
// and EventsByIDs and checks each page against EventsAfter followed by
// LoadMentions, filter by filter (including the two-index plan of an
// actor or a country on either side, and dates shared across a page's
// end).
func TestPagesMatchEventsAfter(t *testing.T) {
	s := generatedReader(t, GenOptions{Events: 1500, Seed: 11})
	for _, f := range []Filter{
		{},
		{Country: "POL"},
		{Actor: "RUS"},
		{Actor: "USAGOV", Quad: 1},
		{Country: "UKR", Type: "ASSAULT"},
		{Country: "RUS", Actor: "UKR"},
		{Dyad: "RUS-UKR"},
		{Type: "CONSULT", Since: "2024-03", Until: "2024-06"},
		{Lang: "pl", MinMentions: 2},
		{Country: "XXX"},
	} {
		// The whole sequence, the old way.
		all := f
		all.Limit = 0
		want, err := s.EventsAfter(ctx, all, nil)
		if err != nil {
			t.Fatal(err)
		}
		var got []Event
		var cur *Cursor
		for pages := 0; ; pages++ {
			ids, err := s.PageIDs(ctx, f, cur, 37)
			if err != nil {
				t.Fatalf("%+v: %v", f, err)
			}
			if len(ids) == 0 {
				break
			}
			evs, err := s.EventsByIDs(ctx, ids, true)
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, evs...)
			last := evs[len(evs)-1]
			cur = &Cursor{Date: last.Date, ID: last.ID}
			if pages > 100 {
				t.Fatalf("%+v: paging does not end", f)
			}
		}
		if len(got) != len(want) {
			t.Fatalf("%+v: %d events in pages, %d in one query", f, len(got), len(want))
		}
		if f.Country == "XXX" && len(got) != 0 {
			t.Fatalf("unknown country matched %d events", len(got))
		}
		if err := s.LoadMentions(ctx, want); err != nil {
			t.Fatal(err)
		}
		for i := range want {
			for j := range want[i].Mentions {
				// Fields only the exports read; the page leaves them out.
				want[i].Mentions[j].DocLen, want[i].Mentions[j].SentenceIdx = 0, 0
			}
			if !reflect.DeepEqual(got[i], want[i]) {
				t.Fatalf("%+v: event %d differs:\n got %+v\nwant %+v", f, i, got[i], want[i])
			}
		}
	}
	// Without mentions the source URL still comes.
	ids, err := s.PageIDs(ctx, Filter{}, nil, 5)
	if err != nil {
		t.Fatal(err)
	}
	evs, err := s.EventsByIDs(ctx, append(ids, 1<<40), false)
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 5 || evs[0].SourceURL == "" || evs[0].Mentions != nil {
		t.Errorf("events without mentions: %d, %+v", len(evs), evs[0])
	}
	v, err := s.NewDataVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	a, err1 := v.Get(ctx)
	b, err2 := v.Get(ctx)
	if err1 != nil || err2 != nil || a != b {
		t.Errorf("data version changed without a commit: %d %d %v %v", a, b, err1, err2)
	}
	v.Close()
}

// TestDataVersionSeesCommits: a commit by another connection changes the
// version a reader sees.
func TestDataVersionSeesCommits(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v.db")
	w, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if err := w.Generate(ctx, GenOptions{Events: 10, Seed: 1}); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	r, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	v, err := r.NewDataVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer v.Close()
	before, err := v.Get(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Add(ctx, mkDoc(t, "x.txt", "2024-06-20", "Wczoraj Kima odwiedził Putin.", visit)); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	after, err := v.Get(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if after == before {
		t.Errorf("data version %d unchanged after a commit", before)
	}
}
