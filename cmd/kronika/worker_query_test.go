package main

// The query commands (events, gen --measure) over PostgreSQL, against
// real servers (see worker_test.go).

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestQueriesOnPostgres: kronika events answers the same from a
// PostgreSQL database that workers filled as from a SQLite file that
// ingest filled with the same articles (one undated, given a date by
// --date), and gen measures either.
func TestQueriesOnPostgres(t *testing.T) {
	natsURL, _, dbURL := servers(t)
	dir := genArticles(t, 24)
	if err := os.WriteFile(filepath.Join(dir, "undated.txt"), []byte("Rosja zaatakowała Ukrainę rakietami. Tak podała agencja bez daty.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	sq := filepath.Join(t.TempDir(), "ref.db")
	if _, stderr, code := kronika(t, "ingest", "--db", sq, "--date", "2024-03-09", dir); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, stderr)
	}
	publish(t, natsURL, "--date", "2024-03-09", dir)
	if _, stderr, code := kronika(t, workerArgs(natsURL, dbURL, "--until-empty")...); code != 0 {
		t.Fatalf("worker: exit %d: %s", code, stderr)
	}
	events := func(db string, args ...string) string {
		t.Helper()
		out, stderr, code := kronika(t, append([]string{"events", "--db", db}, args...)...)
		if code != 0 {
			t.Fatalf("events --db %s %v: exit %d: %s", db, args, code, stderr)
		}
		return out
	}
	// The CSV export without the database's own ids and time stamps, in
	// an order that does not depend on them.
	csvRows := func(out string) []string {
		rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		var lines []string
		for _, r := range rows {
			lines = append(lines, strings.Join(r[1:len(r)-2], "\t"))
		}
		slices.Sort(lines)
		return lines
	}
	for _, args := range [][]string{
		{"--format", "daily"}, {"--format", "daily", "--dyad", "RUS-UKR"}, {"--format", "daily", "--q", "rakietami", "--since", "2024-03-02"},
		{"--format", "csv"}, {"--format", "csv", "--actor", "POL", "--type", "CONSULT"}, {"--format", "csv", "--q", "Litwę"},
		{"--format", "csv", "--min-mentions", "2", "--source", filepath.Join(dir, "a00003.txt")},
	} {
		a, b := events(sq, args...), events(dbURL, args...)
		if args[1] == "csv" {
			ra, rb := csvRows(a), csvRows(b)
			if !slices.Equal(ra, rb) || len(ra) < 2 {
				t.Errorf("events %v:\nSQLite\n%s\nPostgreSQL\n%s", args, strings.Join(ra, "\n"), strings.Join(rb, "\n"))
			}
		} else if a != b || a == "" {
			t.Errorf("events %v:\nSQLite\n%s\nPostgreSQL\n%s", args, a, b)
		}
		if len(args) == 2 && args[1] == "daily" && !strings.Contains(b, "2024-03-09\t1\n") {
			t.Errorf("events %v: no event on the --date of the undated article:\n%s", args, b)
		}
	}
	for _, db := range []string{sq, dbURL} {
		out, stderr, code := kronika(t, "gen", "--db", db, "--events", "0", "--measure", "2")
		if code != 0 || strings.Count(out, "\n| ") != 4 {
			t.Errorf("gen --measure on %s: exit %d: %s%s", db, code, out, stderr)
		}
	}
	if _, stderr, code := kronika(t, "gen", "--db", dbURL, "--events", "10"); code != 2 || !strings.Contains(stderr, "--events 0") {
		t.Errorf("gen writing to PostgreSQL: exit %d: %s", code, stderr)
	}
}
