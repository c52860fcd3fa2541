package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"time"

	"github.com/kronika/kronika/api"
	"github.com/kronika/kronika/store"
	"github.com/kronika/kronika/store/pgstore"
)

func init() {
	commands["serve"] = command{
		usage: "[--db PATH] [--addr 127.0.0.1:8080] [--timeout D] [--cache MB]",
		brief: "serve the stored chronicle read-only: a JSON API under /api/v1/ (OpenAPI at /api/v1/openapi.json; CSV, GDELT, JSON Lines exports) and a web UI (events, event, article and actor pages, timeline, actor network)",
		run:   runServe,
	}
}

// serveContext gives the context that stops the server (tests replace
// it).
var serveContext = interruptContext

func runServe(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dbPath := fs.String("db", store.DefaultPath, "database `PATH` (opened read-only), or a PostgreSQL URL postgres://... that kronika worker fills")
	addr := fs.String("addr", "127.0.0.1:8080", "listen on `HOST:PORT` (loopback unless you say otherwise; port 0 picks a free one)")
	timeout := fs.Duration("timeout", 10*time.Second, "longest time a request's queries may take (exports get 2 minutes)")
	cacheMB := fs.Int("cache", 64, "MB of recent JSON answers and pages kept (emptied whenever the database changes; 0: none)")
	if err := parseOnlyFlags(fs, args); err != nil {
		return err
	}
	if *timeout <= 0 {
		return usagef("--timeout wants a positive duration")
	}
	if *cacheMB < 0 || *cacheMB > 1<<20 {
		return usagef("--cache wants 0 or more MB")
	}
	cacheBytes := *cacheMB << 20
	if cacheBytes == 0 {
		cacheBytes = -1
	}
	db, err := openReader(*dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	logger := log.New(stderr, "kronika serve: ", log.LstdFlags)
	h, err := api.New(db, api.Options{QueryTimeout: *timeout, Logger: logger, CacheBytes: cacheBytes})
	if err != nil {
		return err
	}
	defer h.Close()
	go h.Warm() // the pipeline's data, for the first coding trace
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	if host, _, _ := net.SplitHostPort(ln.Addr().String()); !net.ParseIP(host).IsLoopback() {
		fmt.Fprintf(stderr, "kronika serve: warning: listening on %s, beyond this machine; the server has no authentication\n", ln.Addr())
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       15 * time.Second,
		WriteTimeout:      3 * time.Minute,
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    32 << 10,
		ErrorLog:          logger,
	}
	fmt.Fprintf(stdout, "kronika serve: http://%s/ (database %s, read-only)\n", ln.Addr(), pgstore.Redact(*dbPath))
	if f, ok := stdout.(interface{ Sync() error }); ok {
		f.Sync()
	}
	ctx, stop := serveContext()
	defer stop()
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return err
	}
	if err := <-done; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
