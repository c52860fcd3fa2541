// Package pgstore is the chronicle in PostgreSQL (driver pgx v5), for
// many workers on many machines writing at once: the same tables, the
// same merge rule and the same queries as the SQLite store (package
// store), behind the same interfaces (store.Writer, store.Reader).
//
// Each document is written in one transaction of its own (READ
// COMMITTED): documents are unique by content hash (a second copy adds
// nothing), events by merge key. Two workers storing reports of the same
// act at the same moment meet on the key's unique index: the second waits
// for the first transaction and then joins its event (INSERT ... ON
// CONFLICT DO UPDATE), adding its mentions and counts. No lock outlives
// the document's transaction. A transaction that loses a deadlock or a
// serialization conflict is run again; errors of the connection (a
// restarted server) are reported as such (Transient) for the caller to
// retry.
package pgstore

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/store"
)

// Store is an open PostgreSQL chronicle. It is safe for concurrent use.
type Store struct {
	pool *pgxpool.Pool
	now  func() time.Time
}

var (
	_ store.Reader = (*Store)(nil)
	_ store.Writer = (*Store)(nil)
)

// IsURL reports whether a --db value names a PostgreSQL database
// (postgres:// or postgresql://) rather than a SQLite file.
func IsURL(s string) bool {
	return strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://")
}

// Open connects to the database at url (postgres://...), with up to
// conns connections (0: pgx's default), and brings its schema to the
// current version.
func Open(ctx context.Context, url string, conns int) (*Store, error) {
	s, err := connect(ctx, url, conns)
	if err != nil {
		return nil, err
	}
	if err := s.migrate(ctx); err != nil {
		s.pool.Close()
		return nil, fmt.Errorf("%s: %w", Redact(url), err)
	}
	return s, nil
}

// OpenReadOnly connects for reading only: the schema must be at the
// current version, and every transaction of the pool is read-only.
func OpenReadOnly(ctx context.Context, url string, conns int) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", Redact(url), err)
	}
	cfg.ConnConfig.RuntimeParams["default_transaction_read_only"] = "on"
	s, err := connectConfig(ctx, cfg, conns)
	if err != nil {
		return nil, err
	}
	v, err := version(ctx, s.pool)
	if err != nil {
		s.pool.Close()
		return nil, fmt.Errorf("%s: %w (kronika worker creates the schema)", Redact(url), err)
	}
	if v != len(migrations) {
		s.pool.Close()
		return nil, fmt.Errorf("%s: schema version %d, this kronika reads version %d", Redact(url), v, len(migrations))
	}
	return s, nil
}

func connect(ctx context.Context, url string, conns int) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", Redact(url), err)
	}
	return connectConfig(ctx, cfg, conns)
}

func connectConfig(ctx context.Context, cfg *pgxpool.Config, conns int) (*Store, error) {
	if conns > 0 {
		cfg.MaxConns = int32(conns)
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, err
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("%s: %w", Redact(cfg.ConnString()), err)
	}
	return &Store{pool: pool, now: time.Now}, nil
}

// Redact drops the password from a connection URL for messages.
func Redact(url string) string {
	at := strings.LastIndexByte(url, '@')
	scheme := strings.Index(url, "://")
	if at < 0 || scheme < 0 || at < scheme {
		return url
	}
	user := url[scheme+3 : at]
	if i := strings.IndexByte(user, ':'); i >= 0 {
		return url[:scheme+3] + user[:i] + ":***" + url[at:]
	}
	return url
}

// Close closes the connections.
func (s *Store) Close() error {
	s.pool.Close()
	return nil
}

// Flush does nothing: Add commits each document itself.
func (s *Store) Flush(context.Context) error { return nil }

// Has reports whether a document with this content hash is stored.
func (s *Store) Has(ctx context.Context, id string) (bool, error) {
	var ok bool
	err := s.pool.QueryRow(ctx, "SELECT EXISTS(SELECT 1 FROM documents WHERE id = $1)", id).Scan(&ok)
	return ok, err
}

// Counts returns how many rows each main table holds.
func (s *Store) Counts(ctx context.Context) (store.Counts, error) {
	var c store.Counts
	err := s.pool.QueryRow(ctx, `SELECT
		(SELECT count(*) FROM documents), (SELECT count(*) FROM sentences),
		(SELECT count(*) FROM entities), (SELECT count(*) FROM events),
		(SELECT count(*) FROM mentions)`).Scan(&c.Documents, &c.Sentences, &c.Entities, &c.Events, &c.Mentions)
	return c, err
}

// Transient reports whether err comes from the connection or the server's
// state rather than from the document: the server restarting or
// unreachable, too many connections, a lost deadlock or serialization
// conflict. Storing the same document again later may succeed.
func Transient(err error) bool {
	if err == nil {
		return false
	}
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch {
		case strings.HasPrefix(pe.Code, "08"), // connection exception
			strings.HasPrefix(pe.Code, "57P"),      // admin shutdown, crash shutdown, cannot connect now
			pe.Code == "40001", pe.Code == "40P01", // serialization failure, deadlock
			pe.Code == "53300", pe.Code == "53400": // too many connections, configuration limit
			return true
		}
		return false
	}
	var ce *pgconn.ConnectError
	var ne net.Error
	return errors.As(err, &ce) || errors.As(err, &ne) || pgconn.SafeToRetry(err) ||
		errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) || pgconn.Timeout(err) ||
		strings.Contains(err.Error(), "conn closed") || strings.Contains(err.Error(), "connection reset")
}

// retryable are the errors after which the document's transaction is run
// again at once: the server chose it as a victim.
func retryable(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && (pe.Code == "40001" || pe.Code == "40P01")
}

// Add stores a coded document with its sentences, entities, events and
// mentions in one transaction. A document whose content hash is stored
// already is left alone (Added.New false).
func (s *Store) Add(ctx context.Context, d *doc.Document) (store.Added, error) {
	if d.ID == "" {
		d.ID = doc.Hash(d.Text)
	}
	for attempt := 1; ; attempt++ {
		res, err := s.add(ctx, d)
		if err == nil {
			return res, nil
		}
		if !retryable(err) || attempt == 5 || ctx.Err() != nil {
			return store.Added{}, fmt.Errorf("%s: store: %w", d.Source, err)
		}
		time.Sleep(time.Duration(attempt*attempt) * 10 * time.Millisecond)
	}
}

// group is the reports of one act in a document: its events with one
// merge key.
type group struct {
	key, date string
	evs       []*doc.Event
}

func (s *Store) add(ctx context.Context, d *doc.Document) (res store.Added, err error) {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return res, err
	}
	defer tx.Rollback(ctx)
	now := s.now().UTC().Format(time.RFC3339)
	site := store.SiteOf(d.Source)
	var docRow int64
	err = tx.QueryRow(ctx, `INSERT INTO documents(id, source, site, lang, date, title, text, ingested_at, format)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (id) DO NOTHING RETURNING rowid`,
		d.ID, d.Source, site, d.Lang, d.Date, d.Title, d.Text, now, d.Format).Scan(&docRow)
	if errors.Is(err, pgx.ErrNoRows) {
		return res, nil // stored already (perhaps by another worker a moment ago)
	}
	if err != nil {
		return res, err
	}
	res.New = true
	cp := store.CodePoints(d)

	// The evidence sentences, numbered among the content sentences, as
	// in the SQLite store.
	evidence := map[int]bool{}
	for _, ev := range d.Events {
		evidence[ev.Sentence.Start] = true
		for _, m := range ev.Mentions {
			evidence[m.Sentence.Start] = true
		}
	}
	sentID := map[int]int64{}
	idx := 0
	for _, sn := range d.Sentences {
		if sn.Block < len(d.Blocks) && !d.Blocks[sn.Block].Content() {
			continue
		}
		idx++
		if !evidence[sn.Start] {
			continue
		}
		var id int64
		if err := tx.QueryRow(ctx, `INSERT INTO sentences(doc, idx, start, stop, folded)
			VALUES ($1, $2, $3, $4, to_tsvector('simple', $5)) RETURNING id`,
			docRow, idx, cp[sn.Start], cp[sn.End], store.Fold(d.Text[sn.Start:sn.End])).Scan(&id); err != nil {
			return res, err
		}
		sentID[sn.Start] = id
	}
	if len(d.Entities) > 0 {
		rows := make([][]any, len(d.Entities))
		for i, e := range d.Entities {
			rows[i] = []any{docRow, e.ID, e.Type, e.Name, e.Canonical, e.Actor, e.Country, len(e.Mentions)}
		}
		if _, err := tx.CopyFrom(ctx, pgx.Identifier{"entities"},
			[]string{"doc", "eid", "type", "name", "canonical", "actor", "country", "mentions"}, pgx.CopyFromRows(rows)); err != nil {
			return res, err
		}
	}

	var groups []*group
	byKey := map[string]*group{}
	for i := range d.Events {
		ev := &d.Events[i]
		key, date := store.MergeKey(ev, d)
		if key == "" {
			key = "!" + d.ID + "/" + strconv.Itoa(i)
		}
		g := byKey[key]
		if g == nil {
			g = &group{key: key, date: date}
			byKey[key] = g
			groups = append(groups, g)
		}
		g.evs = append(g.evs, ev)
	}
	// Events are locked in key order, the same in every worker, so two
	// documents sharing several acts cannot wait on each other in a
	// circle. Mentions keep the document's order.
	order := make([]*group, len(groups))
	copy(order, groups)
	sort.Slice(order, func(i, j int) bool { return order[i].key < order[j].key })
	evID := map[*group]int64{}
	for _, g := range order {
		id, created, err := upsertEvent(ctx, tx, g, now)
		if err != nil {
			return res, err
		}
		evID[g] = id
		if created {
			res.Events++
		} else {
			res.Merged++
		}
		t, err := tx.Exec(ctx, "INSERT INTO event_sites(event, site) VALUES ($1, $2) ON CONFLICT DO NOTHING", id, site)
		if err != nil {
			return res, err
		}
		if t.RowsAffected() == 1 {
			if _, err := tx.Exec(ctx, "UPDATE events SET num_sources = num_sources + 1 WHERE id = $1", id); err != nil {
				return res, err
			}
		}
		for _, ev := range g.evs {
			if l := ev.Location; l != nil && l.Precision != "" {
				if _, err := tx.Exec(ctx, `UPDATE events SET loc_text = $1, loc_name = $2, loc_country = $3, loc_admin1 = $4,
					loc_lat = $5, loc_lon = $6, loc_geonameid = $7, loc_precision = $8 WHERE id = $9 AND loc_precision = ''`,
					d.Text[l.Start:l.End], l.Name, l.Country, l.Admin1, l.Lat, l.Lon, l.GeonameID, l.Precision, id); err != nil {
					return res, err
				}
				break
			}
		}
	}
	var mrows [][]any
	for _, g := range groups {
		for _, ev := range g.evs {
			src, tgt, attr := part(ev.Source), part(ev.Target), part(ev.Attribution)
			for _, m := range reports(ev) {
				var sid any
				if id, ok := sentID[m.Sentence.Start]; ok {
					sid = id
				}
				mrows = append(mrows, []any{evID[g], docRow, sid, cp[m.Sentence.Start], cp[m.Sentence.End],
					cp[m.Trigger.Start], cp[m.Trigger.End], d.Text[m.Trigger.Start:m.Trigger.End], m.Confidence, m.Modality,
					g.date, src.Text, tgt.Text, attr.Text})
			}
		}
	}
	if len(mrows) > 0 {
		if _, err := tx.CopyFrom(ctx, pgx.Identifier{"mentions"},
			[]string{"event", "doc", "sentence", "sent_start", "sent_stop", "trig_start", "trig_stop",
				"trigger", "confidence", "modality", "date", "src_text", "tgt_text", "attribution"}, pgx.CopyFromRows(mrows)); err != nil {
			return res, err
		}
	}
	res.Mentions = len(mrows)
	return res, tx.Commit(ctx)
}

// reports are an event's mentions: the event's own trigger and sentence
// when the coder gave no list.
func reports(ev *doc.Event) []doc.EventMention {
	if len(ev.Mentions) == 0 {
		return []doc.EventMention{{Trigger: ev.Trigger, Sentence: ev.Sentence, Confidence: ev.Confidence, Modality: ev.Modality}}
	}
	return ev.Mentions
}

// upsertEvent creates the group's event or joins the stored one with its
// key, and says which it did.
func upsertEvent(ctx context.Context, tx pgx.Tx, g *group, now string) (id int64, created bool, err error) {
	n, conf := 0, 0.0
	for _, ev := range g.evs {
		conf = max(conf, ev.Confidence)
		n += len(reports(ev))
	}
	e := g.evs[0]
	src, tgt := part(e.Source), part(e.Target)
	err = tx.QueryRow(ctx, `INSERT INTO events(merge_key, type, mode, cameo, context, quad, goldstein,
		src_actor, src_country, src_text, tgt_actor, tgt_country, tgt_text, date, modality, confidence,
		first_seen, last_seen, num_mentions, num_sources, num_articles)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $17, $18, 0, 1)
		ON CONFLICT (merge_key) DO UPDATE SET
			num_mentions = events.num_mentions + EXCLUDED.num_mentions,
			num_articles = events.num_articles + 1,
			last_seen = greatest(events.last_seen, EXCLUDED.last_seen),
			confidence = greatest(events.confidence, EXCLUDED.confidence)
		RETURNING id, xmax = 0`,
		g.key, e.Type, e.Mode, e.CAMEO, strings.Join(e.Context, ","), e.Quad, e.Goldstein,
		src.Actor, src.Country, src.Text, tgt.Actor, tgt.Country, tgt.Text, g.date, e.Modality, conf,
		now, n).Scan(&id, &created)
	return id, created, err
}

func part(p *doc.Participant) doc.Participant {
	if p == nil {
		return doc.Participant{}
	}
	return *p
}
