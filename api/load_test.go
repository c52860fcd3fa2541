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
	"testing"
	"time"

	"github.com/kronika/kronika/store"
)

// TestLoad measures the API on loopback with a bounded load generator:
// a fixed number of requests from a fixed number of clients against a
// real HTTP server over the database $KRONIKA_LOAD_DB (for instance one
// written by kronika gen --events 1000000). Skipped without it.
//
//	KRONIKA_LOAD_DB=big.db KRONIKA_LOAD_N=5000 KRONIKA_LOAD_C=8 go test -run TestLoad -v ./api
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
	s, err := New(db, Options{})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s) // listens on 127.0.0.1
	defer ts.Close()
	counts, _ := db.Counts(t.Context())
	t.Logf("%d events, %d mentions; %d requests from %d clients each", counts.Events, counts.Mentions, n, c)
	for _, q := range []struct{ name, path string }{
		{"events page (limit=50, with mentions)", "/api/v1/events?limit=50"},
		{"events page, type filter", "/api/v1/events?limit=50&type=ASSAULT"},
		{"one event", "/api/v1/events/%d"},
	} {
		rps, lat := load(t, ts, q.path, n, c, int(counts.Events))
		t.Logf("| %s | %.0f | %.1f | %.1f | %.1f |", q.name, rps, pct(lat, 50), pct(lat, 99), lat[len(lat)-1])
	}
}

func envInt(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil && v > 0 {
		return v
	}
	return def
}

// load sends n GET requests from c clients (each waits for its answer
// before sending the next) and returns requests/s and the sorted
// latencies in ms. A path with %d gets an event id.
func load(t *testing.T, ts *httptest.Server, path string, n, c, maxID int) (float64, []float64) {
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: c, MaxConnsPerHost: c}}
	defer client.CloseIdleConnections()
	// Warm-up: page cache and connections.
	withID := strings.Contains(path, "%d")
	for i := range 2 * c {
		u := ts.URL + path
		if withID {
			u = ts.URL + fmt.Sprintf(path, 1+i*7919%max(1, maxID))
		}
		get1(t, client, u)
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
				u := ts.URL + path
				if withID {
					u = ts.URL + fmt.Sprintf(path, 1+(i*104729)%maxID)
				}
				t0 := time.Now()
				get1(t, client, u)
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
