package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite golden files with the current output")

const seed = "../../examples/000_5f52d39f760c215a.txt"

// kronika runs the command line in-process and returns its outputs and
// exit status.
func kronika(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, &out, &errb)
	return out.String(), errb.String(), code
}

// record is the part of kronika/1 the tests read.
type record struct {
	Schema   string `json:"schema"`
	Document struct {
		ID          string   `json:"id"`
		Source      string   `json:"source"`
		Lang        string   `json:"lang"`
		Date        *string  `json:"date"`
		Title       *string  `json:"title"`
		Headings    []string `json:"headings"`
		Text        string   `json:"text"`
		Boilerplate []struct {
			Start, End int
			Kind       string
		} `json:"boilerplate"`
	} `json:"document"`
	Entities []json.RawMessage `json:"entities"`
	Events   []json.RawMessage `json:"events"`
	Quotes   []json.RawMessage `json:"quotes"`
	Times    []json.RawMessage `json:"times"`
}

// TestExtractSeedGolden compares the document part of the seed's output with
// testdata/seed.document.golden.json (go test ./cmd/kronika -update rewrites
// it after a deliberate change).
func TestExtractSeedGolden(t *testing.T) {
	stdout, stderr, code := kronika(t, "extract", seed)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var full map[string]json.RawMessage
	if err := json.Unmarshal([]byte(stdout), &full); err != nil {
		t.Fatalf("output is not one JSON object: %v", err)
	}
	var got bytes.Buffer
	if err := json.Indent(&got, full["document"], "", "  "); err != nil {
		t.Fatal(err)
	}
	got.WriteByte('\n')
	golden := filepath.Join("testdata", "seed.document.golden.json")
	if *update {
		if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want) {
		t.Errorf("document part differs from %s; run go test ./cmd/kronika -update after checking the change\ngot:\n%s", golden, got.String())
	}
}

// TestExtractSeedContract checks the seed's output against the contract
// itself, independent of the golden file.
func TestExtractSeedContract(t *testing.T) {
	stdout, _, code := kronika(t, "extract", seed)
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var r record
	if err := json.Unmarshal([]byte(stdout), &r); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	d := r.Document
	switch {
	case r.Schema != "kronika/1":
		t.Errorf("schema %q", r.Schema)
	case d.Text != string(raw):
		t.Errorf("document.text is not the decoded file")
	case d.Lang != "pl":
		t.Errorf("lang %q, want pl", d.Lang)
	case d.Date == nil || *d.Date != "2024-07":
		t.Errorf("date %v, want 2024-07", d.Date)
	case d.Title != nil:
		t.Errorf("title %q, want null: the seed's first line is a sentence", *d.Title)
	case len(d.ID) != 16:
		t.Errorf("id %q is not a 16-digit content hash", d.ID)
	case r.Entities == nil || r.Events == nil || r.Quotes == nil || r.Times == nil:
		t.Errorf("annotation arrays must be present (empty or not)")
	}
	if len(d.Headings) != 2 {
		t.Errorf("headings %q, want the two sub-headings", d.Headings)
	}
	if len(d.Boilerplate) != 1 || d.Boilerplate[0].Kind != "related" {
		t.Fatalf("boilerplate %+v, want one related block", d.Boilerplate)
	}
	// Offsets count code points of document.text.
	runes := []rune(d.Text)
	bp := string(runes[d.Boilerplate[0].Start:d.Boilerplate[0].End])
	if !strings.HasPrefix(bp, "Czytaj też:") || !strings.HasSuffix(bp, "„Nie mogli przestać”") {
		t.Errorf("boilerplate span %q", bp)
	}
}

func TestExtractManyIsJSONLInOrder(t *testing.T) {
	dir := t.TempDir()
	texts := []string{"Pierwszy artykuł o Polsce i Rosji.", "The second article is in English.", "Trzeci tekst."}
	for i, s := range texts {
		if err := os.WriteFile(filepath.Join(dir, string(rune('a'+i))+".txt"), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	stdout, stderr, code := kronika(t, "extract", "--workers", "3", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimRight(stdout, "\n"), "\n")
	if len(lines) != len(texts) {
		t.Fatalf("%d lines, want %d", len(lines), len(texts))
	}
	for i, line := range lines {
		var r record
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if r.Document.Text != texts[i] {
			t.Errorf("line %d holds %q, want %q", i+1, r.Document.Text, texts[i])
		}
	}
}

func TestExtractErrors(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	binary := filepath.Join(dir, "garbage.txt")
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(empty, nil, 0o644)
	os.WriteFile(binary, []byte{0, 1, 2, 0xff, 0, 0x13, 0x88, 0}, 0o644)
	os.WriteFile(good, []byte("Premier spotkał się z prezydentem."), 0o644)

	stdout, stderr, code := kronika(t, "extract", empty, filepath.Join(dir, "missing.txt"), binary, good)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	errLines := strings.Split(strings.TrimRight(stderr, "\n"), "\n")
	if len(errLines) != 3 {
		t.Errorf("want one stderr line per bad input, got %q", stderr)
	}
	for _, name := range []string{"empty.txt", "missing.txt", "garbage.txt"} {
		if !strings.Contains(stderr, name) {
			t.Errorf("stderr does not name %s: %q", name, stderr)
		}
	}
	if !strings.Contains(stdout, "Premier spotkał się z prezydentem.") {
		t.Errorf("the good input was not processed: %q", stdout)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{},
		{"nosuchcommand"},
		{"extract"},
		{"extract", "--format", "xml", seed},
		{"extract", "--nosuchflag", seed},
		{"analyze"},
		{"analyze", "--input", "pdf", seed},
	} {
		if _, _, code := kronika(t, args...); code != 2 {
			t.Errorf("kronika %q: exit %d, want 2", args, code)
		}
	}
}

func TestAnalyzeSeed(t *testing.T) {
	stdout, stderr, code := kronika(t, "analyze", seed)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	raw, _ := os.ReadFile(seed)
	text := string(raw)
	var sentences, tokens int
	for _, line := range strings.Split(stdout, "\n") {
		if strings.HasPrefix(line, "# text = ") {
			sentences++
			continue
		}
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 10 {
			t.Fatalf("line %q has %d columns", line, len(f))
		}
		if !strings.Contains(text, f[1]) || !utf8.ValidString(f[1]) {
			t.Errorf("token %q is not in the text", f[1])
		}
		tokens++
	}
	if sentences < 20 || tokens < 300 {
		t.Errorf("%d sentences, %d tokens: too few for the seed", sentences, tokens)
	}
	if strings.Contains(stdout, "Czytaj też") {
		t.Errorf("boilerplate was analysed")
	}
}

func TestAnalyzeCoNLLURoundTrip(t *testing.T) {
	in := "# sent_id = 1\n# text = Putin odwiedził Kima.\n1\tPutin\t_\t_\t_\t_\t2\tnsubj\t_\t_\n2\todwiedził\t_\t_\t_\t_\t0\troot\t_\t_\n3\tKima\t_\t_\t_\t_\t2\tobj\t_\tSpaceAfter=No\n4\t.\t_\t_\t_\t_\t2\tpunct\t_\t_\n\n"
	path := filepath.Join(t.TempDir(), "in.conllu")
	os.WriteFile(path, []byte(in), 0o644)
	stdout, stderr, code := kronika(t, "analyze", "--input", "conllu", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var rows [][]string
	for _, line := range strings.Split(stdout, "\n") {
		if line != "" && !strings.HasPrefix(line, "#") {
			rows = append(rows, strings.Split(line, "\t"))
		}
	}
	if len(rows) != 4 {
		t.Fatalf("%d token rows, want the 4 given:\n%s", len(rows), stdout)
	}
	for i, want := range []string{"Putin", "odwiedził", "Kima", "."} {
		if rows[i][1] != want || rows[i][6] == "_" {
			t.Errorf("row %d = %q: form or head column not kept", i+1, rows[i])
		}
	}
	if rows[1][2] != "odwiedzić" || rows[1][3] != "VERB" {
		t.Errorf("odwiedził: lemma %q UPOS %q, want odwiedzić VERB", rows[1][2], rows[1][3])
	}
}

// TestExtractExplain: --explain adds each event's coding trace, and only
// then; the event's trigger offsets point at its text.
func TestExtractExplain(t *testing.T) {
	for _, explain := range []bool{false, true} {
		args := []string{"extract", seed}
		if explain {
			args = []string{"extract", "--explain", seed}
		}
		stdout, _, code := kronika(t, args...)
		if code != 0 {
			t.Fatalf("exit %d", code)
		}
		var r struct {
			Document struct{ Text string }
			Events   []struct {
				Trigger struct {
					Text       string
					Start, End int
				}
				Explain []string
			}
		}
		if err := json.Unmarshal([]byte(stdout), &r); err != nil {
			t.Fatal(err)
		}
		if len(r.Events) == 0 {
			t.Fatal("no events in the seed")
		}
		runes := []rune(r.Document.Text)
		for _, e := range r.Events {
			if got := string(runes[e.Trigger.Start:e.Trigger.End]); got != e.Trigger.Text {
				t.Errorf("trigger offsets give %q, text says %q", got, e.Trigger.Text)
			}
			if explain != (len(e.Explain) > 0) {
				t.Errorf("--explain %v: trace %q", explain, e.Explain)
			}
		}
	}
}

// TestExtractFixturesGolden compares the complete kronika/1 output of one
// small article per language (testdata/fixtures/*.txt, written for the
// project) with its golden file, so that any change in behaviour shows as
// a diff (go test ./cmd/kronika -update rewrites them after a deliberate
// change).
func TestExtractFixturesGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "fixtures", "*.txt"))
	if err != nil || len(files) < 3 {
		t.Fatalf("fixtures: %v %v", files, err)
	}
	for _, f := range files {
		stdout, stderr, code := kronika(t, "extract", "--explain", f)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", f, code, stderr)
		}
		golden := strings.TrimSuffix(f, ".txt") + ".golden.json"
		if *update {
			if err := os.WriteFile(golden, []byte(stdout), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatal(err)
		}
		if stdout != string(want) {
			t.Errorf("%s: output differs from %s; run go test ./cmd/kronika -update after checking the change (git diff shows it)", f, golden)
		}
	}
}

// TestExtractMinConfidence: --min-confidence leaves out the events below it
// and nothing else; a value outside 0–1 is a usage error.
func TestExtractMinConfidence(t *testing.T) {
	count := func(args ...string) (n int, low float64) {
		stdout, stderr, code := kronika(t, append([]string{"extract"}, args...)...)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		var r struct {
			Events []struct{ Confidence float64 }
		}
		if err := json.Unmarshal([]byte(stdout), &r); err != nil {
			t.Fatal(err)
		}
		low = 1
		for _, e := range r.Events {
			low = min(low, e.Confidence)
		}
		return len(r.Events), low
	}
	all, _ := count(seed)
	some, low := count("--min-confidence", "0.8", seed)
	if some == 0 || some >= all || low < 0.8 {
		t.Errorf("--min-confidence 0.8: %d of %d events, lowest %.2f", some, all, low)
	}
	if _, _, code := kronika(t, "extract", "--min-confidence", "1.5", seed); code != 2 {
		t.Errorf("--min-confidence 1.5: exit %d, want 2", code)
	}
}
