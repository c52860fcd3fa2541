package api

import (
	"bufio"
	"encoding/json"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kronika/kronika/store"
)

// TestExportFormats: every format downloads for a filter, JSON Lines
// events carry their mentions, the mentions TSV has one row per mention,
// and /export serves the store's formats by name.
func TestExportFormats(t *testing.T) {
	ts := newServer(t, Options{})
	resp, body := get(t, ts, "/api/v1/events.jsonl?type=ASSAULT&limit=7")
	if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "application/jsonl") ||
		!strings.Contains(resp.Header.Get("Content-Disposition"), "attachment") {
		t.Fatalf("jsonl: %d %v", resp.StatusCode, resp.Header)
	}
	lines := strings.Split(strings.TrimSuffix(body, "\n"), "\n")
	if len(lines) != 7 {
		t.Fatalf("jsonl: %d lines, want 7", len(lines))
	}
	mentions := 0
	for _, l := range lines {
		var e store.Event
		if err := json.Unmarshal([]byte(l), &e); err != nil {
			t.Fatalf("jsonl line %q: %v", l, err)
		}
		if e.Type != "ASSAULT" || len(e.Mentions) == 0 || e.Mentions[0].Sentence.Text == "" {
			t.Errorf("jsonl event %+v", e)
		}
		mentions += len(e.Mentions)
	}
	_, body = get(t, ts, "/api/v1/mentions.gdelt.tsv?type=ASSAULT&limit=7")
	if rows := strings.Split(strings.TrimSuffix(body, "\n"), "\n"); len(rows) != mentions {
		t.Errorf("mentions TSV: %d rows, the JSON Lines %d mentions", len(rows), mentions)
	}
	_, csv1 := get(t, ts, "/api/v1/events.csv?quad=4&since=2024-06")
	_, csv2 := get(t, ts, "/api/v1/export?format=csv&quad=4&since=2024-06")
	if csv1 != csv2 || strings.Count(csv1, "\n") < 2 {
		t.Errorf("export?format=csv differs from events.csv (%d and %d bytes)", len(csv1), len(csv2))
	}
	for _, bad := range []string{"/api/v1/export?format=table", "/api/v1/export?format=xml", "/api/v1/export", "/api/v1/events.jsonl?format=csv"} {
		getJSON(t, ts, bad, 400)
	}
	// The pages offer every download with their filter.
	_, page := get(t, ts, "/timeline?lang=pl&type=ASSAULT&doclang=pl&by=quad")
	for _, want := range []string{"/api/v1/events.csv?lang=pl&amp;type=ASSAULT", "/api/v1/events.jsonl?lang=pl&amp;type=ASSAULT", "/api/v1/mentions.gdelt.tsv?"} {
		if !strings.Contains(page, want) {
			t.Errorf("timeline page lacks the download %s", want)
		}
	}
}

// TestAnswerCache: a repeated request is answered from the cache with the
// same body, and a commit to the database by another process empties it.
func TestAnswerCache(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.db")
	w, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if err := w.Generate(t.Context(), store.GenOptions{Events: 30, Seed: 5}); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(t.Context()); err != nil {
		t.Fatal(err)
	}
	db, err := store.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	s, err := New(db, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ts := httptest.NewServer(s)
	defer ts.Close()
	const q = "/api/v1/events?limit=100&mentions=0"
	r1, b1 := get(t, ts, q)
	r2, b2 := get(t, ts, q)
	if r1.Header.Get("X-Kronika-Cache") != "miss" || r2.Header.Get("X-Kronika-Cache") != "hit" || b1 != b2 {
		t.Fatalf("cache: %q then %q, bodies equal %v", r1.Header.Get("X-Kronika-Cache"), r2.Header.Get("X-Kronika-Cache"), b1 == b2)
	}
	if r2.Header.Get("Content-Security-Policy") != CSP || !strings.HasPrefix(r2.Header.Get("Content-Type"), "application/json") {
		t.Errorf("a cached answer's headers: %v", r2.Header)
	}
	// Parameters in another order are the same request.
	if r, _ := get(t, ts, "/api/v1/events?mentions=0&limit=100"); r.Header.Get("X-Kronika-Cache") != "hit" {
		t.Error("reordered parameters missed the cache")
	}
	// Pages are kept by their interface language too (which
	// Accept-Language may choose), with their headers.
	const page = "/events?limit=5"
	p1, pb1 := get(t, ts, page, "Accept-Language", "pl")
	p2, pb2 := get(t, ts, page, "Accept-Language", "pl-PL,pl;q=0.9")
	p3, pb3 := get(t, ts, page, "Accept-Language", "en")
	if p1.Header.Get("X-Kronika-Cache") != "miss" || p2.Header.Get("X-Kronika-Cache") != "hit" || pb1 != pb2 {
		t.Errorf("page cache: %q then %q", p1.Header.Get("X-Kronika-Cache"), p2.Header.Get("X-Kronika-Cache"))
	}
	if p3.Header.Get("X-Kronika-Cache") != "miss" || !strings.Contains(pb3, `<html lang="en">`) || !strings.Contains(pb2, `<html lang="pl">`) {
		t.Errorf("an English request got the Polish page from the cache")
	}
	if p2.Header.Get("Content-Language") != "pl" || !strings.HasPrefix(p2.Header.Get("Content-Type"), "text/html") || p2.Header.Get("Content-Security-Policy") != CSP {
		t.Errorf("a cached page's headers: %v", p2.Header)
	}
	// Errors are not kept.
	get(t, ts, "/api/v1/events?quad=9")
	if r, _ := get(t, ts, "/api/v1/events?quad=9"); r.Header.Get("X-Kronika-Cache") == "hit" {
		t.Error("an error answer was cached")
	}
	if _, err := w.Add(t.Context(), scriptDoc()); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(t.Context()); err != nil {
		t.Fatal(err)
	}
	r3, b3 := get(t, ts, q)
	if r3.Header.Get("X-Kronika-Cache") != "miss" {
		t.Errorf("after a commit: %q", r3.Header.Get("X-Kronika-Cache"))
	}
	n1, n3 := countEvents(t, b1), countEvents(t, b3)
	if n3 <= n1 {
		t.Errorf("after a commit the answer holds %d events, before %d", n3, n1)
	}
	// Without the cache every answer is computed.
	s2, err := New(db, Options{CacheBytes: -1})
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	ts2 := httptest.NewServer(s2)
	defer ts2.Close()
	get(t, ts2, q)
	if r, _ := get(t, ts2, q); r.Header.Get("X-Kronika-Cache") != "" {
		t.Errorf("cache off: %q", r.Header.Get("X-Kronika-Cache"))
	}
}

func countEvents(t *testing.T, body string) int {
	var p struct{ Events []json.RawMessage }
	if err := json.NewDecoder(bufio.NewReader(strings.NewReader(body))).Decode(&p); err != nil {
		t.Fatal(err)
	}
	return len(p.Events)
}
