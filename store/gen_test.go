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
