package api

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/kronika/kronika/store"
)

// TestActors: a search by code finds the codes that start with it with
// their event counts (checked against the events themselves), a search by
// name finds the code of the stored entity, and one actor's summary,
// timeline and partners agree with the events API.
func TestActors(t *testing.T) {
	ts := newServer(t, Options{})
	db, err := store.OpenReadOnly(fixture(t))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	all, err := db.Events(t.Context(), store.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	m := getJSON(t, ts, "/api/v1/actors?q=rus&limit=50", 200)
	hits := m["actors"].([]any)
	if len(hits) == 0 {
		t.Fatal("q=rus: no actors")
	}
	prev := 1e18
	for _, h := range hits {
		a := h.(map[string]any)
		code := a["code"].(string)
		if !strings.HasPrefix(code, "RUS") {
			t.Errorf("q=rus found %s", code)
		}
		want := 0
		for _, e := range all {
			if e.Source.Actor == code {
				want++
			}
			if e.Target.Actor == code {
				want++
			}
		}
		if n := a["events"].(float64); int(n) != want || n > prev {
			t.Errorf("%s: %v events, want %d (and most first)", code, n, want)
		}
		prev = a["events"].(float64)
	}
	// The entity of the script article: Rosja, canonical Russia, RUS.
	m = getJSON(t, ts, "/api/v1/actors?q=Russia", 200)
	found := false
	for _, h := range m["actors"].([]any) {
		a := h.(map[string]any)
		if a["code"] == "RUS" && strings.Contains(fmt.Sprint(a["names"]), "Russia") {
			found = true
		}
	}
	if !found {
		t.Errorf("q=Russia: %v", m)
	}
	a := getJSON(t, ts, "/api/v1/actors/rus", 200)
	if a["code"] != "RUS" {
		t.Errorf("code %v", a["code"])
	}
	src, tgt := 0, 0
	for _, e := range all {
		if strings.HasPrefix(e.Source.Actor, "RUS") {
			src++
		}
		if strings.HasPrefix(e.Target.Actor, "RUS") {
			tgt++
		}
	}
	if int(a["as_source"].(float64)) != src || int(a["as_target"].(float64)) != tgt {
		t.Errorf("RUS: as source %v, as target %v; want %d, %d", a["as_source"], a["as_target"], src, tgt)
	}
	c := getJSON(t, ts, "/api/v1/counts?by=quad&actor=RUS", 200)
	if tl := a["timeline"].(map[string]any); tl["total"] != c["total"] || tl["by"] != "quad" || tl["interval"] != "month" {
		t.Errorf("timeline total %v by %v, counts total %v", tl["total"], tl["by"], c["total"])
	}
	partners := a["partners"].([]any)
	if len(partners) == 0 {
		t.Fatal("RUS: no partners")
	}
	for _, p := range partners {
		e := p.(map[string]any)
		if !strings.HasPrefix(e["source"].(string), "RUS") && !strings.HasPrefix(e["target"].(string), "RUS") {
			t.Errorf("partner edge without RUS: %v", e)
		}
	}
	for _, bad := range []string{"/api/v1/actors/RU$", "/api/v1/actors?q=" + strings.Repeat("x", 101), "/api/v1/actors/RUS?lang=pl"} {
		getJSON(t, ts, bad, 400)
	}
	getJSON(t, ts, "/api/v1/actors/QQQQ", 404)
	// The pages.
	resp, body := get(t, ts, "/actors/RUS?lang=pl")
	if resp.StatusCode != 200 || !strings.Contains(body, `<svg id="timeline"`) || !strings.Contains(body, `<table id="partners"`) ||
		!strings.Contains(body, `<table id="events"`) || !strings.Contains(body, "Partnerzy") {
		t.Errorf("actor page: %d\n%s", resp.StatusCode, body)
	}
	resp, body = get(t, ts, "/actors?q=RUS&lang=en")
	if resp.StatusCode != 200 || !strings.Contains(body, `<a href="/actors/RUS?lang=en">RUS</a>`) {
		t.Errorf("actors page: %d\n%s", resp.StatusCode, body)
	}
	// The network's nodes lead to actor pages, its edges to the pair's events.
	_, body = get(t, ts, "/network?lang=en&since=2024-01")
	if !strings.Contains(body, `data-source-link="/actors/`) || !strings.Contains(body, `data-events-link="/events?dyad=`) {
		t.Errorf("network links: %s", body)
	}
}

// TestDocumentsList pages through every stored document and filters
// them by language and by words of their sentences.
func TestDocumentsList(t *testing.T) {
	ts := newServer(t, Options{})
	db, err := store.OpenReadOnly(fixture(t))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	counts, err := db.Counts(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	path := "/api/v1/documents?limit=40"
	for {
		m := getJSON(t, ts, path, 200)
		for _, d := range m["documents"].([]any) {
			id := d.(map[string]any)["id"].(string)
			if seen[id] {
				t.Fatalf("document %s on two pages", id)
			}
			seen[id] = true
		}
		next, _ := m["next"].(string)
		if next == "" {
			break
		}
		path = "/api/v1/documents?limit=40&cursor=" + url.QueryEscape(next)
	}
	if int64(len(seen)) != counts.Documents {
		t.Errorf("%d documents listed, %d stored", len(seen), counts.Documents)
	}
	m := getJSON(t, ts, "/api/v1/documents?q=script&lang=pl", 200)
	docs := m["documents"].([]any)
	if len(docs) != 1 || docs[0].(map[string]any)["title"] != "<img src=x onerror=alert(1)>" || docs[0].(map[string]any)["mentions"].(float64) != 1 {
		t.Errorf("q=script: %v", docs)
	}
	m = getJSON(t, ts, "/api/v1/documents?lang=en", 200)
	for _, d := range m["documents"].([]any) {
		if l := d.(map[string]any)["lang"]; l != "en" {
			t.Errorf("lang=en listed a %v document", l)
		}
	}
	getJSON(t, ts, "/api/v1/documents?type=ASSAULT", 400)
}

// TestNetworkPageTakesAPeriod: without since or until the network page
// sends to the latest month with events, which it then draws.
func TestNetworkPageTakesAPeriod(t *testing.T) {
	ts := newServer(t, Options{})
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.Get(ts.URL + "/network?lang=pl&type=ASSAULT")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	loc := resp.Header.Get("Location")
	// The latest dated event of the fixture is the script article's (2025-04-01).
	if resp.StatusCode != http.StatusSeeOther || !strings.Contains(loc, "since=2025-04") || !strings.Contains(loc, "type=ASSAULT") {
		t.Fatalf("network without a period: %d, Location %q", resp.StatusCode, loc)
	}
	r2, body := get(t, ts, loc)
	if r2.StatusCode != 200 || !strings.Contains(body, `value="2025-04"`) {
		t.Errorf("the network of the latest month: %d", r2.StatusCode)
	}
}
