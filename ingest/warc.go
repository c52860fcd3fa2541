package ingest

import (
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/nlnwa/gowarc/v3"

	"github.com/kronika/kronika/doc"
)

// IsWARC reports whether an input name is a WARC file (.warc, .warc.gz).
func IsWARC(name string) bool {
	n := strings.ToLower(name)
	return strings.HasSuffix(n, ".warc") || strings.HasSuffix(n, ".warc.gz")
}

// warcPage is one HTML page archived in a WARC file.
type warcPage struct {
	URI  string // WARC-Target-URI
	Date string // WARC-Date as YYYY-MM-DD (UTC): when it was fetched
	Body []byte // the HTTP payload
	// Offset is where the record starts in the file (of its gzip member
	// in a .warc.gz), for ReadWARCRecord.
	Offset int64
	h      hints
}

// eachWARCPage reads a WARC stream (gzip-compressed per record or not;
// gowarc) and calls fn with each response record that holds an HTML page
// fetched with status 200, until fn returns false. Other records
// (warcinfo, request, metadata, revisit, non-HTML or non-200 responses)
// are passed over. Syntax errors in the WARC headers, common in early
// Common Crawl News files, are tolerated; a record the reader cannot
// make sense of ends the file with an error naming its offset.
func eachWARCPage(r io.Reader, fn func(warcPage) bool) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("warc: %v", p)
		}
	}()
	wf, err := newWARCReader(r, 0)
	if err != nil {
		return fmt.Errorf("warc: %w", err)
	}
	defer wf.Close()
	for {
		rec, err := wf.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			rec.Close()
			return fmt.Errorf("warc record at byte %d: %w", rec.Offset, err)
		}
		if rec.WarcRecord == nil {
			return fmt.Errorf("warc record at byte %d: unreadable", rec.Offset)
		}
		page, ok, err := warcPageOf(rec.WarcRecord)
		page.Offset = rec.Offset
		rec.Close()
		if err != nil {
			return fmt.Errorf("warc record at byte %d: %w", rec.Offset, err)
		}
		if ok && !fn(page) {
			return nil
		}
	}
}

// newReaderMu serialises the making of WARC readers: gowarc's
// constructor sets a global of github.com/google/uuid (EnableRandPool)
// each time, without a lock, a data race when documents are read in
// parallel (kronika worker reads WARC records in several goroutines).
var newReaderMu sync.Mutex

// newWARCReader makes a reader of the WARC stream r from byte offset on
// (r is sought there when it can seek).
func newWARCReader(r io.Reader, offset int64) (*gowarc.WarcFileReader, error) {
	newReaderMu.Lock()
	defer newReaderMu.Unlock()
	return gowarc.NewWarcFileReaderFromStream(r, offset, warcOptions()...)
}

// warcOptions are the reader's policies: syntax errors in the WARC
// headers, common in early Common Crawl News files, are tolerated.
func warcOptions() []gowarc.WarcRecordOption {
	return []gowarc.WarcRecordOption{
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrWarn),
		gowarc.WithSpecViolationPolicy(gowarc.ErrWarn),
		gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore),
		gowarc.WithBlockErrorPolicy(gowarc.ErrWarn),
		gowarc.WithBufferTmpDir(os.TempDir()),
	}
}

// warcPageOf returns the HTML page a record holds, ok false for a record
// that holds none.
func warcPageOf(wr gowarc.WarcRecord) (p warcPage, ok bool, err error) {
	if wr.Type() != gowarc.Response {
		return p, false, nil
	}
	blk, isHTTP := wr.Block().(gowarc.HttpResponseBlock)
	if !isHTTP || blk.HttpStatusCode() != http.StatusOK {
		return p, false, nil
	}
	p.URI = strings.TrimSpace(wr.WarcHeader().Get(gowarc.WarcTargetURI))
	p.URI = strings.TrimSuffix(strings.TrimPrefix(p.URI, "<"), ">")
	if !isURL(p.URI) {
		return p, false, nil
	}
	ct := ""
	if hdr := blk.HttpHeader(); hdr != nil {
		ct = hdr.Get("Content-Type")
	}
	mt, params, _ := mime.ParseMediaType(ct)
	if ct != "" && mt != "text/html" && mt != "application/xhtml+xml" {
		return p, false, nil
	}
	p.h = hints{format: FormatHTML, charset: params["charset"]}
	if t, err := wr.Date(); err == nil {
		p.Date = t.UTC().Format(time.DateOnly)
	}
	body, err := blk.PayloadBytes()
	if err != nil {
		return p, false, err
	}
	p.Body, err = readLimited(body, MaxFetchSize)
	if err != nil {
		// One page too large is left out; the file goes on.
		return p, false, nil
	}
	return p, true, nil
}

// readWARCPage makes the document of an archived page; the page's own
// date wins, the crawl date stands in when it has none.
func readWARCPage(p warcPage) ([]*doc.Document, []error) {
	docs, errs := read(p.URI, p.Body, p.h)
	for _, d := range docs {
		if d.Date == "" {
			d.Date = p.Date
		}
	}
	return docs, errs
}

// warcJobs yields one job per HTML page of a WARC file, read as the file
// is streamed; an error in the file ends it with a job that reports it.
func warcJobs(name string, r io.Reader, yield func(Job) bool) {
	pages := 0
	stopped := false
	err := eachWARCPage(r, func(p warcPage) bool {
		pages++
		if !yield(Job{Input: name, Source: p.URI, read: func() ([]*doc.Document, []error) { return readWARCPage(p) }}) {
			stopped = true
			return false
		}
		return true
	})
	if stopped {
		return
	}
	if err != nil {
		yield(Job{Input: name, Source: name, read: func() ([]*doc.Document, []error) {
			return nil, []error{fmt.Errorf("%s: %w", name, err)}
		}})
		return
	}
	if pages == 0 {
		yield(Job{Input: name, Source: name, read: func() ([]*doc.Document, []error) {
			return nil, []error{fmt.Errorf("%s: no HTML responses in the WARC file: %w", name, ErrEmpty)}
		}})
	}
}
