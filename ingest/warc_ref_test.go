package ingest

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
)

// writeCCNews writes the records of ccNews into dir as a .warc.gz (a gzip
// member a record) and as a plain .warc.
func writeCCNews(t *testing.T, dir string) (gz, plain string) {
	t.Helper()
	recs := ccNews(t)
	gz = filepath.Join(dir, "CC-NEWS-20240715010000-00001.warc.gz")
	if err := os.WriteFile(gz, gzipRecords(t, recs...), 0o644); err != nil {
		t.Fatal(err)
	}
	plain = filepath.Join(dir, "news.warc")
	if err := os.WriteFile(plain, []byte(strings.Join(recs, "")), 0o644); err != nil {
		t.Fatal(err)
	}
	return gz, plain
}

// TestWARCRecordsByOffset: the offsets WARCPages gives are those of the
// HTML pages, in a .warc.gz (a gzip member a record) and a plain .warc,
// and ReadWARCRecord reads each back as the document reading the whole
// file gives; an offset where no page record starts is ErrNoWARCPage.
func TestWARCRecordsByOffset(t *testing.T) {
	dir := t.TempDir()
	recs := ccNews(t)
	gz, plain := writeCCNews(t, dir)
	// Where each record starts, written out by hand.
	starts := func(name string) []int64 {
		var out []int64
		for i := range recs {
			if name == gz {
				out = append(out, int64(len(gzipRecords(t, recs[:i]...))))
			} else {
				out = append(out, int64(len(strings.Join(recs[:i], ""))))
			}
		}
		return out
	}
	for _, name := range []string{gz, plain} {
		at := starts(name)
		var offs []int64
		var uris []string
		if err := WARCPages(name, func(off int64, uri string) bool {
			offs, uris = append(offs, off), append(uris, uri)
			return true
		}); err != nil {
			t.Fatal(err)
		}
		// Records 2, 3 and 4 are the HTML pages with status 200.
		if want := []int64{at[2], at[3], at[4]}; !reflect.DeepEqual(offs, want) {
			t.Fatalf("%s: page offsets %v, want %v", name, offs, want)
		}
		whole, errs := ReadInput(name, nil)
		if len(errs) > 0 || len(whole) != len(offs) {
			t.Fatalf("%s: %d documents (%v)", name, len(whole), errs)
		}
		for i, off := range offs {
			docs, errs := ReadWARCRecord(name, off)
			if len(errs) > 0 || len(docs) != 1 {
				t.Fatalf("%s at %d: %d documents, %v", name, off, len(docs), errs)
			}
			if !reflect.DeepEqual(docs[0], whole[i]) || docs[0].Source != uris[i] {
				t.Errorf("%s at %d:\n got %+v\nwant %+v", name, off, docs[0], whole[i])
			}
		}
		// At once, as a worker's goroutines read them (run with -race).
		var wg sync.WaitGroup
		for i, off := range offs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if docs, errs := ReadWARCRecord(name, off); len(errs) > 0 || len(docs) != 1 || docs[0].Text != whole[i].Text {
					t.Errorf("%s at %d, read in parallel: %d documents, %v", name, off, len(docs), errs)
				}
			}()
		}
		wg.Wait()
		// The warcinfo record, the redirect, the PDF, the middle of a
		// record, past the end: no page.
		for _, off := range []int64{0, at[5], at[6], at[2] + 1, at[3] - 1, 1 << 40, -5} {
			docs, errs := ReadWARCRecord(name, off)
			if len(docs) != 0 || len(errs) != 1 || !errors.Is(errs[0], ErrNoWARCPage) || !strings.Contains(errs[0].Error(), filepath.Base(name)) {
				t.Errorf("%s at %d: %d documents, errors %v; want ErrNoWARCPage", name, off, len(docs), errs)
			}
		}
	}
	if _, errs := ReadWARCRecord(filepath.Join(dir, "gone.warc.gz"), 0); len(errs) != 1 || errors.Is(errs[0], ErrNoWARCPage) {
		t.Errorf("a missing file: %v, want an input error (it may come back)", errs)
	}
}

// FuzzReadWARCRecord: any file at any offset gives a document or an
// error, never a panic.
func FuzzReadWARCRecord(f *testing.F) {
	recs := ccNews(f)
	data := gzipRecords(f, recs...)
	f.Add(data, int64(len(gzipRecords(f, recs[:2]...))))
	f.Add([]byte(strings.Join(recs, "")), int64(len(strings.Join(recs[:3], ""))))
	f.Add(data[:300], int64(0))
	f.Add([]byte("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999999999\r\n\r\n"), int64(0))
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte, off int64) {
		name := filepath.Join(dir, "f.warc.gz")
		if err := os.WriteFile(name, data, 0o644); err != nil {
			t.Fatal(err)
		}
		docs, errs := ReadWARCRecord(name, off)
		if len(docs) > 1 || len(docs) == 0 && len(errs) == 0 {
			t.Errorf("%d documents, %d errors", len(docs), len(errs))
		}
	})
}
