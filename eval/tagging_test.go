package eval

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/kronika/kronika/lang/pl"
)

const tagUDDir = "../../shared/data/ud"

// tagFloors are a little under the figures reached (lemma, UPOS), so that a
// regression fails the test.
var tagFloors = map[string][2]float64{
	"pl_pdb-ud-test.conllu.gz": {95.7, 94.2},
	"pl_lfg-ud-test.conllu.gz": {96.2, 94.8},
	"pl_pud-ud-test.conllu.gz": {93.9, 93.1},
}

func TestTagEvaluateUD(t *testing.T) {
	if _, err := os.Stat(tagUDDir); err != nil {
		t.Skipf("UD data not available: %v", err)
	}
	a := pl.Analyzer{}
	for name, floor := range tagFloors {
		sents, err := TagReadFile(filepath.Join(tagUDDir, name))
		if err != nil {
			t.Fatal(err)
		}
		s := TagEvaluate(sents, a)
		t.Logf("%s: %s", name, s)
		if s.LemmaAcc() < floor[0] || s.UPOSAcc() < floor[1] {
			t.Errorf("%s: lemma %.2f, UPOS %.2f below the floor %v", name, s.LemmaAcc(), s.UPOSAcc(), floor)
		}
		if os.Getenv("KRONIKA_TAG_DIFFS") != "" {
			for _, col := range []string{"lemma", "upos"} {
				for _, d := range TagDiffs(sents, a, col, 60) {
					t.Logf("%s %s", col, d)
				}
			}
		}
	}
}

func TestToNKJP1(t *testing.T) {
	for in, want := range map[string]string{
		"part":                     "qub",
		"subst:sg:gen:n:ncol":      "subst:sg:gen:n",
		"subst:pl:nom:n:pt":        "subst:pl:nom:n",
		"num:pl:acc:m3:congr:ncol": "num:pl:acc:m3:congr",
		"subst:sg:nom:m1":          "subst:sg:nom:m1",
		"adj:sg:nom:n:pos":         "adj:sg:nom:n:pos",
	} {
		if got := toNKJP1(in); got != want {
			t.Errorf("toNKJP1(%q) = %q, want %q", in, got, want)
		}
	}
}
