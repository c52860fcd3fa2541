package main

// kronika ingest --queue: the inputs read here and their documents
// published to the stream, for kronika worker to code and store.

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/kronika/kronika/ingest"
	"github.com/kronika/kronika/queue"
)

// checkQueueFlags refuses the flags of ingest that mean nothing with
// --queue (the worker codes and stores, and has its own --actors and
// --timeout), and --refs without --queue.
func checkQueueFlags(fs *flag.FlagSet, queueURL string, refs bool) error {
	if queueURL == "" {
		if refs {
			return usagef("--refs publishes references: give --queue nats://HOST:PORT too")
		}
		return nil
	}
	var err error
	fs.Visit(func(f *flag.Flag) {
		switch f.Name {
		case "db", "follow", "interval", "once", "progress":
			err = usagef("--%s with --queue: documents are coded and stored by kronika worker, not here", f.Name)
		case "actors", "timeout":
			err = usagef("--%s with --queue: give it to kronika worker, which codes the documents", f.Name)
		}
	})
	return err
}

// publishOptions set up publishInputs.
type publishOptions struct {
	refs    bool   // publish references instead of documents
	lang    string // the language of every document ("": identified by the worker)
	date    string // the publication date of documents that give none (ingest --date)
	readers int    // inputs read at once
}

// publishInputs reads the inputs with up to opt.readers readers and
// publishes each document to the stream at url; with opt.refs, each
// input's name instead, and for a WARC file the file and offset of each
// HTML page's record. failed counts the inputs that could not be
// expanded.
func publishInputs(url string, opt publishOptions, inputs []string, failed int, stdin io.Reader, stderr io.Writer) error {
	ctx, stop := interruptContext()
	defer stop()
	q, err := queue.Open(ctx, queue.Config{URL: url, Name: "kronika ingest"})
	if err != nil {
		return err
	}
	defer q.Close()
	var published, dups, bad atomic.Int64
	bad.Add(int64(failed))
	start := time.Now()
	publish := func(m queue.Message) {
		m.DefaultDate = opt.date
		data, err := json.Marshal(m)
		if err == nil {
			var dup bool
			if dup, err = q.Publish(ctx, m, data); err == nil && dup {
				dups.Add(1)
				return
			}
		}
		if err != nil {
			fmt.Fprintf(stderr, "kronika ingest: %s: %s\n", m.ID, oneLine(err))
			bad.Add(1)
			return
		}
		published.Add(1)
	}
	if opt.refs {
		for _, name := range inputs {
			if ctx.Err() != nil {
				break
			}
			if name == "-" {
				fmt.Fprintln(stderr, "kronika ingest: -: standard input cannot be published by reference")
				bad.Add(1)
				continue
			}
			if abs, err := filepath.Abs(name); err == nil && !isURLArg(name) {
				name = abs
			}
			if !ingest.IsWARC(name) || isURLArg(name) {
				publish(queue.FromRef(name))
				continue
			}
			// One message a page, read by the worker at its offset.
			pages := 0
			err := ingest.WARCPages(name, func(offset int64, _ string) bool {
				pages++
				publish(queue.FromWARCRecord(name, offset))
				return ctx.Err() == nil
			})
			switch {
			case err != nil:
				fmt.Fprintf(stderr, "kronika ingest: %s (%d pages published before it)\n", oneLine(err), pages)
				bad.Add(1)
			case pages == 0 && ctx.Err() == nil:
				fmt.Fprintf(stderr, "kronika ingest: %s: no HTML responses in the WARC file\n", name)
				bad.Add(1)
			}
		}
	} else {
		workers := opt.readers
		if workers <= 0 {
			workers = 4
		}
		jobs := make(chan ingest.Job)
		var wg sync.WaitGroup
		for range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for j := range jobs {
					docs, errs := j.Read()
					for _, err := range errs {
						fmt.Fprintf(stderr, "kronika ingest: %s\n", oneLine(err))
						var w *ingest.Warning
						if !errors.As(err, &w) {
							bad.Add(1)
						}
					}
					for _, d := range docs {
						if opt.lang != "" {
							d.Lang = opt.lang
						}
						publish(queue.FromDocument(d))
					}
				}
			}()
		}
		for _, name := range inputs {
			ingest.Split(name, stdin, func(j ingest.Job) bool {
				select {
				case jobs <- j:
					return true
				case <-ctx.Done():
					return false
				}
			})
		}
		close(jobs)
		wg.Wait()
	}
	el := time.Since(start).Seconds()
	fmt.Fprintf(stderr, "kronika ingest: %d inputs, %d documents published to %s, %d already queued, %d failed, %.1f docs/s\n",
		len(inputs), published.Load(), url, dups.Load(), bad.Load(), float64(published.Load()+dups.Load())/max(el, 1e-9))
	if ctx.Err() != nil {
		fmt.Fprintln(stderr, "kronika ingest: interrupted; run the same command again to go on (what is queued is not queued twice)")
		return errReported
	}
	if bad.Load() > 0 {
		return errReported
	}
	return nil
}

func isURLArg(s string) bool {
	for _, p := range []string{"http://", "https://"} {
		if len(s) > len(p) && s[:len(p)] == p {
			return true
		}
	}
	return false
}
