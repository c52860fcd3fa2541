package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"

	"github.com/kronika/kronika/store"
)

// TestDocumentsActorsTopExports: the quick looks and the plover and
// parquet exports over one ingested directory agree with the database.
func TestDocumentsActorsTopExports(t *testing.T) {
	dir := genArticles(t, 12)
	db := filepath.Join(t.TempDir(), "k.db")
	if _, stderr, code := kronika(t, "ingest", "--db", db, dir); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, stderr)
	}
	c := dbCounts(t, db)

	out, stderr, code := kronika(t, "documents", "--db", db, "--format", "jsonl", "--limit", "0")
	if code != 0 {
		t.Fatalf("documents: exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if int64(len(lines)) != c.Documents {
		t.Fatalf("documents: %d lines, %d stored", len(lines), c.Documents)
	}
	events := 0
	for _, l := range lines {
		var d store.DocSummary
		if err := json.Unmarshal([]byte(l), &d); err != nil {
			t.Fatal(err)
		}
		if d.Date == "" || !strings.HasPrefix(d.Date, "2024-03-") || d.Lang != "pl" {
			t.Errorf("document %+v", d)
		}
		events += d.Events
	}
	if events == 0 {
		t.Error("no document reports an event")
	}
	if out, _, code := kronika(t, "documents", "--db", db, "--lang", "en"); code != 0 || !strings.Contains(out, "(no documents)") {
		t.Errorf("documents --lang en: exit %d: %q", code, out)
	}

	out, stderr, code = kronika(t, "actors", "top", "--db", db, "-n", "3")
	if code != 0 {
		t.Fatalf("actors top: exit %d: %s", code, stderr)
	}
	rows := strings.Split(strings.TrimSpace(out), "\n")
	if len(rows) != 4 || !strings.HasPrefix(rows[0], "ACTOR") || !strings.Contains(out, "UKR") {
		t.Errorf("actors top:\n%s", out)
	}

	out, _, code = kronika(t, "events", "--db", db, "--format", "plover", "--limit", "0")
	if code != 0 {
		t.Fatal("events --format plover failed")
	}
	pl := strings.Split(strings.TrimSpace(out), "\n")
	if int64(len(pl)) != c.Events {
		t.Errorf("plover: %d records, %d events", len(pl), c.Events)
	}
	var r store.PLOVERRecord
	if err := json.Unmarshal([]byte(pl[0]), &r); err != nil || r.EventType == "" || r.EventText == "" || r.NumMentions < 1 {
		t.Errorf("plover record %+v, %v", r, err)
	}

	pq := filepath.Join(t.TempDir(), "events.parquet")
	if _, stderr, code := kronika(t, "events", "--db", db, "--format", "parquet", "--out", pq); code != 0 {
		t.Fatalf("events --format parquet: exit %d: %s", code, stderr)
	}
	f, err := os.Open(pq)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	info, _ := f.Stat()
	evs, err := parquet.Read[store.ParquetEvent](f, info.Size())
	if err != nil {
		t.Fatal(err)
	}
	if int64(len(evs)) != c.Events || evs[0].Evidence == "" {
		t.Errorf("parquet: %d rows for %d events; first %+v", len(evs), c.Events, evs[0])
	}
}
