package store

import (
	"context"
	"fmt"
	"time"
)

// migrations are the schema versions in order: migrations[i] brings a
// database from version i to version i+1. Applied versions are recorded in
// schema_migrations; Open applies the missing ones, each in a transaction
// of its own. Never edit a released migration: add a new one.
var migrations = []string{
	// Version 1: documents, sentences with their full-text index,
	// entities, events and mentions.
	`
CREATE TABLE documents (
	rowid       INTEGER PRIMARY KEY,
	id          TEXT NOT NULL UNIQUE, -- content hash of text (doc.Hash)
	source      TEXT NOT NULL,        -- file path, URL, file.jsonl:LINE or -
	site        TEXT NOT NULL,        -- what num_sources counts: the host of a URL, else the file
	lang        TEXT NOT NULL,
	date        TEXT NOT NULL,        -- publication date YYYY[-MM[-DD]] or ''
	title       TEXT NOT NULL,
	text        TEXT NOT NULL,
	ingested_at TEXT NOT NULL         -- UTC, RFC 3339
);
CREATE TABLE sentences (
	id      INTEGER PRIMARY KEY,      -- also the rowid of sentences_fts
	doc     INTEGER NOT NULL REFERENCES documents(rowid),
	idx     INTEGER NOT NULL,         -- 1-based position in the document
	start   INTEGER NOT NULL,         -- code points in documents.text
	stop    INTEGER NOT NULL
);
CREATE INDEX sentences_doc ON sentences(doc, start);
-- The folded sentence text (lower case, Polish letters without diacritics,
-- see Fold); contentless: the text itself is read from documents.text.
CREATE VIRTUAL TABLE sentences_fts USING fts5(folded, content='', tokenize='unicode61 remove_diacritics 2');
CREATE TABLE entities (
	id        INTEGER PRIMARY KEY,
	doc       INTEGER NOT NULL REFERENCES documents(rowid),
	eid       TEXT NOT NULL,          -- E1, E2, ... within the document
	type      TEXT NOT NULL,
	name      TEXT NOT NULL,
	canonical TEXT NOT NULL,
	actor     TEXT NOT NULL,
	country   TEXT NOT NULL,
	mentions  INTEGER NOT NULL
);
CREATE INDEX entities_doc ON entities(doc);
CREATE INDEX entities_actor ON entities(actor) WHERE actor <> '';
CREATE TABLE events (
	id           INTEGER PRIMARY KEY, -- the stable global event id
	merge_key    TEXT NOT NULL,       -- see mergeKey
	type         TEXT NOT NULL,
	mode         TEXT NOT NULL,
	cameo        TEXT NOT NULL,
	quad         INTEGER NOT NULL,
	goldstein    REAL NOT NULL,
	src_actor    TEXT NOT NULL,
	src_country  TEXT NOT NULL,
	src_text     TEXT NOT NULL,
	tgt_actor    TEXT NOT NULL,
	tgt_country  TEXT NOT NULL,
	tgt_text     TEXT NOT NULL,
	date         TEXT NOT NULL,
	modality     TEXT NOT NULL,
	confidence   REAL NOT NULL,
	first_seen   TEXT NOT NULL,
	last_seen    TEXT NOT NULL,
	num_mentions INTEGER NOT NULL,
	num_sources  INTEGER NOT NULL,
	num_articles INTEGER NOT NULL
);
CREATE INDEX events_key ON events(merge_key);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_src_country ON events(src_country, date);
CREATE INDEX events_tgt_country ON events(tgt_country, date);
CREATE INDEX events_src_actor ON events(src_actor, date);
CREATE INDEX events_tgt_actor ON events(tgt_actor, date);
CREATE INDEX events_type ON events(type, date);
CREATE TABLE mentions (
	id         INTEGER PRIMARY KEY,
	event      INTEGER NOT NULL REFERENCES events(id),
	doc        INTEGER NOT NULL REFERENCES documents(rowid),
	sentence   INTEGER REFERENCES sentences(id),
	sent_start INTEGER NOT NULL,      -- code points in documents.text
	sent_stop  INTEGER NOT NULL,
	trig_start INTEGER NOT NULL,
	trig_stop  INTEGER NOT NULL,
	trigger    TEXT NOT NULL,
	confidence REAL NOT NULL,
	modality   TEXT NOT NULL,
	date       TEXT NOT NULL,         -- the event's date as this document gives it
	src_text   TEXT NOT NULL,
	tgt_text   TEXT NOT NULL
);
CREATE INDEX mentions_event ON mentions(event);
CREATE INDEX mentions_doc ON mentions(doc);
CREATE INDEX mentions_sentence ON mentions(sentence);
`,
	// Version 2: PLOVER contexts of events, the reader that produced each
	// document, attribution of mentions, and an index for dyad time series.
	`
ALTER TABLE events ADD COLUMN context TEXT NOT NULL DEFAULT '';    -- PLOVER contexts, comma-separated
ALTER TABLE documents ADD COLUMN format TEXT NOT NULL DEFAULT '';  -- text, slavicner, html, jsonl
ALTER TABLE mentions ADD COLUMN attribution TEXT NOT NULL DEFAULT '';
CREATE INDEX events_dyad ON events(src_country, tgt_country, date);
`,
	// Version 3: where events happened (package places): the first
	// location a report gives.
	`
ALTER TABLE events ADD COLUMN loc_text TEXT NOT NULL DEFAULT '';      -- the words, "w Pjongjangu"
ALTER TABLE events ADD COLUMN loc_name TEXT NOT NULL DEFAULT '';      -- canonical name
ALTER TABLE events ADD COLUMN loc_country TEXT NOT NULL DEFAULT '';   -- ISO 3166-1 alpha-3
ALTER TABLE events ADD COLUMN loc_admin1 TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN loc_lat REAL;
ALTER TABLE events ADD COLUMN loc_lon REAL;
ALTER TABLE events ADD COLUMN loc_geonameid INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN loc_precision TEXT NOT NULL DEFAULT ''; -- country, admin1, city, site; '' when unknown
`,
	// Version 4: near-duplicate articles (MinHash over word shingles, see
	// dedup.go), merging within a date window (the merge key without its
	// date, see mergeKey), and the state of followed feeds.
	`
ALTER TABLE documents ADD COLUMN minhash BLOB;                         -- MinHash signature, NULL for a text too short to compare
ALTER TABLE documents ADD COLUMN duplicate_of INTEGER REFERENCES documents(rowid); -- the original of a near-duplicate
ALTER TABLE documents ADD COLUMN similarity REAL NOT NULL DEFAULT 0;  -- estimated resemblance (Jaccard) to it
CREATE INDEX documents_duplicate ON documents(duplicate_of) WHERE duplicate_of IS NOT NULL;
CREATE TABLE minhash_bands (
	band INTEGER NOT NULL,            -- hash of one band of a signature (LSH)
	doc  INTEGER NOT NULL REFERENCES documents(rowid),
	PRIMARY KEY (band, doc)
) WITHOUT ROWID;
ALTER TABLE events ADD COLUMN dyad_key TEXT NOT NULL DEFAULT '';      -- type|source|target: merge_key without the date
UPDATE events SET dyad_key = substr(merge_key, 1, length(merge_key) - length(date) - 1)
	WHERE merge_key NOT LIKE '!%' AND merge_key LIKE '%|' || date;
ALTER TABLE events ADD COLUMN date_borrowed INTEGER NOT NULL DEFAULT 0; -- 1: the date is the first report's publication date
CREATE INDEX events_dyad_key ON events(dyad_key, date) WHERE dyad_key <> '';
CREATE TABLE feeds (
	url           TEXT PRIMARY KEY,
	etag          TEXT NOT NULL DEFAULT '',
	last_modified TEXT NOT NULL DEFAULT '',
	polled_at     TEXT NOT NULL DEFAULT ''  -- UTC, RFC 3339: the last answer (200 or 304)
);
CREATE TABLE feed_items (
	id         TEXT PRIMARY KEY,          -- the item's GUID (Atom id), else its link
	feed       TEXT NOT NULL,
	link       TEXT NOT NULL,
	fetched_at TEXT NOT NULL
);
CREATE INDEX feed_items_link ON feed_items(link);
`,
	// Version 5: what an event's reports say about its occasion, which a
	// report from another document must share to join it (see merge.go).
	// Events stored before have none, and are joined by copies only.
	// The unused index on merge_key goes.
	`
ALTER TABLE events ADD COLUMN names TEXT NOT NULL DEFAULT '';         -- canonical names of named participants (persons, organisations), '|'-separated
ALTER TABLE events ADD COLUMN trigger_stems TEXT NOT NULL DEFAULT ''; -- folded trigger lemmas, first five letters, '|'-separated
ALTER TABLE events ADD COLUMN own_dates TEXT NOT NULL DEFAULT '';     -- the reports' own dates that are no calendar date ("XXXX-WXX-5"), '|'-separated
-- No query reads events by merge_key since version 4 (the merge looks up
-- dyad_key): one index fewer to write per event.
DROP INDEX events_key;
`,
}

// migrate applies the migrations the database lacks, up to version upTo.
// Each step reads the version inside its own (immediate) transaction, so
// that two processes opening a new database at once apply each migration
// once.
func (s *Store) migrate(ctx context.Context, upTo int) error {
	// A database at the wanted version is only read: opening it takes
	// no write lock, whoever is writing.
	var have int
	err := s.w.QueryRowContext(ctx, "SELECT coalesce(max(version), 0) FROM schema_migrations").Scan(&have)
	if err == nil && have >= upTo && have <= len(migrations) {
		return nil
	}
	if _, err := s.w.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)`); err != nil {
		return err
	}
	for {
		tx, err := s.w.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		var have int
		if err := tx.QueryRowContext(ctx, "SELECT coalesce(max(version), 0) FROM schema_migrations").Scan(&have); err != nil {
			tx.Rollback()
			return err
		}
		if have > len(migrations) {
			tx.Rollback()
			return fmt.Errorf("schema version %d is newer than this kronika knows (%d): upgrade kronika", have, len(migrations))
		}
		if have >= upTo {
			return tx.Rollback()
		}
		v := have + 1
		if _, err := tx.ExecContext(ctx, migrations[v-1]); err != nil {
			tx.Rollback()
			return fmt.Errorf("schema migration to version %d: %w", v, err)
		}
		if _, err := tx.ExecContext(ctx, "INSERT INTO schema_migrations(version, applied_at) VALUES (?, ?)",
			v, time.Now().UTC().Format(time.RFC3339)); err != nil {
			tx.Rollback()
			return err
		}
		if err := tx.Commit(); err != nil {
			return err
		}
	}
}
