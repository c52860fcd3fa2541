package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
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
	ctx, cancel := context.WithCancel(context.Background())
	old := serveContext
	serveContext = func() (context.Context, context.CancelFunc) { return ctx, cancel }
	var out, errb syncBuffer
	done := make(chan int, 1)
	go func() { done <- run([]string{"serve", "--db", db, "--addr", "127.0.0.1:0"}, &out, &errb) }()
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

// TestServeInChromium drives the pages with Debian's chromium, headless:
// the events table has rows, the event page marks the trigger, the
// timeline and network pages draw their SVG. Screenshots go to
// $KRONIKA_ARTEFACTS (else a temp dir, named in the log).
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
	// browse dumps the DOM of path after its scripts ran and, given a
	// window size, takes a screenshot named name.png.
	browse := func(name, path, size string) string {
		t.Helper()
		profile := t.TempDir()
		args := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
			"--disable-component-update", "--no-first-run", "--disable-sync", "--disable-dev-shm-usage",
			"--user-data-dir=" + profile, "--virtual-time-budget=3000"}
		ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
		defer cancel()
		dom, err := exec.CommandContext(ctx, chromium, append(args, "--dump-dom", base+path)...).Output()
		if err != nil {
			t.Fatalf("chromium --dump-dom %s: %v", path, err)
		}
		if size == "" {
			return string(dom)
		}
		shot := filepath.Join(shots, name+".png")
		sc := exec.CommandContext(ctx, chromium, append(args, size, "--screenshot="+shot, base+path)...)
		sc.Dir = shots
		if out, err := sc.CombinedOutput(); err != nil {
			t.Errorf("chromium --screenshot %s: %v: %s", path, err, out)
		} else if st, err := os.Stat(shot); err != nil || st.Size() == 0 {
			t.Errorf("no screenshot %s", shot)
		}
		return string(dom)
	}
	const desktop, phone = "--window-size=1280,1000", "--window-size=375,800"
	dom := browse("events-phone", "/events?lang=pl", phone)
	rows := regexp.MustCompile(`<a href="/events/(\d+)\?lang=pl">`).FindAllStringSubmatch(dom, -1)
	if len(rows) < 3 {
		t.Fatalf("events table: %d rows:\n%s", len(rows), dom)
	}
	if !strings.Contains(dom, "<button") {
		t.Error("events table: the sort script did not run (no header buttons)")
	}
	found := false
	for _, r := range rows {
		d := browse("event", "/events/"+r[1]+"?lang=en", desktop)
		if strings.Contains(d, `<mark class="trigger">`) && strings.Contains(d, `class="evidence-sentence"`) {
			found = true
			break
		}
	}
	if !found {
		t.Error("no event page marks its trigger in the evidence sentence")
	}
	if d := browse("timeline", "/timeline?interval=day", ""); !strings.Contains(d, `<svg id="timeline"`) || !strings.Contains(d, "<polyline") {
		t.Errorf("timeline: no SVG lines:\n%s", d)
	}
	d := browse("network", "/network", desktop)
	if !regexp.MustCompile(`<svg id="network"[^>]*data-drawn="[1-9]`).MatchString(d) || !strings.Contains(d, "<circle") {
		t.Errorf("network: the script drew no nodes:\n%s", d)
	}
}
