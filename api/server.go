// Package api is kronika serve: a read-only JSON API over the store
// (under /api/v1/) and a server-rendered web UI for analysts (events
// table, event and article pages, timeline, actor network), embedded in
// the binary.
//
// Every request is bounded: only GET and HEAD are served (nothing is
// written, so there is nothing to forge), request bodies are cut at
// MaxBody, pages hold at most MaxLimit events, each request's queries run
// under a context deadline, and at most MaxConcurrent requests run at
// once (the others wait briefly, then get 503). Errors are JSON objects
// {"error": "..."} with the matching status. Article text reaches HTML
// only through html/template, and every SQL statement is parameterised
// (package store).
package api

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/kronika/kronika/store"
)

// Limits of a server.
const (
	MaxBody       = 64 << 10 // bytes of request body read
	DefaultLimit  = 50       // events per page unless limit= says
	MaxLimit      = 500      // events per page at most
	MaxConcurrent = 32       // requests served at once
)

// Options set up a Server; zero fields take defaults.
type Options struct {
	QueryTimeout  time.Duration // per request (default 10 s)
	ExportTimeout time.Duration // per export download (default 2 min)
	Concurrent    int           // default MaxConcurrent
	QueueWait     time.Duration // how long a request waits for a slot (default 2 s)
	Logger        *log.Logger   // errors (default: none)
	// CacheBytes bounds the cache of JSON answers and pages (default 64
	// MB; negative: no cache). Answers are dropped when the database
	// changes.
	CacheBytes int
}

// Server serves the API and the UI over one store.
type Server struct {
	db store.Reader
	// sq is db when it is the SQLite store, whose prepared page reads
	// and commit watch the server uses; nil for another backend
	// (PostgreSQL), served through store.Reader alone.
	sq   *store.Store
	opt  Options
	sem  chan struct{}
	mux  *http.ServeMux
	tmpl *templates

	cache   *respCache         // nil: none
	version *store.DataVersion // watches the database for commits (with cache)

	analyses *analyses // documents run through the pipeline again (traces, quotes)
	apiPaths []string  // the API's paths under /api/v1 (for the OpenAPI test)
}

// New returns a server over db (opened read-only by the caller): a SQLite
// store, or another backend (package store/pgstore).
func New(db store.Reader, opt Options) (*Server, error) {
	if opt.QueryTimeout <= 0 {
		opt.QueryTimeout = 10 * time.Second
	}
	if opt.ExportTimeout <= 0 {
		opt.ExportTimeout = 2 * time.Minute
	}
	if opt.Concurrent <= 0 {
		opt.Concurrent = MaxConcurrent
	}
	if opt.QueueWait <= 0 {
		opt.QueueWait = 2 * time.Second
	}
	t, err := loadTemplates()
	if err != nil {
		return nil, err
	}
	s := &Server{db: db, opt: opt, sem: make(chan struct{}, opt.Concurrent), mux: http.NewServeMux(), tmpl: t, analyses: newAnalyses()}
	s.sq, _ = db.(*store.Store)
	if opt.CacheBytes >= 0 && s.sq != nil { // (the cache needs SQLite's commit watch)
		if opt.CacheBytes == 0 {
			opt.CacheBytes = 64 << 20
		}
		v, err := s.sq.NewDataVersion(context.Background())
		if err != nil {
			return nil, err
		}
		s.version, s.cache = v, newRespCache(opt.CacheBytes)
	}
	s.routes()
	return s, nil
}

// Close releases what the server holds of the store (its prepared
// statements and the connection that watches for commits); close the
// store after it.
func (s *Server) Close() error {
	if s.sq != nil {
		s.sq.CloseStatements()
	}
	if s.version != nil {
		return s.version.Close()
	}
	return nil
}

func (s *Server) routes() {
	handle := func(pattern string, h http.Handler) {
		s.apiPaths = append(s.apiPaths, strings.TrimPrefix(strings.TrimPrefix(pattern, "GET "), "/api/v1"))
		s.mux.Handle(pattern, h)
	}
	api := func(pattern string, h func(http.ResponseWriter, *http.Request) error) {
		handle("GET "+pattern, s.cachedHandler(s.limited(s.opt.QueryTimeout, h)))
	}
	api("/api/v1/events", s.apiEvents)
	api("/api/v1/events/{id}", s.apiEvent)
	api("/api/v1/events/{id}/explain", s.apiExplain)
	api("/api/v1/documents", s.apiDocuments)
	api("/api/v1/documents/{id}", s.apiDocument)
	api("/api/v1/documents/{id}/analysis", s.apiDocumentAnalysis)
	api("/api/v1/counts", s.apiCounts)
	api("/api/v1/network", s.apiNetwork)
	api("/api/v1/actors", s.apiActors)
	api("/api/v1/actors/{code}", s.apiActor)
	api("/api/v1/openapi.json", s.apiOpenAPI)
	for _, x := range []struct{ path, format string }{
		{"events.csv", "csv"}, {"events.gdelt.tsv", "gdelt"}, {"events.jsonl", "jsonl"}, {"events.plover.jsonl", "plover"},
		{"mentions.gdelt.tsv", "mentions"}, {"events.daily.tsv", "daily"}, {"export", ""},
	} {
		handle("GET /api/v1/"+x.path, s.limited(s.opt.ExportTimeout, s.exporter(x.format)))
	}
	s.mux.Handle("/api/", s.limited(s.opt.QueryTimeout, func(w http.ResponseWriter, r *http.Request) error {
		return errf(http.StatusNotFound, "no such API path: %s (see /api/v1/openapi.json)", r.URL.Path)
	}))

	page := func(pattern string, h func(http.ResponseWriter, *http.Request) error) {
		s.mux.Handle("GET "+pattern, s.cachedHandler(s.limited(s.opt.QueryTimeout, h)))
	}
	page("/{$}", s.pageEvents)
	page("/events", s.pageEvents)
	page("/events/{id}", s.pageEvent)
	page("/documents/{id}", s.pageDocument)
	page("/timeline", s.pageTimeline)
	page("/network", s.pageNetwork)
	page("/actors", s.pageActors)
	page("/actors/{code}", s.pageActor)
	s.mux.Handle("GET /static/", staticHandler())
	s.mux.Handle("/", s.limited(s.opt.QueryTimeout, func(w http.ResponseWriter, r *http.Request) error {
		return errf(http.StatusNotFound, "no such page: %s", r.URL.Path)
	}))
}

// ServeHTTP sets the security headers, refuses methods other than GET
// and HEAD, bounds the body and dispatches.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", CSP)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
	h.Set("Cross-Origin-Resource-Policy", "same-origin")
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		h.Set("Allow", "GET, HEAD")
		writeError(w, errf(http.StatusMethodNotAllowed, "method %s not allowed: the API is read-only", r.Method))
		return
	}
	if r.ContentLength > MaxBody {
		writeError(w, errf(http.StatusRequestEntityTooLarge, "request body over %d bytes", MaxBody))
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, MaxBody)
	if len(r.URL.RawQuery) > 4096 {
		writeError(w, errf(http.StatusRequestURITooLong, "query string over 4096 bytes"))
		return
	}
	s.mux.ServeHTTP(w, r)
}

// CSP is the Content-Security-Policy of every response: only this
// origin's scripts, styles and images, no inline script or style, no
// frames, no plugins, forms to this origin only.
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
	"font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"

// httpError is an error with a status.
type httpError struct {
	status int
	msg    string
}

func (e *httpError) Error() string { return e.msg }

func errf(status int, format string, a ...any) error {
	return &httpError{status, fmt.Sprintf(format, a...)}
}

func badRequest(format string, a ...any) error { return errf(http.StatusBadRequest, format, a...) }

// limited runs h with a slot of the semaphore and a deadline; an error it
// returns becomes a JSON error response.
func (s *Server) limited(timeout time.Duration, h func(http.ResponseWriter, *http.Request) error) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		wait := time.NewTimer(s.opt.QueueWait)
		select {
		case s.sem <- struct{}{}:
			wait.Stop()
		case <-wait.C:
			w.Header().Set("Retry-After", "1")
			writeError(w, errf(http.StatusServiceUnavailable, "server busy: %d requests running, try again", cap(s.sem)))
			return
		case <-r.Context().Done():
			wait.Stop()
			return
		}
		defer func() { <-s.sem }()
		ctx, cancel := context.WithTimeout(r.Context(), timeout)
		defer cancel()
		rw := &trackWriter{ResponseWriter: w}
		defer func() {
			if p := recover(); p != nil {
				s.logf("panic serving %s: %v", r.URL.Path, p)
				if !rw.wrote {
					writeError(w, errf(http.StatusInternalServerError, "internal error"))
				}
			}
		}()
		err := h(rw, r.WithContext(ctx))
		if err == nil {
			return
		}
		var he *httpError
		switch {
		case errors.As(err, &he):
		case errors.Is(err, store.ErrNoRow):
			err = errf(http.StatusNotFound, "not found")
		case errors.Is(err, context.DeadlineExceeded) || ctx.Err() == context.DeadlineExceeded:
			err = errf(http.StatusServiceUnavailable, "query took longer than %s: narrow the filter", timeout)
		case r.Context().Err() != nil:
			return // the client went away
		default:
			s.logf("%s: %v", r.URL.Path, err)
			err = errf(http.StatusInternalServerError, "internal error")
		}
		if rw.wrote {
			s.logf("%s: error after the response began: %v", r.URL.Path, err)
			return
		}
		writeError(w, err)
	})
}

func (s *Server) logf(format string, a ...any) {
	if s.opt.Logger != nil {
		s.opt.Logger.Printf(format, a...)
	}
}

// trackWriter notes whether the response has begun.
type trackWriter struct {
	http.ResponseWriter
	wrote bool
}

func (t *trackWriter) WriteHeader(code int) { t.wrote = true; t.ResponseWriter.WriteHeader(code) }
func (t *trackWriter) Write(b []byte) (int, error) {
	t.wrote = true
	return t.ResponseWriter.Write(b)
}
func (t *trackWriter) Flush() {
	if f, ok := t.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

// writeError writes {"error": msg} with the error's status.
func writeError(w http.ResponseWriter, err error) {
	status := http.StatusInternalServerError
	var he *httpError
	if errors.As(err, &he) {
		status = he.status
	}
	writeJSON(w, status, map[string]string{"error": err.Error()})
}

// jsonBufs are the buffers answers are encoded into (the whole answer
// first, so that an encoding error is still a clean 500).
var jsonBufs = sync.Pool{New: func() any { return new(bytes.Buffer) }}

func writeJSON(w http.ResponseWriter, status int, v any) error {
	b := jsonBufs.Get().(*bytes.Buffer)
	b.Reset()
	defer func() {
		if b.Cap() <= 4<<20 {
			jsonBufs.Put(b)
		}
	}()
	if err := json.NewEncoder(b).Encode(v); err != nil {
		return err
	}
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("Content-Length", strconv.Itoa(b.Len()))
	w.WriteHeader(status)
	_, err := w.Write(b.Bytes())
	return err
}
