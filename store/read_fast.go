package store

// Read paths for kronika serve that answer a page in few statements:
// the page's event ids first (a keyset scan of one index, or of two for
// "either side is X"), then their columns, then all their mentions in one
// statement. Statements whose text does not depend on the request are
// prepared once per connection pool and reused.

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

// stmtCache holds prepared statements of the read pool by their text.
// database/sql prepares each on a connection the first time it runs there
// and keeps it; the cache is bounded so that filter-dependent texts do
// not grow it without end. Server.Close (package api) calls
// CloseStatements.
type stmtCache struct {
	mu sync.Mutex
	m  map[string]*sql.Stmt
}

const maxCachedStmts = 256

var stmts sync.Map // *Store -> *stmtCache

func (s *Store) cache() *stmtCache {
	if c, ok := stmts.Load(s); ok {
		return c.(*stmtCache)
	}
	c, _ := stmts.LoadOrStore(s, &stmtCache{m: map[string]*sql.Stmt{}})
	return c.(*stmtCache)
}

// query runs q on the read pool through its prepared statement, made on
// first use; once the cache is full, texts not in it run unprepared
// (a statement is never closed while another request may use it).
func (s *Store) query(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	c := s.cache()
	c.mu.Lock()
	st, ok := c.m[q]
	full := len(c.m) >= maxCachedStmts
	c.mu.Unlock()
	if !ok && full {
		return s.r.QueryContext(ctx, q, args...)
	}
	if !ok {
		var err error
		if st, err = s.r.PrepareContext(ctx, q); err != nil {
			return nil, err
		}
		c.mu.Lock()
		if old, dup := c.m[q]; dup {
			st.Close()
			st = old
		} else if c.m != nil {
			c.m[q] = st
		}
		c.mu.Unlock()
	}
	return st.QueryContext(ctx, args...)
}

// CloseStatements closes the prepared statements of s (before Close).
func (s *Store) CloseStatements() {
	c, ok := stmts.LoadAndDelete(s)
	if !ok {
		return
	}
	sc := c.(*stmtCache)
	sc.mu.Lock()
	defer sc.mu.Unlock()
	for _, st := range sc.m {
		st.Close()
	}
	sc.m = nil
}

// eventColsBare are the columns of eventCols without the first mention's
// source, which a page with mentions takes from them.
const eventColsBare = `e.id, e.type, e.mode, e.cameo, e.context, e.quad, e.goldstein,
	e.src_actor, e.src_country, e.src_text, e.tgt_actor, e.tgt_country, e.tgt_text,
	e.date, e.modality, e.confidence, e.first_seen, e.last_seen, e.num_mentions, e.num_sources, e.num_articles,
	'',
	e.loc_text, e.loc_name, e.loc_country, e.loc_admin1, coalesce(e.loc_lat, 0), coalesce(e.loc_lon, 0), e.loc_geonameid, e.loc_precision`

// PageIDs returns the ids of up to limit events f selects after c in the
// order of Events (date descending, then id descending). Limit and
// Offset of f are ignored.
func (s *Store) PageIDs(ctx context.Context, f Filter, c *Cursor, limit int) ([]int64, error) {
	if limit <= 0 {
		return nil, fmt.Errorf("page of %d events", limit)
	}
	after := func(w string, args []any) (string, []any) {
		if c == nil {
			return w, args
		}
		// "date <= D" is a range the date indexes serve; the rest
		// settles the ties on D.
		cond := "e.date <= ? AND (e.date < ? OR e.id < ?)"
		if w == "" {
			w = " WHERE " + cond
		} else {
			w += " AND " + cond
		}
		return w, append(args, c.Date, c.Date, c.ID)
	}
	order := " ORDER BY e.date DESC, e.id DESC LIMIT " + strconv.Itoa(limit)
	var q string
	var args []any
	if (f.Country != "") != (f.Actor != "") {
		// "Source or target is X" as two keyset scans of the side
		// indexes (X, date), each cut at the page's end, merged.
		rest := f
		rest.Country, rest.Actor = "", ""
		var parts []string
		for _, col := range []string{"src", "tgt"} {
			one := rest
			var cond string
			var cargs []any
			if f.Country != "" {
				cond, cargs = "e."+col+"_country = ?", []any{f.Country}
			} else {
				cond, cargs = "e."+col+"_actor >= ? AND e."+col+"_actor < ?", []any{f.Actor, f.Actor + "\U0010FFFF"}
			}
			w, a := one.where()
			if w == "" {
				w = " WHERE " + cond
			} else {
				w += " AND " + cond
			}
			w, a = after(w, append(a, cargs...))
			parts = append(parts, "SELECT * FROM (SELECT e.id, e.date FROM events e"+w+order+")")
			args = append(args, a...)
		}
		q = "SELECT id FROM (" + strings.Join(parts, " UNION ") + ") e" + order
	} else {
		w, a := f.where()
		w, a = after(w, a)
		q, args = "SELECT e.id FROM events e"+w+order, a
	}
	rows, err := s.query(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	ids := make([]int64, 0, limit)
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// idList is ids as a JSON array, the argument of json_each: one
// statement text for any number of ids.
func idList(ids []int64) string {
	b := make([]byte, 0, 8*len(ids)+2)
	b = append(b, '[')
	for i, id := range ids {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, id, 10)
	}
	return string(append(b, ']'))
}

// EventsByIDs returns the events with these ids in the order given
// (missing ones left out), each with its mentions when withMentions, its
// SourceURL the source of its first mention either way.
func (s *Store) EventsByIDs(ctx context.Context, ids []int64, withMentions bool) ([]Event, error) {
	if len(ids) == 0 {
		return []Event{}, nil
	}
	cols := eventCols
	if withMentions {
		cols = eventColsBare
	}
	rows, err := s.query(ctx, "SELECT "+cols+" FROM events e WHERE e.id IN (SELECT value FROM json_each(?))", idList(ids))
	if err != nil {
		return nil, err
	}
	byID := make(map[int64]Event, len(ids))
	for rows.Next() {
		e, err := ScanEvent(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		byID[e.ID] = e
	}
	err = rows.Err()
	rows.Close()
	if err != nil {
		return nil, err
	}
	out := make([]Event, 0, len(byID))
	for _, id := range ids {
		if e, ok := byID[id]; ok {
			out = append(out, e)
		}
	}
	if withMentions {
		if err := s.pageMentions(ctx, out); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// pageMentions fills the Mentions of each event (in mention id order, as
// LoadMentions does, without the fields only exports use: DocLen and
// SentenceIdx) in one statement, and sets SourceURL from the first.
func (s *Store) pageMentions(ctx context.Context, evs []Event) error {
	at := make(map[int64]int, len(evs))
	ids := make([]int64, len(evs))
	for i := range evs {
		at[evs[i].ID] = i
		ids[i] = evs[i].ID
		evs[i].Mentions = []Mention{}
	}
	rows, err := s.query(ctx, `SELECT m.id, m.event, d.id, d.source, d.site, d.lang, d.date, d.ingested_at,
		m.sent_start, m.sent_stop, substr(d.text, m.sent_start + 1, m.sent_stop - m.sent_start),
		m.trig_start, m.trig_stop, m.trigger, m.confidence, m.modality, m.date, m.src_text, m.tgt_text, m.attribution
		FROM mentions m JOIN documents d ON d.rowid = m.doc
		WHERE m.event IN (SELECT value FROM json_each(?)) ORDER BY +m.id`, idList(ids))
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var m Mention
		if err := rows.Scan(&m.ID, &m.Event, &m.Document, &m.Source, &m.Site, &m.Lang, &m.DocDate, &m.IngestedAt,
			&m.Sentence.Start, &m.Sentence.End, &m.Sentence.Text,
			&m.Trigger.Start, &m.Trigger.End, &m.Trigger.Text, &m.Confidence, &m.Modality, &m.Date,
			&m.SourceText, &m.TargetText, &m.Attribution); err != nil {
			return err
		}
		i, ok := at[m.Event]
		if !ok {
			continue
		}
		if len(evs[i].Mentions) == 0 {
			evs[i].SourceURL = m.Source
		}
		evs[i].Mentions = append(evs[i].Mentions, m)
	}
	return rows.Err()
}

// DataVersion is a number that changes when another connection commits
// to the database (SQLite's PRAGMA data_version, read on one connection
// of the read pool kept for it): a reader may cache answers for as long
// as it stays the same.
type DataVersion struct {
	mu   sync.Mutex
	conn *sql.Conn
	st   *sql.Stmt
}

// NewDataVersion sets one read connection aside to watch s for commits.
func (s *Store) NewDataVersion(ctx context.Context) (*DataVersion, error) {
	conn, err := s.r.Conn(ctx)
	if err != nil {
		return nil, err
	}
	st, err := conn.PrepareContext(ctx, "PRAGMA data_version")
	if err != nil {
		conn.Close()
		return nil, err
	}
	return &DataVersion{conn: conn, st: st}, nil
}

// Get returns the current version.
func (v *DataVersion) Get(ctx context.Context) (int64, error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	var n int64
	err := v.st.QueryRowContext(ctx).Scan(&n)
	return n, err
}

// Close gives the connection back.
func (v *DataVersion) Close() error {
	v.mu.Lock()
	defer v.mu.Unlock()
	v.st.Close()
	return v.conn.Close()
}
