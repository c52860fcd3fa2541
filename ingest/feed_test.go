package ingest

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
)

func TestIsFeed(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{`<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>`, true},
		{"\xEF\xBB\xBF\n<feed xmlns=\"http://www.w3.org/2005/Atom\">", true},
		{`<?xml version="1.0"?><!-- c --><rdf:RDF xmlns:rdf="x">`, true},
		{`<!DOCTYPE rss><rss>`, true},
		{`<!DOCTYPE html><html><head><link rel="alternate" type="application/rss+xml" href="/rss"></head>`, false},
		{`<feedback>not a feed</feedback>`, false},
		{`<?xml version="1.0"?><html><body><p>x</p></body></html>`, false},
		{"Ala ma kota. <rss>", false},
		{`<?xml never closed`, false},
		{"", false},
	} {
		if got := IsFeed([]byte(tc.in)); got != tc.want {
			t.Errorf("IsFeed(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestParseFeedFiles(t *testing.T) {
	data, err := os.ReadFile("testdata/feed.rss")
	if err != nil {
		t.Fatal(err)
	}
	items, err := ParseFeed("testdata/feed.rss", data)
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 3 {
		t.Fatalf("%d items, want 3: %+v", len(items), items)
	}
	// Relative links resolve against the site the channel names.
	if items[0].Link != "http://kronika.test/kraj/delegacja" || items[0].ID != "kt-1001" || items[0].Date != "2024-07-12" ||
		items[0].Title != "Delegacja rządowa odwiedziła Gdańsk" {
		t.Errorf("item 1: %+v", items[0])
	}
	// The publisher's day, not the UTC one (00:30 +0200 is the 13th in UTC).
	if items[1].Date != "2024-07-14" {
		t.Errorf("item 2 date %q, want 2024-07-14", items[1].Date)
	}
	if items[2].Link != "" || !strings.Contains(items[2].Content, "Straż pożarna") {
		t.Errorf("item 3 (no link): %+v", items[2])
	}

	data, err = os.ReadFile("testdata/feed.atom")
	if err != nil {
		t.Fatal(err)
	}
	items, err = ParseFeed("testdata/feed.atom", data)
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 1 || items[0].Link != "http://kronika.test/kraj/rada" || items[0].ID != "urn:kronika:test:1002" || items[0].Date != "2024-07-13" {
		t.Errorf("atom: %+v", items)
	}
	if _, err := ParseFeed("x", []byte("<rss><channel><item>")); err == nil {
		t.Error("truncated feed: no error")
	}
}

// newsSite serves testdata/feed.rss at /feed.rss with its pages (nothing
// leaves the machine), counting the requests of each path.
func newsSite(t *testing.T) (*httptest.Server, func(string) int) {
	feed, err := os.ReadFile("testdata/feed.rss")
	if err != nil {
		t.Fatal(err)
	}
	page, err := os.ReadFile("testdata/page.html")
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	hits := map[string]int{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		hits[r.URL.Path]++
		mu.Unlock()
		switch r.URL.Path {
		case "/feed.rss":
			const etag = `"v1"`
			w.Header().Set("ETag", etag)
			if r.Header.Get("If-None-Match") == etag {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("Content-Type", "application/rss+xml")
			w.Write(feed)
		case "/kraj/delegacja":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(page)
		case "/kraj/rada":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write([]byte(`<html><head></head><body><article><p>Radni nie uchwalili w sobotę budżetu miasta na przyszły rok. ` +
				`Głosowanie przełożono na wrzesień, a prezydent zapowiedział poprawki.</p></article></body></html>`))
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv, func(p string) int { mu.Lock(); defer mu.Unlock(); return hits[p] }
}

func TestReadFeedURL(t *testing.T) {
	srv, hits := newsSite(t)
	docs, errs := ReadInput(srv.URL+"/feed.rss", nil)
	if len(errs) > 0 {
		t.Fatalf("errors: %v", errs)
	}
	if len(docs) != 3 {
		t.Fatalf("%d documents, want 3", len(docs))
	}
	byTitle := map[string]string{}
	for _, d := range docs {
		byTitle[d.Title] = d.Source + " " + d.Date
	}
	// The page's own title; the feed's date.
	if got := byTitle["Delegacja rządowa odwiedziła Gdańsk"]; got != srv.URL+"/kraj/delegacja 2024-07-12" {
		t.Errorf("page 1: %q (%v)", got, byTitle)
	}
	// A page without a title takes the feed's.
	if got := byTitle["Rada miasta bez budżetu"]; got != srv.URL+"/kraj/rada 2024-07-14" {
		t.Errorf("page 2: %q (%v)", got, byTitle)
	}
	if !strings.Contains(docs[2].Text, "Straż pożarna ugasiła") || docs[2].Date != "2024-07-14" {
		t.Errorf("item without link: %q %q", docs[2].Source, docs[2].Text)
	}
	if hits("/feed.rss") != 1 || hits("/kraj/delegacja") != 1 || hits("/kraj/rada") != 1 {
		t.Errorf("requests: feed %d, pages %d, %d", hits("/feed.rss"), hits("/kraj/delegacja"), hits("/kraj/rada"))
	}
}

func TestSplitFeedJobs(t *testing.T) {
	srv, _ := newsSite(t)
	var sources []string
	Split(srv.URL+"/feed.rss", nil, func(j Job) bool {
		if j.Whole {
			t.Errorf("feed item job %s marked whole", j.Source)
		}
		sources = append(sources, j.Source)
		return true
	})
	want := []string{srv.URL + "/kraj/delegacja", srv.URL + "/kraj/rada", srv.URL + "/feed.rss#kt-1003"}
	if strings.Join(sources, " ") != strings.Join(want, " ") {
		t.Errorf("jobs %v, want %v", sources, want)
	}
}

func TestPollFeedConditional(t *testing.T) {
	srv, hits := newsSite(t)
	ctx := context.Background()
	items, st, err := PollFeed(ctx, srv.URL+"/feed.rss", FeedState{})
	if err != nil || len(items) != 3 || st.ETag != `"v1"` {
		t.Fatalf("first poll: %d items, %+v, %v", len(items), st, err)
	}
	items, st2, err := PollFeed(ctx, srv.URL+"/feed.rss", st)
	if !errors.Is(err, ErrNotModified) || len(items) != 0 || st2 != st {
		t.Errorf("second poll: %d items, %+v, %v; want not modified", len(items), st2, err)
	}
	if hits("/feed.rss") != 2 {
		t.Errorf("%d feed requests, want 2", hits("/feed.rss"))
	}
	if _, _, err := PollFeed(ctx, srv.URL+"/kraj/delegacja", FeedState{}); err == nil {
		t.Error("an HTML page polled as a feed: no error")
	}
	if _, _, err := PollFeed(ctx, srv.URL+"/missing", FeedState{}); err == nil {
		t.Error("404: no error")
	}
}

func FuzzFeed(f *testing.F) {
	for _, p := range []string{"testdata/feed.rss", "testdata/feed.atom"} {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(`<rss><channel><item><link>javascript:alert(1)</link><pubDate>32 Foo 99999</pubDate></item></channel></rss>`))
	f.Add([]byte(`<feed><entry><link href="//x"/><published>0000-00-00</published></entry></feed>`))
	f.Add([]byte(`<?xml version="1.0" encoding="windows-1251"?><rss><channel><item><title>` + "\xcc\xee\xf1\xea\xe2\xe0" + `</title><link>http://a.ru/</link></item></channel></rss>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		IsFeed(data)
		items, err := ParseFeed("http://feed.test/rss", data)
		if err != nil {
			return
		}
		for _, it := range items {
			if it.Link != "" && !isURL(it.Link) {
				t.Errorf("link %q is not http(s)", it.Link)
			}
			if it.Date != "" {
				if _, ok := validDate(it.Date); !ok {
					t.Errorf("date %q", it.Date)
				}
			}
			if it.ID == "" {
				t.Error("item without ID")
			}
		}
	})
}
