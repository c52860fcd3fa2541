package eval

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/kronika/kronika/doc"
)

// annotateUmowa plays a pipeline that gets testdata/gold/umowa.txt mostly
// right: the visit (plus a duplicate and a spurious event), the agreement
// reversed (symmetric, so right), four of five entities, the quote with its
// speaker, the date.
func annotateUmowa(d *doc.Document) {
	t := d.Text
	d.Lang, d.Date = "pl", "2025-03-14"
	d.Entities = []doc.Entity{
		{ID: "E1", Type: "PERSON", Name: "Mark Carney", Canonical: "Mark Carney", Country: "CAN"},
		{ID: "E2", Type: "PERSON", Name: "Donald Tusk", Canonical: "Donald Tusk", Country: "POL"},
		{ID: "E3", Type: "LOC", Name: "Warszawa", Mentions: []doc.Mention{{Span: spanOf(t, "Warszawie", 0), Lemma: "Warszawa"}}},
		{ID: "E4", Type: "GPE", Name: "Kanada", Canonical: "Canada", Country: "CAN"},
	}
	can := &doc.Participant{Entity: "E1", Country: "CAN", Text: "Mark Carney"}
	pol := &doc.Participant{Entity: "E2", Country: "POL", Text: "Donaldem Tuskiem"}
	d.Events = []doc.Event{
		{Type: "CONSULT", Source: can, Target: pol, Date: "2025-03-14"},
		{Type: "CONSULT", Source: can, Target: pol, Date: "2025-03-14"},
		{Type: "AGREE", Source: pol, Target: can, Date: "2025-03"},
		{Type: "THREATEN", Source: pol, Target: can},
	}
	d.Quotes = []doc.Quote{{Span: spanOf(t, "Podpisana dziś umowa otwiera nowy rozdział w naszych relacjach", 0),
		Speaker: doc.Speaker{Entity: "E2", Text: "Tusk"}}}
}

func TestRunGoldEndToEnd(t *testing.T) {
	rep := RunGold(fakeRunner{annotate: annotateUmowa}, []string{"testdata/gold"})
	if len(rep.Errors) > 0 {
		t.Fatal(rep.Errors)
	}
	if len(rep.Documents) != 1 || rep.Documents[0].Name != "umowa" {
		t.Fatalf("documents %+v", rep.Documents)
	}
	o := rep.Overall
	if o.Docs != 1 || o.Events.Full != (PRF{2, 4, 1, 1}) || o.Events.TypeOnly != (PRF{2, 4, 1, 1}) || o.Events.DyadOnly != (PRF{2, 4, 1, 1}) {
		t.Errorf("events %+v", o.Events)
	}
	if f, _ := o.Events.Full.F1(); f < 0.666 || f > 0.667 {
		t.Errorf("event F1 %v, want 2/3", f)
	}
	if o.Entities.Found != (Acc{4, 5}) || o.Entities.TypeAcc != (Acc{3, 4}) || o.Entities.Pred != 4 {
		t.Errorf("entities %+v", o.Entities)
	}
	if o.Quotes.PRF != (PRF{1, 1, 1, 1}) || o.Quotes.Speaker != (Acc{1, 1}) {
		t.Errorf("quotes %+v", o.Quotes)
	}
	if o.Times.DocDate != (Acc{1, 1}) || o.Times.EventDates != (Acc{1, 2}) {
		t.Errorf("times %+v", o.Times)
	}
	if d := rep.Documents[0]; !reflect.DeepEqual(d.Events.Spurious, []string{"CONSULT CAN>POL", "THREATEN POL>CAN"}) || d.Events.Missed != nil {
		t.Errorf("spurious %q missed %q", d.Events.Spurious, d.Events.Missed)
	}

	js, err := marshal(rep) // as kronika eval --json writes it
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(js), `"spurious":["CONSULT CAN>POL","THREATEN POL>CAN"]`) {
		t.Errorf("JSON escapes or lacks the spurious events: %s", js)
	}

	var b bytes.Buffer
	if err := rep.WriteTable(&b); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"DOCUMENT", "umowa", "0.500 (2/4)", "overall (1 documents, micro-averaged; split: dev)",
		"events     P 0.500 (2/4) R 1.000 (1/1) F1 0.667", "entities   recall 0.800 (4/5), type accuracy 0.750 (3/4), 4 predicted",
		"speaker accuracy 1.000 (1/1)", "document dates 1.000 (1/1), event dates 0.500 (1/2)"} {
		if !strings.Contains(b.String(), s) {
			t.Errorf("table lacks %q:\n%s", s, b.String())
		}
	}
}

// TestGoldReportJSONShape pins the keys of the JSON report, so that scripts
// reading it learn of a change from a failing test.
func TestGoldReportJSONShape(t *testing.T) {
	rep := RunGold(fakeRunner{}, []string{"testdata/gold"})
	js, err := json.Marshal(rep)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(js, &m); err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{
		"":                     {"documents", "errors", "overall", "schema"},
		"overall":              {"documents", "entities", "events", "locations", "name", "quotes", "times"},
		"overall.locations":    {"accuracy", "correct", "total"},
		"overall.events":       {"confidence_0_5", "confidence_0_8", "dyad_only", "full", "type_only"},
		"overall.events.full":  {"f1", "gold", "matched_gold", "matched_predicted", "precision", "predicted", "recall"},
		"overall.entities":     {"found", "gold", "predicted", "recall", "type_accuracy", "type_correct"},
		"overall.quotes":       {"f1", "gold", "matched_gold", "matched_predicted", "precision", "predicted", "recall", "speaker_accuracy", "speaker_correct"},
		"overall.times":        {"document", "events", "value"},
		"overall.times.events": {"accuracy", "correct", "total"},
	}
	for path, keys := range want {
		v := any(m)
		if path != "" {
			for _, k := range strings.Split(path, ".") {
				v = v.(map[string]any)[k]
			}
		}
		var got []string
		for k := range v.(map[string]any) {
			got = append(got, k)
		}
		sort.Strings(got)
		if !reflect.DeepEqual(got, keys) {
			t.Errorf("%q: keys %v, want %v", path, got, keys)
		}
	}
	// Nothing predicted: precision is null, recall and F1 are 0.
	if !strings.Contains(string(js), `"full":{"precision":null,"recall":0,"f1":0,"matched_predicted":0,"predicted":0,"matched_gold":0,"gold":1}`) {
		t.Errorf("empty prediction: %s", js)
	}
	doc0 := m["documents"].([]any)[0].(map[string]any)
	if doc0["name"] != "umowa" || doc0["lang"] != "pl" || doc0["events"].(map[string]any)["missed"] == nil {
		t.Errorf("document: %v", doc0)
	}
	if m["schema"] != GoldSchema || len(m["errors"].([]any)) != 0 {
		t.Errorf("schema %v errors %v", m["schema"], m["errors"])
	}
}

func TestRunGoldErrors(t *testing.T) {
	dir := t.TempDir()
	// A gold file whose text is missing, and one naming another document.
	os.WriteFile(filepath.Join(dir, "lost.gold.json"), []byte(`{"document": "lost.txt", "lang": "en", "events": [], "quotes": [], "entities": []}`), 0o644)
	os.WriteFile(filepath.Join(dir, "other.gold.json"), []byte(`{"document": "x.txt", "lang": "en", "events": [], "quotes": [], "entities": []}`), 0o644)
	os.WriteFile(filepath.Join(dir, "other.txt"), []byte("Text."), 0o644)
	os.WriteFile(filepath.Join(dir, "fails.gold.json"), []byte(`{"document": "fails.txt", "lang": "en", "events": [], "quotes": [], "entities": []}`), 0o644)
	os.WriteFile(filepath.Join(dir, "fails.txt"), []byte("Text."), 0o644)
	r := fakeRunner{fail: map[string]bool{filepath.Join(dir, "fails.txt"): true}}
	rep := RunGold(r, []string{"testdata/bad", dir, "testdata/gold/umowa.txt", "testdata/nowhere", "testdata/petrarch.xml"})
	var got []string
	for _, e := range rep.Errors {
		got = append(got, strings.ReplaceAll(e.Error(), dir, "DIR"))
	}
	want := []string{
		"stat testdata/nowhere: no such file or directory",
		"testdata/petrarch.xml: neither a directory nor a *.gold.json or *.txt file",
		"DIR/fails.txt: DIR/fails.txt: made to fail",
		`DIR/lost.gold.json: document: no text: stat DIR/lost.txt: no such file or directory`,
		`DIR/other.gold.json: document: names "x.txt", but the text beside this file is "other.txt"`,
		`testdata/bad/broken.gold.json: date: not YYYY, YYYY-MM or YYYY-MM-DD: "2025-13"`,
	}
	for _, w := range want {
		found := false
		for _, g := range got {
			found = found || g == w
		}
		if !found {
			t.Errorf("no error %q in\n%s", w, strings.Join(got, "\n"))
		}
	}
	if !strings.Contains(strings.Join(got, "\n"), "testdata/bad/syntax.gold.json: bad JSON: line 3 column") {
		t.Errorf("no JSON syntax error with its line in\n%s", strings.Join(got, "\n"))
	}
	// The good document is still scored.
	if len(rep.Documents) != 1 || rep.Documents[0].Name != "umowa" {
		t.Errorf("documents %+v", rep.Documents)
	}
}

func TestFloor(t *testing.T) {
	dir := t.TempDir()
	write := func(s string) string {
		p := filepath.Join(dir, "floor.json")
		os.WriteFile(p, []byte(s), 0o644)
		return p
	}
	f, err := ReadFloor(write(`{"events_f1": 0.5, "quotes_f1": 0.2, "note": "raise as quality rises"}`))
	if err != nil {
		t.Fatal(err)
	}
	s := DocScore{Events: EventScore{Full: PRF{1, 4, 1, 2}}, Quotes: QuoteScore{PRF: PRF{1, 1, 1, 1}}}
	// Event F1: P 0.25, R 0.5 → 0.3333.
	if got := f.Check(s); len(got) != 1 || got[0] != "events_f1 0.3333 is below the floor 0.5000" {
		t.Errorf("check: %q", got)
	}
	if got := (Floor{"events_f1": 0.3333}).Check(s); got != nil {
		t.Errorf("at the floor: %q", got)
	}
	if got := (Floor{"events_f1": 0}).Check(DocScore{}); got != nil {
		t.Errorf("zero floor, nothing measured: %q", got)
	}
	for _, bad := range []string{`{"event_f1": 0.1}`, `{"events_f1": "high"}`, `{"events_f1": 1.5}`, `{"events_f1": 0.1`} {
		if _, err := ReadFloor(write(bad)); err == nil {
			t.Errorf("%s: no error", bad)
		}
	}
	if _, err := ReadFloor(filepath.Join(dir, "none.json")); err == nil {
		t.Error("missing file: no error")
	}
}

// TestRepositoryFloor checks the floor the project records for CI.
func TestRepositoryFloor(t *testing.T) {
	if _, err := ReadFloor("../.ci/eval-floor.json"); err != nil {
		t.Fatal(err)
	}
}

func TestWriteDetails(t *testing.T) {
	rep := RunGold(fakeRunner{annotate: annotateUmowa}, []string{"testdata/gold"})
	var b bytes.Buffer
	if err := rep.WriteDetails(&b); err != nil {
		t.Fatal(err)
	}
	want := "umowa\n  spurious  CONSULT CAN>POL\n  spurious  THREATEN POL>CAN\n  date      AGREE CAN<>POL: 2025-03, gold 2025-03-14\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}

// TestSplits: every figure names its split (held-out protocol).
func TestSplits(t *testing.T) {
	for _, tc := range []struct{ path, want string }{
		{"eval/gold/pl/tune/a.gold.json", SplitTune},
		{"eval/gold/en/heldout/b.gold.json", SplitHeldOut},
		{"gold/other/c.gold.json", SplitDev},
		{"x.gold.json", SplitDev},
	} {
		if got := GoldSplit(tc.path); got != tc.want {
			t.Errorf("GoldSplit(%q) = %q, want %q", tc.path, got, tc.want)
		}
	}
	for topic, want := range map[string]string{"asia_bibi": SplitTune, "nord_stream": SplitTune, "brexit": SplitHeldOut, "ryanair": SplitHeldOut, "other": SplitDev} {
		if got := SlavicSplit(topic); got != want {
			t.Errorf("SlavicSplit(%q) = %q, want %q", topic, got, want)
		}
	}
	var b strings.Builder
	rep := &SlavicReport{Lang: "pl", Topics: map[string]*SlavicScore{"brexit": {Docs: 2}, "asia_bibi": {Docs: 1}},
		Splits: map[string]*SlavicScore{SplitHeldOut: {Docs: 2}, SplitTune: {Docs: 1}}}
	if err := rep.WriteTable(&b); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"held-out  2", "tune (pl)", "held-out (pl)"} {
		if !strings.Contains(b.String(), s) {
			t.Errorf("SlavicNER table lacks %q:\n%s", s, b.String())
		}
	}
}

// TestGoldDateGiven: a text that states no date is processed with the gold
// file's date, as a feed would give it, and that date is then not scored;
// a text that states its own date keeps it and is scored.
func TestGoldDateGiven(t *testing.T) {
	var seen []string
	undated := fakeRunner{annotate: func(d *doc.Document) {
		seen = append(seen, d.Date)
		annotateUmowa(d)
		d.Date = "" // the reader found no date; annotateUmowa's is dropped
		if len(seen) == 2 {
			d.Date = "2025-03-14" // the second pass kept the given date
		}
	}}
	rep := RunGold(undated, []string{"testdata/gold"})
	if len(rep.Errors) > 0 {
		t.Fatal(rep.Errors)
	}
	if len(seen) != 2 || seen[0] != "" || seen[1] != "2025-03-14" {
		t.Errorf("dates the pipeline saw: %q, want a second pass with the gold date", seen)
	}
	if dd := rep.Overall.Times.DocDate; dd != (Acc{}) {
		t.Errorf("a given date was scored: %+v", dd)
	}
	rep = RunGold(fakeRunner{annotate: annotateUmowa}, []string{"testdata/gold"})
	if dd := rep.Overall.Times.DocDate; dd != (Acc{1, 1}) {
		t.Errorf("a found date was not scored: %+v", dd)
	}
}
