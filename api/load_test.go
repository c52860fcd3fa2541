package api

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/kronika/kronika/store"
)

// TestLoad measures the API on loopback with a bounded load generator:
// a fixed number of requests from a fixed number of clients against a
// real HTTP server over the database $KRONIKA_LOAD_DB (for instance one
// written by kronika gen --events 1000000), each request mix once with
// the answer cache off and once with it on. Skipped without the variable.
//
//	KRONIKA_LOAD_DB=big.db KRONIKA_LOAD_N=5000 KRONIKA_LOAD_C=8 go test -run TestLoad -v ./api
//
// KRONIKA_LOAD_ONLY=substring runs the mixes whose name holds it (or
// one of several, separated by |).
func TestLoad(t *testing.T) {
	path := os.Getenv("KRONIKA_LOAD_DB")
	if path == "" {
		t.Skip("set KRONIKA_LOAD_DB to a database to measure the API on it")
	}
	n := envInt("KRONIKA_LOAD_N", 5000)
	c := envInt("KRONIKA_LOAD_C", 8)
	db, err := store.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	counts, _ := db.Counts(t.Context())
	latestMonth, _ := db.LatestMonth(t.Context())
	maxID := max(1, int(counts.Events))
	t.Logf("%d events, %d mentions; %d requests from %d clients each", counts.Events, counts.Mentions, n, c)
	t.Log("| mix | answers | req/s | p50 ms | p99 ms | max ms | CPU ms per request (server and load generator) |")
	day := func(i int) string { // a day of the generated year
		return time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, (i*7919)%366).Format("2006-01-02")
	}
	mixes := []struct {
		name string
		url  func(i int) string
	}{
		{"events page (limit=50, with mentions), the first page", func(int) string { return "/api/v1/events?limit=50" }},
		{"events page (limit=50), 366 different pages (until=each day)", func(i int) string { return "/api/v1/events?limit=50&until=" + day(i) }},
		{"events page, type=ASSAULT", func(int) string { return "/api/v1/events?limit=50&type=ASSAULT" }},
		{"events page, country=POL, 366 different pages", func(i int) string { return "/api/v1/events?limit=50&country=POL&until=" + day(i) }},
		{"one event (random ids)", func(i int) string { return fmt.Sprintf("/api/v1/events/%d", 1+(i*104729)%maxID) }},
		{"event page, HTML (random ids)", func(i int) string { return fmt.Sprintf("/events/%d", 1+(i*104729)%maxID) }},
		{"event page with trace=1, HTML (random ids: the pipeline over each article)", func(i int) string {
			return fmt.Sprintf("/events/%d?trace=1", 1+(i*104729)%maxID)
		}},
		{"event page with trace=1, HTML (10 events again and again: kept analyses)", func(i int) string {
			return fmt.Sprintf("/events/%d?trace=1", 1+(i%10)*7919)
		}},
		{"explain (random ids)", func(i int) string { return fmt.Sprintf("/api/v1/events/%d/explain", 1+(i*104729)%maxID) }},
		{"network of a month (since=the latest month)", func(int) string { return "/api/v1/network?limit=60&since=" + latestMonth }},
	}
	only := os.Getenv("KRONIKA_LOAD_ONLY")
	for _, cacheOn := range []bool{false, true} {
		opt := Options{CacheBytes: -1}
		label := "no cache"
		if cacheOn {
			opt.CacheBytes, label = 0, "cache"
		}
		s, err := New(db, opt)
		if err != nil {
			t.Fatal(err)
		}
		ts := httptest.NewServer(s) // listens on 127.0.0.1
		for _, m := range mixes {
			if only != "" && !slices.ContainsFunc(strings.Split(only, "|"), func(o string) bool { return strings.Contains(m.name, o) }) {
				continue
			}
			cpu0 := cpuTime()
			rps, lat := load(t, ts, m.url, n, c)
			cpu := (cpuTime() - cpu0).Seconds() * 1000 / float64(n)
			t.Logf("| %s | %s | %.0f | %.1f | %.1f | %.1f | %.2f |", m.name, label, rps, pct(lat, 50), pct(lat, 99), lat[len(lat)-1], cpu)
		}
		ts.Close()
		s.Close()
	}
}

func envInt(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil && v > 0 {
		return v
	}
	return def
}

// load sends n GET requests from c clients (each waits for its answer
// before sending the next), request i to url(i), and returns requests/s
// and the sorted latencies in ms.
func load(t *testing.T, ts *httptest.Server, url func(int) string, n, c int) (float64, []float64) {
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: c, MaxConnsPerHost: c}}
	defer client.CloseIdleConnections()
	// Warm-up: page cache and connections (not the answers measured).
	for i := range 2 * c {
		get1(t, client, ts.URL+url(n+i))
	}
	lat := make([]float64, n)
	var wg sync.WaitGroup
	next := make(chan int, n)
	for i := range n {
		next <- i
	}
	close(next)
	start := time.Now()
	for range c {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				t0 := time.Now()
				get1(t, client, ts.URL+url(i))
				lat[i] = float64(time.Since(t0).Microseconds()) / 1000
			}
		}()
	}
	wg.Wait()
	el := time.Since(start)
	slices.Sort(lat)
	return float64(n) / el.Seconds(), lat
}

func get1(t *testing.T, client *http.Client, u string) {
	resp, err := client.Get(u)
	if err != nil {
		t.Error(err)
		return
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("%s: %d", u, resp.StatusCode)
	}
}

func pct(sorted []float64, p float64) float64 {
	i := int(float64(len(sorted))*p/100+0.5) - 1
	return sorted[max(0, min(i, len(sorted)-1))]
}

// cpuTime is the CPU time (user and system) this process used so far:
// on a machine shared with other work it says what a request costs
// when requests per second only say how much of the CPU we were given.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
