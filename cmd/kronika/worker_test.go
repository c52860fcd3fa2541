package main

// kronika ingest --queue, kronika worker and kronika serve over
// PostgreSQL, against real servers: nats-server in this process on a
// loopback port, a throwaway PostgreSQL cluster (internal/pgtest; the
// tests skip when PostgreSQL is not installed), workers as goroutines and
// as processes (this test binary run as kronika).

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/kronika/kronika/internal/natstest"
	"github.com/kronika/kronika/internal/pgtest"
	"github.com/kronika/kronika/queue"
	"github.com/kronika/kronika/store"
	"github.com/kronika/kronika/store/pgstore"
)

// TestMain runs this binary as kronika when KRONIKA_TEST_RUN=1: the
// worker processes the tests start (and kill).
func TestMain(m *testing.M) {
	if os.Getenv("KRONIKA_TEST_RUN") == "1" {
		os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// servers starts PostgreSQL (first: it skips when absent) and NATS.
func servers(t *testing.T) (natsURL string, pg *pgtest.Cluster, dbURL string) {
	t.Helper()
	pg = pgtest.Start(t)
	dbURL = pg.NewDatabase("kronika")
	_, natsURL = natstest.Start(t)
	// The schema, as the first worker would create it.
	db, err := pgstore.Open(context.Background(), dbURL, 1)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	return natsURL, pg, dbURL
}

// chronicle is what a store holds, without ids and time stamps: the
// counts of its tables and of its events' mentions, articles and sources.
type chronicle struct {
	store.Counts
	Mentions, Articles, Sources int
}

func chronicleOf(t *testing.T, r store.Reader) chronicle {
	t.Helper()
	ctx := context.Background()
	c, err := r.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	ch := chronicle{Counts: c}
	err = r.EachEvent(ctx, store.Filter{}, func(e store.Event) error {
		ch.Mentions += e.NumMentions
		ch.Articles += e.NumArticles
		ch.Sources += e.NumSources
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return ch
}

// reference ingests dir into a new SQLite database in this process: what
// the workers must produce.
func reference(t *testing.T, dir string) chronicle {
	t.Helper()
	db := filepath.Join(t.TempDir(), "ref.db")
	// The PostgreSQL store merges by the key alone (store.Store.KeyOnly).
	if _, stderr, code := kronika(t, "ingest", "--db", db, "--merge-by-key", dir); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, stderr)
	}
	s, err := store.OpenReadOnly(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	return chronicleOf(t, s)
}

func pgChronicle(t *testing.T, url string) chronicle {
	t.Helper()
	s, err := pgstore.OpenReadOnly(context.Background(), url, 2)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	return chronicleOf(t, s)
}

func publish(t *testing.T, natsURL string, args ...string) string {
	t.Helper()
	_, stderr, code := kronika(t, append([]string{"ingest", "--queue", natsURL}, args...)...)
	if code != 0 {
		t.Fatalf("ingest --queue: exit %d: %s", code, stderr)
	}
	return stderr
}

// lockMentions holds a lock on table mentions until the returned function
// is called: every worker then stops in the middle of its document, its
// transaction open with the document, sentences, entities and events
// written.
func lockMentions(t *testing.T, dbURL string) (conn *pgx.Conn, release func()) {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, dbURL)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := conn.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tx.Exec(ctx, "LOCK TABLE mentions IN EXCLUSIVE MODE"); err != nil {
		t.Fatal(err)
	}
	done := false
	release = func() {
		if !done {
			done = true
			if err := tx.Commit(ctx); err != nil {
				t.Error(err)
			}
			conn.Close(ctx)
		}
	}
	t.Cleanup(release)
	return conn, release
}

// waitBlocked waits until n backends wait for a lock (none when n is 0).
func waitBlocked(t *testing.T, conn *pgx.Conn, n int, what string) {
	t.Helper()
	for deadline := time.Now().Add(60 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		var k int
		if err := conn.QueryRow(context.Background(), "SELECT count(*) FROM pg_locks WHERE NOT granted").Scan(&k); err != nil {
			t.Fatal(err)
		}
		if k >= n && (n > 0 || k == 0) {
			return
		}
	}
	t.Fatalf("%s: not %d backends waiting for a lock", what, n)
}

// workerArgs are the flags of a test worker: quick to notice a dead
// worker.
func workerArgs(natsURL, dbURL string, more ...string) []string {
	return append([]string{"worker", "--queue", natsURL, "--db", dbURL, "--ack-wait", "1s", "--grace", "5s"}, more...)
}

// TestWorkerKilledMidDocument: a worker process stopped by SIGTERM in the
// middle of a document hands it back and exits; one killed (SIGKILL) in
// the middle of a document's transaction loses nothing and doubles nothing:
// the server rolls its transaction back, the stream delivers the message
// again, and the next worker stores everything once.
func TestWorkerKilledMidDocument(t *testing.T) {
	natsURL, _, dbURL := servers(t)
	dir := genArticles(t, 12)
	want := reference(t, dir)
	publish(t, natsURL, dir)
	conn, release := lockMentions(t, dbURL)
	worker := func(args ...string) (*exec.Cmd, *syncBuffer) {
		cmd := exec.Command(os.Args[0], workerArgs(natsURL, dbURL, args...)...)
		cmd.Env = append(os.Environ(), "KRONIKA_TEST_RUN=1")
		out := &syncBuffer{}
		cmd.Stdout, cmd.Stderr = out, out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		return cmd, out
	}
	midDocument := func(who string) {
		t.Helper()
		waitBlocked(t, conn, 1, who)
		var open int
		// pg_stat_activity is read once per transaction unless the
		// snapshot is cleared, and conn is in the lock's transaction.
		if _, err := conn.Exec(context.Background(), "SELECT pg_stat_clear_snapshot()"); err != nil {
			t.Fatal(err)
		}
		if err := conn.QueryRow(context.Background(), `SELECT count(*) FROM pg_stat_activity
			WHERE datname = current_database() AND state = 'active' AND wait_event_type = 'Lock' AND query LIKE '%mentions%'`).Scan(&open); err != nil || open != 1 {
			var act []string
			rows, _ := conn.Query(context.Background(), "SELECT coalesce(state, '') || ' ' || coalesce(wait_event_type, '') || ' ' || left(query, 60) FROM pg_stat_activity WHERE datname = current_database()")
			for rows != nil && rows.Next() {
				var a string
				rows.Scan(&a)
				act = append(act, a)
			}
			t.Fatalf("%s: %d transactions waiting to write mentions (%v), want the worker's; activity:\n%s", who, open, err, strings.Join(act, "\n"))
		}
	}
	// SIGTERM first: the worker waits out its grace period, then hands
	// the document back and exits cleanly.
	cmd, out := worker("--workers", "1", "--grace", "1s")
	midDocument("worker process")
	t0 := time.Now()
	cmd.Process.Signal(syscall.SIGTERM)
	if err := cmd.Wait(); err != nil || !strings.Contains(out.String(), "1 handed back") || time.Since(t0) > 15*time.Second {
		t.Fatalf("worker after SIGTERM (%v, %v): %s", err, time.Since(t0), out.String())
	}
	// Its transaction ends with it; the next worker gets the document at
	// once and is killed with its transaction open.
	waitBlocked(t, conn, 0, "the stopped worker's transaction")
	cmd, out = worker("--workers", "1")
	midDocument("second worker process")
	cmd.Process.Kill()
	cmd.Wait()
	release()
	if c := pgChronicle(t, dbURL); c.Documents != 0 || c.Events != 0 {
		t.Fatalf("the killed worker's transaction left %+v", c)
	}
	_, stderr, code := kronika(t, workerArgs(natsURL, dbURL, "--workers", "2", "--until-empty")...)
	if code != 0 {
		t.Fatalf("second worker: exit %d: %s", code, stderr)
	}
	if got := pgChronicle(t, dbURL); got != want {
		t.Fatalf("after the kill and the second worker:\n got %+v\nwant %+v (SQLite in-process)\nkilled worker said: %s\nsecond worker said: %s", got, want, out.String(), stderr)
	}
	// Published again: nothing new, whether the stream still remembers
	// the ids or the store finds the documents.
	publish(t, natsURL, dir)
	if _, stderr, code := kronika(t, workerArgs(natsURL, dbURL, "--until-empty")...); code != 0 {
		t.Fatalf("third worker: exit %d: %s", code, stderr)
	}
	if got := pgChronicle(t, dbURL); got != want {
		t.Fatalf("after publishing again: %+v, want %+v", got, want)
	}
}

// TestPoisonDocumentDeadLettered: a reference to a file that is gone is
// tried --attempts times and then published to the dead-letter subject;
// a message that is not one goes there at once; the good document is
// stored.
func TestPoisonDocumentDeadLettered(t *testing.T) {
	natsURL, _, dbURL := servers(t)
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	gone := filepath.Join(dir, "gone.txt")
	os.WriteFile(good, []byte(" date 2024-03-04\nRosja zaatakowała Ukrainę rakietami.\n"), 0o644)
	os.WriteFile(gone, []byte("Tekst, który zniknie.\n"), 0o644)
	publish(t, natsURL, "--refs", good, gone)
	os.Remove(gone)
	ctx := context.Background()
	q, err := queue.Open(ctx, queue.Config{URL: natsURL})
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	if _, err := q.Publish(ctx, queue.Message{ID: "garbage"}, []byte("not a message")); err != nil {
		t.Fatal(err)
	}
	_, stderr, code := kronika(t, workerArgs(natsURL, dbURL, "--refs", "--attempts", "2", "--until-empty")...)
	if code != 0 {
		t.Fatalf("worker: exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, "1 messages done") || !strings.Contains(stderr, "2 dead-lettered") {
		t.Errorf("worker said: %s", stderr)
	}
	s, err := q.JetStream().Stream(ctx, queue.DeadStream)
	if err != nil {
		t.Fatal(err)
	}
	var dead []string
	for seq := uint64(1); seq <= 2; seq++ {
		m, err := s.GetMsg(ctx, seq)
		if err != nil {
			t.Fatalf("dead letter %d: %v", seq, err)
		}
		dead = append(dead, m.Header.Get(queue.HeaderDeliveries)+" "+m.Header.Get(queue.HeaderError)+" | "+string(m.Data))
	}
	all := strings.Join(dead, "\n")
	if !strings.Contains(all, "2 attempt 2 of 2: ") || !strings.Contains(all, "gone.txt") ||
		!strings.Contains(all, "1 bad message") || !strings.Contains(all, "| not a message") {
		t.Errorf("dead letters:\n%s", all)
	}
	if c := pgChronicle(t, dbURL); c.Documents != 1 || c.Events != 1 {
		t.Errorf("stored %+v, want the good document and its event", c)
	}
	if w, f, err := q.Pending(ctx); err != nil || w+f != 0 {
		t.Errorf("left in the stream: %d waiting, %d in flight (%v)", w, f, err)
	}
}

// TestWorkersRaceOnOneEvent: two workers store reports of the same act
// at the same moment (each stopped with its transaction open until both
// are); they converge to one event with both mentions. Then kronika
// serve reads it from PostgreSQL.
func TestWorkersRaceOnOneEvent(t *testing.T) {
	natsURL, _, dbURL := servers(t)
	dir := t.TempDir()
	for i, text := range []string{
		" date 2024-03-04\nRosja zaatakowała Ukrainę rakietami. Tak podała agencja w depeszy numer 1.\n",
		" date 2024-03-04\nRosja zaatakowała Ukrainę rakietami. Tak podała agencja w depeszy numer 2.\n",
	} {
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("site%d.txt", i)), []byte(text), 0o644)
	}
	publish(t, natsURL, dir)
	conn, release := lockMentions(t, dbURL)
	done := make(chan string, 2)
	for range 2 {
		go func() {
			_, stderr, code := kronika(t, workerArgs(natsURL, dbURL, "--workers", "1", "--until-empty")...)
			done <- fmt.Sprintf("exit %d: %s", code, stderr)
		}()
	}
	// One worker waits for the table lock (its event row written), the
	// other for the first one's transaction (the same merge key).
	waitBlocked(t, conn, 2, "two workers")
	release()
	for range 2 {
		if r := <-done; !strings.HasPrefix(r, "exit 0") {
			t.Fatal(r)
		}
	}
	ctx := context.Background()
	db, err := pgstore.OpenReadOnly(ctx, dbURL, 2)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	evs, err := db.Events(ctx, store.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 1 {
		t.Fatalf("%d events, want the two reports as one: %+v", len(evs), evs)
	}
	e, err := db.EventByID(ctx, evs[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if e.Type != "ASSAULT" || e.NumMentions != 2 || e.NumArticles != 2 || e.NumSources != 2 || len(e.Mentions) != 2 ||
		e.Mentions[0].Document == e.Mentions[1].Document {
		t.Fatalf("event %+v: want ASSAULT with 2 mentions from 2 documents and sites", e)
	}

	// kronika serve over the same database.
	sctx, cancel := context.WithCancel(ctx)
	old := serveContext
	serveContext = func() (context.Context, context.CancelFunc) { return sctx, cancel }
	defer func() { serveContext = old }()
	var out, errb syncBuffer
	exited := make(chan int, 1)
	go func() { exited <- run([]string{"serve", "--db", dbURL, "--addr", "127.0.0.1:0"}, &out, &errb) }()
	var base string
	for deadline := time.Now().Add(10 * time.Second); base == "" && time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if i := strings.Index(out.String(), "http://"); i >= 0 {
			base = strings.Fields(out.String()[i:])[0]
		}
	}
	if base == "" {
		t.Fatalf("serve did not start: %s", errb.String())
	}
	for path, wants := range map[string]string{
		"api/v1/events":                              `"num_mentions":2`,
		fmt.Sprintf("api/v1/events/%d", e.ID):        e.Mentions[1].Document,
		"api/v1/documents/" + e.Mentions[0].Document: `"type":"ASSAULT"`,
		fmt.Sprintf("events/%d", e.ID):               "zaatakowała",
		"api/v1/events.csv":                          "ASSAULT",
	} {
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || !strings.Contains(string(body), wants) {
			t.Errorf("GET /%s: %d, want %q in\n%.600s", path, resp.StatusCode, wants, body)
		}
	}
	cancel()
	if code := <-exited; code != 0 {
		t.Errorf("serve: exit %d: %s", code, errb.String())
	}
}

// TestPostgresRestartDuringRun: the database stops in the middle of a
// run and comes back; the worker waits for it, keeping the messages in
// hand, and stores everything once.
func TestPostgresRestartDuringRun(t *testing.T) {
	natsURL, pg, dbURL := servers(t)
	// enough documents that the worker is still at work when the database
	// goes away, on a quiet machine too (60 were all stored in 2 s)
	dir := genArticles(t, 300)
	want := reference(t, dir)
	publish(t, natsURL, dir)
	done := make(chan string, 1)
	go func() {
		_, stderr, code := kronika(t, workerArgs(natsURL, dbURL, "--workers", "2", "--until-empty")...)
		done <- fmt.Sprintf("exit %d: %s", code, stderr)
	}()
	ctx := context.Background()
	for deadline := time.Now().Add(60 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		var n int
		conn, err := pgx.Connect(ctx, dbURL)
		if err == nil {
			err = conn.QueryRow(ctx, "SELECT count(*) FROM documents").Scan(&n)
			conn.Close(ctx)
		}
		if err != nil {
			t.Fatal(err)
		}
		if n >= 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the worker stored nothing")
		}
	}
	pg.Stop()
	time.Sleep(1500 * time.Millisecond)
	pg.Start()
	var r string
	select {
	case r = <-done:
	case <-time.After(90 * time.Second):
		t.Fatal("the worker did not finish after the restart")
	}
	if !strings.HasPrefix(r, "exit 0") || !strings.Contains(r, "database away") || !strings.Contains(r, "database back") {
		t.Fatalf("worker: %s", r)
	}
	if got := pgChronicle(t, dbURL); got != want {
		t.Fatalf("after the restart:\n got %+v\nwant %+v\nworker: %s", got, want, r)
	}
}
