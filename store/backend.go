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

// Reader is what kronika serve (package api), kronika events and kronika
// gen --measure read: keyset pages of events, one event, one document,
// counts per date and key, actor pairs, the exports' stream of events,
// the actor search and pages, and the documents list.
type Reader interface {
	EventsAfter(ctx context.Context, f Filter, c *Cursor) ([]Event, error)
	EventByID(ctx context.Context, id int64) (Event, error)
	LoadMentions(ctx context.Context, evs []Event) error
	DocumentByID(ctx context.Context, id string) (StoredDocument, error)
	CountByDateAnd(ctx context.Context, f Filter, by string) ([]KeyCount, error)
	CountByDate(ctx context.Context, f Filter) ([]DayCount, error)
	Pairs(ctx context.Context, f Filter) ([]PairCount, error)
	Events(ctx context.Context, f Filter) ([]Event, error)
	EachEvent(ctx context.Context, f Filter, fn func(Event) error) error
	Counts(ctx context.Context) (Counts, error)

	SearchActors(ctx context.Context, q string, limit int) ([]ActorHit, error)
	Actor(ctx context.Context, code string) (ActorSummary, error)
	LatestMonth(ctx context.Context) (string, error)
	DocumentPage(ctx context.Context, f DocPageFilter, before int64, limit int) ([]DocPageItem, error)
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

// IsCode reports whether an actor search can be the start of an actor
// code (letters and digits, at most 32).
func IsCode(s string) bool { return isCode(s) }

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
