package store

import "testing"

func TestGenerate(t *testing.T) {
	s := openTemp(t)
	if err := s.Generate(ctx, GenOptions{Events: 3000, Seed: 1}); err != nil {
		t.Fatal(err)
	}
	c := counts(t, s)
	if c.Events != 3000 || c.Mentions < 3000 || c.Sentences != c.Mentions || c.Documents < c.Mentions/5 {
		t.Fatalf("counts %+v", c)
	}
	var sum, articles int64
	s.r.QueryRow("SELECT sum(num_mentions), sum(num_articles) FROM events").Scan(&sum, &articles)
	if sum != c.Mentions || articles != c.Mentions {
		t.Errorf("sum(num_mentions) %d, sum(num_articles) %d, mentions %d", sum, articles, c.Mentions)
	}
	// Every event's articles are distinct documents.
	var bad int
	s.r.QueryRow(`SELECT count(*) FROM events e WHERE num_articles <> (SELECT count(DISTINCT doc) FROM mentions WHERE event = e.id)
		OR num_sources <> (SELECT count(DISTINCT d.site) FROM mentions m JOIN documents d ON d.rowid = m.doc WHERE m.event = e.id)`).Scan(&bad)
	if bad != 0 {
		t.Errorf("%d events with wrong article or source counts", bad)
	}
	evs, err := s.Events(ctx, Filter{Country: "RUS", Limit: 50})
	if err != nil || len(evs) != 50 {
		t.Fatalf("%d events, %v", len(evs), err)
	}
	if err := s.LoadMentions(ctx, evs); err != nil {
		t.Fatal(err)
	}
	for _, e := range evs {
		for _, m := range e.Mentions {
			r := []rune(m.Sentence.Text)
			if m.Trigger.Text == "" || len(r) == 0 || r[0] == ' ' || string(r[m.Trigger.Start-m.Sentence.Start:m.Trigger.End-m.Sentence.Start]) != m.Trigger.Text {
				t.Fatalf("mention %+v", m)
			}
		}
	}
	if evs, _ := s.Events(ctx, Filter{Q: "rosja"}); len(evs) == 0 {
		t.Error("no event found by --q rosja")
	}
}

// TestPagedQueriesAgree checks the paged plans (two index scans for a
// country or actor, FTS in rowid order) against the whole result.
func TestPagedQueriesAgree(t *testing.T) {
	s := openTemp(t)
	if err := s.Generate(ctx, GenOptions{Events: 4000, Seed: 2}); err != nil {
		t.Fatal(err)
	}
	for _, f := range []Filter{
		{Country: "POL"}, {Country: "USA", Type: "CONSULT"}, {Actor: "RUSGOV"}, {Actor: "UKR", Since: "2024-06"},
		{Q: "rosja"}, {Q: "polska", Country: "POL"}, {Q: "zaatakował", Type: "ASSAULT", Until: "2024-05"},
	} {
		all, err := s.Events(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		if len(all) < 30 {
			t.Errorf("%+v: only %d events", f, len(all))
			continue
		}
		for _, page := range [][2]int{{20, 0}, {7, 11}} {
			p := f
			p.Limit, p.Offset = page[0], page[1]
			got, err := s.Events(ctx, p)
			if err != nil {
				t.Fatal(err)
			}
			want := all[page[1] : page[1]+page[0]]
			for i := range want {
				if got[i].ID != want[i].ID {
					t.Errorf("%+v: event %d is %d, want %d", p, i, got[i].ID, want[i].ID)
					break
				}
			}
		}
		if f.Country != "" {
			for _, e := range all {
				if e.Source.Country != f.Country && e.Target.Country != f.Country {
					t.Fatalf("%+v: event %+v", f, e)
				}
			}
		}
	}
}

func TestCountByDateDyad(t *testing.T) {
	s := openTemp(t)
	if err := s.Generate(ctx, GenOptions{Events: 3000, Seed: 3}); err != nil {
		t.Fatal(err)
	}
	for _, dyad := range []string{"USA-RUS", "RUS>USA", "USAGOV-RUS"} {
		evs, err := s.Events(ctx, Filter{Dyad: dyad})
		if err != nil || len(evs) == 0 {
			t.Fatalf("%s: %d events, %v", dyad, len(evs), err)
		}
		want := map[string]int{}
		for _, e := range evs {
			want[e.Date]++
		}
		days, err := s.CountByDate(ctx, Filter{Dyad: dyad})
		if err != nil {
			t.Fatal(err)
		}
		total := 0
		for _, d := range days {
			total += d.Count
			if want[d.Date] != d.Count {
				t.Errorf("%s %s: %d, want %d", dyad, d.Date, d.Count, want[d.Date])
			}
		}
		if total != len(evs) {
			t.Errorf("%s: %d counted, %d events", dyad, total, len(evs))
		}
	}
}
