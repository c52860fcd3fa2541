package pl_test

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/kronika/kronika/eval"
	"github.com/kronika/kronika/lang/pl"
)

// TestTuneTagger prints the tagger's scores on the UD development sets for
// several transition weights. It runs only when asked:
//
//	KRONIKA_TUNE_TAGGER=model-file KRONIKA_TUNE_WEIGHTS=0,0.5,1 go test ./lang/pl -run TestTuneTagger -v
//
// KRONIKA_TUNE_PRIOR, _CF, _RULES and _POS set the other TagOptions
// (default 0).
func TestTuneTagger(t *testing.T) {
	path := os.Getenv("KRONIKA_TUNE_TAGGER")
	if path == "" {
		t.Skip("set KRONIKA_TUNE_TAGGER to a model file")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	m, err := pl.LoadTagger(data)
	if err != nil {
		t.Fatal(err)
	}
	weights := []float64{0, 0.5, 1}
	if w := os.Getenv("KRONIKA_TUNE_WEIGHTS"); w != "" {
		weights = nil
		for _, f := range strings.Split(w, ",") {
			x, err := strconv.ParseFloat(f, 64)
			if err != nil {
				t.Fatal(err)
			}
			weights = append(weights, x)
		}
	}
	files := []string{"pl_pdb-ud-dev.conllu.gz", "pl_lfg-ud-dev.conllu.gz"}
	if f := os.Getenv("KRONIKA_TUNE_FILES"); f != "" {
		files = strings.Split(f, ",")
	}
	pw, _ := strconv.ParseFloat(os.Getenv("KRONIKA_TUNE_PRIOR"), 64)
	cf, _ := strconv.ParseFloat(os.Getenv("KRONIKA_TUNE_CF"), 64)
	rw, _ := strconv.ParseFloat(os.Getenv("KRONIKA_TUNE_RULES"), 64)
	pw2, _ := strconv.ParseFloat(os.Getenv("KRONIKA_TUNE_POS"), 64)
	for _, name := range files {
		sents, err := eval.TagReadFile(filepath.Join("../../../shared/data/ud", name))
		if err != nil {
			t.Skipf("UD data not available: %v", err)
		}
		t.Logf("%s context-free: %s", name, eval.TagEvaluate(sents, pl.ContextFreeAnalyzer{}))
		for _, w := range weights {
			t.Logf("%s w=%.2f: %s", name, w, eval.TagEvaluate(sents, pl.Tagger{Model: m, TagOptions: pl.TagOptions{Weight: w, PriorWeight: pw, CF: cf, RuleWeight: rw, POSWeight: pw2}}))
		}
	}
}

// TestTuneTaggerDiff lists the XPOS the tagger (default options) wins and
// loses against the context-free analyzer on PDB-dev, and its frequent
// errors:
//
//	KRONIKA_TUNE_DIFF=model-file go test ./lang/pl -run TestTuneTaggerDiff -v
func TestTuneTaggerDiff(t *testing.T) {
	path := os.Getenv("KRONIKA_TUNE_DIFF")
	if path == "" {
		t.Skip("set KRONIKA_TUNE_DIFF to a model file")
	}
	data, _ := os.ReadFile(path)
	m, err := pl.LoadTagger(data)
	if err != nil {
		t.Fatal(err)
	}
	sents, err := eval.TagReadFile("../../../shared/data/ud/pl_pdb-ud-dev.conllu.gz")
	if err != nil {
		t.Skip(err)
	}
	tg := pl.Tagger{Model: m, TagOptions: pl.DefaultTagOptions}
	errs := map[string]int{}
	lost := map[string]int{}
	won := map[string]int{}
	for _, s := range sents {
		d1 := eval.TagDocument(s)
		pl.ContextFreeAnalyzer{}.Analyze(d1, d1.Tokens)
		d2 := eval.TagDocument(s)
		tg.Analyze(d2, d2.Tokens)
		for i, g := range s.Tokens {
			a, b := d1.Tokens[i].XPOS, d2.Tokens[i].XPOS
			if b != g.XPOS {
				errs[g.XPOS+" -> "+b]++
			}
			if a == b {
				continue
			}
			if a == g.XPOS {
				lost[g.Form+" "+a+" -> "+b]++
			} else if b == g.XPOS {
				won[g.Form+" "+a+" -> "+b]++
			}
		}
	}
	nl, nw := 0, 0
	for k, v := range lost {
		nl += v
		if v >= 8 {
			t.Logf("lost %d %s", v, k)
		}
	}
	for k, v := range won {
		nw += v
		if v >= 8 {
			t.Logf("won %d %s", v, k)
		}
	}
	t.Logf("lost %d won %d", nl, nw)
	for k, v := range errs {
		if v >= 40 {
			t.Logf("err %d %s", v, k)
		}
	}
}
