package pgstore

// The read side, for kronika serve and the exports: the queries of the
// SQLite store over the same tables, with PostgreSQL's placeholders and
// its text search in place of FTS5.

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"github.com/jackc/pgx/v5"

	"github.com/kronika/kronika/store"
)

const eventCols = `e.id, e.type, e.mode, e.cameo, e.context, e.quad, e.goldstein,
	e.src_actor, e.src_country, e.src_text, e.tgt_actor, e.tgt_country, e.tgt_text,
	e.date, e.modality, e.confidence, e.first_seen, e.last_seen, e.num_mentions, e.num_sources, e.num_articles,
	coalesce((SELECT d.source FROM mentions m JOIN documents d ON d.rowid = m.doc WHERE m.event = e.id ORDER BY m.id LIMIT 1), ''),
	e.loc_text, e.loc_name, e.loc_country, e.loc_admin1, coalesce(e.loc_lat, 0), coalesce(e.loc_lon, 0), e.loc_geonameid, e.loc_precision`

// numbered rewrites the "?" placeholders of a store.FilterSQL clause as
// $from, $from+1, ... (outside quoted literals).
func numbered(clause string, from int) string {
	var b strings.Builder
	quoted := false
	for i := 0; i < len(clause); i++ {
		c := clause[i]
		switch {
		case c == '\'':
			quoted = !quoted
		case c == '?' && !quoted:
			b.WriteString("$" + strconv.Itoa(from))
			from++
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// where is f's clause with numbered placeholders, the full-text query
// included (as a condition on e.id).
func where(f store.Filter) (string, []any) {
	w, args := store.FilterSQL(f)
	w = numbered(w, 1)
	if f.Q != "" {
		q := tsQuery(f.Q)
		if q == "" {
			return and(w, "FALSE"), args
		}
		w = and(w, fmt.Sprintf("e.id IN (SELECT m.event FROM mentions m JOIN sentences s ON s.id = m.sentence WHERE s.folded @@ to_tsquery('simple', $%d))", len(args)+1))
		args = append(args, q)
	}
	return w, args
}

// and appends a condition to a WHERE clause.
func and(w, cond string) string {
	if w == "" {
		return " WHERE " + cond
	}
	return w + " AND " + cond
}

// tsQuery turns a user's search words into a tsquery: each word folded
// like the index, all required, a word ending in * a prefix. Words hold
// only letters and digits, so none is read as an operator. "" means no
// word to search for.
func tsQuery(q string) string {
	var parts []string
	for _, w := range strings.FieldsFunc(store.Fold(q), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '*'
	}) {
		prefix := strings.HasSuffix(w, "*")
		w = strings.Trim(w, "*")
		if w == "" || strings.ContainsRune(w, '*') {
			continue
		}
		p := "'" + w + "'"
		if prefix {
			p += ":*"
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, " & ")
}

func (s *Store) queryEvents(ctx context.Context, q string, args ...any) ([]store.Event, error) {
	out := []store.Event{}
	err := s.eachRow(ctx, q, args, func(r pgx.Rows) error {
		e, err := store.ScanEvent(r)
		if err == nil {
			out = append(out, e)
		}
		return err
	})
	return out, err
}

func (s *Store) eachRow(ctx context.Context, q string, args []any, fn func(pgx.Rows) error) error {
	rows, err := s.pool.Query(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// Events returns the events f selects, latest date first (then highest
// id), without their mentions.
func (s *Store) Events(ctx context.Context, f store.Filter) ([]store.Event, error) {
	out := []store.Event{}
	err := s.EachEvent(ctx, f, func(e store.Event) error { out = append(out, e); return nil })
	return out, err
}

// EachEvent calls fn with each event f selects, in the order of Events;
// with a full-text query (Q), the event with the newest matching report
// first.
func (s *Store) EachEvent(ctx context.Context, f store.Filter, fn func(store.Event) error) error {
	page := ""
	if f.Limit > 0 {
		page = fmt.Sprintf(" LIMIT %d OFFSET %d", f.Limit, f.Offset)
	}
	if f.Q == "" {
		w, args := where(f)
		return s.eachRow(ctx, "SELECT "+eventCols+" FROM events e"+w+" ORDER BY e.date DESC, e.id DESC"+page, args, func(r pgx.Rows) error {
			e, err := store.ScanEvent(r)
			if err != nil {
				return err
			}
			return fn(e)
		})
	}
	match := tsQuery(f.Q)
	if match == "" {
		return nil
	}
	rest := f
	rest.Q = ""
	w, args := where(rest)
	w = and(w, fmt.Sprintf("s.folded @@ to_tsquery('simple', $%d)", len(args)+1))
	args = append(args, match)
	var ids []int64
	err := s.eachRow(ctx, `SELECT m.event FROM sentences s JOIN mentions m ON m.sentence = s.id JOIN events e ON e.id = m.event`+w+
		" GROUP BY m.event ORDER BY max(s.id) DESC"+page, args, func(r pgx.Rows) error {
		var id int64
		err := r.Scan(&id)
		ids = append(ids, id)
		return err
	})
	if err != nil {
		return err
	}
	for len(ids) > 0 {
		n := min(len(ids), 500)
		evs, err := s.queryEvents(ctx, "SELECT "+eventCols+" FROM events e WHERE e.id = ANY($1)", ids[:n])
		if err != nil {
			return err
		}
		at := map[int64]store.Event{}
		for _, e := range evs {
			at[e.ID] = e
		}
		for _, id := range ids[:n] {
			if e, ok := at[id]; ok {
				if err := fn(e); err != nil {
					return err
				}
			}
		}
		ids = ids[n:]
	}
	return nil
}

// EventsAfter returns up to f.Limit events f selects that come after c in
// the order of Events (from the start when c is nil), without mentions.
func (s *Store) EventsAfter(ctx context.Context, f store.Filter, c *store.Cursor) ([]store.Event, error) {
	w, args := where(f)
	if c != nil {
		w = and(w, fmt.Sprintf("(e.date, e.id) < ($%d, $%d)", len(args)+1, len(args)+2))
		args = append(args, c.Date, c.ID)
	}
	q := "SELECT " + eventCols + " FROM events e" + w + " ORDER BY e.date DESC, e.id DESC"
	if f.Limit > 0 {
		q += fmt.Sprintf(" LIMIT %d", f.Limit)
	}
	return s.queryEvents(ctx, q, args...)
}

// EventByID returns one event with its mentions, or store.ErrNoRow.
func (s *Store) EventByID(ctx context.Context, id int64) (store.Event, error) {
	evs, err := s.queryEvents(ctx, "SELECT "+eventCols+" FROM events e WHERE e.id = $1", id)
	if err != nil {
		return store.Event{}, err
	}
	if len(evs) == 0 {
		return store.Event{}, store.ErrNoRow
	}
	if err := s.LoadMentions(ctx, evs); err != nil {
		return store.Event{}, err
	}
	return evs[0], nil
}

// LoadMentions fills the Mentions of each event, in the order they were
// stored.
func (s *Store) LoadMentions(ctx context.Context, evs []store.Event) error {
	if len(evs) == 0 {
		return nil
	}
	at := map[int64]int{}
	ids := make([]int64, len(evs))
	for i := range evs {
		at[evs[i].ID] = i
		ids[i] = evs[i].ID
		evs[i].Mentions = []store.Mention{}
	}
	return s.eachRow(ctx, `SELECT m.id, m.event, d.id, d.source, d.site, d.lang, d.date, length(d.text), d.ingested_at,
		coalesce(sn.idx, 0), m.sent_start, m.sent_stop, substr(d.text, m.sent_start + 1, m.sent_stop - m.sent_start),
		m.trig_start, m.trig_stop, m.trigger, m.confidence, m.modality, m.date, m.src_text, m.tgt_text, m.attribution
		FROM mentions m JOIN documents d ON d.rowid = m.doc LEFT JOIN sentences sn ON sn.id = m.sentence
		WHERE m.event = ANY($1) ORDER BY m.id`, []any{ids}, func(r pgx.Rows) error {
		var m store.Mention
		if err := r.Scan(&m.ID, &m.Event, &m.Document, &m.Source, &m.Site, &m.Lang, &m.DocDate, &m.DocLen, &m.IngestedAt,
			&m.SentenceIdx, &m.Sentence.Start, &m.Sentence.End, &m.Sentence.Text,
			&m.Trigger.Start, &m.Trigger.End, &m.Trigger.Text, &m.Confidence, &m.Modality, &m.Date,
			&m.SourceText, &m.TargetText, &m.Attribution); err != nil {
			return err
		}
		i := at[m.Event]
		evs[i].Mentions = append(evs[i].Mentions, m)
		return nil
	})
}

// DocumentByID returns a stored document by its content hash, or
// store.ErrNoRow.
func (s *Store) DocumentByID(ctx context.Context, id string) (store.StoredDocument, error) {
	var d store.StoredDocument
	var rowid int64
	err := s.pool.QueryRow(ctx, `SELECT rowid, id, source, site, lang, date, title, format, text, ingested_at
		FROM documents WHERE id = $1`, id).Scan(&rowid, &d.ID, &d.Source, &d.Site, &d.Lang, &d.Date, &d.Title, &d.Format, &d.Text, &d.IngestedAt)
	if errors.Is(err, pgx.ErrNoRows) {
		return d, store.ErrNoRow
	}
	if err != nil {
		return d, err
	}
	d.Sentences, d.Entities, d.Mentions = []store.SentenceSpan{}, []store.StoredEntity{}, []store.DocumentMention{}
	err = s.eachRow(ctx, "SELECT idx, start, stop FROM sentences WHERE doc = $1 ORDER BY start", []any{rowid}, func(r pgx.Rows) error {
		var sp store.SentenceSpan
		err := r.Scan(&sp.Index, &sp.Start, &sp.End)
		d.Sentences = append(d.Sentences, sp)
		return err
	})
	if err != nil {
		return d, err
	}
	err = s.eachRow(ctx, "SELECT eid, type, name, canonical, actor, country, mentions FROM entities WHERE doc = $1 ORDER BY id", []any{rowid}, func(r pgx.Rows) error {
		var e store.StoredEntity
		err := r.Scan(&e.ID, &e.Type, &e.Name, &e.Canonical, &e.Actor, &e.Country, &e.Mentions)
		d.Entities = append(d.Entities, e)
		return err
	})
	if err != nil {
		return d, err
	}
	err = s.eachRow(ctx, `SELECT m.event, e.type, e.quad, m.sent_start, m.sent_stop,
		substr(d.text, m.sent_start + 1, m.sent_stop - m.sent_start), m.trig_start, m.trig_stop, m.trigger,
		m.src_text, m.tgt_text, m.modality, m.confidence, m.attribution
		FROM mentions m JOIN events e ON e.id = m.event JOIN documents d ON d.rowid = m.doc
		WHERE m.doc = $1 ORDER BY m.trig_start, m.id`, []any{rowid}, func(r pgx.Rows) error {
		var m store.DocumentMention
		err := r.Scan(&m.Event, &m.Type, &m.Quad, &m.Sentence.Start, &m.Sentence.End, &m.Sentence.Text,
			&m.Trigger.Start, &m.Trigger.End, &m.Trigger.Text, &m.SourceText, &m.TargetText, &m.Modality, &m.Confidence, &m.Attribution)
		d.Mentions = append(d.Mentions, m)
		return err
	})
	return d, err
}

// CountByDateAnd returns how many events f selects on each date for each
// value of by ("type" or "quad"), in date order.
func (s *Store) CountByDateAnd(ctx context.Context, f store.Filter, by string) ([]store.KeyCount, error) {
	var col string
	switch by {
	case "type":
		col = "e.type"
	case "quad":
		col = "CAST(e.quad AS text)"
	default:
		return nil, fmt.Errorf("count by %q: want type or quad", by)
	}
	w, args := where(f)
	out := []store.KeyCount{}
	err := s.eachRow(ctx, "SELECT e.date, "+col+", count(*) FROM events e"+w+" GROUP BY e.date, "+col+" ORDER BY e.date, "+col, args, func(r pgx.Rows) error {
		var c store.KeyCount
		err := r.Scan(&c.Date, &c.Key, &c.Count)
		out = append(out, c)
		return err
	})
	return out, err
}

// Pairs returns the actor pairs of the events f selects with their
// counts, most frequent first; f.Limit caps the number of pairs.
func (s *Store) Pairs(ctx context.Context, f store.Filter) ([]store.PairCount, error) {
	w, args := where(f)
	w = and(w, "coalesce(nullif(e.src_actor, ''), e.src_country) <> '' AND coalesce(nullif(e.tgt_actor, ''), e.tgt_country) <> ''")
	q := `SELECT coalesce(nullif(e.src_actor, ''), e.src_country) AS a, coalesce(nullif(e.tgt_actor, ''), e.tgt_country) AS b,
		count(*) AS n, count(*) FILTER (WHERE e.quad IN (1, 2)), count(*) FILTER (WHERE e.quad IN (3, 4))
		FROM events e` + w + " GROUP BY a, b ORDER BY n DESC, a, b"
	if f.Limit > 0 {
		q += fmt.Sprintf(" LIMIT %d", f.Limit)
	}
	out := []store.PairCount{}
	err := s.eachRow(ctx, q, args, func(r pgx.Rows) error {
		var p store.PairCount
		err := r.Scan(&p.Source, &p.Target, &p.Count, &p.Cooperative, &p.Conflictual)
		out = append(out, p)
		return err
	})
	return out, err
}
