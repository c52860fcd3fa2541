// Package store is Kronika's embedded chronicle: one SQLite file (pure-Go
// driver modernc.org/sqlite, WAL journal) holding documents, their
// sentences (with an FTS5 full-text index over a folded copy), entities,
// events merged across documents and every mention of each event.
//
// One Store has one writer connection (every write goes through it, so
// writers never contend) and a pool of read-only connections that WAL lets
// run beside the writer. Each document is written in one transaction:
// a run killed at any moment leaves whole documents or nothing of them,
// and re-ingesting a document already stored (same content hash) adds
// nothing.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"runtime"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// DefaultPath is the database file used when none is given.
const DefaultPath = "kronika.db"

// Store is an open database.
type Store struct {
	path string
	w    *sql.DB // the single writer connection
	r    *sql.DB // read-only connections

	// now gives the ingest time stamps (tests may fix it).
	now func() time.Time

	wr *writer // the writer connection and its statements, made on first use

	// BatchDocs is how many documents Add may gather in one transaction
	// (see Add); 0 or 1: each document is committed at once.
	BatchDocs int
	// BatchDelay is how long a batch may stay open.
	BatchDelay time.Duration

	// KeyOnly merges reports across documents by type, sides, date
	// window and place alone, without the evidence of one occasion
	// (merge.go): the rule of the PostgreSQL store (package
	// store/pgstore), for comparing the two.
	KeyOnly bool
}

// ErrNotFound is returned by OpenExisting when there is no database.
var ErrNotFound = errors.New("no database")

// Open opens the database at path, creating it when it does not exist,
// and brings its schema to the current version.
func Open(path string) (*Store, error) {
	return open(path, len(migrations))
}

// OpenExisting opens the database at path like Open, but fails with
// ErrNotFound when the file does not exist instead of creating it.
func OpenExisting(path string) (*Store, error) {
	if _, err := os.Stat(path); err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("%s: %w (create one with kronika ingest)", path, ErrNotFound)
		}
		return nil, err
	}
	return Open(path)
}

func dsn(path string, readOnly bool) string {
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_pragma", "cache_size(-16000)")
	// Connections map the file: row lookups become memory reads instead
	// of a system call per page (the writer's changes go to the WAL).
	q.Add("_pragma", "mmap_size(8589934592)")
	if readOnly {
		q.Add("_pragma", "query_only(1)")
	} else {
		// The writer inserts every row after the rows it refers to, in
		// the same transaction (write.go): checking each reference again
		// cost a B-tree look-up per reference (a mention has three), so
		// the declared foreign keys are documentation, not enforced.
		q.Add("_pragma", "foreign_keys(0)")
		q.Add("_pragma", "journal_mode(WAL)")
		// Each document is written inside a savepoint, whose journal of
		// the pages it changes (only for rolling one document back; the
		// WAL keeps the database safe) stays in memory instead of a
		// temporary file written page by page.
		q.Add("_pragma", "temp_store(MEMORY)")
		q.Set("_txlock", "immediate")
	}
	return "file:" + path + "?" + q.Encode()
}

// open opens path with the schema brought to version upTo (tests use a
// lower version to build old databases).
func open(path string, upTo int) (*Store, error) {
	w, err := sql.Open("sqlite", dsn(path, false))
	if err != nil {
		return nil, err
	}
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxLifetime(0)
	s := &Store{path: path, w: w, now: time.Now}
	if err := s.migrate(context.Background(), upTo); err != nil {
		w.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	r, err := sql.Open("sqlite", dsn(path, true))
	if err != nil {
		w.Close()
		return nil, err
	}
	n := runtime.GOMAXPROCS(0) + 2
	r.SetMaxOpenConns(n)
	r.SetMaxIdleConns(n)
	s.r = r
	return s, nil
}

// Path returns the database file name.
func (s *Store) Path() string { return s.path }

// Close checkpoints the journal and closes the database.
func (s *Store) Close() error {
	flushErr := s.Flush(context.Background())
	if s.wr != nil {
		s.wr.close()
		s.wr = nil
	}
	errs := []error{flushErr}
	if s.r != nil {
		errs = append(errs, s.r.Close())
	}
	// The last connection to close folds the WAL into the database file
	// and removes it; a close while others read or write leaves it to them.
	errs = append(errs, s.w.Close())
	return errors.Join(errs...)
}

// Version returns the schema version of the open database.
func (s *Store) Version() (int, error) {
	var v sql.NullInt64
	err := s.r.QueryRow("SELECT max(version) FROM schema_migrations").Scan(&v)
	return int(v.Int64), err
}

// Counts are the sizes of the main tables.
type Counts struct {
	Documents, Sentences, Entities, Events, Mentions int64
}

// Counts returns how many rows each main table holds.
func (s *Store) Counts(ctx context.Context) (Counts, error) {
	var c Counts
	err := s.r.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM documents), (SELECT count(*) FROM sentences),
		(SELECT count(*) FROM entities), (SELECT count(*) FROM events),
		(SELECT count(*) FROM mentions)`).Scan(&c.Documents, &c.Sentences, &c.Entities, &c.Events, &c.Mentions)
	return c, err
}
