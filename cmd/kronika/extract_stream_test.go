package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeRecorder keeps each Write call apart.
type writeRecorder struct{ writes []string }

func (w *writeRecorder) Write(p []byte) (int, error) {
	w.writes = append(w.writes, string(p))
	return len(p), nil
}

// TestExtractFlushesEachDocument checks that every document reaches the
// output in a write of its own, as soon as it is done, rather than all at
// the end: a run killed half-way keeps the documents it finished.
func TestExtractFlushesEachDocument(t *testing.T) {
	dir := t.TempDir()
	var lines []string
	for i := range 6 {
		lines = append(lines, fmt.Sprintf(`{"text": "Premier Donald Tusk spotkał się w poniedziałek z prezydentem numer %d."}`, i))
	}
	in := filepath.Join(dir, "in.jsonl")
	if err := os.WriteFile(in, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out writeRecorder
	var errb bytes.Buffer
	if code := run([]string{"extract", "--workers", "2", "--format", "jsonl", in}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if len(out.writes) != len(lines) {
		t.Fatalf("%d writes for %d documents", len(out.writes), len(lines))
	}
	for i, w := range out.writes {
		var r record
		if err := json.Unmarshal([]byte(w), &r); err != nil || !strings.HasSuffix(w, "\n") {
			t.Fatalf("write %d is not one whole document: %v %q", i, err, w)
		}
		if want := fmt.Sprintf("%s:%d", in, i+1); r.Document.Source != want {
			t.Errorf("document %d from %s, want %s (input order)", i, r.Document.Source, want)
		}
	}
}

// TestExtractSingleJSONLRecord keeps the old shape: one input holding one
// document is one indented object, even when it is JSON Lines.
func TestExtractSingleJSONLRecord(t *testing.T) {
	in := filepath.Join(t.TempDir(), "one.jsonl")
	os.WriteFile(in, []byte(`{"text": "Biden met Zelensky in Kyiv on Monday."}`+"\n"), 0o644)
	stdout, stderr, code := kronika(t, "extract", in)
	if code != 0 || !strings.HasPrefix(stdout, "{\n") || strings.Count(stdout, `"schema"`) != 1 {
		t.Errorf("exit %d, stderr %s, stdout %.80q", code, stderr, stdout)
	}
}

// TestFlagsAnywhere: flags after the inputs are flags, not file names;
// after "--" everything is an input.
func TestFlagsAnywhere(t *testing.T) {
	stdout, stderr, code := kronika(t, "extract", seed, "--format", "jsonl")
	if code != 0 || strings.Count(stdout, "\n") != 1 {
		t.Errorf("flags after the input: exit %d, stderr %s", code, stderr)
	}
	stdout, _, _ = kronika(t, "actors", "lookup", "Blair", "--date", "2005")
	if !strings.Contains(stdout, "Tony Blair") {
		t.Errorf("actors lookup Blair --date 2005: %q", stdout)
	}
	_, stderr, code = kronika(t, "extract", "--", "--format")
	if code != 1 || !strings.Contains(stderr, "--format") {
		t.Errorf("input after --: exit %d, stderr %s", code, stderr)
	}
}

func TestBadFlagValues(t *testing.T) {
	for _, args := range [][]string{
		{"extract", "--workers", "-1", seed},
		{"extract", "--lang", "xx", seed},
		{"extract", "--timeout", "-1s", seed},
		{"analyze", "--lang", "xx", seed},
	} {
		_, stderr, code := kronika(t, args...)
		if code != 2 || !strings.Contains(stderr, "usage:") {
			t.Errorf("%q: exit %d, stderr %s", args, code, stderr)
		}
	}
}

// TestExtractLang: --lang sets the language of every document, and the
// language's analysers run (names are found).
func TestExtractLang(t *testing.T) {
	in := filepath.Join(t.TempDir(), "short.txt")
	os.WriteFile(in, []byte("Donald Tusk met Olaf Scholz in Berlin.\n"), 0o644)
	for _, code := range []string{"en", "pl"} {
		stdout, stderr, exit := kronika(t, "extract", "--lang", code, in)
		var r record
		if exit != 0 || json.Unmarshal([]byte(stdout), &r) != nil {
			t.Fatalf("--lang %s: exit %d, %s", code, exit, stderr)
		}
		if r.Document.Lang != code || len(r.Entities) == 0 {
			t.Errorf("--lang %s: lang %q, %d entities", code, r.Document.Lang, len(r.Entities))
		}
	}
}
