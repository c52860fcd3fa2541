package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/kronika/kronika/ingest"
	"github.com/kronika/kronika/pipeline"
	"github.com/kronika/kronika/store"
)

func init() {
	commands["ingest"] = command{
		usage: "[--db PATH | --queue nats://HOST:PORT [--refs]] [--workers N] [--lang CODE] [--date DATE] [--merge-by-key] [--timeout D] [--actors FILE]... FILE|DIR|URL|FEED|WARC|- ... | --follow FEEDS.txt [--interval D] [--once]",
		brief: "read articles (any input of extract, RSS/Atom feeds with their items' pages, WARC files), code them as extract does and store documents, sentences, entities, events and their mentions in the SQLite database (default kronika.db); idempotent by content hash, safe to interrupt and run again; --follow polls feeds; --queue hands the documents to kronika worker instead",
		run:   runIngest,
	}
}

// ingestStats are the running totals of an ingest.
type ingestStats struct {
	inputs, done        int
	read, added, stored int // documents read; stored new; already in the database
	events, merged      int // new events; events joined to stored ones
	mentions            int
	duplicates          int // new documents that are near-duplicates of stored ones
	failed              int // documents or inputs that could not be read or stored
	writing             time.Duration
}

func runIngest(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dbPath := fs.String("db", store.DefaultPath, "database `PATH` (created when missing)")
	code := fs.String("lang", "", "language `CODE` of every document, instead of identifying it")
	workers := fs.Int("workers", 0, "documents processed in parallel (0: one per core); one writer stores them")
	timeout := fs.Duration("timeout", defaultTimeout, "give up a document (or a whole non-JSONL input) after this long (0: no limit)")
	progress := fs.Bool("progress", false, "progress on one updating line (default: when stderr is a terminal; otherwise a log line every 10 s)")
	var actorFiles listFlag
	fs.Var(&actorFiles, "actors", "add the actor dictionary `FILE` to the embedded base for this run (repeatable; as for extract)")
	defDate := fs.String("date", "", "publication `DATE` (YYYY[-MM[-DD]]) stored for documents that give none, and used by the merge rule in their place (the coder does not see it)")
	keyOnly := fs.Bool("merge-by-key", false, "merge reports of an act across documents by type, sides, date window and place alone, as kronika worker's PostgreSQL store does, without the evidence that they are of one occasion (see the README's store section)")
	follow := fs.String("follow", "", "poll the RSS/Atom feeds listed in `FILE` (one URL a line, # comments) with conditional requests, storing each new item's page once")
	interval := fs.Duration("interval", 15*time.Minute, "with --follow: time between polls")
	once := fs.Bool("once", false, "with --follow: poll each feed once and stop")
	queueURL := fs.String("queue", "", "instead of coding and storing here, publish the documents read to the NATS JetStream server at `URL` (nats://HOST:PORT) for kronika worker")
	refs := fs.Bool("refs", false, "with --queue: publish references instead of documents: the inputs' names (files every worker sees, or URLs), and for a WARC file its name and the offset of each HTML page's record")
	args, err := parseAnywhere(fs, args)
	if err != nil {
		return usagef("%v", err)
	}
	if len(args) == 0 && *follow == "" {
		return usagef("no input: give files, directories, URLs, feeds, WARC files or - for standard input, or --follow FEEDS.txt")
	}
	if *follow != "" && len(args) > 0 {
		return usagef("--follow reads its feeds from %s: give no other input", *follow)
	}
	if *interval < time.Second {
		return usagef("--interval %v: want 1s or more", *interval)
	}
	if *defDate != "" && !dateRE.MatchString(*defDate) {
		return usagef("--date %q: want YYYY, YYYY-MM or YYYY-MM-DD", *defDate)
	}
	if err := checkCoding(*code, *workers, *timeout); err != nil {
		return err
	}
	if *dbPath == "" {
		return usagef("--db: empty path")
	}
	if err := checkQueueFlags(fs, *queueURL, *refs); err != nil {
		return err
	}
	inputs, errs := ingest.Expand(args)
	var st ingestStats
	for _, err := range errs {
		fmt.Fprintf(stderr, "kronika ingest: %s\n", oneLine(err))
		if !errors.Is(err, ingest.ErrSkipped) {
			st.failed++
		}
	}
	if *queueURL != "" {
		return publishInputs(*queueURL, publishOptions{refs: *refs, lang: *code, date: *defDate, readers: *workers}, inputs, st.failed, os.Stdin, stderr)
	}
	db, err := store.Open(*dbPath)
	if err != nil {
		return err
	}
	// Documents are committed 64 at a time or every second, whichever
	// comes first: a killed run loses at most that much, whole, and
	// stores it when run again.
	db.BatchDocs, db.BatchDelay = 64, time.Second
	db.KeyOnly = *keyOnly
	p := pipeline.New()
	p.Timeout = *timeout
	p.Lang = *code
	if err := withUserActors(p, actorFiles, stderr); err != nil {
		db.Close()
		return err
	}
	if *follow != "" {
		return followFeeds(db, p, followOptions{list: *follow, interval: *interval, once: *once, workers: *workers, date: *defDate}, stderr)
	}
	st.inputs = len(inputs)
	live := *progress || isTerminal(stderr)
	start := time.Now()
	last := start
	report := func(final bool) {
		el := time.Since(start).Seconds()
		line := fmt.Sprintf("%d/%d inputs, %d documents (%d new, %d already stored, %d near-duplicates), %d new events, %d merged, %d mentions, %.1f docs/s",
			st.done, st.inputs, st.read, st.added, st.stored, st.duplicates, st.events, st.merged, st.mentions, float64(st.read)/max(el, 1e-9))
		if final {
			line += fmt.Sprintf(", writer busy %.0f%%", 100*st.writing.Seconds()/max(el, 1e-9))
		} else if st.done > 0 && st.done < st.inputs {
			eta := time.Duration(float64(st.inputs-st.done) * el / float64(st.done) * float64(time.Second))
			line += ", ETA " + eta.Round(time.Second).String()
		}
		switch {
		case live && final:
			fmt.Fprintf(stderr, "\r\033[Kkronika ingest: %s\n", line)
		case live:
			fmt.Fprintf(stderr, "\r\033[Kkronika ingest: %s", line)
		default:
			fmt.Fprintf(stderr, "kronika ingest: %s\n", line)
		}
	}
	ctx := context.Background()
	var storeErr error
	// The pipeline codes documents on every worker and hands them over
	// in input order; this goroutine is the one writer.
	// Ctrl-C (or SIGTERM) stops at the next document boundary: what is
	// pending is committed, and running the command again goes on from
	// there. A second one ends the process at once, which is safe too
	// (the open transaction is lost whole).
	var stop atomic.Bool
	sig := make(chan os.Signal, 2)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	defer func() {
		signal.Stop(sig)
		close(sig)
	}()
	go func() {
		if _, ok := <-sig; !ok {
			return
		}
		stop.Store(true)
		if _, ok := <-sig; ok {
			os.Exit(130)
		}
	}()
	p.Run(inputs, os.Stdin, *workers, func(r pipeline.Result) {
		if stop.Load() {
			err := db.Flush(ctx)
			if live {
				fmt.Fprint(stderr, "\r\033[K")
			}
			report(true)
			if err == nil {
				err = db.Close()
			}
			if err != nil {
				fmt.Fprintf(stderr, "kronika ingest: %s\n", oneLine(err))
			}
			fmt.Fprintf(stderr, "kronika ingest: interrupted; run the same command again to go on\n")
			os.Exit(130)
		}
		if live && len(r.Errs) > 0 {
			fmt.Fprint(stderr, "\r\033[K")
		}
		for _, err := range r.Errs {
			fmt.Fprintf(stderr, "kronika ingest: %s\n", oneLine(err))
			var w *ingest.Warning
			if !errors.As(err, &w) {
				st.failed++
			}
		}
		for _, d := range r.Docs {
			st.read++
			if storeErr != nil {
				continue
			}
			if d.Date == "" {
				d.Date = *defDate
			}
			t0 := time.Now()
			res, err := db.Add(ctx, d)
			st.writing += time.Since(t0)
			if err != nil {
				// The database itself failing (disk full, locked)
				// ends the run: every later document would fail too.
				storeErr = err
				continue
			}
			if !res.New {
				st.stored++
				continue
			}
			st.added++
			if res.DuplicateOf != "" {
				st.duplicates++
			}
			st.events += res.Events
			st.merged += res.Merged
			st.mentions += res.Mentions
		}
		if r.Last {
			st.done++
		}
		interval := 10 * time.Second
		if live {
			interval = 200 * time.Millisecond
		}
		if time.Since(last) >= interval {
			last = time.Now()
			report(false)
		}
	})
	if storeErr == nil {
		storeErr = db.Flush(ctx)
	}
	if storeErr == nil {
		report(true)
	}
	if err := db.Close(); err != nil && storeErr == nil {
		storeErr = err
	}
	if storeErr != nil {
		return storeErr
	}
	if st.failed > 0 {
		return errReported
	}
	return nil
}
