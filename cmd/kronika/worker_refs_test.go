package main

// kronika ingest --queue --refs with a WARC file, against real servers
// (see worker_test.go).

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kronika/kronika/queue"
)

// writeWARC writes a .warc.gz as a crawler does, a gzip member a record:
// a warcinfo record, then for each page a request and its response, and a
// 404 and a PDF that hold no article.
func writeWARC(t *testing.T, path string, pages []string) {
	t.Helper()
	record := func(i int, typ, uri, ct, block string) string {
		uriLine := ""
		if uri != "" {
			uriLine = "WARC-Target-URI: " + uri + "\r\n"
		}
		return fmt.Sprintf("WARC/1.1\r\nWARC-Type: %s\r\nWARC-Date: 2024-03-05T10:00:%02dZ\r\nWARC-Record-ID: <urn:uuid:6c3b7a1e-0000-4000-8000-%012d>\r\n%sContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
			typ, i%60, i, uriLine, ct, len(block), block)
	}
	response := func(status, ct, body string) string {
		return fmt.Sprintf("HTTP/1.1 %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", status, ct, len(body), body)
	}
	const httpResp = "application/http; msgtype=response"
	recs := []string{record(0, "warcinfo", "", "application/warc-fields", "software: kronika test\r\nformat: WARC File Format 1.1\r\n")}
	for i, p := range pages {
		uri := fmt.Sprintf("https://site%d.example/news/%d", i%3, i)
		recs = append(recs,
			record(len(recs), "request", uri, "application/http; msgtype=request", "GET /news HTTP/1.1\r\nHost: site.example\r\n\r\n"),
			record(len(recs)+1, "response", uri, httpResp, response("200 OK", "text/html; charset=utf-8",
				"<html><head><title>Wiadomość "+fmt.Sprint(i)+"</title></head><body><article><p>"+p+"</p></article></body></html>")))
	}
	recs = append(recs,
		record(len(recs), "response", "https://site0.example/brak", httpResp, response("404 Not Found", "text/html", "<p>Nie ma.</p>")),
		record(len(recs)+1, "response", "https://site0.example/a.pdf", httpResp, response("200 OK", "application/pdf", "%PDF-1.4")))
	var out bytes.Buffer
	for _, r := range recs {
		zw := gzip.NewWriter(&out)
		zw.Write([]byte(r))
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestWARCRecordReferences: ingest --queue --refs publishes one reference
// (file, offset) for each HTML page of a WARC file; workers read each
// record at its offset and store what ingest stores reading the file
// itself. A reference to an offset where no page starts is dead-lettered
// at once.
func TestWARCRecordReferences(t *testing.T) {
	natsURL, _, dbURL := servers(t)
	acts := []string{
		"Rosja zaatakowała Ukrainę rakietami.", "Prezydent Andrzej Duda odwiedził Litwę.",
		"Polska przekazała Ukrainie pomoc humanitarną.", "Premier Donald Tusk spotkał się z prezydentem Ukrainy Wołodymyrem Zełenskim w Kijowie.",
	}
	var pages []string
	for i := range 9 {
		pages = append(pages, fmt.Sprintf("Dnia 4 marca 2024 roku. %s Tak podała agencja w depeszy numer %d.", acts[i%len(acts)], i))
	}
	warc := filepath.Join(t.TempDir(), "CC-NEWS-20240305100000-00001.warc.gz")
	writeWARC(t, warc, pages)
	want := reference(t, warc)
	if want.Documents != int64(len(pages)) || want.Events == 0 || want.Events >= want.Counts.Mentions {
		t.Fatalf("ingest of the WARC file: %+v, want %d documents and merged events", want, len(pages))
	}
	if stderr := publish(t, natsURL, "--refs", warc); !strings.Contains(stderr, fmt.Sprintf("%d documents published", len(pages))) {
		t.Fatalf("ingest --queue --refs: %s", stderr)
	}
	// The messages name the file and their record's offset.
	ctx := context.Background()
	q, err := queue.Open(ctx, queue.Config{URL: natsURL})
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	s, err := q.JetStream().Stream(ctx, queue.Stream)
	if err != nil {
		t.Fatal(err)
	}
	var offsets []int64
	for seq := uint64(1); seq <= uint64(len(pages)); seq++ {
		raw, err := s.GetMsg(ctx, seq)
		if err != nil {
			t.Fatal(err)
		}
		m, err := queue.Decode(raw.Data)
		if err != nil || m.WARC != warc || m.Text != "" || len(raw.Data) > 300 {
			t.Fatalf("message %d: %s (%v)", seq, raw.Data, err)
		}
		offsets = append(offsets, m.Offset)
	}
	if !slices.IsSorted(offsets) || offsets[0] == 0 || len(slices.Compact(slices.Clone(offsets))) != len(pages) {
		t.Fatalf("offsets %v: want one per page, after the warcinfo record", offsets)
	}
	// A reference one byte into a record: no page starts there.
	bad := queue.FromWARCRecord(warc, offsets[0]+1)
	if _, err := q.Publish(ctx, bad, []byte(fmt.Sprintf(`{"v":1,"id":%q,"warc":%q,"offset":%d}`, bad.ID, warc, bad.Offset))); err != nil {
		t.Fatal(err)
	}
	_, stderr, code := kronika(t, workerArgs(natsURL, dbURL, "--refs", "--until-empty")...)
	if code != 0 || !strings.Contains(stderr, fmt.Sprintf("%d messages done", len(pages))) || !strings.Contains(stderr, "1 dead-lettered") ||
		!strings.Contains(stderr, "0 retried") {
		t.Fatalf("worker: exit %d: %s", code, stderr)
	}
	if got := pgChronicle(t, dbURL); got != want {
		t.Fatalf("stored from the references:\n got %+v\nwant %+v (ingest of the file)", got, want)
	}
	// Published again: the stream holds the ids still.
	if stderr := publish(t, natsURL, "--refs", warc); !strings.Contains(stderr, fmt.Sprintf("%d already queued", len(pages))) {
		t.Errorf("publishing again: %s", stderr)
	}
}

// TestIngestQueueFlags: the flags of ingest that mean nothing with
// --queue are refused, and --refs without it; no server is reached.
func TestIngestQueueFlags(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--refs", dir}, "--queue"},
		{[]string{"--queue", "nats://127.0.0.1:1", "--db", "k.db", dir}, "--db with --queue"},
		{[]string{"--queue", "nats://127.0.0.1:1", "--actors", "a.tsv", dir}, "kronika worker"},
		{[]string{"--queue", "nats://127.0.0.1:1", "--timeout", "5s", dir}, "kronika worker"},
		{[]string{"--queue", "nats://127.0.0.1:1", "--follow", "feeds.txt"}, "--follow"},
	} {
		_, stderr, code := kronika(t, append([]string{"ingest"}, c.args...)...)
		if code != 2 || !strings.Contains(stderr, c.want) {
			t.Errorf("ingest %v: exit %d: %s (want 2 and %q)", c.args, code, stderr, c.want)
		}
	}
}
