package pgstore

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
)

// migrations are the schema versions in order: migrations[i] brings a
// database from version i to version i+1. Never edit a released one: add
// a new one.
//
// The tables and columns are those of the SQLite store (package store),
// so that the filter's WHERE clause (store.FilterSQL) reads both, with
// three differences made for many writers at once:
//   - events.merge_key is unique: a worker that codes a report of an act
//     another worker is storing at the same moment waits for that
//     transaction and then joins its event (INSERT ... ON CONFLICT DO
//     UPDATE), instead of creating a second one;
//   - event_sites holds each (event's merge key, site) pair once, which
//     is how num_sources grows only for a site not counted yet;
//   - sentences carry their folded words as a tsvector (text search
//     configuration "simple": PostgreSQL has no Polish one, and the text
//     is folded the way the SQLite index folds it).
//
// Codes and dates compare byte-wise (COLLATE "C"), as in SQLite, whatever
// the database's locale: ranges such as "actor code starting with RUS" and
// the order of dates depend on it.
var migrations = []string{
	`
CREATE TABLE documents (
	rowid       bigserial PRIMARY KEY,
	id          text NOT NULL UNIQUE,
	source      text NOT NULL,
	site        text COLLATE "C" NOT NULL,
	lang        text NOT NULL,
	date        text COLLATE "C" NOT NULL,
	title       text NOT NULL,
	text        text NOT NULL,
	ingested_at text NOT NULL,
	format      text NOT NULL DEFAULT ''
);
CREATE TABLE sentences (
	id     bigserial PRIMARY KEY,
	doc    bigint NOT NULL REFERENCES documents(rowid),
	idx    integer NOT NULL,
	start  integer NOT NULL,
	stop   integer NOT NULL,
	folded tsvector NOT NULL
);
CREATE INDEX sentences_doc ON sentences(doc, start);
CREATE INDEX sentences_folded ON sentences USING gin(folded);
CREATE TABLE entities (
	id        bigserial PRIMARY KEY,
	doc       bigint NOT NULL REFERENCES documents(rowid),
	eid       text NOT NULL,
	type      text NOT NULL,
	name      text NOT NULL,
	canonical text NOT NULL,
	actor     text COLLATE "C" NOT NULL,
	country   text NOT NULL,
	mentions  integer NOT NULL
);
CREATE INDEX entities_doc ON entities(doc);
CREATE TABLE events (
	id            bigserial PRIMARY KEY,
	merge_key     text COLLATE "C" NOT NULL UNIQUE,
	type          text COLLATE "C" NOT NULL,
	mode          text COLLATE "C" NOT NULL,
	cameo         text COLLATE "C" NOT NULL,
	context       text NOT NULL DEFAULT '',
	quad          integer NOT NULL,
	goldstein     double precision NOT NULL,
	src_actor     text COLLATE "C" NOT NULL,
	src_country   text COLLATE "C" NOT NULL,
	src_text      text NOT NULL,
	tgt_actor     text COLLATE "C" NOT NULL,
	tgt_country   text COLLATE "C" NOT NULL,
	tgt_text      text NOT NULL,
	date          text COLLATE "C" NOT NULL,
	modality      text COLLATE "C" NOT NULL,
	confidence    double precision NOT NULL,
	first_seen    text NOT NULL,
	last_seen     text NOT NULL,
	num_mentions  integer NOT NULL,
	num_sources   integer NOT NULL,
	num_articles  integer NOT NULL,
	loc_text      text NOT NULL DEFAULT '',
	loc_name      text NOT NULL DEFAULT '',
	loc_country   text NOT NULL DEFAULT '',
	loc_admin1    text NOT NULL DEFAULT '',
	loc_lat       double precision,
	loc_lon       double precision,
	loc_geonameid bigint NOT NULL DEFAULT 0,
	loc_precision text NOT NULL DEFAULT ''
);
CREATE INDEX events_date ON events(date, id);
CREATE INDEX events_src_country ON events(src_country, date);
CREATE INDEX events_tgt_country ON events(tgt_country, date);
CREATE INDEX events_src_actor ON events(src_actor, date);
CREATE INDEX events_tgt_actor ON events(tgt_actor, date);
CREATE INDEX events_type ON events(type, date);
CREATE INDEX events_dyad ON events(src_country, tgt_country, date);
CREATE TABLE event_sites (
	merge_key text COLLATE "C" NOT NULL,
	site      text NOT NULL,
	PRIMARY KEY (merge_key, site)
);
CREATE TABLE mentions (
	id          bigserial PRIMARY KEY,
	event       bigint NOT NULL REFERENCES events(id),
	doc         bigint NOT NULL REFERENCES documents(rowid),
	sentence    bigint REFERENCES sentences(id),
	sent_start  integer NOT NULL,
	sent_stop   integer NOT NULL,
	trig_start  integer NOT NULL,
	trig_stop   integer NOT NULL,
	trigger     text NOT NULL,
	confidence  double precision NOT NULL,
	modality    text NOT NULL,
	date        text NOT NULL,
	src_text    text NOT NULL,
	tgt_text    text NOT NULL,
	attribution text NOT NULL DEFAULT ''
);
CREATE INDEX mentions_event ON mentions(event, id);
CREATE INDEX mentions_doc ON mentions(doc);
CREATE INDEX mentions_sentence ON mentions(sentence);
`,
	// Version 2: the entities of an actor, for kronika serve's actor
	// pages and search (the SQLite store's entities_actor); without it
	// each actor page reads the whole table.
	`
CREATE INDEX entities_actor ON entities(actor) WHERE actor <> '';
`,
}

// migrateLock is the advisory lock key under which migrations run, so
// that workers starting together apply each migration once.
const migrateLock = 0x6b726f6e696b61 // "kronika"

// migrate brings the schema to the current version in one transaction.
func (s *Store) migrate(ctx context.Context) error {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, "SELECT pg_advisory_xact_lock($1)", int64(migrateLock)); err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`); err != nil {
		return err
	}
	have, err := version(ctx, tx)
	if err != nil {
		return err
	}
	if have > len(migrations) {
		return fmt.Errorf("schema version %d is newer than this kronika knows (%d): upgrade kronika", have, len(migrations))
	}
	for v := have + 1; v <= len(migrations); v++ {
		if _, err := tx.Exec(ctx, migrations[v-1]); err != nil {
			return fmt.Errorf("schema migration to version %d: %w", v, err)
		}
		if _, err := tx.Exec(ctx, "INSERT INTO schema_migrations(version) VALUES ($1)", v); err != nil {
			return err
		}
	}
	return tx.Commit(ctx)
}

func version(ctx context.Context, q interface {
	QueryRow(context.Context, string, ...any) pgx.Row
}) (int, error) {
	var v int
	err := q.QueryRow(ctx, "SELECT coalesce(max(version), 0) FROM schema_migrations").Scan(&v)
	return v, err
}
