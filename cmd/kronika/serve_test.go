package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kronika/kronika/store"
)

// syncBuffer is a bytes.Buffer safe for the server goroutine and the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// startServe ingests a few Polish and English articles with kronika
// ingest and runs kronika serve over them on a free loopback port; it
// returns the base URL. The server stops when the test ends.
func startServe(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	texts := []string{
		" date 2024-03-04\nRosja zaatakowała Ukrainę rakietami. Tak podała agencja.\n",
		" date 2024-03-05\nPremier Donald Tusk spotkał się z prezydentem Ukrainy Wołodymyrem Zełenskim w Kijowie.\n",
		" date 2024-03-06\nPrezydent Andrzej Duda odwiedził Litwę. Polska przekazała Ukrainie pomoc humanitarną.\n",
		" date 2024-04-02\nRussia attacked Ukraine with missiles on Monday. The French president met the German chancellor in Paris.\n",
		// Markup in an article is text: the pages must show it, not run it.
		" date 2024-04-03\nAgencja pokazała kod <script>document.title='pwned';window.pwned=1</script> na stronie. Rosja zaatakowała Ukrainę.\n",
	}
	for i, text := range texts {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(t.TempDir(), "k.db")
	if _, stderr, code := kronika(t, "ingest", "--db", db, dir); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, stderr)
	}
	return serveDB(t, db)
}

// serveDB runs kronika serve over db on a free loopback port and returns
// its base URL; the server stops when the test ends.
func serveDB(t *testing.T, db string, flags ...string) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	old := serveContext
	serveContext = func() (context.Context, context.CancelFunc) { return ctx, cancel }
	var out, errb syncBuffer
	done := make(chan int, 1)
	args := append([]string{"serve", "--db", db, "--addr", "127.0.0.1:0"}, flags...)
	go func() { done <- run(args, &out, &errb) }()
	t.Cleanup(func() {
		cancel()
		select {
		case code := <-done:
			if code != 0 {
				t.Errorf("serve: exit %d: %s", code, errb.String())
			}
		case <-time.After(10 * time.Second):
			t.Error("serve did not stop")
		}
		serveContext = old
	})
	re := regexp.MustCompile(`http://127\.0\.0\.1:\d+/`)
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if u := re.FindString(out.String()); u != "" {
			return strings.TrimSuffix(u, "/")
		}
		select {
		case code := <-done:
			t.Fatalf("serve exited %d: %s", code, errb.String())
		default:
		}
	}
	t.Fatalf("serve did not start: %s %s", out.String(), errb.String())
	return ""
}

func TestServeStartsReadOnly(t *testing.T) {
	base := startServe(t)
	resp, err := http.Get(base + "/api/v1/events?limit=5")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), `"global_id"`) {
		t.Fatalf("events: %d %s", resp.StatusCode, body)
	}
	if _, stderr, code := kronika(t, "serve", "--db", filepath.Join(t.TempDir(), "none.db")); code != 1 || !strings.Contains(stderr, "no database") {
		t.Errorf("serve on a missing database: exit %d: %s", code, stderr)
	}
	if _, _, code := kronika(t, "serve", "extra"); code != 2 {
		t.Errorf("serve with an argument: exit %d, want 2", code)
	}
}

// TestServeInChromium drives the pages as a person would, in Debian's
// chromium (headless, through the DevTools protocol): the events table
// on a phone's width has rows, fits the width and sorts from the
// keyboard; the event page marks the trigger in its evidence sentence;
// the article holding <script> shows it as text and runs nothing; the
// timeline, network, actor and search pages draw; and no page logs a
// console message, an exception, a CSP violation or a failed load.
// Screenshots go to $KRONIKA_ARTEFACTS (else a temp dir, named in the
// log).
func TestServeInChromium(t *testing.T) {
	const chromium = "/usr/bin/chromium"
	if _, err := os.Stat(chromium); err != nil {
		t.Skipf("%s is absent: install Debian's chromium (apt-get install chromium) to run the browser test", chromium)
	}
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	base := startServe(t)
	shots := os.Getenv("KRONIKA_ARTEFACTS")
	if shots == "" {
		var err error
		if shots, err = os.MkdirTemp("", "kronika-screenshots-"); err != nil {
			t.Fatal(err)
		}
	} else if err := os.MkdirAll(shots, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshots in %s", shots)
	b := startBrowser(t, chromium)
	phone := b.newTab(375, 800, true)
	desktop := b.newTab(1280, 1000, false)
	// visit opens path in a tab, takes a screenshot and fails on anything
	// the page logged.
	visit := func(tb *tab, name, path string) {
		t.Helper()
		tb.open(base + path)
		tb.screenshot(filepath.Join(shots, name+".png"))
		if l := tb.console(); len(l) > 0 {
			t.Errorf("%s logged:\n%s", path, strings.Join(l, "\n"))
		}
	}
	str := func(v any) string { s, _ := v.(string); return s }
	num := func(v any) float64 { f, _ := v.(float64); return f }

	visit(phone, "events-phone", "/events?lang=pl")
	ids := str(phone.eval(`Array.from(document.querySelectorAll('#events tbody tr td:first-child a')).map(a => a.textContent).join(' ')`))
	if len(strings.Fields(ids)) < 3 {
		t.Fatalf("events table: rows %q", ids)
	}
	if w, vw := num(phone.eval(`document.documentElement.scrollWidth`)), num(phone.eval(`window.innerWidth`)); w > vw {
		t.Errorf("events page on a phone: %v px wide in a %v px viewport", w, vw)
	}
	// Keyboard: the first Tab reaches the skip link; Tab on to the first
	// sortable header and Enter sorts by it.
	phone.key("Tab", 9)
	if c := str(phone.eval(`document.activeElement.className`)); c != "skip" {
		t.Errorf("first Tab focused %q, want the skip link", c)
	}
	sorted := false
	for range 80 {
		phone.key("Tab", 9)
		if str(phone.eval(`document.activeElement.tagName + ' ' + document.activeElement.parentElement.tagName`)) == "BUTTON TH" {
			phone.key("Enter", 13)
			sorted = str(phone.eval(`document.activeElement.parentElement.getAttribute('aria-sort')`)) == "ascending"
			break
		}
	}
	if !sorted {
		t.Error("no table header could be sorted from the keyboard")
	}
	if l := phone.console(); len(l) > 0 {
		t.Errorf("keyboard use logged:\n%s", strings.Join(l, "\n"))
	}

	marked := false
	for _, id := range strings.Fields(ids) {
		visit(desktop, "event", "/events/"+id+"?lang=en")
		if str(desktop.eval(`(document.querySelector('.evidence-sentence mark.trigger') || {}).textContent || ''`)) != "" {
			marked = true
			break
		}
	}
	if !marked {
		t.Error("no event page marks its trigger in the evidence sentence")
	}

	// The coding trace: the event page asks for it once shown (the
	// server runs the pipeline again over the article), then marks the
	// time expression and lists the trace.
	resp, err := http.Get(base + "/api/v1/events?q=attacked&lang=en")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	ev := regexp.MustCompile(`"global_id":(\d+)`).FindStringSubmatch(string(body))
	if ev == nil {
		t.Fatalf("no event for q=attacked: %s", body)
	}
	visit(desktop, "event-before-trace", "/events/"+ev[1]+"?lang=en")
	loaded := false
	for range 300 {
		if desktop.eval(`document.querySelector('#trace[data-loaded]') !== null`) == true {
			loaded = true
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	desktop.screenshot(filepath.Join(shots, "event-trace.png"))
	if !loaded {
		t.Error("event page: the coding trace did not load")
	} else {
		if tm := str(desktop.eval(`(document.querySelector('.evidence-sentence mark.time') || {}).textContent || ''`)); tm != "Monday" {
			t.Errorf("event page: time expression marked %q, want Monday", tm)
		}
		if n := num(desktop.eval(`document.querySelectorAll('#trace ol.trace li').length`)); n < 3 {
			t.Errorf("event page: %v trace lines", n)
		}
	}
	if l := desktop.console(); len(l) > 0 {
		t.Errorf("loading the trace logged:\n%s", strings.Join(l, "\n"))
	}
	visit(phone, "event-trace-phone", "/events/"+ev[1]+"?lang=pl&trace=1")
	if w, vw := num(phone.eval(`document.documentElement.scrollWidth`)), num(phone.eval(`window.innerWidth`)); w > vw {
		t.Errorf("event page with its trace on a phone: %v px wide in a %v px viewport", w, vw)
	}

	// The article with <script> in its text.
	resp, err = http.Get(base + "/api/v1/documents")
	if err != nil {
		t.Fatal(err)
	}
	body, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	doc := regexp.MustCompile(`"id":"([0-9a-f]+)","source":"[^"]*a4\.txt"`).FindStringSubmatch(string(body))
	if doc == nil {
		t.Fatalf("the article with <script> is not stored: %s", body)
	}
	visit(desktop, "article-script", "/documents/"+doc[1]+"?lang=en")
	if title := str(desktop.eval(`document.title`)); strings.Contains(title, "pwned") || desktop.eval(`typeof window.pwned`) != "undefined" {
		t.Error("the article's <script> ran")
	}
	if !strings.Contains(str(desktop.eval(`document.querySelector('main').textContent`)), "<script>document.title='pwned'") {
		t.Error("the article's <script> is not shown as text")
	}

	visit(desktop, "timeline", "/timeline?interval=day&lang=pl")
	if n := num(desktop.eval(`document.querySelectorAll('svg#timeline polyline').length`)); n == 0 {
		t.Error("timeline: no lines")
	}
	visit(desktop, "network", "/network")
	if n := num(desktop.eval(`document.querySelectorAll('svg#network a.node circle').length`)); n == 0 ||
		str(desktop.eval(`document.getElementById('network').getAttribute('data-drawn')`)) != fmt.Sprint(n) {
		t.Errorf("network: %v nodes drawn", n)
	}
	node := str(desktop.eval(`document.querySelector('svg#network a.node').getAttribute('href')`))
	if !strings.HasPrefix(node, "/actors/") {
		t.Fatalf("network node links to %q", node)
	}
	visit(desktop, "actor", node)
	if n := num(desktop.eval(`document.querySelectorAll('#partners tbody tr').length + document.querySelectorAll('svg#timeline polyline').length`)); n == 0 {
		t.Error("actor page: no partners and no timeline")
	}
	visit(phone, "network-phone", "/network?lang=pl")
	if w, vw := num(phone.eval(`document.documentElement.scrollWidth`)), num(phone.eval(`window.innerWidth`)); w > vw {
		t.Errorf("network page on a phone: %v px wide in a %v px viewport", w, vw)
	}
	visit(phone, "actors-phone", "/actors?q=RUS&lang=pl")
}

// TestFirstPaint measures the first paint and first contentful paint of
// the events page (50 rows with their evidence) and others in headless
// chromium over the database $KRONIKA_PAINT_DB (for instance one of
// kronika gen --events 1000000): the median of 20 loads with the
// browser's cache off. Skipped without the variable.
//
//	KRONIKA_PAINT_DB=1m.db go test -run TestFirstPaint -v ./cmd/kronika
func TestFirstPaint(t *testing.T) {
	const chromium = "/usr/bin/chromium"
	db := os.Getenv("KRONIKA_PAINT_DB")
	if db == "" {
		t.Skip("set KRONIKA_PAINT_DB to a database to measure the first paint on it")
	}
	if _, err := os.Stat(chromium); err != nil {
		t.Skipf("%s is absent", chromium)
	}
	b := startBrowser(t, chromium)
	tb := b.newTab(1280, 1000, false)
	// In front (a background tab does not paint), with the browser's
	// cache off: each load fetches the page, style and script anew.
	for _, m := range []string{"Page.bringToFront", "Network.enable"} {
		if _, err := b.call(tb.session, m, nil); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := b.call(tb.session, "Network.setCacheDisabled", map[string]any{"cacheDisabled": true}); err != nil {
		t.Fatal(err)
	}
	// An event in the middle of the database, by a fresh id each load
	// when the server's cache is off.
	var maxID int
	{
		st, err := store.OpenReadOnly(db)
		if err != nil {
			t.Fatal(err)
		}
		c, err := st.Counts(t.Context())
		st.Close()
		if err != nil {
			t.Fatal(err)
		}
		maxID = max(1, int(c.Events))
	}
	t.Log("| page | server cache | first byte | HTML end | DOMContentLoaded | load | first contentful paint | trace shown |")
	for _, cache := range []string{"0", "64"} {
		base := serveDB(t, db, "--cache", cache)
		for _, path := range []string{"/events?lang=pl", "/events?lang=pl&type=ASSAULT&limit=50", "/events/%d?lang=pl", "/timeline?lang=pl", "/network?lang=pl"} {
			var ms [6][]float64
			for i := range 21 {
				u := path
				if strings.Contains(path, "%d") {
					id := maxID / 2
					if cache == "0" {
						id = 1 + (i*104729)%maxID
					}
					u = fmt.Sprintf(path, id)
				}
				tb.open(base + u)
				// The times of the navigation, and of the first contentful
				// paint once the browser reported it (headless chromium
				// paints only when asked for a frame, so it comes after the
				// load event: the render-ready time is DOMContentLoaded with
				// the style sheet in); on an event page, when the trace the
				// page asks for is in.
				v := tb.eval(`new Promise(done => {
					const nav = performance.getEntriesByType('navigation')[0];
					let traced = -1;
					const get = () => JSON.stringify([nav.responseStart, nav.responseEnd, nav.domContentLoadedEventEnd, nav.loadEventStart,
						performance.getEntriesByName('first-contentful-paint')[0]?.startTime || -1, traced]);
					new PerformanceObserver(() => {}).observe({type: 'paint', buffered: true});
					let n = 0;
					const trace = document.getElementById('trace');
					const wait = () => {
						if (traced < 0 && trace && document.querySelector('#trace[data-loaded]')) traced = performance.now();
						const painted = performance.getEntriesByName('first-contentful-paint').length;
						if ((painted && (!trace || traced >= 0)) || ++n > 500) done(get()); else setTimeout(wait, 10);
					};
					requestAnimationFrame(wait);
				})`)
				var r [6]float64
				if err := json.Unmarshal([]byte(v.(string)), &r); err != nil {
					t.Fatal(err)
				}
				if l := tb.console(); len(l) > 0 {
					t.Errorf("%s logged: %v", u, l)
				}
				if i == 0 {
					continue // the first load warms the server and the page cache
				}
				for k := range r {
					ms[k] = append(ms[k], r[k])
				}
			}
			trace := "–"
			if strings.Contains(path, "%d") {
				trace = fmt.Sprintf("%.0f", median(ms[5]))
			}
			t.Logf("| %s | %s MB | %.0f | %.0f | %.0f | %.0f | %.0f | %s |", path, cache, median(ms[0]), median(ms[1]), median(ms[2]), median(ms[3]), median(ms[4]), trace)
		}
	}
	t.Log("ms from navigation start, medians of 20 loads; trace shown: the event page's trace section filled (the pipeline run again over the article)")
}

func median(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	return s[len(s)/2]
}
