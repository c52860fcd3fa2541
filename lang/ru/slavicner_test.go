package ru_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/kronika/kronika/eval"
	"github.com/kronika/kronika/langid"
	"github.com/kronika/kronika/pipeline"
)

// slavicNERDir is the SlavicNER corpus beside the repository (research
// use: evaluation only); the tests skip without it.
const slavicNERDir = "../../../shared/data/slavicner"

// TestSlavicNERRussian runs the pipeline over the Russian SlavicNER
// documents: each must be told Russian, and the mention and lemma figures
// must stay above floors a little under the ones measured when the
// recognizer was written (exact F1 0.873, overlap F1 0.910, lemma 0.982).
func TestSlavicNERRussian(t *testing.T) {
	raws, _ := filepath.Glob(filepath.Join(slavicNERDir, "raw", "*", "ru", "*.txt"))
	if len(raws) == 0 {
		t.Skip("no SlavicNER Russian texts in " + slavicNERDir)
	}
	if testing.Short() {
		t.Skip("short")
	}
	for _, f := range raws {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if got := langid.Detect(string(data)); got != "ru" {
			t.Errorf("%s: language %q, want ru", f, got)
		}
	}
	p := pipeline.New()
	if l := p.Language("ru"); l.NER == nil || l.LemmatizeName == nil {
		t.Fatal("the pipeline has no Russian recognizer")
	}
	rep := eval.RunSlavicNER(p, slavicNERDir, "ru", 2)
	if len(rep.Errors) > 0 {
		t.Fatal(rep.Errors[0])
	}
	s := rep.Overall
	exact, _ := s.Exact.F1()
	overlap, _ := s.Overlap.F1()
	lemma, _ := s.Lemma.Value()
	t.Logf("%d documents: exact F1 %.3f, overlap F1 %.3f, lemma %.3f, linking %s", s.Docs, exact, overlap, lemma, s.Linking)
	if exact < 0.85 || overlap < 0.89 || lemma < 0.97 {
		t.Errorf("below the floors (exact F1 0.85, overlap F1 0.89, lemma 0.97)")
	}
}
