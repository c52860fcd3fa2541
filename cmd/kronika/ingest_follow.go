package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/ingest"
	"github.com/kronika/kronika/pipeline"
	"github.com/kronika/kronika/store"
)

type followOptions struct {
	list     string        // the file of feed URLs
	interval time.Duration // between polls
	once     bool          // one poll of each feed, then stop
	workers  int
	date     string // --date
}

// readFeedList reads one feed URL a line; blank lines and # comments are
// skipped, anything else that is not an http(s) URL is an error.
func readFeedList(name string) ([]string, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var feeds []string
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if i := strings.Index(line, "#"); i == 0 || i > 0 && line[i-1] == ' ' {
			line = strings.TrimSpace(line[:i])
		}
		if line == "" {
			continue
		}
		if !strings.HasPrefix(line, "http://") && !strings.HasPrefix(line, "https://") {
			return nil, fmt.Errorf("%s:%d: %q is not an http(s) URL", name, n, line)
		}
		feeds = append(feeds, line)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(feeds) == 0 {
		return nil, fmt.Errorf("%s: no feed URLs", name)
	}
	return feeds, nil
}

// followFeeds polls the feeds of o.list until interrupted (or once): each
// feed with a conditional request (the validators of its last answer are
// in the database), each item not fetched before read and coded on the
// workers, stored by this goroutine, the one writer, and marked fetched
// in the same transaction as its documents. An item whose page could not
// be fetched for a reason that may pass (no answer, 5xx, 429) is left
// unmarked and tried at the next poll; any other item is never fetched
// again, whatever became of it.
func followFeeds(db *store.Store, p *pipeline.Pipeline, o followOptions, stderr io.Writer) error {
	defer db.Close()
	feeds, err := readFeedList(o.list)
	if err != nil {
		return err
	}
	workers := o.workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := interruptContext()
	defer cancel()
	logf := func(format string, a ...any) {
		fmt.Fprintf(stderr, "kronika ingest: %s %s\n", time.Now().UTC().Format(time.RFC3339), fmt.Sprintf(format, a...))
	}
	failed := false
	for {
		for _, feed := range feeds {
			if ctx.Err() != nil {
				break
			}
			if err := pollFeed(ctx, db, p, feed, workers, o.date, logf); err != nil {
				if errors.Is(err, errStoreFailed) {
					return err
				}
				failed = true
				logf("%s", oneLine(err))
			}
		}
		if err := db.Flush(context.Background()); err != nil {
			return err
		}
		if o.once || ctx.Err() != nil {
			break
		}
		select {
		case <-ctx.Done():
		case <-time.After(o.interval):
		}
		if ctx.Err() != nil {
			break
		}
	}
	if ctx.Err() != nil {
		logf("interrupted; what was fetched is stored")
	}
	if failed && o.once {
		return errReported
	}
	return nil
}

// errStoreFailed marks a failure of the database itself, which ends the
// run.
var errStoreFailed = errors.New("store failed")

// fetched is one item read and coded.
type fetched struct {
	item ingest.FeedItem
	docs []*doc.Document
	errs []error
}

// pollFeed polls one feed and stores its new items.
func pollFeed(ctx context.Context, db *store.Store, p *pipeline.Pipeline, feed string, workers int, date string, logf func(string, ...any)) error {
	// ctx (cancelled by Ctrl-C) stops the poll; what was fetched is stored
	// whole all the same.
	bg := context.Background()
	etag, lm, err := db.FeedState(bg, feed)
	if err != nil {
		return fmt.Errorf("%w: %v", errStoreFailed, err)
	}
	items, next, err := ingest.PollFeed(ctx, feed, ingest.FeedState{ETag: etag, LastModified: lm})
	if errors.Is(err, ingest.ErrNotModified) {
		logf("%s: not modified", feed)
		if err := db.SetFeedState(bg, feed, etag, lm); err != nil {
			return fmt.Errorf("%w: %v", errStoreFailed, err)
		}
		return nil
	}
	if err != nil {
		return err
	}
	var fresh []ingest.FeedItem
	for _, it := range items {
		seen, err := db.SeenFeedItem(bg, it.ID, it.Link)
		if err != nil {
			return fmt.Errorf("%w: %v", errStoreFailed, err)
		}
		if !seen {
			fresh = append(fresh, it)
		}
	}
	// Items are read and coded on the workers and stored in feed order.
	results := make([]chan fetched, len(fresh))
	for i := range results {
		results[i] = make(chan fetched, 1)
	}
	sem := make(chan struct{}, workers)
	var wg sync.WaitGroup
	go func() {
		for i, it := range fresh {
			sem <- struct{}{}
			wg.Add(1)
			go func() {
				defer func() { <-sem; wg.Done() }()
				results[i] <- readItem(p, it)
			}()
		}
	}()
	stored, dups, events, failed, retry := 0, 0, 0, 0, 0
	for i := range fresh {
		r := <-results[i]
		transient := false
		for _, err := range r.errs {
			var w *ingest.Warning
			if errors.As(err, &w) {
				continue
			}
			if ingest.Transient(err) {
				transient = true
			}
			failed++
			logf("%s", oneLine(err))
		}
		for _, d := range r.docs {
			if d.Date == "" {
				d.Date = date
			}
			res, err := db.Add(bg, d)
			if err != nil {
				return fmt.Errorf("%w: %v", errStoreFailed, err)
			}
			if res.New {
				stored++
				events += res.Events
				if res.DuplicateOf != "" {
					dups++
				}
			}
		}
		if transient && len(r.docs) == 0 {
			retry++
			continue
		}
		if err := db.MarkFeedItem(bg, r.item.ID, feed, r.item.Link); err != nil {
			return fmt.Errorf("%w: %v", errStoreFailed, err)
		}
	}
	wg.Wait()
	if err := db.SetFeedState(bg, feed, next.ETag, next.LastModified); err != nil {
		return fmt.Errorf("%w: %v", errStoreFailed, err)
	}
	if err := db.Flush(bg); err != nil {
		return fmt.Errorf("%w: %v", errStoreFailed, err)
	}
	logf("%s: %d items, %d new; %d documents stored (%d near-duplicates), %d new events, %d failed, %d to retry",
		feed, len(items), len(fresh), stored, dups, events, failed, retry)
	return nil
}

// readItem fetches, reads and codes one item's page.
func readItem(p *pipeline.Pipeline, it ingest.FeedItem) (r fetched) {
	r.item = it
	defer func() {
		if e := recover(); e != nil {
			r.docs = nil
			r.errs = append(r.errs, fmt.Errorf("%s: internal error: %v", it.Link, e))
		}
	}()
	docs, errs := ingest.ReadFeedItem(it)
	r.errs = errs
	for _, d := range docs {
		if p.Lang != "" {
			d.Lang = p.Lang
		}
		if err := p.Process(d); err != nil {
			r.errs = append(r.errs, fmt.Errorf("%s: %w", d.Source, err))
			continue
		}
		r.docs = append(r.docs, d)
	}
	return r
}
