package store

// Queries for kronika serve (package api): a read-only open, keyset pages
// of events, one event, one document with its annotations, counts per
// date and key, actor pairs.

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"runtime"
	"strings"
	"time"
)

// ErrNoRow is returned when the event or document asked for is not
// stored.
var ErrNoRow = errors.New("not found")

// OpenReadOnly opens an existing database for reading only: no schema
// migration and no writes (the connections are opened with mode=ro and
// query_only). The database must be at the current schema version.
func OpenReadOnly(path string) (*Store, error) {
	if _, err := os.Stat(path); err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("%s: %w (create one with kronika ingest)", path, ErrNotFound)
		}
		return nil, err
	}
	ro := strings.Replace(dsn(path, true), "?", "?mode=ro&", 1)
	r, err := sql.Open("sqlite", ro)
	if err != nil {
		return nil, err
	}
	n := runtime.GOMAXPROCS(0) + 2
	r.SetMaxOpenConns(n)
	r.SetMaxIdleConns(n)
	w, err := sql.Open("sqlite", ro) // stands in for the writer: Close closes it
	if err != nil {
		r.Close()
		return nil, err
	}
	w.SetMaxOpenConns(1)
	s := &Store{path: path, w: w, r: r, now: time.Now}
	v, err := s.Version()
	if err != nil {
		s.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if v != len(migrations) {
		s.Close()
		return nil, fmt.Errorf("%s: schema version %d, this kronika reads version %d (open it once with kronika ingest to migrate, or upgrade kronika)", path, v, len(migrations))
	}
	return s, nil
}

// Cursor is the position after the last event of a page in the order of
// Events (date descending, then id descending).
type Cursor struct {
	Date string
	ID   int64
}

// EventsAfter returns up to f.Limit events f selects that come after c in
// the order of Events (from the start when c is nil), without mentions.
// f.Offset is ignored.
func (s *Store) EventsAfter(ctx context.Context, f Filter, c *Cursor) ([]Event, error) {
	w, args := f.where()
	if c != nil {
		if w == "" {
			w = " WHERE "
		} else {
			w += " AND "
		}
		w += "(e.date, e.id) < (?, ?)"
		args = append(args, c.Date, c.ID)
	}
	q := "SELECT " + eventCols + " FROM events e" + w + " ORDER BY e.date DESC, e.id DESC"
	if f.Limit > 0 {
		q += fmt.Sprintf(" LIMIT %d", f.Limit)
	}
	return s.queryEvents(ctx, q, args...)
}

// EventByID returns one event with its mentions, or ErrNoRow.
func (s *Store) EventByID(ctx context.Context, id int64) (Event, error) {
	evs, err := s.queryEvents(ctx, "SELECT "+eventCols+" FROM events e WHERE e.id = ?", id)
	if err != nil {
		return Event{}, err
	}
	if len(evs) == 0 {
		return Event{}, ErrNoRow
	}
	if err := s.LoadMentions(ctx, evs); err != nil {
		return Event{}, err
	}
	return evs[0], nil
}

func (s *Store) queryEvents(ctx context.Context, q string, args ...any) ([]Event, error) {
	rows, err := s.r.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []Event{}
	for rows.Next() {
		e, err := ScanEvent(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// StoredDocument is a document as stored, with its sentences, entities
// and the event mentions it holds. Offsets count code points of Text.
type StoredDocument struct {
	ID         string            `json:"id"`
	Source     string            `json:"source"`
	Site       string            `json:"site"`
	Lang       string            `json:"lang"`
	Date       string            `json:"date"`
	Title      string            `json:"title"`
	Format     string            `json:"format"`
	Text       string            `json:"text"`
	IngestedAt string            `json:"ingested_at"`
	Sentences  []SentenceSpan    `json:"sentences"`
	Entities   []StoredEntity    `json:"entities"`
	Mentions   []DocumentMention `json:"mentions"`
}

// SentenceSpan is one sentence of a document.
type SentenceSpan struct {
	Index int `json:"index"`
	Start int `json:"start"`
	End   int `json:"end"`
}

// StoredEntity is a document entity (the store keeps no offsets of its
// mentions, only their number).
type StoredEntity struct {
	ID        string `json:"id"`
	Type      string `json:"type"`
	Name      string `json:"name"`
	Canonical string `json:"canonical"`
	Actor     string `json:"actor"`
	Country   string `json:"country"`
	Mentions  int    `json:"mentions"`
}

// DocumentMention is a report of an event in a document.
type DocumentMention struct {
	Event       int64    `json:"event"`
	Type        string   `json:"type"`
	Quad        int      `json:"quad"`
	Sentence    TextSpan `json:"sentence"`
	Trigger     TextSpan `json:"trigger"`
	SourceText  string   `json:"source_text"`
	TargetText  string   `json:"target_text"`
	Modality    string   `json:"modality"`
	Confidence  float64  `json:"confidence"`
	Attribution string   `json:"attribution,omitempty"`
}

// DocumentByID returns a stored document by its content hash, or
// ErrNoRow.
func (s *Store) DocumentByID(ctx context.Context, id string) (StoredDocument, error) {
	var d StoredDocument
	var rowid int64
	err := s.r.QueryRowContext(ctx, `SELECT rowid, id, source, site, lang, date, title, format, text, ingested_at
		FROM documents WHERE id = ?`, id).Scan(&rowid, &d.ID, &d.Source, &d.Site, &d.Lang, &d.Date, &d.Title, &d.Format, &d.Text, &d.IngestedAt)
	if errors.Is(err, sql.ErrNoRows) {
		return d, ErrNoRow
	}
	if err != nil {
		return d, err
	}
	d.Sentences, d.Entities, d.Mentions = []SentenceSpan{}, []StoredEntity{}, []DocumentMention{}
	rows, err := s.r.QueryContext(ctx, "SELECT idx, start, stop FROM sentences WHERE doc = ? ORDER BY start", rowid)
	if err != nil {
		return d, err
	}
	for rows.Next() {
		var sp SentenceSpan
		if err := rows.Scan(&sp.Index, &sp.Start, &sp.End); err != nil {
			rows.Close()
			return d, err
		}
		d.Sentences = append(d.Sentences, sp)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return d, err
	}
	rows, err = s.r.QueryContext(ctx, "SELECT eid, type, name, canonical, actor, country, mentions FROM entities WHERE doc = ? ORDER BY id", rowid)
	if err != nil {
		return d, err
	}
	for rows.Next() {
		var e StoredEntity
		if err := rows.Scan(&e.ID, &e.Type, &e.Name, &e.Canonical, &e.Actor, &e.Country, &e.Mentions); err != nil {
			rows.Close()
			return d, err
		}
		d.Entities = append(d.Entities, e)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return d, err
	}
	rows, err = s.r.QueryContext(ctx, `SELECT m.event, e.type, e.quad, m.sent_start, m.sent_stop,
		substr(d.text, m.sent_start + 1, m.sent_stop - m.sent_start), m.trig_start, m.trig_stop, m.trigger,
		m.src_text, m.tgt_text, m.modality, m.confidence, m.attribution
		FROM mentions m JOIN events e ON e.id = m.event JOIN documents d ON d.rowid = m.doc
		WHERE m.doc = ? ORDER BY m.trig_start, m.id`, rowid)
	if err != nil {
		return d, err
	}
	defer rows.Close()
	for rows.Next() {
		var m DocumentMention
		if err := rows.Scan(&m.Event, &m.Type, &m.Quad, &m.Sentence.Start, &m.Sentence.End, &m.Sentence.Text,
			&m.Trigger.Start, &m.Trigger.End, &m.Trigger.Text, &m.SourceText, &m.TargetText, &m.Modality, &m.Confidence, &m.Attribution); err != nil {
			return d, err
		}
		d.Mentions = append(d.Mentions, m)
	}
	return d, rows.Err()
}

// KeyCount is the number of events with one key on one date.
type KeyCount struct {
	Date  string
	Key   string
	Count int
}

// CountByDateAnd returns how many events f selects on each date for each
// value of by ("type" or "quad"), in date order. Limit and Offset are
// ignored.
func (s *Store) CountByDateAnd(ctx context.Context, f Filter, by string) ([]KeyCount, error) {
	var col string
	switch by {
	case "type":
		col = "e.type"
	case "quad":
		col = "CAST(e.quad AS TEXT)"
	default:
		return nil, fmt.Errorf("count by %q: want type or quad", by)
	}
	w, args := f.where()
	rows, err := s.r.QueryContext(ctx, "SELECT e.date, "+col+", count(*) FROM events e"+w+" GROUP BY e.date, "+col+" ORDER BY e.date", args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []KeyCount{}
	for rows.Next() {
		var c KeyCount
		if err := rows.Scan(&c.Date, &c.Key, &c.Count); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// PairCount is the number of events from one actor to another (each
// side its actor code, else its country): all, cooperative (QuadClass 1
// and 2) and conflictual (3 and 4).
type PairCount struct {
	Source, Target           string
	Count                    int
	Cooperative, Conflictual int
}

// Pairs returns the actor pairs of the events f selects with their
// counts, most frequent first; events missing a side are left out.
// f.Limit caps the number of pairs (0: all).
func (s *Store) Pairs(ctx context.Context, f Filter) ([]PairCount, error) {
	w, args := f.where()
	cond := "coalesce(nullif(e.src_actor, ''), e.src_country) <> '' AND coalesce(nullif(e.tgt_actor, ''), e.tgt_country) <> ''"
	if w == "" {
		w = " WHERE " + cond
	} else {
		w += " AND " + cond
	}
	q := `SELECT coalesce(nullif(e.src_actor, ''), e.src_country) AS a, coalesce(nullif(e.tgt_actor, ''), e.tgt_country) AS b,
		count(*) AS n, sum(e.quad IN (1, 2)), sum(e.quad IN (3, 4)) FROM events e` + w + " GROUP BY a, b ORDER BY n DESC, a, b"
	if f.Limit > 0 {
		q += fmt.Sprintf(" LIMIT %d", f.Limit)
	}
	rows, err := s.r.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []PairCount{}
	for rows.Next() {
		var p PairCount
		if err := rows.Scan(&p.Source, &p.Target, &p.Count, &p.Cooperative, &p.Conflictual); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}
