package ingest

import (
	"errors"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

func TestExpand(t *testing.T) {
	dir := t.TempDir()
	files := []string{
		"b.txt", "a.TXT", "c.html", "d.jsonl", "e.ndjson", "f.text", "g.htm", "h.xhtml",
		"skip.gold.json", "skip.pdf", ".hidden.txt", "sub/z.txt", "sub/y.md", ".git/x.txt", "sub/.cache/w.txt",
	}
	for _, f := range files {
		p := filepath.Join(dir, f)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	single := filepath.Join(dir, "skip.pdf")
	missing := filepath.Join(dir, "missing.txt")
	inputs, errs := Expand([]string{"-", dir, missing, "https://example.org/a", single, "", "HTTP://example.org/b"})
	want := []string{"-"}
	for _, f := range []string{"a.TXT", "b.txt", "c.html", "d.jsonl", "e.ndjson", "f.text", "g.htm", "h.xhtml", "sub/z.txt"} {
		want = append(want, filepath.Join(dir, f))
	}
	want = append(want, "https://example.org/a", single, "HTTP://example.org/b")
	if !slices.Equal(inputs, want) {
		t.Errorf("inputs\n%q\nwant\n%q", inputs, want)
	}
	if len(errs) != 2 || !errors.Is(errs[0], fs.ErrNotExist) || !strings.HasPrefix(errs[0].Error(), missing+": ") {
		t.Fatalf("errors %v, want a not-exist error naming %s and one for the empty name", errs, missing)
	}
	if strings.Count(errs[0].Error(), missing) != 1 {
		t.Errorf("error %q names the path more than once", errs[0])
	}
}

func TestReadInputStdin(t *testing.T) {
	docs, errs := ReadInput("-", strings.NewReader(" date 2024-07-01 Zdanie."))
	if len(errs) != 0 || len(docs) != 1 {
		t.Fatalf("%d docs, errors %v", len(docs), errs)
	}
	checkDoc(t, docs[0])
	if docs[0].Source != "-" || docs[0].Date != "2024-07-01" {
		t.Errorf("source %q date %q", docs[0].Source, docs[0].Date)
	}
	if _, errs := ReadInput("-", nil); len(errs) != 1 {
		t.Errorf("nil stdin: errors %v", errs)
	}
}

func TestReadInputMissing(t *testing.T) {
	_, errs := ReadInput("testdata/missing.txt", nil)
	if len(errs) != 1 || !errors.Is(errs[0], fs.ErrNotExist) || !strings.HasPrefix(errs[0].Error(), "testdata/missing.txt: ") {
		t.Errorf("errors %v", errs)
	}
	_, errs = ReadInput("testdata", nil)
	if len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), "testdata: ") {
		t.Errorf("directory: errors %v", errs)
	}
}

// TestReadInputURL fetches from a server on the loopback interface.
func TestReadInputURL(t *testing.T) {
	page, err := os.ReadFile("testdata/page.html")
	if err != nil {
		t.Fatal(err)
	}
	legacy, err := charmap.ISO8859_2.NewEncoder().Bytes([]byte("Tytuł\n\nŹródło: rząd przyjął ustawę."))
	if err != nil {
		t.Fatal(err)
	}
	legacyPage, err := charmap.Windows1250.NewEncoder().Bytes([]byte(strings.Replace(string(page), `charset="utf-8"`, `charset="windows-1250"`, 1)))
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/article", func(w http.ResponseWriter, r *http.Request) {
		if !strings.HasPrefix(r.UserAgent(), "kronika/") {
			http.Error(w, "no user agent", http.StatusForbidden)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	})
	mux.HandleFunc("/legacy", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=ISO-8859-2")
		w.Write(legacy)
	})
	mux.HandleFunc("/legacy.html", func(w http.ResponseWriter, r *http.Request) {
		// A server default that contradicts the page's own declaration.
		w.Header().Set("Content-Type", "text/html; charset=ISO-8859-1")
		w.Write(legacyPage)
	})
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/x-ndjson")
		w.Write([]byte(`{"text": "a"}` + "\n" + `{"text": "b", "url": "https://example.org/b"}` + "\n"))
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", "999999999999")
		w.Write([]byte("x"))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	docs, errs := ReadInput(srv.URL+"/article", nil)
	if len(errs) != 0 || len(docs) != 1 {
		t.Fatalf("article: %d docs, errors %v", len(docs), errs)
	}
	checkDoc(t, docs[0])
	if docs[0].Format != FormatHTML || docs[0].Source != srv.URL+"/article" || docs[0].Title == "" {
		t.Errorf("article: format %q source %q title %q", docs[0].Format, docs[0].Source, docs[0].Title)
	}

	docs, errs = ReadInput(srv.URL+"/legacy", nil)
	if len(errs) != 0 || len(docs) != 1 || docs[0].Text != "Tytuł\n\nŹródło: rząd przyjął ustawę." {
		t.Errorf("legacy: docs %v errors %v", docs, errs)
	}

	docs, errs = ReadInput(srv.URL+"/legacy.html", nil)
	if len(errs) != 0 || len(docs) != 1 || docs[0].Title != "Delegacja rządowa odwiedziła Gdańsk" {
		t.Errorf("legacy page: docs %v errors %v", docs, errs)
	}

	docs, errs = ReadInput(srv.URL+"/feed", nil)
	if len(errs) != 0 || len(docs) != 2 || docs[0].Source != srv.URL+"/feed:1" || docs[1].Source != "https://example.org/b" {
		t.Errorf("feed: %d docs, errors %v", len(docs), errs)
	}

	for _, path := range []string{"/missing", "/big"} {
		docs, errs = ReadInput(srv.URL+path, nil)
		if len(docs) != 0 || len(errs) != 1 || !strings.Contains(errs[0].Error(), srv.URL+path) {
			t.Errorf("%s: %d docs, errors %v", path, len(docs), errs)
		}
	}
}

func TestContentTypeHints(t *testing.T) {
	tests := []struct {
		url, ct string
		want    hints
	}{
		{"http://x/a", "text/html; charset=windows-1250", hints{FormatHTML, "windows-1250"}},
		{"http://x/a.jsonl", "text/html", hints{FormatJSONL, ""}},
		{"http://x/a", "text/plain", hints{}},
		{"http://x/a", "", hints{}},
		{"http://x/a", "application/x-ndjson", hints{FormatJSONL, ""}},
	}
	for _, tt := range tests {
		if got := contentTypeHints(tt.url, tt.ct); got != tt.want {
			t.Errorf("contentTypeHints(%q, %q) = %+v, want %+v", tt.url, tt.ct, got, tt.want)
		}
	}
}
