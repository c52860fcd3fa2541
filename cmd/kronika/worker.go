package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"runtime"
	"sync/atomic"
	"time"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/ingest"
	"github.com/kronika/kronika/pipeline"
	"github.com/kronika/kronika/queue"
	"github.com/kronika/kronika/store"
	"github.com/kronika/kronika/store/pgstore"
)

func init() {
	commands["worker"] = command{
		usage: "--queue nats://HOST:PORT --db postgres://... [--workers N] [--lang CODE] [--timeout D] [--actors FILE]... [--attempts N] [--ack-wait D] [--grace D] [--refs] [--until-empty]",
		brief: "take documents that kronika ingest --queue published to NATS JetStream, code them and store them in PostgreSQL; stateless, run any number on any number of machines; SIGTERM finishes or hands back what it holds",
		run:   runWorker,
	}
}

// workerContext gives the context whose end stops a worker (SIGTERM or
// Ctrl-C).
var workerContext = interruptContext

func runWorker(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("worker", flag.ContinueOnError)
	fs.SetOutput(stderr)
	queueURL := fs.String("queue", "", "the NATS server `URL` (nats://HOST:PORT) with the stream kronika ingest --queue fills")
	dbURL := fs.String("db", "", "the PostgreSQL database `URL` (postgres://USER@HOST:PORT/DB); its schema is created or migrated")
	code := fs.String("lang", "", "language `CODE` of every document, instead of identifying it")
	workers := fs.Int("workers", 0, "documents coded at once (0: one per core)")
	timeout := fs.Duration("timeout", defaultTimeout, "give up coding a document after this long (it is tried again later; 0: no limit)")
	attempts := fs.Int("attempts", 5, "times a failing document is tried before it goes to the dead-letter subject "+queue.DeadSubj)
	ackWait := fs.Duration("ack-wait", time.Minute, "how long the server waits for a worker that holds a message before giving it to another (a worker that dies is noticed after this)")
	grace := fs.Duration("grace", 30*time.Second, "on SIGTERM, how long documents in hand may take to finish before they are handed back")
	readRefs := fs.Bool("refs", false, "read the inputs that messages of kronika ingest --queue --refs name (files every worker sees, URLs, records of WARC files by offset); without it such messages go to the dead-letter subject")
	untilEmpty := fs.Bool("until-empty", false, "exit once the stream holds nothing for any worker (a backfill)")
	var actorFiles listFlag
	fs.Var(&actorFiles, "actors", "add the actor dictionary `FILE` to the embedded base (repeatable; as for extract)")
	if err := parseOnlyFlags(fs, args); err != nil {
		return err
	}
	if *queueURL == "" || !pgstore.IsURL(*dbURL) {
		return usagef("--queue nats://HOST:PORT and --db postgres://... are both required")
	}
	if err := checkCoding(*code, *workers, *timeout); err != nil {
		return err
	}
	if *attempts < 1 || *ackWait < 100*time.Millisecond || *grace <= 0 {
		return usagef("--attempts wants 1 or more, --ack-wait 100ms or more, --grace a positive duration")
	}
	n := *workers
	if n == 0 {
		n = runtime.GOMAXPROCS(0)
	}
	logger := log.New(stderr, "kronika worker: ", log.LstdFlags)
	ctx, stop := workerContext()
	defer stop()

	db, err := openWithRetry(ctx, *dbURL, n+2, logger)
	if err != nil {
		return err
	}
	defer db.Close()
	q, err := queue.Open(ctx, queue.Config{URL: *queueURL, MaxAttempts: *attempts, AckWait: *ackWait, Name: "kronika worker"})
	if err != nil {
		return err
	}
	defer q.Close()
	p := pipeline.New()
	p.Lang = *code
	if err := withUserActors(p, actorFiles, stderr); err != nil {
		return err
	}
	w := &worker{p: p, db: db, timeout: *timeout, refs: *readRefs, log: logger}
	logger.Printf("taking documents from %s (%d at once), storing in %s", *queueURL, n, pgstore.Redact(*dbURL))
	start := time.Now()
	st, err := q.Work(ctx, queue.WorkOptions{Concurrency: n, Grace: *grace, UntilEmpty: *untilEmpty, Log: logger.Printf}, w.handle)
	el := time.Since(start).Seconds()
	perDoc := func(ns int64) float64 { return float64(ns) / 1e6 / float64(max(w.added.Load(), 1)) }
	logger.Printf("%d messages done (%d documents, %d new, %d events, %d merged, %d mentions), %d retried later, %d dead-lettered, %d handed back; %.1f docs/s; per new document %.1f ms coding, %.1f ms storing",
		st.Done, w.docs.Load(), w.added.Load(), w.events.Load(), w.merged.Load(), w.mentions.Load(), st.Retried, st.Dead, st.HandedBack,
		float64(w.docs.Load())/max(el, 1e-9), perDoc(w.coding.Load()), perDoc(w.storing.Load()))
	return err
}

// openWithRetry connects to PostgreSQL, waiting for a server that is
// starting or restarting.
func openWithRetry(ctx context.Context, url string, conns int, logger *log.Logger) (*pgstore.Store, error) {
	wait := 250 * time.Millisecond
	deadline := time.Now().Add(time.Minute)
	for {
		db, err := pgstore.Open(ctx, url, conns)
		if err == nil || !pgstore.Transient(err) || time.Now().After(deadline) || ctx.Err() != nil {
			return db, err
		}
		logger.Printf("database not reachable, trying again: %s", oneLine(err))
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(wait):
		}
		wait = min(2*wait, 5*time.Second)
	}
}

// worker codes and stores the documents of messages.
type worker struct {
	p       *pipeline.Pipeline
	db      *pgstore.Store
	timeout time.Duration
	refs    bool // read the inputs references name
	log     *log.Logger

	docs, added, events, merged, mentions atomic.Int64
	coding, storing                       atomic.Int64 // nanoseconds, all documents together
}

// handle is the queue handler of one message.
func (w *worker) handle(ctx context.Context, m queue.Message) error {
	var docs []*doc.Document
	if (m.Ref != "" || m.WARC != "") && !w.refs {
		return queue.Permanent(fmt.Errorf("%s%s: a reference, and this worker reads none (--refs)", m.Ref, m.WARC))
	}
	var errs []error
	switch {
	case m.WARC != "":
		docs, errs = ingest.ReadWARCRecord(m.WARC, m.Offset)
	case m.Ref != "":
		docs, errs = ingest.ReadInput(m.Ref, nil)
	default:
		docs = []*doc.Document{m.Document()}
	}
	for _, err := range errs {
		var warn *ingest.Warning
		switch {
		case errors.As(err, &warn):
		case errors.Is(err, ingest.ErrNoWARCPage):
			return queue.Permanent(err)
		default:
			// A file not (yet) there, a server not answering: tried
			// again later, then dead-lettered.
			return err
		}
	}
	for _, d := range docs {
		if w.p.Lang != "" {
			d.Lang = w.p.Lang
		}
		if d.ID == "" {
			d.ID = doc.Hash(d.Text)
		}
		// A redelivered document stored before its worker died is not
		// coded again.
		if ok, err := w.db.Has(ctx, d.ID); err == nil && ok {
			w.docs.Add(1)
			continue
		}
		t0 := time.Now()
		if err := w.process(d); err != nil {
			return fmt.Errorf("%s: %w", d.Source, err)
		}
		if d.Date == "" {
			d.Date = m.DefaultDate // as ingest --date: not seen by the coder
		}
		t1 := time.Now()
		w.coding.Add(int64(t1.Sub(t0)))
		err := w.store(ctx, d)
		w.storing.Add(int64(time.Since(t1)))
		if err != nil {
			return err
		}
	}
	return nil
}

// process codes a document within the time limit; a panic in a stage is
// the document's error.
func (w *worker) process(d *doc.Document) error {
	done := make(chan error, 1)
	go func() {
		defer func() {
			if e := recover(); e != nil {
				done <- fmt.Errorf("internal error: %v", e)
			}
		}()
		done <- w.p.Process(d)
	}()
	if w.timeout <= 0 {
		return <-done
	}
	t := time.NewTimer(w.timeout)
	defer t.Stop()
	select {
	case err := <-done:
		return err
	case <-t.C:
		return fmt.Errorf("%w (%v)", pipeline.ErrTimeout, w.timeout)
	}
}

// store writes a coded document, waiting out a database that is away
// (restarting, unreachable) for as long as ctx allows: the message stays
// in hand meanwhile instead of using up its attempts.
func (w *worker) store(ctx context.Context, d *doc.Document) error {
	wait := 100 * time.Millisecond
	for said := false; ; {
		res, err := w.db.Add(ctx, d)
		if err == nil {
			w.docs.Add(1)
			if res.New {
				w.added.Add(1)
				w.events.Add(int64(res.Events))
				w.merged.Add(int64(res.Merged))
				w.mentions.Add(int64(res.Mentions))
			}
			if said {
				w.log.Printf("database back: %s stored", d.Source)
			}
			return nil
		}
		if !pgstore.Transient(err) || ctx.Err() != nil {
			return err
		}
		if !said {
			w.log.Printf("database away, waiting for it: %s", oneLine(err))
			said = true
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
		wait = min(2*wait, 3*time.Second)
	}
}

// readStore is a database the commands that query read: SQLite or
// PostgreSQL.
type readStore interface {
	store.Reader
	Close() error
}

// openReader opens what kronika serve reads: a PostgreSQL database when
// path is a postgres:// URL, else a SQLite file, read-only.
func openReader(path string) (readStore, error) {
	return openQuery(path, store.OpenReadOnly)
}

// openQuery opens the database a query command reads: a PostgreSQL
// database (read-only transactions) when path is a postgres:// URL, else
// the SQLite file at path with openSQLite.
func openQuery(path string, openSQLite func(string) (*store.Store, error)) (readStore, error) {
	if pgstore.IsURL(path) {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		return pgstore.OpenReadOnly(ctx, path, 0)
	}
	return openSQLite(path)
}
