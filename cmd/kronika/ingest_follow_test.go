package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// followSite serves a feed and its pages from this machine. The feed's
// ETag changes when more items are added; the page /c fails with 503 the
// first time it is asked for.
type followSite struct {
	mu    sync.Mutex
	items []string // paths of the items, in the feed
	hits  map[string]int
}

var followPages = map[string]string{
	"/a": "Premier Donald Tusk spotkał się w poniedziałek w Kijowie z prezydentem Ukrainy Wołodymyrem Zełenskim. Rozmawiali o dostawach broni i odbudowie kraju.",
	"/b": "Rosja zaatakowała w nocy Ukrainę rakietami i dronami. Ukraińskie władze poinformowały o zniszczeniach w Charkowie i Odessie.",
	"/c": "Prezydent Andrzej Duda odwiedził Litwę, gdzie spotkał się z prezydentem Gitanasem Nausėdą. Tematem rozmów było bezpieczeństwo regionu.",
	"/d": "Polska przekazała Ukrainie kolejny transport pomocy humanitarnej. Konwój wyruszył z Rzeszowa we wtorek rano.",
}

func (s *followSite) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.hits[r.URL.Path]++
	if r.URL.Path == "/feed" {
		etag := fmt.Sprintf(`"%d"`, len(s.items))
		w.Header().Set("ETag", etag)
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		var b strings.Builder
		b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>`)
		for i, p := range s.items {
			fmt.Fprintf(&b, "<item><title>Wiadomość %d</title><link>%s</link><guid>item%s</guid><pubDate>Mon, 0%d Jul 2024 10:00:00 +0200</pubDate></item>", i+1, p, p, i+1)
		}
		b.WriteString("</channel></rss>")
		w.Write([]byte(b.String()))
		return
	}
	text, ok := followPages[r.URL.Path]
	switch {
	case !ok:
		http.NotFound(w, r)
	case r.URL.Path == "/c" && s.hits["/c"] == 1:
		http.Error(w, "busy", http.StatusServiceUnavailable)
	default:
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, "<html><head><title>Wiadomość</title></head><body><article><p>%s</p></article></body></html>", text)
	}
}

func (s *followSite) hit(p string) int { s.mu.Lock(); defer s.mu.Unlock(); return s.hits[p] }

func TestIngestFollow(t *testing.T) {
	site := &followSite{items: []string{"/a", "/b", "/c"}, hits: map[string]int{}}
	srv := httptest.NewServer(site)
	defer srv.Close()
	dir := t.TempDir()
	list := filepath.Join(dir, "feeds.txt")
	if err := os.WriteFile(list, []byte("# test feeds\n\n"+srv.URL+"/feed\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "k.db")
	follow := func() string {
		t.Helper()
		_, stderr, code := kronika(t, "ingest", "--db", db, "--follow", list, "--once")
		if code != 0 && code != 1 {
			t.Fatalf("follow: exit %d: %s", code, stderr)
		}
		return stderr
	}
	// First poll: a and b stored; c failed with 503 and is left for later.
	log := follow()
	if c := dbCounts(t, db); c.Documents != 2 {
		t.Fatalf("first poll: %d documents, want 2\n%s", c.Documents, log)
	}
	if site.hit("/a") != 1 || site.hit("/b") != 1 || site.hit("/c") != 1 {
		t.Errorf("first poll hits: a %d, b %d, c %d", site.hit("/a"), site.hit("/b"), site.hit("/c"))
	}
	// Second poll: the feed has not changed (304): nothing fetched.
	log = follow()
	if !strings.Contains(log, "not modified") || site.hit("/feed") != 2 || site.hit("/a") != 1 {
		t.Errorf("second poll: feed %d, a %d\n%s", site.hit("/feed"), site.hit("/a"), log)
	}
	// A new item: only it and the item that failed are fetched.
	site.mu.Lock()
	site.items = append(site.items, "/d")
	site.mu.Unlock()
	log = follow()
	if site.hit("/a") != 1 || site.hit("/b") != 1 || site.hit("/c") != 2 || site.hit("/d") != 1 {
		t.Errorf("third poll hits: a %d, b %d, c %d, d %d\n%s", site.hit("/a"), site.hit("/b"), site.hit("/c"), site.hit("/d"), log)
	}
	if c := dbCounts(t, db); c.Documents != 4 {
		t.Errorf("after the third poll: %d documents, want 4\n%s", c.Documents, log)
	}
	// The feed's dates are the documents' dates.
	out, _, _ := kronika(t, "documents", "--db", db, "--since", "2024-07-04", "--until", "2024-07-04", "--format", "jsonl")
	if !strings.Contains(out, srv.URL+"/d") {
		t.Errorf("documents of 2024-07-04: %q", out)
	}
	if _, stderr, code := kronika(t, "ingest", "--db", db, "--follow", list, "x.txt"); code != 2 {
		t.Errorf("--follow with inputs: exit %d: %s", code, stderr)
	}
}

// TestIngestWARCAmongGood: a WARC file of two pages, a damaged WARC file
// and a feed file without items beside text articles: the good pages and
// articles are stored, each bad input named, and a second run adds
// nothing.
func TestIngestWARCAmongGood(t *testing.T) {
	dir := genArticles(t, 3)
	record := func(uri, body string) string {
		resp := "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body
		return fmt.Sprintf("WARC/1.0\r\nWARC-Type: response\r\nWARC-Date: 2024-03-05T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:%s>\r\n"+
			"WARC-Target-URI: %s\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
			strings.Repeat("1", 8)+"-0000-4000-8000-"+fmt.Sprintf("%012d", len(uri)), uri, len(resp), resp)
	}
	page := func(p string) string {
		return "<html><body><article><p>" + followPages[p] + "</p></article></body></html>"
	}
	warc := record("https://news.test/a", page("/a")) + record("https://news.test/b", page("/b"))
	if err := os.WriteFile(filepath.Join(dir, "crawl.warc"), []byte(warc), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "damaged.warc.gz"), []byte("\x1f\x8b\x08\x00garbage"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "empty.rss"), []byte(`<rss version="2.0"><channel><title>T</title></channel></rss>`), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "k.db")
	_, stderr, code := kronika(t, "ingest", "--db", db, dir)
	if code != 1 || !strings.Contains(stderr, "damaged.warc.gz") || !strings.Contains(stderr, "empty.rss") {
		t.Errorf("exit %d, want 1 naming the bad inputs: %s", code, stderr)
	}
	first := dbCounts(t, db)
	if first.Documents != 5 {
		t.Errorf("%d documents, want 5 (3 articles, 2 pages)", first.Documents)
	}
	kronika(t, "ingest", "--db", db, dir)
	if again := dbCounts(t, db); again != first {
		t.Errorf("second run: %+v, want %+v", again, first)
	}
	out, _, _ := kronika(t, "documents", "--db", db, "--source", "news.test", "--format", "jsonl")
	if strings.Count(out, "\n") != 2 || !strings.Contains(out, `"date":"2024-03-05"`) {
		t.Errorf("pages from the WARC file: %s", out)
	}
}
