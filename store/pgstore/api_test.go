package pgstore

import (
	"bytes"
	"encoding/json"
	"log"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/kronika/kronika/api"
	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/ingest"
	"github.com/kronika/kronika/internal/pgtest"
	"github.com/kronika/kronika/pipeline"
	"github.com/kronika/kronika/store"
)

// TestServeSameAsSQLite stores the same coded documents in SQLite and in
// PostgreSQL, serves each with kronika serve's handler (package api) and
// asks both every route of the API and the UI: the status, the content
// type and every byte of the answer must be the same.
//
// Ids and time stamps are the database's own (PostgreSQL's upserts use up
// sequence numbers, and the two stores are written seconds apart), so
// before the comparison the PostgreSQL events take the ids of the SQLite
// events with the same reports, and every row the time stamps of its
// SQLite twin; nothing else is touched.
func TestServeSameAsSQLite(t *testing.T) {
	docs := articles(t, 40)
	p := pipeline.New()
	for _, text := range []string{
		"Russia attacked Ukraine with missiles on Monday. The French president met the German chancellor in Paris.",
		"Premier Donald Tusk spotkał się z prezydentem Ukrainy Wołodymyrem Zełenskim w Kijowie. Rosja zaatakowała Ukrainę rakietami.",
	} {
		d := &doc.Document{Source: "https://news.example/" + doc.Hash(text)[:8], Date: "2025-03-03", Text: text, Format: "text"}
		if err := p.Process(d); err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	examples, _ := filepath.Glob("../../examples/*.txt")
	for _, name := range examples {
		ds, errs := ingest.ReadInput(name, nil)
		if len(errs) > 0 {
			t.Fatal(errs)
		}
		for _, d := range ds {
			if err := p.Process(d); err != nil {
				t.Fatal(err)
			}
			docs = append(docs, d)
		}
	}

	sq, err := store.Open(filepath.Join(t.TempDir(), "k.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer sq.Close()
	sq.KeyOnly = true // the merge rule of the PostgreSQL store
	pg := pgtest.Start(t)
	pgs, err := Open(ctx, pg.NewDatabase("serve"), 4)
	if err != nil {
		t.Fatal(err)
	}
	defer pgs.Close()
	// One writer each, in the same order: events are created in the same
	// order, so within a date they sort alike.
	for _, d := range docs {
		if _, err := sq.Add(ctx, d); err != nil {
			t.Fatal(err)
		}
		if _, err := pgs.Add(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	if err := sq.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	align(t, sq, pgs)

	serve := func(r store.Reader) http.Handler {
		s, err := api.New(r, api.Options{CacheBytes: -1, Logger: log.New(testLog{t}, "", 0)})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}
	hs, hp := serve(sq), serve(pgs)

	// What to ask for: ids, documents and codes the stores hold.
	evs, err := sq.Events(ctx, store.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	var merged, single int64
	codes := map[string]bool{}
	for _, e := range evs {
		if e.NumArticles > 1 && merged == 0 {
			merged = e.ID
		}
		if e.NumArticles == 1 && single == 0 {
			single = e.ID
		}
		codes[e.Source.Actor], codes[e.Target.Actor] = true, true
	}
	if merged == 0 || single == 0 {
		t.Fatalf("no merged or no single event among %d: the comparison would miss one", len(evs))
	}
	dp, err := sq.DocumentPage(ctx, store.DocPageFilter{}, 0, 1000)
	if err != nil || len(dp) != len(docs) {
		t.Fatalf("%d documents listed of %d: %v", len(dp), len(docs), err)
	}
	paths := []string{
		"/api/v1/events", "/api/v1/events?limit=7", "/api/v1/events?limit=5&mentions=1", "/api/v1/events?country=UKR&mentions=1",
		"/api/v1/events?actor=POL", "/api/v1/events?dyad=RUS-UKR", "/api/v1/events?dyad=RUS>UKR", "/api/v1/events?type=CONSULT",
		"/api/v1/events?since=2024-03-02&until=2024-03-03", "/api/v1/events?until=2024-03", "/api/v1/events?min_mentions=2",
		"/api/v1/events?lang=en", "/api/v1/events?source=site1.example", "/api/v1/events?q=rakietami&mentions=1",
		"/api/v1/events?q=rakiet*&limit=2", "/api/v1/events?q=missiles", "/api/v1/events?q=nieznane+slowo", "/api/v1/events?quad=4",
		"/api/v1/events?cameo=04&modality=asserted", "/api/v1/events?limit=0", "/api/v1/events?cursor=bad",
		"/api/v1/events/" + strconv.FormatInt(merged, 10), "/api/v1/events/" + strconv.FormatInt(single, 10), "/api/v1/events/999999",
		"/api/v1/documents", "/api/v1/documents?limit=3", "/api/v1/documents?lang=en", "/api/v1/documents?source=site2.example",
		"/api/v1/documents?since=2024-03-03&until=2024-03-04", "/api/v1/documents?q=rakietami", "/api/v1/documents?q=Łódź",
		"/api/v1/documents?q=***", "/api/v1/documents/" + dp[0].ID, "/api/v1/documents/" + dp[len(dp)-1].ID, "/api/v1/documents/0000",
		"/api/v1/counts", "/api/v1/counts?by=quad&interval=day", "/api/v1/counts?by=type&interval=week&country=POL",
		"/api/v1/network", "/api/v1/network?since=2024-03&limit=3", "/api/v1/network?type=ASSAULT",
		"/api/v1/actors?q=rus", "/api/v1/actors?q=UKR&limit=2", "/api/v1/actors?q=Zełensk", "/api/v1/actors?q=tusk",
		"/api/v1/actors?q=nikt", "/api/v1/actors?q=", "/api/v1/actors/RUS", "/api/v1/actors/POLGOV?by=type&interval=day",
		"/api/v1/actors/ZZZ", "/api/v1/openapi.json",
		"/api/v1/events.csv", "/api/v1/events.gdelt.tsv?country=UKR", "/api/v1/events.jsonl?q=rakietami", "/api/v1/mentions.gdelt.tsv",
		"/api/v1/export?format=plover", "/api/v1/export?format=daily&dyad=RUS-UKR", "/api/v1/export?format=csv&limit=3",
		"/", "/events?doclang=pl&lang=en", "/events?country=UKR&q=rakietami", "/events/" + strconv.FormatInt(merged, 10),
		"/documents/" + dp[0].ID, "/documents/" + dp[len(dp)-1].ID, "/timeline", "/timeline?by=quad&interval=day",
		"/network", "/network?since=2024-03", "/actors", "/actors?q=ros", "/actors/UKR", "/actors/RUSGOV?lang=en", "/nothing",
	}
	for c := range codes {
		if c != "" {
			paths = append(paths, "/api/v1/actors/"+url.PathEscape(c))
		}
	}
	sort.Strings(paths[len(paths)-len(codes):])
	compared, notOK := 0, 0
	for _, path := range paths {
		a, b := ask(hs, path), ask(hp, path)
		if a.Code != b.Code || a.Header().Get("Content-Type") != b.Header().Get("Content-Type") || !bytes.Equal(a.Body.Bytes(), b.Body.Bytes()) {
			t.Errorf("GET %s:\nSQLite     %d %s %s\nPostgreSQL %d %s %s", path, a.Code, a.Header().Get("Content-Type"), clip(a.Body.String()),
				b.Code, b.Header().Get("Content-Type"), clip(b.Body.String()))
			continue
		}
		compared++
		if a.Code != 200 {
			notOK++
		}
		// Follow the next pages: each store's own cursor.
		next := nextCursor(a.Body.Bytes())
		for pages := 0; next != "" && pages < 20; pages++ {
			u, _ := url.Parse(path)
			q := u.Query()
			q.Set("cursor", next)
			u.RawQuery = q.Encode()
			a, b = ask(hs, u.String()), ask(hp, u.String())
			if a.Code != 200 || !bytes.Equal(a.Body.Bytes(), b.Body.Bytes()) {
				t.Errorf("GET %s:\nSQLite     %d %s\nPostgreSQL %d %s", u, a.Code, clip(a.Body.String()), b.Code, clip(b.Body.String()))
				break
			}
			compared++
			next = nextCursor(a.Body.Bytes())
		}
	}
	if notOK > 12 || compared < len(paths) {
		t.Errorf("%d answers compared, %d of them errors: the comparison proves little", compared, notOK)
	}
	t.Logf("%d answers the same (%d of them errors), %d events, %d documents", compared, notOK, len(evs), len(docs))
}

type testLog struct{ t *testing.T }

func (l testLog) Write(b []byte) (int, error) { l.t.Logf("serve: %s", b); return len(b), nil }

func ask(h http.Handler, path string) *httptest.ResponseRecorder {
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest("GET", path, nil))
	return w
}

func nextCursor(body []byte) string {
	var v struct {
		Next *string `json:"next"`
	}
	if json.Unmarshal(body, &v) != nil || v.Next == nil {
		return ""
	}
	return *v.Next
}

func clip(s string) string {
	if len(s) > 3000 {
		return s[:3000] + "…"
	}
	return s
}

// align gives the PostgreSQL events the ids of their SQLite twins (the
// event with the same type, date, sides and reports), and every event and
// document the time stamps of its twin.
func align(t *testing.T, sq *store.Store, p *Store) {
	t.Helper()
	sig := func(e store.Event) string {
		s := []string{e.Type, e.Date, e.Source.Actor, e.Source.Country, e.Target.Actor, e.Target.Country}
		for _, m := range e.Mentions {
			s = append(s, m.Document, strconv.Itoa(m.Trigger.Start))
		}
		return strings.Join(s, "|")
	}
	all := func(r store.Reader) []store.Event {
		evs, err := r.Events(ctx, store.Filter{})
		if err == nil {
			err = r.LoadMentions(ctx, evs)
		}
		if err != nil {
			t.Fatal(err)
		}
		return evs
	}
	twin := map[string]store.Event{}
	for _, e := range all(sq) {
		twin[sig(e)] = e
	}
	tx, err := p.pool.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback(ctx)
	// No foreign key checks while ids change (the test cluster's user is
	// a superuser); through negative ids, so no two rows meet.
	if _, err := tx.Exec(ctx, "SET LOCAL session_replication_role = replica"); err != nil {
		t.Fatal(err)
	}
	pev := all(p)
	if len(pev) != len(twin) {
		t.Fatalf("%d events in PostgreSQL, %d in SQLite", len(pev), len(twin))
	}
	for _, e := range pev {
		o, ok := twin[sig(e)]
		if !ok {
			t.Fatalf("PostgreSQL event %d (%s) has no twin in SQLite", e.ID, sig(e))
		}
		if _, err := tx.Exec(ctx, "UPDATE events SET id = $1, first_seen = $2, last_seen = $3 WHERE id = $4", -o.ID, o.FirstSeen, o.LastSeen, e.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := tx.Exec(ctx, "UPDATE mentions SET event = $1 WHERE event = $2", -o.ID, e.ID); err != nil {
			t.Fatal(err)
		}
	}
	for _, q := range []string{"UPDATE events SET id = -id", "UPDATE mentions SET event = -event"} {
		if _, err := tx.Exec(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	dp, err := sq.DocumentPage(ctx, store.DocPageFilter{}, 0, 100000)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range dp {
		if _, err := tx.Exec(ctx, "UPDATE documents SET ingested_at = $1 WHERE id = $2", d.IngestedAt, d.ID); err != nil {
			t.Fatal(err)
		}
	}
	if err := tx.Commit(ctx); err != nil {
		t.Fatal(err)
	}
}
