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

// add writes a document in one transaction, in four round trips to the
// server after BEGIN: the document; its sentences, entities and events
// (one batch); its mentions; COMMIT.
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
	b := &pgx.Batch{}

	// The evidence sentences, numbered among the content sentences, as
	// in the SQLite store.
	var sIdx, sStart, sStop []int
	var sFolded []string
	var sByte []int // byte start of each, to find its id
	for _, sn := range store.EvidenceSentences(d) {
		sIdx, sStart, sStop = append(sIdx, sn.Index), append(sStart, cp[sn.Start]), append(sStop, cp[sn.End])
		sFolded, sByte = append(sFolded, store.Fold(d.Text[sn.Start:sn.End])), append(sByte, sn.Start)
	}
	sentID := map[int]int64{}
	if len(sIdx) > 0 {
		b.Queue(`INSERT INTO sentences(doc, idx, start, stop, folded)
			SELECT $1, i, st, sp, to_tsvector('simple', f) FROM unnest($2::integer[], $3::integer[], $4::integer[], $5::text[]) AS u(i, st, sp, f)
			RETURNING id, start`, docRow, sIdx, sStart, sStop, sFolded).Query(func(rows pgx.Rows) error {
			byStart := map[int]int64{}
			for rows.Next() {
				var id int64
				var start int
				if err := rows.Scan(&id, &start); err != nil {
					return err
				}
				byStart[start] = id
			}
			for i, bs := range sByte {
				sentID[bs] = byStart[sStart[i]]
			}
			return rows.Err()
		})
	}
	if len(d.Entities) > 0 {
		cols := make([][]string, 6)
		var counts []int
		for _, e := range d.Entities {
			for i, v := range []string{e.ID, e.Type, e.Name, e.Canonical, e.Actor, e.Country} {
				cols[i] = append(cols[i], v)
			}
			counts = append(counts, len(e.Mentions))
		}
		b.Queue(`INSERT INTO entities(doc, eid, type, name, canonical, actor, country, mentions)
			SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::integer[])`,
			docRow, cols[0], cols[1], cols[2], cols[3], cols[4], cols[5], counts)
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
		queueUpsert(b, g, d, site, now).QueryRow(func(r pgx.Row) error {
			var id int64
			var created bool
			err := r.Scan(&id, &created)
			evID[g] = id
			if created {
				res.Events++
			} else {
				res.Merged++
			}
			return err
		})
	}
	if b.Len() > 0 {
		if err := tx.SendBatch(ctx, b).Close(); err != nil {
			return res, err
		}
	}

	var mEvent, mStart, mStop, mTStart, mTStop []int64
	var mSent []*int64
	var mTrig, mMod, mDate, mSrc, mTgt, mAttr []string
	var mConf []float64
	for _, g := range groups {
		for _, ev := range g.evs {
			src, tgt, attr := part(ev.Source), part(ev.Target), part(ev.Attribution)
			for _, m := range reports(ev) {
				var sid *int64
				if id, ok := sentID[m.Sentence.Start]; ok {
					sid = &id
				}
				mEvent, mSent = append(mEvent, evID[g]), append(mSent, sid)
				mStart, mStop = append(mStart, int64(cp[m.Sentence.Start])), append(mStop, int64(cp[m.Sentence.End]))
				mTStart, mTStop = append(mTStart, int64(cp[m.Trigger.Start])), append(mTStop, int64(cp[m.Trigger.End]))
				mTrig, mConf, mMod = append(mTrig, d.Text[m.Trigger.Start:m.Trigger.End]), append(mConf, m.Confidence), append(mMod, m.Modality)
				mDate, mSrc, mTgt, mAttr = append(mDate, g.date), append(mSrc, src.Text), append(mTgt, tgt.Text), append(mAttr, attr.Text)
			}
		}
	}
	if len(mEvent) > 0 {
		// WITH ORDINALITY keeps the document's order in the ids.
		if _, err := tx.Exec(ctx, `INSERT INTO mentions(event, doc, sentence, sent_start, sent_stop, trig_start, trig_stop,
			trigger, confidence, modality, date, src_text, tgt_text, attribution)
			SELECT ev, $1, sn, ss, se, ts, te, tr, cf, mo, dt, sr, tg, at FROM unnest($2::bigint[], $3::bigint[], $4::integer[], $5::integer[],
				$6::integer[], $7::integer[], $8::text[], $9::double precision[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[])
				WITH ORDINALITY AS u(ev, sn, ss, se, ts, te, tr, cf, mo, dt, sr, tg, at, n) ORDER BY n`,
			docRow, mEvent, mSent, mStart, mStop, mTStart, mTStop, mTrig, mConf, mMod, mDate, mSrc, mTgt, mAttr); err != nil {
			return res, err
		}
	}
	res.Mentions = len(mEvent)
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

// queueUpsert queues the statement that creates the group's event or
// joins the stored one with its key, in one: the site is counted when
// event_sites did not hold it for the key, the place set when the event
// has none yet. It returns the event's id and whether it was created.
func queueUpsert(b *pgx.Batch, g *group, d *doc.Document, site, now string) *pgx.QueuedQuery {
	n, conf := 0, 0.0
	for _, ev := range g.evs {
		conf = max(conf, ev.Confidence)
		n += len(reports(ev))
	}
	e := g.evs[0]
	src, tgt := part(e.Source), part(e.Target)
	var l doc.Location
	var lText string
	var lat, lon *float64
	for _, ev := range g.evs {
		if ev.Location != nil && ev.Location.Precision != "" {
			l = *ev.Location
			lText = d.Text[l.Start:l.End]
			lat, lon = &l.Lat, &l.Lon
			break
		}
	}
	return b.Queue(`WITH s AS (INSERT INTO event_sites(merge_key, site) VALUES ($1, $19) ON CONFLICT DO NOTHING RETURNING 1)
		INSERT INTO events(merge_key, type, mode, cameo, context, quad, goldstein,
		src_actor, src_country, src_text, tgt_actor, tgt_country, tgt_text, date, modality, confidence,
		first_seen, last_seen, num_mentions, num_sources, num_articles,
		loc_text, loc_name, loc_country, loc_admin1, loc_lat, loc_lon, loc_geonameid, loc_precision)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $17, $18, (SELECT count(*) FROM s), 1,
			$20, $21, $22, $23, $24, $25, $26, $27)
		ON CONFLICT (merge_key) DO UPDATE SET
			num_mentions = events.num_mentions + EXCLUDED.num_mentions,
			num_sources = events.num_sources + EXCLUDED.num_sources,
			num_articles = events.num_articles + 1,
			last_seen = greatest(events.last_seen, EXCLUDED.last_seen),
			confidence = greatest(events.confidence, EXCLUDED.confidence),
			loc_text = CASE WHEN events.loc_precision = '' THEN EXCLUDED.loc_text ELSE events.loc_text END,
			loc_name = CASE WHEN events.loc_precision = '' THEN EXCLUDED.loc_name ELSE events.loc_name END,
			loc_country = CASE WHEN events.loc_precision = '' THEN EXCLUDED.loc_country ELSE events.loc_country END,
			loc_admin1 = CASE WHEN events.loc_precision = '' THEN EXCLUDED.loc_admin1 ELSE events.loc_admin1 END,
			loc_lat = CASE WHEN events.loc_precision = '' THEN EXCLUDED.loc_lat ELSE events.loc_lat END,
			loc_lon = CASE WHEN events.loc_precision = '' THEN EXCLUDED.loc_lon ELSE events.loc_lon END,
			loc_geonameid = CASE WHEN events.loc_precision = '' THEN EXCLUDED.loc_geonameid ELSE events.loc_geonameid END,
			loc_precision = CASE WHEN events.loc_precision = '' THEN EXCLUDED.loc_precision ELSE events.loc_precision END
		RETURNING id, xmax = 0`,
		g.key, e.Type, e.Mode, e.CAMEO, strings.Join(e.Context, ","), e.Quad, e.Goldstein,
		src.Actor, src.Country, src.Text, tgt.Actor, tgt.Country, tgt.Text, g.date, e.Modality, conf,
		now, n, site, lText, l.Name, l.Country, l.Admin1, lat, lon, l.GeonameID, l.Precision)
}

func part(p *doc.Participant) doc.Participant {
	if p == nil {
		return doc.Participant{}
	}
	return *p
}
