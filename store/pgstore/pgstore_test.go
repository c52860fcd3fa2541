package pgstore

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"sync"
	"testing"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/ingest"
	"github.com/kronika/kronika/internal/pgtest"
	"github.com/kronika/kronika/pipeline"
	"github.com/kronika/kronika/store"
)

var ctx = context.Background()

// articles codes n short Polish articles with the pipeline. Articles i
// and i+4k report the same act on the same day (until the day changes),
// from two sites, so events merge across them and num_sources counts
// sites; each has a sentence of its own, so no two texts are equal.
func articles(t *testing.T, n int) []*doc.Document {
	t.Helper()
	acts := []string{
		"Premier Donald Tusk spotkał się z prezydentem Ukrainy Wołodymyrem Zełenskim w Kijowie.",
		"Rosja zaatakowała Ukrainę rakietami.",
		"Prezydent Andrzej Duda odwiedził Litwę.",
		"Polska przekazała Ukrainie pomoc humanitarną.",
	}
	p := pipeline.New()
	var out []*doc.Document
	for i := range n {
		day := 1 + (i/(2*len(acts)))%5
		text := fmt.Sprintf(" date 2024-03-%02d\n%s Tak podała agencja w depeszy numer %d. Więcej szczegółów nie podano.\n", day, acts[i%len(acts)], i)
		docs, errs := ingest.Read(fmt.Sprintf("https://site%d.example/a%d", i%3, i), []byte(text))
		if len(errs) > 0 || len(docs) != 1 {
			t.Fatalf("read: %v", errs)
		}
		if err := p.Process(docs[0]); err != nil {
			t.Fatal(err)
		}
		out = append(out, docs[0])
	}
	return out
}

// comparable drops what differs between two stores by nature: ids and
// time stamps.
func comparable(evs []store.Event) []store.Event {
	out := make([]store.Event, len(evs))
	for i, e := range evs {
		e.ID, e.FirstSeen, e.LastSeen = 0, "", ""
		ms := make([]store.Mention, len(e.Mentions))
		for j, m := range e.Mentions {
			m.ID, m.Event, m.IngestedAt = 0, 0, ""
			ms[j] = m
		}
		e.Mentions = ms
		out[i] = e
	}
	return out
}

func key(e store.Event) string {
	b, _ := json.Marshal(struct {
		T, D, S, G string
		M          int
	}{e.Type, e.Date, e.Source.Actor + e.Source.Country, e.Target.Actor + e.Target.Country, e.NumMentions})
	return string(b)
}

// TestSameAsSQLite stores the same coded articles in SQLite (one writer)
// and in PostgreSQL (eight writers at once, every article twice) and
// compares what every query of the server returns.
func TestSameAsSQLite(t *testing.T) {
	docs := articles(t, 40)
	pg := pgtest.Start(t)
	p, err := Open(ctx, pg.NewDatabase("same"), 16)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	// A second Open (another worker starting) finds the schema in place.
	if p2, err := Open(ctx, pg.URL("same"), 2); err != nil {
		t.Fatal(err)
	} else {
		p2.Close()
	}
	sq, err := store.Open(filepath.Join(t.TempDir(), "k.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer sq.Close()
	sq.KeyOnly = true // the merge rule of this store
	for _, d := range docs {
		if _, err := sq.Add(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	newDocs := 0
	for w := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range docs {
				d := docs[(i+w*5)%len(docs)]
				res, err := p.Add(ctx, d)
				if err != nil {
					t.Error(err)
					return
				}
				if res.New {
					mu.Lock()
					newDocs++
					mu.Unlock()
				}
			}
		}()
	}
	wg.Wait()
	if newDocs != len(docs) {
		t.Errorf("%d documents reported new, want %d", newDocs, len(docs))
	}
	cs, _ := sq.Counts(ctx)
	cp, err := p.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if cs != cp {
		t.Fatalf("counts: SQLite %+v, PostgreSQL %+v", cs, cp)
	}
	if cs.Events >= cs.Mentions {
		t.Fatalf("counts %+v: no event merged across documents, the test proves nothing", cs)
	}
	if located, _ := p.Events(ctx, store.Filter{Country: "UKR"}); len(located) == 0 || !slices.ContainsFunc(located, func(e store.Event) bool { return e.Location != nil }) {
		t.Fatalf("no event with a place: the places are not compared")
	}

	filters := []store.Filter{
		{}, {Limit: 7}, {Limit: 5, Offset: 3}, {Country: "UKR"}, {Actor: "POL", Limit: 4}, {Dyad: "RUS>UKR"}, {Dyad: "POL-UKR"},
		{Type: "ASSAULT"}, {Since: "2024-03-02", Until: "2024-03-03"}, {Until: "2024-03"}, {MinMentions: 2}, {Lang: "pl"},
		{Source: "site1.example"}, {Q: "rakietami"}, {Q: "rakiet*", Limit: 3}, {Q: "łódź nieznana"}, {Q: "**"}, {Quad: 4},
	}
	for _, f := range filters {
		a, err := sq.Events(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		b, err := p.Events(ctx, f)
		if err != nil {
			t.Fatalf("%+v: %v", f, err)
		}
		if err := sq.LoadMentions(ctx, a); err != nil {
			t.Fatal(err)
		}
		if err := p.LoadMentions(ctx, b); err != nil {
			t.Fatal(err)
		}
		// Ids differ, and within a date the events come in id order,
		// which is the order workers created them in: compare as sets
		// when f has no limit, else the keys of the page's dates.
		ca, cb := comparable(a), comparable(b)
		if f.Limit == 0 && f.Q == "" {
			ma := map[string]store.Event{}
			for _, e := range ca {
				ma[key(e)] = e
			}
			if len(ca) != len(cb) {
				t.Errorf("%+v: %d events in SQLite, %d in PostgreSQL", f, len(ca), len(cb))
				continue
			}
			for _, e := range cb {
				if o := ma[key(e)]; o.NumSources != e.NumSources || o.NumArticles != e.NumArticles ||
					len(o.Mentions) != len(e.Mentions) || o.SourceURL == "" || e.SourceURL == "" || !reflect.DeepEqual(o.Location, e.Location) {
					t.Errorf("%+v: event %s differs:\nSQLite %+v\nPostgreSQL %+v", f, key(e), ma[key(e)], e)
				}
			}
		} else if len(ca) != len(cb) {
			t.Errorf("%+v: %d events in SQLite, %d in PostgreSQL", f, len(ca), len(cb))
		}
	}

	// One event, one document, counts per date and pairs.
	all, _ := p.Events(ctx, store.Filter{MinMentions: 2, Limit: 1})
	if len(all) == 0 {
		t.Fatal("no merged event")
	}
	e, err := p.EventByID(ctx, all[0].ID)
	if err != nil || len(e.Mentions) != e.NumMentions || e.NumArticles < 2 {
		t.Fatalf("EventByID: %+v, %v", e, err)
	}
	m := e.Mentions[0]
	if m.Trigger.Text == "" || m.Sentence.Text == "" || m.DocLen == 0 {
		t.Errorf("mention without text: %+v", m)
	}
	dp, err := p.DocumentByID(ctx, m.Document)
	if err != nil {
		t.Fatal(err)
	}
	ds, err := sq.DocumentByID(ctx, m.Document)
	if err != nil {
		t.Fatal(err)
	}
	dp.IngestedAt, ds.IngestedAt = "", ""
	for i := range dp.Mentions {
		dp.Mentions[i].Event = 0
		ds.Mentions[i].Event = 0
	}
	if !reflect.DeepEqual(dp, ds) {
		t.Errorf("document differs:\nSQLite %+v\nPostgreSQL %+v", ds, dp)
	}
	if _, err := p.DocumentByID(ctx, "nope"); err != store.ErrNoRow {
		t.Errorf("missing document: %v", err)
	}
	if _, err := p.EventByID(ctx, 1<<40); err != store.ErrNoRow {
		t.Errorf("missing event: %v", err)
	}
	for _, by := range []string{"type", "quad"} {
		a, err := sq.CountByDateAnd(ctx, store.Filter{}, by)
		if err != nil {
			t.Fatal(err)
		}
		b, err := p.CountByDateAnd(ctx, store.Filter{}, by)
		if err != nil {
			t.Fatal(err)
		}
		if !sameCounts(a, b) {
			t.Errorf("counts by date and %s:\nSQLite %v\nPostgreSQL %v", by, a, b)
		}
	}
	pa, _ := sq.Pairs(ctx, store.Filter{})
	pb, err := p.Pairs(ctx, store.Filter{})
	if err != nil || !reflect.DeepEqual(pa, pb) {
		t.Errorf("pairs:\nSQLite %v\nPostgreSQL %v (%v)", pa, pb, err)
	}
	// Keyset pages cover the events once each.
	seen := map[int64]bool{}
	var c *store.Cursor
	for {
		page, err := p.EventsAfter(ctx, store.Filter{Limit: 6}, c)
		if err != nil {
			t.Fatal(err)
		}
		if len(page) == 0 {
			break
		}
		for _, e := range page {
			if seen[e.ID] {
				t.Fatalf("event %d on two pages", e.ID)
			}
			seen[e.ID] = true
		}
		last := page[len(page)-1]
		c = &store.Cursor{Date: last.Date, ID: last.ID}
	}
	if int64(len(seen)) != cp.Events {
		t.Errorf("pages held %d events of %d", len(seen), cp.Events)
	}
	// The read-only connection refuses writes.
	ro, err := OpenReadOnly(ctx, pg.URL("same"), 2)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if _, err := ro.Add(ctx, articles(t, 41)[40]); err == nil {
		t.Error("a read-only store wrote a document")
	}
}

func sameCounts(a, b []store.KeyCount) bool {
	count := func(cs []store.KeyCount) map[store.KeyCount]int {
		m := map[store.KeyCount]int{}
		for _, c := range cs {
			m[c]++
		}
		return m
	}
	return len(a) == len(b) && reflect.DeepEqual(count(a), count(b))
}

func TestNumbered(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", ""},
		{" WHERE e.type = ?", " WHERE e.type = $3"},
		{"e.date >= ? AND e.date < 'A?' AND x = ?", "e.date >= $3 AND e.date < 'A?' AND x = $4"},
		{"(',' || e.context || ',') LIKE ?", "(',' || e.context || ',') LIKE $3"},
	} {
		if got := numbered(c.in, 3); got != c.want {
			t.Errorf("numbered(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestTSQuery(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Łódź", "'lodz'"},
		{"rakiet* Rosja", "'rakiet':* & 'rosja'"},
		{"a'b & c|!", "'a' & 'b' & 'c'"},
		{"** ", ""},
		{"a*b", ""},
	} {
		if got := tsQuery(c.in); got != c.want {
			t.Errorf("tsQuery(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
