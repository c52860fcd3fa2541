package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kronika/kronika/store"
)

// genArticles writes n short Polish articles as .txt files into a new
// directory. Articles i and i+4k report the same act on the same day
// until the day changes, so events merge across them; each article has
// a sentence of its own, so no two texts are equal.
func genArticles(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	acts := []string{
		"Premier Donald Tusk spotkał się z prezydentem Ukrainy Wołodymyrem Zełenskim w Kijowie.",
		"Rosja zaatakowała Ukrainę rakietami.",
		"Prezydent Andrzej Duda odwiedził Litwę.",
		"Polska przekazała Ukrainie pomoc humanitarną.",
	}
	for i := range n {
		day := 1 + (i/(2*len(acts)))%7
		text := fmt.Sprintf(" date 2024-03-%02d\n%s Tak podała agencja w depeszy numer %d. Więcej szczegółów nie podano.\n", day, acts[i%len(acts)], i)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%05d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func dbCounts(t *testing.T, path string) store.Counts {
	t.Helper()
	s, err := store.OpenExisting(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	c, err := s.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// eventsCSV is the csv export without the time stamps (first_seen,
// last_seen), which differ between runs.
func eventsCSV(t *testing.T, db string) string {
	t.Helper()
	out, stderr, code := kronika(t, "events", "--db", db, "--format", "csv", "--limit", "0")
	if code != 0 {
		t.Fatalf("events: exit %d: %s", code, stderr)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, r := range rows {
		b.WriteString(strings.Join(r[:len(r)-2], ",") + "\n")
	}
	return b.String()
}

func TestIngestIdempotentAndQuery(t *testing.T) {
	dir := genArticles(t, 16)
	db := filepath.Join(t.TempDir(), "k.db")
	if _, stderr, code := kronika(t, "ingest", "--db", db, "--workers", "2", dir); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, stderr)
	}
	first := dbCounts(t, db)
	if first.Documents != 16 || first.Events == 0 || first.Mentions <= first.Events {
		t.Fatalf("counts %+v: want 16 documents and events merged across them", first)
	}
	csv1 := eventsCSV(t, db)
	// Again, whole and with a copy of one article under another name:
	// nothing new.
	data, _ := os.ReadFile(filepath.Join(dir, "a00000.txt"))
	cp := filepath.Join(t.TempDir(), "copy.txt")
	os.WriteFile(cp, data, 0o644)
	_, stderr, code := kronika(t, "ingest", "--db", db, dir, cp)
	if code != 0 {
		t.Fatalf("second ingest: exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, "0 new, 17 already stored") {
		t.Errorf("second ingest said: %s", stderr)
	}
	if again := dbCounts(t, db); again != first {
		t.Errorf("re-ingest changed counts: %+v -> %+v", first, again)
	}
	if csv2 := eventsCSV(t, db); csv2 != csv1 {
		t.Errorf("re-ingest changed events:\n%s\n---\n%s", csv1, csv2)
	}

	// The query command and its formats.
	out, stderr, code := kronika(t, "events", "--db", db, "--type", "ASSAULT", "--dyad", "RUS-UKR", "--format", "jsonl")
	if code != 0 {
		t.Fatalf("events: %d %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	var ev store.Event
	if err := json.Unmarshal([]byte(lines[0]), &ev); err != nil {
		t.Fatal(err)
	}
	if ev.Type != "ASSAULT" || ev.NumMentions < 2 || ev.NumArticles != len(ev.Mentions) || ev.NumMentions != len(ev.Mentions) ||
		!strings.Contains(ev.Mentions[0].Sentence.Text, "zaatakowała") {
		t.Errorf("jsonl event %+v", ev)
	}
	out, _, code = kronika(t, "events", "--db", db, "--format", "gdelt", "--limit", "0")
	for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if n := len(strings.Split(l, "\t")); n != 61 || code != 0 {
			t.Fatalf("gdelt line with %d columns (exit %d): %q", n, code, l)
		}
	}
	out, _, _ = kronika(t, "events", "--db", db, "--format", "mentions", "--limit", "0")
	if n := strings.Count(out, "\n"); int64(n) != first.Mentions {
		t.Errorf("mentions export: %d lines, want %d", n, first.Mentions)
	}
	for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if n := len(strings.Split(l, "\t")); n != 16 {
			t.Fatalf("mentions line with %d columns: %q", n, l)
		}
	}
	out, _, _ = kronika(t, "events", "--db", db, "--q", "ZAATAKOWALA rakietami")
	if !strings.Contains(out, "ASSAULT") || strings.Contains(out, "CONSULT") {
		t.Errorf("--q: %s", out)
	}
	out, _, _ = kronika(t, "events", "--db", db, "--country", "LTU", "--format", "daily")
	if !strings.HasPrefix(out, "2024-03-0") {
		t.Errorf("daily: %q", out)
	}
	for _, bad := range [][]string{{"--since", "March"}, {"--dyad", "RUS"}, {"--format", "xml"}, {"--quad", "7"}} {
		if _, _, code := kronika(t, append([]string{"events", "--db", db}, bad...)...); code != 2 {
			t.Errorf("events %v: exit %d, want 2", bad, code)
		}
	}
	if _, stderr, code := kronika(t, "events", "--db", filepath.Join(t.TempDir(), "none.db")); code != 1 || !strings.Contains(stderr, "no database") {
		t.Errorf("missing database: exit %d, %s", code, stderr)
	}
}

func TestIngestBadInputsAmongGood(t *testing.T) {
	dir := genArticles(t, 4)
	bad := filepath.Join(dir, "broken.jsonl")
	os.WriteFile(bad, []byte(`{"text": "Rosja zaatakowała Ukrainę rakietami w czwartek."}`+"\n"+`{"text": "unterminated`+"\n"+`{"text": "Polska przekazała Ukrainie pomoc w piątek."}`+"\n"), 0o644)
	db := filepath.Join(t.TempDir(), "k.db")
	missing := filepath.Join(dir, "missing.txt")
	_, stderr, code := kronika(t, "ingest", "--db", db, dir, missing)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if !strings.Contains(stderr, "broken.jsonl:2") || !strings.Contains(stderr, "missing.txt") {
		t.Errorf("stderr does not name the bad inputs: %s", stderr)
	}
	if c := dbCounts(t, db); c.Documents != 6 {
		t.Errorf("%d documents stored, want 6 (4 files, 2 good records)", c.Documents)
	}
}

// buildKronika builds the command into a temporary directory.
func buildKronika(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "kronika")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// TestIngestKilledThenResumed kills a real ingest process with SIGKILL
// half-way, runs it again, and compares the database with a clean run:
// same documents, sentences, entities, events and mentions, and the same
// events with the same counts. Meanwhile a reader in this process queries
// the database the other process writes.
func TestIngestKilledThenResumed(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildKronika(t)
	dir := genArticles(t, 400)
	tmp := t.TempDir()
	clean, killed := filepath.Join(tmp, "clean.db"), filepath.Join(tmp, "killed.db")

	ingestCmd := func(db string) *exec.Cmd {
		return exec.Command(bin, "ingest", "--db", db, "--workers", "2", dir)
	}
	if out, err := ingestCmd(clean).CombinedOutput(); err != nil {
		t.Fatalf("clean run: %v\n%s", err, out)
	}
	want := dbCounts(t, clean)

	cmd := ingestCmd(killed)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Readers query while the writer works, until it is killed.
	var readErr error
	var reads int
	var mu sync.Mutex
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		var s *store.Store
		defer func() {
			if s != nil {
				s.Close()
			}
		}()
		for {
			select {
			case <-done:
				return
			default:
			}
			if s == nil {
				if _, err := os.Stat(killed); err != nil {
					time.Sleep(5 * time.Millisecond)
					continue
				}
				var err error
				if s, err = store.OpenExisting(killed); err != nil {
					mu.Lock()
					readErr = err
					mu.Unlock()
					return
				}
			}
			evs, err := s.Events(context.Background(), store.Filter{Q: "agencja", Limit: 20})
			if err == nil {
				err = s.LoadMentions(context.Background(), evs)
			}
			mu.Lock()
			reads++
			if err != nil {
				readErr = err
			}
			mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	// Kill it once some documents are stored, well before the end.
	deadline := time.Now().Add(60 * time.Second)
	var at int64
	var probe *store.Store
	for time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
		if probe == nil {
			if _, err := os.Stat(killed); err != nil {
				continue
			}
			var err error
			if probe, err = store.OpenExisting(killed); err != nil {
				t.Fatal(err)
			}
		}
		c, err := probe.Counts(context.Background())
		if err == nil && c.Documents >= 60 {
			at = c.Documents
			break
		}
	}
	if probe != nil {
		probe.Close()
	}
	cmd.Process.Kill()
	cmd.Wait()
	close(done)
	wg.Wait()
	if readErr != nil {
		t.Fatalf("concurrent reader: %v", readErr)
	}
	if at == 0 {
		t.Fatal("the ingest never stored 60 documents")
	}
	if got := dbCounts(t, killed); got.Documents >= want.Documents {
		t.Fatalf("killed too late: %d documents of %d", got.Documents, want.Documents)
	}
	if out, err := ingestCmd(killed).CombinedOutput(); err != nil {
		t.Fatalf("resumed run: %v\n%s", err, out)
	}
	if got := dbCounts(t, killed); got != want {
		t.Errorf("killed at %d documents and resumed: %+v, clean run: %+v", at, got, want)
	}
	if a, b := eventsCSV(t, clean), eventsCSV(t, killed); a != b {
		t.Errorf("events differ between the clean and the resumed run")
	}
	t.Logf("killed after %d of %d documents; %d reads meanwhile", at, want.Documents, reads)

	// Ctrl-C: what is pending is committed, exit status 130, and a second
	// run completes the database.
	interrupted := filepath.Join(tmp, "interrupted.db")
	cmd = ingestCmd(interrupted)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Once some documents are committed.
	for i := 0; i < 3000; i++ {
		time.Sleep(10 * time.Millisecond)
		if _, err := os.Stat(interrupted); err != nil {
			continue
		}
		s, err := store.OpenExisting(interrupted)
		if err != nil {
			continue
		}
		c, err := s.Counts(context.Background())
		s.Close()
		if err == nil && c.Documents > 0 {
			break
		}
	}
	cmd.Process.Signal(os.Interrupt)
	err := cmd.Wait()
	if code := cmd.ProcessState.ExitCode(); code != 130 && code != 0 {
		t.Fatalf("after Ctrl-C: exit %d (%v): %s", code, err, stderr.String())
	}
	if cmd.ProcessState.ExitCode() == 130 && !strings.Contains(stderr.String(), "interrupted") {
		t.Errorf("after Ctrl-C: %s", stderr.String())
	}
	t.Logf("Ctrl-C: exit %d after %d documents", cmd.ProcessState.ExitCode(), dbCounts(t, interrupted).Documents)
	if out, err := ingestCmd(interrupted).CombinedOutput(); err != nil {
		t.Fatalf("run after Ctrl-C: %v\n%s", err, out)
	}
	if got := dbCounts(t, interrupted); got != want {
		t.Errorf("interrupted and resumed: %+v, clean run: %+v", got, want)
	}
}
