package store

// What another database behind the chronicle shares with this one (see
// package store/pgstore): the interfaces the server reads through and a
// worker writes through, and the rules both backends must apply alike —
// the merge key of events, the site num_sources counts, the code-point
// offsets and the events filter.

import (
	"context"

	"github.com/kronika/kronika/doc"
)

// Reader is what kronika serve (package api) reads: keyset pages of
// events, one event, one document, counts per date and key, actor pairs
// and the exports' stream of events.
type Reader interface {
	EventsAfter(ctx context.Context, f Filter, c *Cursor) ([]Event, error)
	EventByID(ctx context.Context, id int64) (Event, error)
	LoadMentions(ctx context.Context, evs []Event) error
	DocumentByID(ctx context.Context, id string) (StoredDocument, error)
	CountByDateAnd(ctx context.Context, f Filter, by string) ([]KeyCount, error)
	Pairs(ctx context.Context, f Filter) ([]PairCount, error)
	EachEvent(ctx context.Context, f Filter, fn func(Event) error) error
	Counts(ctx context.Context) (Counts, error)
}

// Writer stores coded documents: Add writes one whole or not at all and
// adds nothing for a content hash already stored; Flush commits what
// Add may hold pending.
type Writer interface {
	Add(ctx context.Context, d *doc.Document) (Added, error)
	Has(ctx context.Context, id string) (bool, error)
	Flush(ctx context.Context) error
	Close() error
}

var (
	_ Reader = (*Store)(nil)
	_ Writer = (*Store)(nil)
)

// MergeKey returns the key by which reports of one act in different
// documents become one event, and the date it used (see mergeKey). An
// event that is never merged has the key "".
func MergeKey(ev *doc.Event, d *doc.Document) (key, date string) { return mergeKey(ev, d) }

// SiteOf returns what num_sources counts for a document source.
func SiteOf(source string) string { return siteOf(source) }

// CodePoints maps the byte offsets of d's sentences, events and mentions
// to code points, the unit offsets are stored in.
func CodePoints(d *doc.Document) map[int]int { return codePoints(d) }

// FilterSQL returns the WHERE clause (with its leading " WHERE ", or ""
// when f selects everything) over the events table aliased e, with "?"
// placeholders, for every field of f but the full-text query Q, which
// each backend answers with its own index. The clause also reads tables
// mentions (m) and documents (d, key column rowid).
func FilterSQL(f Filter) (string, []any) {
	f.Q = ""
	return f.where()
}
