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
