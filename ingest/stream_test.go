package ingest

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
)

// splitAll runs Split and reads every job.
func splitAll(t *testing.T, name string, stdin io.Reader) (sources []string, texts []string, errs []error) {
	t.Helper()
	Split(name, stdin, func(j Job) bool {
		sources = append(sources, j.Source)
		docs, es := j.Read()
		for _, d := range docs {
			texts = append(texts, d.Text)
		}
		errs = append(errs, es...)
		return true
	})
	return sources, texts, errs
}

func TestSplitJSONL(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "in.jsonl")
	data := "\xEF\xBB\xBF{\"text\": \"Pierwszy.\", \"id\": 7}\n\n{\"text\": \"Drugi.\"}\r\nnot json\n{\"text\": \"Czwarty\xB1.\"}"
	if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	sources, texts, errs := splitAll(t, name, nil)
	if want := []string{name + ":1", name + ":3", name + ":4", name + ":5"}; strings.Join(sources, "|") != strings.Join(want, "|") {
		t.Errorf("jobs %q, want %q", sources, want)
	}
	if want := "Pierwszy.|Drugi.|Czwartyą."; strings.Join(texts, "|") != want {
		t.Errorf("texts %q, want %q", texts, want)
	}
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), name+":4") {
		t.Errorf("errors %v", errs)
	}
	// The same through Read, for comparison with the whole-file reader.
	docs, rerrs := Read(name, []byte(data))
	if len(docs) != len(texts) || len(rerrs) != len(errs) {
		t.Errorf("Read: %d docs %v; Split: %d docs %v", len(docs), rerrs, len(texts), errs)
	}
}

// TestSplitStreams checks that records are handed on as they arrive, not
// after the whole input has been read.
func TestSplitStreams(t *testing.T) {
	pr, pw := io.Pipe()
	got := make(chan string)
	go func() {
		Split("-", pr, func(j Job) bool {
			docs, _ := j.Read()
			if len(docs) == 1 {
				got <- docs[0].Text
			}
			return true
		})
		close(got)
	}()
	for i := range 3 {
		fmt.Fprintf(pw, "{\"text\": \"Rekord %d.\"}\n", i)
		select {
		case text := <-got:
			if want := fmt.Sprintf("Rekord %d.", i); text != want {
				t.Fatalf("got %q, want %q", text, want)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("record %d not handed on before the input ended", i)
		}
	}
	pw.Close()
	if _, ok := <-got; ok {
		t.Error("more documents than records")
	}
}

func TestSplitWholeInputs(t *testing.T) {
	dir := t.TempDir()
	txt := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(txt, []byte("\n\n date 2024-07\nTytuł\n\nTekst artykułu. Drugie zdanie."), 0o644); err != nil {
		t.Fatal(err)
	}
	n := 0
	Split(txt, nil, func(j Job) bool {
		n++
		if !j.Whole {
			t.Error("a text file is not one whole job")
		}
		docs, errs := j.Read()
		want, _ := ReadInput(txt, nil)
		if len(errs) > 0 || len(docs) != 1 || docs[0].Text != want[0].Text || docs[0].Title != want[0].Title {
			t.Errorf("docs %v errs %v", docs, errs)
		}
		return true
	})
	if n != 1 {
		t.Errorf("%d jobs", n)
	}
	// A JSON Lines input without the extension is told by its first line.
	sources, texts, errs := splitAll(t, "-", strings.NewReader("\n{\"text\": \"A.\"}\n{\"text\": \"B.\"}\n"))
	if len(sources) != 2 || len(texts) != 2 || len(errs) != 0 {
		t.Errorf("stdin JSONL: %q %q %v", sources, texts, errs)
	}
	_, _, errs = splitAll(t, filepath.Join(dir, "missing.txt"), nil)
	if len(errs) != 1 {
		t.Errorf("missing file: %v", errs)
	}
	empty := filepath.Join(dir, "empty.jsonl")
	os.WriteFile(empty, []byte("\n\n"), 0o644)
	if _, _, errs = splitAll(t, empty, nil); len(errs) != 1 || !errors.Is(errs[0], ErrEmpty) {
		t.Errorf("empty JSONL: %v", errs)
	}
}

// TestSpecialFiles checks that a FIFO, which would block a reader for
// ever, is skipped in a directory and refused on the command line.
func TestSpecialFiles(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no FIFOs")
	}
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("mkfifo:", err)
	}
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Tekst."), 0o644)
	done := make(chan struct{})
	go func() {
		defer close(done)
		inputs, errs := Expand([]string{dir})
		if len(inputs) != 1 || len(errs) != 1 || !errors.Is(errs[0], ErrSkipped) || !errors.Is(errs[0], ErrSpecialFile) {
			t.Errorf("directory: inputs %q errs %v", inputs, errs)
		}
		inputs, errs = Expand([]string{fifo})
		if len(inputs) != 0 || len(errs) != 1 || errors.Is(errs[0], ErrSkipped) || !strings.Contains(errs[0].Error(), "FIFO") {
			t.Errorf("argument: inputs %q errs %v", inputs, errs)
		}
		if _, _, errs := splitAll(t, fifo, nil); len(errs) != 1 || !errors.Is(errs[0], ErrSpecialFile) {
			t.Errorf("Split: %v", errs)
		}
		if _, errs := ReadInput(fifo, nil); len(errs) != 1 || !errors.Is(errs[0], ErrSpecialFile) {
			t.Errorf("ReadInput: %v", errs)
		}
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("reading a FIFO hangs")
	}
}

func TestJSONLFields(t *testing.T) {
	docs, errs := Read("in.jsonl", []byte(`{"text": "Ala ma kota.", "id": "art-17", "lang": "pl-PL"}
{"text": "Ala ma kota.", "id": 42, "lang": "pol"}
{"text": "Ala ma kota.", "lang": "xx"}
{"text": "Ala ma kota."}
`))
	if len(docs) != 3 || len(errs) != 1 || !strings.Contains(errs[0].Error(), "in.jsonl:3") || !strings.Contains(errs[0].Error(), `"xx"`) {
		t.Fatalf("docs %d errs %v", len(docs), errs)
	}
	if docs[0].ID != "art-17" || docs[1].ID != "42" || docs[2].ID != docs[2].ID[:16] || docs[2].ID == "" {
		t.Errorf("ids %q %q %q", docs[0].ID, docs[1].ID, docs[2].ID)
	}
	if docs[0].Lang != "pl" || docs[1].Lang != "pl" || docs[2].Lang != "" {
		t.Errorf("langs %q %q %q", docs[0].Lang, docs[1].Lang, docs[2].Lang)
	}
}

// TestDateWarnings: a date marker or a JSONL date that cannot be read
// leaves the document undated with a warning naming the input; Read
// itself reports no error for it.
func TestDateWarnings(t *testing.T) {
	dir := t.TempDir()
	txt := filepath.Join(dir, "a.txt")
	os.WriteFile(txt, []byte(" date 2024-13-45 Premier spotkał się z prezydentem."), 0o644)
	jsonl := filepath.Join(dir, "b.jsonl")
	os.WriteFile(jsonl, []byte(`{"text": "Ala ma kota.", "date": "wczoraj"}
{"text": "Ala ma kota.", "date": "bad", "published": "2024-05-01T10:00:00Z"}
`), 0o644)
	for _, c := range []struct {
		name, where string
		dated       []bool
	}{{txt, txt, []bool{false}}, {jsonl, jsonl + ":1", []bool{false, true}}} {
		var docs []bool
		var warns []error
		Split(c.name, nil, func(j Job) bool {
			ds, errs := j.Read()
			for _, d := range ds {
				docs = append(docs, d.Date != "")
			}
			for _, err := range errs {
				var w *Warning
				if !errors.As(err, &w) {
					t.Errorf("%s: error, not a warning: %v", c.name, err)
				}
				warns = append(warns, err)
			}
			return true
		})
		if fmt.Sprint(docs) != fmt.Sprint(c.dated) {
			t.Errorf("%s: dated %v, want %v", c.name, docs, c.dated)
		}
		if len(warns) != 1 || !strings.HasPrefix(warns[0].Error(), c.where+": warning: ") {
			t.Errorf("%s: warnings %v, want one naming %s", c.name, warns, c.where)
		}
		if _, errs := ReadInput(c.name, nil); len(errs) != 0 {
			t.Errorf("%s: ReadInput reports %v", c.name, errs)
		}
	}
}
