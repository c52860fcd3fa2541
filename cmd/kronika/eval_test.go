package main

import (
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/eval"
)

const evalTestdata = "../../eval/testdata"

// blankRunner predicts nothing: the document is its file's text.
type blankRunner struct{}

func (blankRunner) Extract(name string, _ io.Reader) ([]*doc.Document, []error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, []error{err}
	}
	return []*doc.Document{{Source: name, Text: string(data)}}, nil
}

func (blankRunner) Process(*doc.Document) error { return nil }

func withRunner(t *testing.T, r eval.Runner) {
	old := evalRunner
	evalRunner = func() eval.Runner { return r }
	t.Cleanup(func() { evalRunner = old })
}

// TestEvalGoldEndToEnd runs the real pipeline over the hand-written gold
// pair and checks the report's shape (the figures move as the pipeline
// learns; the eval package's tests pin the scoring).
func TestEvalGoldEndToEnd(t *testing.T) {
	out, errs, code := kronika(t, "eval", evalTestdata+"/gold")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, s := range []string{"DOCUMENT", "umowa", "overall (1 documents, micro-averaged; split: dev)", "events     P ", "entities   recall "} {
		if !strings.Contains(out, s) {
			t.Errorf("output lacks %q:\n%s", s, out)
		}
	}
	out, errs, code = kronika(t, "eval", "--json", evalTestdata+"/gold/umowa.gold.json")
	if code != 0 {
		t.Fatalf("--json: exit %d: %s", code, errs)
	}
	var rep struct {
		Schema    string `json:"schema"`
		Documents []struct {
			Name string `json:"name"`
		} `json:"documents"`
		Overall struct {
			Events struct {
				Full struct {
					Gold int      `json:"gold"`
					F1   *float64 `json:"f1"`
				} `json:"full"`
			} `json:"events"`
		} `json:"overall"`
		Errors []string `json:"errors"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("%v:\n%s", err, out)
	}
	if rep.Schema != eval.GoldSchema || len(rep.Documents) != 1 || rep.Documents[0].Name != "umowa" ||
		rep.Overall.Events.Full.Gold != 1 || rep.Overall.Events.Full.F1 == nil || len(rep.Errors) != 0 {
		t.Errorf("report %+v", rep)
	}
}

func TestEvalBadGold(t *testing.T) {
	withRunner(t, blankRunner{})
	out, errs, code := kronika(t, "eval", evalTestdata+"/bad", evalTestdata+"/gold")
	if code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	for _, s := range []string{
		`kronika eval: ../../eval/testdata/bad/broken.gold.json: events[3].type: unknown PLOVER type "FOO"`,
		`kronika eval: ../../eval/testdata/bad/broken.gold.json: events[4].source_country: missing`,
		`kronika eval: ../../eval/testdata/bad/syntax.gold.json: bad JSON: line 3 column`,
	} {
		if !strings.Contains(errs, s) {
			t.Errorf("stderr lacks %q:\n%s", s, errs)
		}
	}
	if !strings.Contains(out, "umowa") {
		t.Errorf("the good document is not reported:\n%s", out)
	}
}

func TestEvalFloor(t *testing.T) {
	withRunner(t, blankRunner{})
	dir := t.TempDir()
	high := filepath.Join(dir, "high.json")
	os.WriteFile(high, []byte(`{"events_f1": 0.5}`), 0o644)
	_, errs, code := kronika(t, "eval", "--floor", high, evalTestdata+"/gold")
	if code != 1 || !strings.Contains(errs, "kronika eval: events_f1 0.0000 is below the floor 0.5000") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
	zero := filepath.Join(dir, "zero.json")
	os.WriteFile(zero, []byte(`{"events_f1": 0, "note": "nothing asked"}`), 0o644)
	_, errs, code = kronika(t, "eval", "--floor", zero, evalTestdata+"/gold")
	if code != 0 {
		t.Errorf("zero floor: exit %d: %s", code, errs)
	}
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"event_f1": 0.5}`), 0o644)
	if _, errs, code = kronika(t, "eval", "--floor", bad, evalTestdata+"/gold"); code != 1 || !strings.Contains(errs, "event_f1: unknown figure") {
		t.Errorf("bad floor: exit %d, stderr %q", code, errs)
	}
}

func TestEvalUsage(t *testing.T) {
	for _, args := range [][]string{
		{"eval"},
		{"eval", "--petrarch", "x.xml", "dir"},
		{"eval", "--floor", "f.json", "--slavicner", "dir"},
		{"eval", "--bogus"},
	} {
		if _, errs, code := kronika(t, args...); code != 2 || !strings.Contains(errs, "usage: kronika eval") {
			t.Errorf("%q: exit %d, stderr %q", args, code, errs)
		}
	}
}

func TestEvalSlavicNERAndPetrarch(t *testing.T) {
	out, errs, code := kronika(t, "eval", "--slavicner", evalTestdata+"/slavicner")
	if code != 0 || !strings.Contains(out, "all (pl)") {
		t.Errorf("slavicner: exit %d, stderr %q, stdout:\n%s", code, errs, out)
	}
	out, errs, code = kronika(t, "eval", "--slavicner", evalTestdata+"/slavicner", "--places")
	if code != 0 || !strings.Contains(out, "dev    all (pl)") || !strings.Contains(out, "dev    test") {
		t.Errorf("slavicner --places: exit %d, stderr %q, stdout:\n%s", code, errs, out)
	}
	if _, errs, code = kronika(t, "eval", "--places", evalTestdata+"/gold"); code != 2 || !strings.Contains(errs, "--places applies to --slavicner only") {
		t.Errorf("--places without --slavicner: exit %d, stderr %q", code, errs)
	}
	out, errs, code = kronika(t, "eval", "--petrarch", evalTestdata+"/petrarch.xml")
	if code != 0 || !strings.Contains(out, "records coded as expected: ") {
		t.Errorf("petrarch: exit %d, stderr %q, stdout:\n%s", code, errs, out)
	}
	out, _, code = kronika(t, "eval", "--json", "--petrarch", evalTestdata+"/petrarch.xml")
	if code != 0 || !strings.Contains(out, `"schema": "kronika-eval-petrarch/1"`) {
		t.Errorf("petrarch --json: exit %d:\n%s", code, out)
	}
	if _, errs, code = kronika(t, "eval", "--petrarch", evalTestdata+"/gold/umowa.txt"); code != 1 || !strings.Contains(errs, "no <Sentence> records") {
		t.Errorf("not XML: exit %d, stderr %q", code, errs)
	}
}

// TestEvalSharedGold is what CI's quality gate runs; it needs the shared
// gold files beside the repository.
func TestEvalSharedGold(t *testing.T) {
	const shared = "../../../shared/eval"
	if _, err := os.Stat(shared); err != nil {
		t.Skip(shared + " not present")
	}
	out, errs, code := kronika(t, "eval", "--floor", "../../.ci/eval-floor.json", shared)
	if code != 0 {
		t.Fatalf("exit %d: %s\n%s", code, errs, out)
	}
}

func TestEvalUD(t *testing.T) {
	conll := "# newdoc\n# text = Kot śpi.\n" +
		"1\tKot\tkot\tNOUN\tsubst:sg:nom:m2\tCase=Nom|Gender=Masc|Number=Sing\t2\tnsubj\t_\t_\n" +
		"2\tśpi\tspać\tVERB\tfin:sg:ter:imperf\tAspect=Imp|Mood=Ind|Number=Sing|Person=3|Tense=Pres\t0\troot\t_\tSpaceAfter=No\n" +
		"3\t.\t.\tPUNCT\tinterp\tPunctType=Peri\t2\tpunct\t_\t_\n\n"
	path := filepath.Join(t.TempDir(), "tiny.conllu")
	if err := os.WriteFile(path, []byte(conll), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errs, code := kronika(t, "eval", "--ud", path)
	if code != 0 || !strings.Contains(out, "sentences  P ") || !strings.Contains(out, "tokens     P ") || !strings.Contains(out, "words 3") {
		t.Errorf("exit %d, stderr %q, stdout:\n%s", code, errs, out)
	}
	out, _, code = kronika(t, "eval", "--json", "--ud", path)
	var rep struct {
		Schema       string          `json:"schema"`
		Segmentation json.RawMessage `json:"segmentation"`
		Tagging      json.RawMessage `json:"tagging"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil || code != 0 || rep.Schema != "kronika-eval-ud/1" || rep.Segmentation == nil {
		t.Errorf("--json: exit %d, %v:\n%s", code, err, out)
	}
	if _, _, code := kronika(t, "eval", "--ud", path+".missing"); code != 1 {
		t.Errorf("missing file: exit %d", code)
	}
}

func TestEvalDetails(t *testing.T) {
	withRunner(t, blankRunner{})
	out, errs, code := kronika(t, "eval", "--details", evalTestdata+"/gold")
	if code != 0 || !strings.Contains(out, "umowa\n  missed    CONSULT CAN>POL\n") {
		t.Errorf("exit %d, stderr %q, stdout:\n%s", code, errs, out)
	}
}
