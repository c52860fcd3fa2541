package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kronika/kronika/conllu"
	"github.com/kronika/kronika/doc"
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
		"adjp:dat":                 "adjp",
	} {
		if got := toNKJP1(in); got != want {
			t.Errorf("toNKJP1(%q) = %q, want %q", in, got, want)
		}
	}
}

// lowerAnalyzer lemmatizes every word as itself, tagged NOUN.
type lowerAnalyzer struct{}

func (lowerAnalyzer) Analyze(d *doc.Document, toks []doc.Token) {
	for i := range toks {
		toks[i].Lemma = d.Text[toks[i].Start:toks[i].End]
		toks[i].UPOS = "NOUN"
	}
}

func TestTagEvaluateLemmaByUPOS(t *testing.T) {
	s := &conllu.Sentence{Tokens: []conllu.Token{
		{Form: "cats", Lemma: "cat", UPOS: "NOUN"},
		{Form: "dog", Lemma: "dog", UPOS: "NOUN"},
		{Form: "ran", Lemma: "run", UPOS: "VERB"},
	}}
	sc := TagEvaluate([]*conllu.Sentence{s}, lowerAnalyzer{})
	if sc.Words != 3 || sc.Lemma != 1 || sc.LemmaByUPOS["NOUN"] != [2]int{2, 1} || sc.LemmaByUPOS["VERB"] != [2]int{1, 0} {
		t.Errorf("scores %+v", sc)
	}
	if sc.LemmaAccUPOS("NOUN") != 50 || sc.LemmaAccUPOS("ADJ") != 0 {
		t.Errorf("NOUN %.2f ADJ %.2f", sc.LemmaAccUPOS("NOUN"), sc.LemmaAccUPOS("ADJ"))
	}
	var sum TagScores
	sum.Add(sc)
	sum.Add(sc)
	if sum.LemmaByUPOS["NOUN"] != [2]int{4, 2} || !strings.Contains(sum.String(), "lemma by gold UPOS:  NOUN 50.00  VERB 0.00") {
		t.Errorf("sum %s", sum)
	}
}
