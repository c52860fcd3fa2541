package pgstore

import (
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/kronika/kronika/internal/pgtest"
)

// TestMigrateFromVersion1: a database a worker of schema version 1
// created is read by nobody until a worker migrates it; then it has the
// index of version 2 and keeps its rows.
func TestMigrateFromVersion1(t *testing.T) {
	pg := pgtest.Start(t)
	url := pg.NewDatabase("old")
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	for _, q := range []string{
		"CREATE TABLE schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())",
		migrations[0],
		"INSERT INTO schema_migrations(version) VALUES (1)",
		`INSERT INTO documents(id, source, site, lang, date, title, text, ingested_at) VALUES ('d1', 'a.txt', 'a.txt', 'pl', '', '', 'Rosja.', '')`,
		"INSERT INTO entities(doc, eid, type, name, canonical, actor, country, mentions) SELECT rowid, 'E1', 'GPE', 'Rosja', 'Russia', 'RUS', 'RUS', 1 FROM documents",
	} {
		if _, err := conn.Exec(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := OpenReadOnly(ctx, url, 1); err == nil || !strings.Contains(err.Error(), "schema version 1") {
		t.Fatalf("read-only open of a version 1 database: %v", err)
	}
	s, err := Open(ctx, url, 2)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var v int
	var idx bool
	if err := conn.QueryRow(ctx, `SELECT (SELECT max(version) FROM schema_migrations),
		EXISTS(SELECT 1 FROM pg_indexes WHERE indexname = 'entities_actor')`).Scan(&v, &idx); err != nil {
		t.Fatal(err)
	}
	if v != len(migrations) || v < 2 || !idx {
		t.Fatalf("after Open: version %d, index %v", v, idx)
	}
	names, err := s.ActorNames(ctx, "RUS", 3)
	if err != nil || len(names) != 1 || names[0].Name != "Russia" {
		t.Fatalf("names of RUS after the migration: %v, %v", names, err)
	}
}
