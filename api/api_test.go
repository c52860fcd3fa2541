package api

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/ingest"
	"github.com/kronika/kronika/pipeline"
	"github.com/kronika/kronika/store"
)

const (
	genEvents  = 300
	tracedText = " date 2025-03-05\nWe wtorek Rosja ostrzelała Charków rakietami – poinformowała ukraińska armia. " +
		"„Nie oddamy ani metra ziemi” – powiedział prezydent Ukrainy Wołodymyr Zełenski.\n"
	scriptText = "Rosja zaatakowała Ukrainę <script>alert('x')</script> rakietami. Tak podała agencja."
)

var (
	fixtureDir  string
	fixtureOnce sync.Once
	fixtureDB   string
	fixtureErr  error
)

// fixture builds, once per test run, a database of genEvents synthetic
// events, two articles (Polish and English) coded by the real pipeline,
// and a hand-made article holding a <script> element in its evidence.
func fixture(t *testing.T) string {
	t.Helper()
	fixtureOnce.Do(func() {
		fixtureDB = filepath.Join(fixtureDir, "k.db")
		fixtureErr = buildFixture(fixtureDB)
	})
	if fixtureErr != nil {
		t.Fatal(fixtureErr)
	}
	return fixtureDB
}

func buildFixture(path string) error {
	ctx := context.Background()
	db, err := store.Open(path)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := db.Generate(ctx, store.GenOptions{Events: genEvents, Seed: 3}); err != nil {
		return err
	}
	p := pipeline.New()
	for _, text := range []string{
		"Premier Donald Tusk spotkał się z prezydentem Ukrainy Wołodymyrem Zełenskim w Kijowie. Rosja zaatakowała Ukrainę rakietami.",
		"Russia attacked Ukraine with missiles on Monday. The French president met the German chancellor in Paris.",
	} {
		d := &doc.Document{Source: "https://news.example/" + doc.Hash(text), Date: "2025-03-03", Text: text, Format: "text"}
		if err := p.Process(d); err != nil {
			return err
		}
		if _, err := db.Add(ctx, d); err != nil {
			return err
		}
	}
	// A plain-text article as kronika ingest reads it (a date marker, a
	// time expression, an attribution, a quotation).
	docs, errs := ingest.Read("https://news.example/wtorek.txt", []byte(tracedText))
	if len(errs) > 0 || len(docs) != 1 {
		return fmt.Errorf("reading the traced article: %v", errs)
	}
	if err := p.Process(docs[0]); err != nil {
		return err
	}
	if _, err := db.Add(ctx, docs[0]); err != nil {
		return err
	}
	if _, err := db.Add(ctx, scriptDoc()); err != nil {
		return err
	}
	return db.Flush(ctx)
}

// scriptDoc is an article whose event evidence holds markup.
func scriptDoc() *doc.Document {
	text := scriptText
	d := &doc.Document{Source: "https://evil.example/<b>x</b>", Date: "2025-04-01", Lang: "pl", Text: text, Format: "text",
		Title: "<img src=x onerror=alert(1)>"}
	d.ID = doc.Hash(text)
	end := strings.Index(text, ". ") + 1
	d.Blocks = []doc.Block{{Span: doc.Span{Start: 0, End: len(text)}, Kind: doc.Paragraph}}
	d.Sentences = []doc.Sentence{{Span: doc.Span{Start: 0, End: end}}, {Span: doc.Span{Start: end + 1, End: len(text)}}}
	at := strings.Index(text, "zaatakowała")
	tr := doc.Span{Start: at, End: at + len("zaatakowała")}
	ev := doc.Event{ID: "V1", Type: "ASSAULT", CAMEO: "190", Quad: 4, Goldstein: -10,
		Source: &doc.Participant{Actor: "RUS", Country: "RUS", Text: "Rosja"},
		Target: &doc.Participant{Actor: "UKR", Country: "UKR", Text: "Ukrainę <script>alert('x')</script>"},
		Date:   "2025-04-01", Modality: "asserted", Trigger: tr, Sentence: d.Sentences[0].Span, Confidence: 0.9}
	ev.Mentions = []doc.EventMention{{Trigger: tr, Sentence: d.Sentences[0].Span, Confidence: 0.9, Modality: "asserted"}}
	d.Events = []doc.Event{ev}
	d.Entities = []doc.Entity{{ID: "E1", Type: "GPE", Name: "Rosja", Canonical: "Russia", Actor: "RUS", Country: "RUS",
		Mentions: []doc.Mention{{Span: doc.Span{Start: 0, End: 5}, Lemma: "Rosja"}}}}
	return d
}

// readerOnly hides the SQLite store behind store.Reader, as another
// backend would be.
type readerOnly struct{ store.Reader }

func newServer(t *testing.T, opt Options) *httptest.Server {
	t.Helper()
	db, err := store.OpenReadOnly(fixture(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	s, err := New(db, opt)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	return ts
}

func get(t *testing.T, ts *httptest.Server, path string, hdr ...string) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest("GET", ts.URL+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	resp, err := ts.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, string(b)
}

func getJSON(t *testing.T, ts *httptest.Server, path string, want int) map[string]any {
	t.Helper()
	resp, body := get(t, ts, path)
	if resp.StatusCode != want {
		t.Fatalf("GET %s: status %d, want %d: %s", path, resp.StatusCode, want, body)
	}
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Fatalf("GET %s: Content-Type %q", path, ct)
	}
	var m map[string]any
	if err := json.Unmarshal([]byte(body), &m); err != nil {
		t.Fatalf("GET %s: %v: %s", path, err, body)
	}
	return m
}

func TestSecurityHeaders(t *testing.T) {
	ts := newServer(t, Options{})
	for _, p := range []string{"/events", "/api/v1/events?limit=1", "/static/app.css", "/nope", "/api/v1/events?quad=x"} {
		resp, _ := get(t, ts, p)
		h := resp.Header
		if h.Get("Content-Security-Policy") != CSP || !strings.Contains(CSP, "script-src 'self'") || strings.Contains(CSP, "unsafe-inline") {
			t.Errorf("%s: CSP %q", p, h.Get("Content-Security-Policy"))
		}
		if h.Get("X-Content-Type-Options") != "nosniff" || h.Get("Referrer-Policy") != "no-referrer" {
			t.Errorf("%s: headers %v", p, h)
		}
	}
}

func TestErrorsAreJSON(t *testing.T) {
	ts := newServer(t, Options{})
	for _, c := range []struct {
		path   string
		status int
	}{
		{"/api/v1/events?quad=7", 400},
		{"/api/v1/events?limit=501", 400},
		{"/api/v1/events?limit=0", 400},
		{"/api/v1/events?limit=abc", 400},
		{"/api/v1/events?since=2024-13-99x", 400},
		{"/api/v1/events?dyad=RUS", 400},
		{"/api/v1/events?cursor=bm9uc2Vuc2U", 400},
		{"/api/v1/events?country=POL&country=UKR", 400},
		{"/api/v1/events?colour=red", 400},
		{"/api/v1/events?modality=maybe", 400},
		{"/api/v1/events/abc", 400},
		{"/api/v1/events/99999999", 404},
		{"/api/v1/documents/..%2f..%2fetc", 400},
		{"/api/v1/documents/0000000000000000", 404},
		{"/api/v1/counts?by=actor", 400},
		{"/api/v1/counts?interval=year", 400},
		{"/api/v1/network?limit=100000", 400},
		{"/api/v1/nothing", 404},
		{"/events?quad=5", 400},
		{"/events/5?trace=2", 400},
		{"/api/v1/events/5/explain?trace=1", 400},
		{"/api/v1/events/99999999/explain", 404},
		{"/api/v1/documents/a%2Eb/analysis", 400},
		{"/api/v1/events.plover.jsonl?quad=9", 400},
		{"/static/../api.go", 404},
		{"/static/web/static/app.css", 404},
		{"/static/", 404},
		{"/static/%2e%2e/server.go", 404},
	} {
		m := getJSON(t, ts, c.path, c.status)
		if msg, _ := m["error"].(string); msg == "" || len(m) != 1 {
			t.Errorf("%s: body %v, want {\"error\": ...}", c.path, m)
		}
	}
	req, _ := http.NewRequest("POST", ts.URL+"/api/v1/events", strings.NewReader(`{"x":1}`))
	resp, err := ts.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 405 || resp.Header.Get("Allow") != "GET, HEAD" {
		t.Errorf("POST: %d %v", resp.StatusCode, resp.Header)
	}
}

func TestEventsPagination(t *testing.T) {
	ts := newServer(t, Options{})
	total := genEvents + 1 // the script article's event at least
	seen := map[float64]bool{}
	path := "/api/v1/events?limit=70&mentions=0"
	pages := 0
	var lastDate string
	for {
		m := getJSON(t, ts, path, 200)
		pages++
		evs := m["events"].([]any)
		for _, e := range evs {
			ev := e.(map[string]any)
			id := ev["global_id"].(float64)
			if seen[id] {
				t.Fatalf("event %v on two pages", id)
			}
			seen[id] = true
			if d := ev["date"].(string); lastDate != "" && d > lastDate {
				t.Fatalf("date %s after %s: not latest first", d, lastDate)
			}
			lastDate = ev["date"].(string)
			if ev["mentions"] != nil {
				t.Fatalf("mentions=0 gave mentions")
			}
		}
		next, _ := m["next"].(string)
		if next == "" {
			if m["next"] != nil {
				t.Fatalf("next = %v on the last page, want null", m["next"])
			}
			break
		}
		if len(evs) != 70 {
			t.Fatalf("page of %d events, want 70", len(evs))
		}
		path = "/api/v1/events?limit=70&mentions=0&cursor=" + next
	}
	if len(seen) < total || pages != (len(seen)+69)/70 {
		t.Errorf("%d events on %d pages, want at least %d", len(seen), pages, total)
	}
	// Filters combine with the cursor.
	m := getJSON(t, ts, "/api/v1/events?type=ASSAULT&limit=5", 200)
	for _, e := range m["events"].([]any) {
		ev := e.(map[string]any)
		if ev["type"] != "ASSAULT" || len(ev["mentions"].([]any)) == 0 {
			t.Errorf("type filter: %v", ev)
		}
	}
}

func TestEventAndDocument(t *testing.T) {
	ts := newServer(t, Options{})
	m := getJSON(t, ts, "/api/v1/events?q=script&limit=5", 200)
	evs := m["events"].([]any)
	if len(evs) != 1 {
		t.Fatalf("q=script: %d events, want 1", len(evs))
	}
	id := int(evs[0].(map[string]any)["global_id"].(float64))
	ev := getJSON(t, ts, fmt.Sprintf("/api/v1/events/%d", id), 200)
	ms := ev["mentions"].([]any)
	mention := ms[0].(map[string]any)
	if tr := mention["trigger"].(map[string]any); tr["text"] != "zaatakowała" {
		t.Errorf("trigger %v", tr)
	}
	docID := mention["document"].(string)
	d := getJSON(t, ts, "/api/v1/documents/"+docID, 200)
	if d["text"] != scriptText || len(d["entities"].([]any)) != 1 || len(d["mentions"].([]any)) != 1 || len(d["sentences"].([]any)) == 0 {
		t.Errorf("document = %v", d)
	}
	// The articles the real pipeline coded are stored and reachable.
	for _, c := range []struct{ q, lang string }{{"zaatakowala", "pl"}, {"attacked", "en"}} {
		m := getJSON(t, ts, "/api/v1/events?q="+c.q+"&lang="+c.lang, 200)
		if len(m["events"].([]any)) == 0 {
			t.Errorf("q=%s lang=%s: no events from the pipeline", c.q, c.lang)
		}
	}
}

func TestCountsAndNetwork(t *testing.T) {
	ts := newServer(t, Options{})
	for _, iv := range []string{"day", "week", "month"} {
		m := getJSON(t, ts, "/api/v1/counts?by=type&interval="+iv+"&since=2024&until=2024", 200)
		periods := m["periods"].([]any)
		sum := 0.0
		for _, s := range m["series"].([]any) {
			cs := s.(map[string]any)["counts"].([]any)
			if len(cs) != len(periods) {
				t.Fatalf("%s: %d counts for %d periods", iv, len(cs), len(periods))
			}
			for _, c := range cs {
				sum += c.(float64)
			}
		}
		if sum != genEvents || m["total"].(float64) != genEvents {
			t.Errorf("%s: counts sum to %v, total %v, want %d", iv, sum, m["total"], genEvents)
		}
		if iv == "week" {
			if p := periods[1].(string); p != "" {
				if wd := mustDate(t, p).Weekday(); wd != 1 {
					t.Errorf("week starts on %v", wd)
				}
			}
		}
	}
	q := getJSON(t, ts, "/api/v1/counts?by=quad", 200)
	for _, s := range q["series"].([]any) {
		if k := s.(map[string]any)["key"].(string); !regexp.MustCompile(`^[0-4]$`).MatchString(k) {
			t.Errorf("quad key %q", k)
		}
	}
	n := getJSON(t, ts, "/api/v1/network?since=2024-01&until=2024-12&limit=20", 200)
	edges := n["edges"].([]any)
	if len(edges) == 0 || len(edges) > 20 || len(n["nodes"].([]any)) == 0 {
		t.Fatalf("network: %d edges", len(edges))
	}
	prev := 1e18
	for _, e := range edges {
		ed := e.(map[string]any)
		c := ed["count"].(float64)
		if c > prev || ed["cooperative"].(float64)+ed["conflictual"].(float64) > c {
			t.Errorf("edge %v", ed)
		}
		prev = c
	}
}

func TestExports(t *testing.T) {
	ts := newServer(t, Options{})
	resp, body := get(t, ts, "/api/v1/events.csv?type=ASSAULT")
	if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/csv") {
		t.Fatalf("csv: %d %v", resp.StatusCode, resp.Header)
	}
	lines := strings.Split(strings.TrimSpace(body), "\n")
	if !strings.HasPrefix(lines[0], strings.Join(store.CSVHeader[:3], ",")) || len(lines) < 2 {
		t.Errorf("csv: %q", body[:min(200, len(body))])
	}
	resp, body = get(t, ts, "/api/v1/events.gdelt.tsv?limit=10")
	rows := strings.Split(strings.TrimSuffix(body, "\n"), "\n")
	if resp.StatusCode != 200 || len(rows) != 10 {
		t.Fatalf("gdelt: %d, %d rows", resp.StatusCode, len(rows))
	}
	for _, r := range rows {
		if n := len(strings.Split(r, "\t")); n != store.GDELTColumns {
			t.Errorf("gdelt row of %d columns", n)
		}
	}
	// The JSON Lines exports hold what the filter selects, all of it
	// (the filter's count from the events API).
	want := 0
	for p := "/api/v1/events?type=ASSAULT&mentions=0&limit=500"; ; {
		m := getJSON(t, ts, p, 200)
		want += len(m["events"].([]any))
		next, ok := m["next"].(string)
		if !ok {
			break
		}
		p = "/api/v1/events?type=ASSAULT&mentions=0&limit=500&cursor=" + next
	}
	for _, c := range []struct{ url, typeField, file string }{
		{"/api/v1/events.plover.jsonl?type=ASSAULT", "event_type", "kronika-events.plover.jsonl"},
		{"/api/v1/events.jsonl?type=ASSAULT", "type", "kronika-events.jsonl"},
		{"/api/v1/export?format=plover&type=ASSAULT", "event_type", "kronika-events.plover.jsonl"},
	} {
		resp, body := get(t, ts, c.url)
		if resp.StatusCode != 200 || !strings.Contains(resp.Header.Get("Content-Disposition"), c.file) {
			t.Fatalf("%s: %d %v", c.url, resp.StatusCode, resp.Header)
		}
		lines := strings.Split(strings.TrimSpace(body), "\n")
		if len(lines) != want || want == 0 {
			t.Errorf("%s: %d lines, the API has %d events", c.url, len(lines), want)
		}
		for _, l := range lines {
			var r map[string]any
			if err := json.Unmarshal([]byte(l), &r); err != nil || r[c.typeField] != "ASSAULT" || len(r["mentions"].([]any)) == 0 {
				t.Errorf("%s: line %.200s (%v)", c.url, l, err)
				break
			}
		}
	}
	// The counts per day add up to the filter's events, the same on the
	// SQLite store's own query and through store.Reader alone (the path
	// of another backend).
	_, daily := get(t, ts, "/api/v1/events.daily.tsv?type=ASSAULT")
	sum, last := 0, ""
	for _, l := range strings.Split(strings.TrimSuffix(daily, "\n"), "\n") {
		date, n, ok := strings.Cut(l, "\t")
		k, err := strconv.Atoi(n)
		if !ok || err != nil || date < last {
			t.Fatalf("daily line %q after %q", l, last)
		}
		sum, last = sum+k, date
	}
	if sum != want {
		t.Errorf("daily counts add up to %d, the API has %d events", sum, want)
	}
	db, err := store.OpenReadOnly(fixture(t))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	other, err := New(readerOnly{db}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	ts2 := httptest.NewServer(other)
	defer ts2.Close()
	if _, d2 := get(t, ts2, "/api/v1/events.daily.tsv?type=ASSAULT"); d2 != daily {
		t.Errorf("daily through store.Reader:\n%s\nthrough the SQLite store:\n%s", d2, daily)
	}
	if _, d3 := get(t, ts, "/api/v1/export?format=daily&type=ASSAULT"); d3 != daily {
		t.Errorf("export?format=daily differs from events.daily.tsv")
	}
	resp, body = get(t, ts, "/api/v1/export?format=parquet&limit=20")
	if resp.StatusCode != 200 || !strings.HasPrefix(body, "PAR1") || !strings.HasSuffix(body, "PAR1") ||
		resp.Header.Get("Content-Type") != "application/vnd.apache.parquet" {
		t.Errorf("parquet: %d %v %q", resp.StatusCode, resp.Header, body[:min(8, len(body))])
	}
}

func TestPagesEscapeArticleText(t *testing.T) {
	ts := newServer(t, Options{})
	m := getJSON(t, ts, "/api/v1/events?q=script", 200)
	ev := m["events"].([]any)[0].(map[string]any)
	id := int(ev["global_id"].(float64))
	doc := ev["mentions"].([]any)[0].(map[string]any)["document"].(string)
	for _, p := range []string{"/events?q=script", fmt.Sprintf("/events/%d", id), fmt.Sprintf("/events/%d?trace=1", id), "/documents/" + doc} {
		resp, body := get(t, ts, p)
		if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") {
			t.Fatalf("%s: %d %s", p, resp.StatusCode, body)
		}
		if strings.Contains(body, "<script>alert") || strings.Contains(body, "<img src=x") || strings.Contains(body, "<b>x</b>") {
			t.Errorf("%s: article markup reached the page unescaped", p)
		}
		if !strings.Contains(body, "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;") {
			t.Errorf("%s: the <script> text is not shown as text", p)
		}
		// The only script element is the page's own.
		if n := strings.Count(body, "<script"); n != 1 || !strings.Contains(body, `<script src="/static/app.js" defer></script>`) {
			t.Errorf("%s: %d script elements", p, n)
		}
	}
	_, body := get(t, ts, fmt.Sprintf("/events/%d", id))
	for _, want := range []string{`<mark class="trigger">zaatakowała</mark>`, `<mark class="source">Rosja</mark>`, `<mark class="target">Ukrainę &lt;script&gt;`} {
		if !strings.Contains(body, want) {
			t.Errorf("event page lacks %s", want)
		}
	}
	_, body = get(t, ts, "/documents/"+doc)
	if !strings.Contains(body, `<mark class="trigger">zaatakowała</mark></a>`) {
		t.Errorf("document page marks: %s", body)
	}
}

func TestPagesRenderInBothLanguages(t *testing.T) {
	ts := newServer(t, Options{})
	for _, c := range []struct{ path, hdr, want string }{
		{"/events?lang=pl", "", "Zdarzenia"},
		{"/events", "pl-PL,pl;q=0.9,en;q=0.5", "Zdarzenia"},
		{"/events", "en-GB,en;q=0.9", "Events"},
		{"/events?lang=en", "pl", "Events"},
		{"/timeline?lang=pl&by=quad&interval=week", "", "Oś czasu"},
		{"/network?lang=pl&since=2024-01", "", "Sieć aktorów"},
		{"/network?lang=en", "", `id="network"`},
		{"/timeline", "", `<svg id="timeline"`},
		{"/", "", `<table id="events"`},
	} {
		resp, body := get(t, ts, c.path, "Accept-Language", c.hdr)
		if resp.StatusCode != 200 || !strings.Contains(body, c.want) {
			t.Errorf("%s (%s): %d, lacks %q", c.path, c.hdr, resp.StatusCode, c.want)
		}
	}
	_, body := get(t, ts, "/events?limit=20")
	if n := strings.Count(body, `<a href="/events/`); n != 20 {
		t.Errorf("events table: %d linked rows, want 20", n)
	}
	if !strings.Contains(body, `rel="next"`) {
		t.Error("events table: no next page link")
	}
}

func TestConcurrencyLimit(t *testing.T) {
	ts := newServer(t, Options{Concurrent: 1, QueueWait: 1})
	// With one slot and no wait, parallel requests either succeed or get
	// 503 JSON errors; none fails otherwise.
	var wg sync.WaitGroup
	codes := make(chan int, 16)
	for range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			resp, err := ts.Client().Get(ts.URL + "/api/v1/counts?interval=day")
			if err != nil {
				codes <- -1
				return
			}
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			codes <- resp.StatusCode
		}()
	}
	wg.Wait()
	close(codes)
	ok := 0
	for c := range codes {
		switch c {
		case 200:
			ok++
		case 503:
		default:
			t.Errorf("status %d", c)
		}
	}
	if ok == 0 {
		t.Error("no request succeeded")
	}
}

func TestOpenReadOnlyRefusesWrites(t *testing.T) {
	db, err := store.OpenReadOnly(fixture(t))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Add(context.Background(), scriptDoc()); err == nil {
		t.Error("a read-only store wrote")
	}
	if _, err := store.OpenReadOnly(filepath.Join(t.TempDir(), "none.db")); err == nil {
		t.Error("opened a missing database")
	}
}

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "kronika-api-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fixtureDir = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

func mustDate(t *testing.T, s string) time.Time {
	t.Helper()
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}
