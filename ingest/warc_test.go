package ingest

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// warcRecord writes one WARC/1.0 record the way Common Crawl News files
// hold them: a response with its HTTP header and payload, or another type.
func warcRecord(typ, uri, date, block string) string {
	ct := "application/http; msgtype=response"
	if typ != "response" {
		ct = "application/warc-fields"
	}
	uriLine := ""
	if uri != "" {
		uriLine = "WARC-Target-URI: " + uri + "\r\n"
	}
	return fmt.Sprintf("WARC/1.0\r\nWARC-Type: %s\r\nWARC-Date: %s\r\nWARC-Record-ID: <urn:uuid:%08x-0000-4000-8000-000000000000>\r\n%sContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
		typ, date, len(block)+len(uri), uriLine, ct, len(block), block)
}

func httpResponse(status, contentType, body string) string {
	return fmt.Sprintf("HTTP/1.1 %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", status, contentType, len(body), body)
}

// gzipRecords compresses each record as a gzip member of its own, as
// .warc.gz files do.
func gzipRecords(t testing.TB, recs ...string) []byte {
	var out bytes.Buffer
	for _, r := range recs {
		zw := gzip.NewWriter(&out)
		if _, err := zw.Write([]byte(r)); err != nil {
			t.Fatal(err)
		}
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
	}
	return out.Bytes()
}

// ccNews is a small WARC like a Common Crawl News file: a warcinfo
// record, a request, two HTML pages (one undated, one with a legacy
// charset declared by the server), a redirect and a PDF.
func ccNews(t testing.TB) []string {
	page, err := os.ReadFile("testdata/page.html")
	if err != nil {
		t.Fatal(err)
	}
	undated := `<html><head><title>Rada miasta bez budżetu</title></head><body><article><p>Radni nie uchwalili w sobotę budżetu miasta. ` +
		`Głosowanie przełożono na wrzesień.</p></article></body></html>`
	latin2 := []byte("<html><body><article><p>Pożar hali magazynowej pod Poznaniem ugaszono w nocy. Nikt nie został ranny.</p></article></body></html>")
	latin2 = bytes.ReplaceAll(latin2, []byte("ż"), []byte{0xBF})
	latin2 = bytes.ReplaceAll(latin2, []byte("ó"), []byte{0xF3})
	latin2 = bytes.ReplaceAll(latin2, []byte("ł"), []byte{0xB3})
	latin2 = bytes.ReplaceAll(latin2, []byte("ń"), []byte{0xF1})
	return []string{
		warcRecord("warcinfo", "", "2024-07-15T01:00:00Z", "software: test\r\nformat: WARC File Format 1.0\r\n"),
		warcRecord("request", "https://kronika.test/kraj/delegacja", "2024-07-15T01:00:01Z", "GET /kraj/delegacja HTTP/1.1\r\nHost: kronika.test\r\n\r\n"),
		warcRecord("response", "https://kronika.test/kraj/delegacja", "2024-07-15T01:00:01Z", httpResponse("200 OK", "text/html; charset=utf-8", string(page))),
		warcRecord("response", "https://kronika.test/kraj/rada", "2024-07-15T01:00:02Z", httpResponse("200 OK", "text/html", undated)),
		warcRecord("response", "https://gazeta.test/pozar", "2024-07-15T01:00:03Z", httpResponse("200 OK", "text/html; charset=iso-8859-2", string(latin2))),
		warcRecord("response", "https://kronika.test/stare", "2024-07-15T01:00:04Z", httpResponse("301 Moved Permanently", "text/html", "<a href=/nowe>nowe</a>")),
		warcRecord("response", "https://kronika.test/raport.pdf", "2024-07-15T01:00:05Z", httpResponse("200 OK", "application/pdf", "%PDF-1.4 ...")),
	}
}

func TestReadWARC(t *testing.T) {
	dir := t.TempDir()
	gz, plain := writeCCNews(t, dir)
	for _, name := range []string{gz, plain} {
		docs, errs := ReadInput(name, nil)
		if len(errs) > 0 {
			t.Fatalf("%s: %v", name, errs)
		}
		if len(docs) != 3 {
			t.Fatalf("%s: %d documents, want 3", name, len(docs))
		}
		// The page's own date first, the crawl's when it has none.
		want := []string{
			"https://kronika.test/kraj/delegacja 2024-07-12 Delegacja rządowa odwiedziła Gdańsk",
			"https://kronika.test/kraj/rada 2024-07-15 Rada miasta bez budżetu",
			"https://gazeta.test/pozar 2024-07-15 ",
		}
		for i, d := range docs {
			if got := d.Source + " " + d.Date + " " + d.Title; got != want[i] {
				t.Errorf("%s doc %d: %q, want %q", name, i, got, want[i])
			}
		}
		if !strings.Contains(docs[2].Text, "Pożar hali magazynowej pod Poznaniem") {
			t.Errorf("%s: ISO-8859-2 page decoded as %q", name, docs[2].Text)
		}
	}
	// Directories yield WARC files.
	inputs, errs := Expand([]string{dir})
	if len(errs) > 0 || len(inputs) != 2 {
		t.Errorf("Expand: %v %v", inputs, errs)
	}
}

func TestReadWARCDamaged(t *testing.T) {
	recs := ccNews(t)
	dir := t.TempDir()
	// Cut in the middle of the fourth record: the pages before it are read,
	// then an error names the file.
	data := gzipRecords(t, recs...)
	first := len(gzipRecords(t, recs[:3]...))
	cut := filepath.Join(dir, "cut.warc.gz")
	if err := os.WriteFile(cut, data[:first+40], 0o644); err != nil {
		t.Fatal(err)
	}
	docs, errs := ReadInput(cut, nil)
	if len(docs) != 1 || len(errs) != 1 || !strings.Contains(errs[0].Error(), "cut.warc.gz") {
		t.Errorf("cut file: %d documents, errors %v", len(docs), errs)
	}
	// Not a WARC file at all.
	junk := filepath.Join(dir, "junk.warc")
	if err := os.WriteFile(junk, []byte("Ala ma kota.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	docs, errs = ReadInput(junk, nil)
	if len(docs) != 0 || len(errs) != 1 {
		t.Errorf("junk: %d documents, errors %v", len(docs), errs)
	}
}

func FuzzWARC(f *testing.F) {
	recs := ccNews(f)
	f.Add([]byte(strings.Join(recs, "")))
	f.Add(gzipRecords(f, recs[2]))
	f.Add([]byte(recs[3][:200]))
	f.Add([]byte("WARC/1.0\r\nContent-Length: 99999999999\r\n\r\n"))
	f.Add([]byte("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 5\r\n\r\nHTTP/"))
	f.Fuzz(func(t *testing.T, data []byte) {
		n := 0
		eachWARCPage(bytes.NewReader(data), func(p warcPage) bool {
			if !isURL(p.URI) {
				t.Errorf("page URI %q", p.URI)
			}
			if len(p.Body) > MaxFetchSize {
				t.Errorf("body of %d bytes", len(p.Body))
			}
			readWARCPage(p)
			n++
			return n < 50
		})
	})
}
