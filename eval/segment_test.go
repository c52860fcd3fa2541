package eval

import (
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/kronika/kronika/conllu"
	"github.com/kronika/kronika/lang"
	_ "github.com/kronika/kronika/lang/pl"
)

// udDir holds the Universal Dependencies treebanks, outside the project.
const udDir = "../../shared/data/ud"

func readUD(t testing.TB, name string) []*conllu.Sentence {
	t.Helper()
	path := filepath.Join(udDir, name)
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		t.Skipf("%s absent: UD data is not available here", path)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	sents, err := conllu.ReadAll(zr, name)
	if err != nil {
		t.Fatal(err)
	}
	return sents
}

func segF1(p PRF) float64 {
	f, _ := p.F1()
	return f
}

// TestSegUD scores the segmenter on the Polish UD test treebanks (the
// rules were tuned on the dev files) and fails when a figure drops below
// its floor.
func TestSegUD(t *testing.T) {
	pl := lang.Get("pl")
	for _, c := range []struct {
		file          string
		sentF1, tokF1 float64
	}{
		{"pl_pud-ud-test.conllu.gz", 0.98, 0.995},
		{"pl_pdb-ud-test.conllu.gz", 0.97, 0.994},
	} {
		t.Run(c.file, func(t *testing.T) {
			sents := readUD(t, c.file)
			s, diffs := segEvaluate(sents, pl, 40)
			t.Logf("%s: %d sentences\n  sentences %v\n  tokens    %v", c.file, len(sents), s.Sentences, s.Tokens)
			if os.Getenv("KRONIKA_SEG_DIFFS") != "" {
				for _, d := range diffs {
					t.Logf("  %-14s %q  %s", d.Kind, d.Form, d.Context)
				}
			}
			if f := segF1(s.Sentences); f < c.sentF1 {
				t.Errorf("sentence F1 %.4f < floor %.2f", f, c.sentF1)
			}
			if f := segF1(s.Tokens); f < c.tokF1 {
				t.Errorf("token F1 %.4f < floor %.2f", f, c.tokF1)
			}
		})
	}
}

// TestSegUDDev scores the segmenter on the dev treebanks, the ones the
// rules were tuned on, and fails when a figure drops below its floor (a
// little under today's). With KRONIKA_SEG_DIFFS set, both tests also list
// the disagreements with the gold standard.
func TestSegUDDev(t *testing.T) {
	pl := lang.Get("pl")
	for _, c := range []struct {
		file          string
		sentF1, tokF1 float64
	}{
		{"pl_pdb-ud-dev.conllu.gz", 0.98, 0.995}, // 0.983, 0.997 when written
		{"pl_lfg-ud-dev.conllu.gz", 0.96, 0.975}, // 0.967, 0.977
	} {
		t.Run(c.file, func(t *testing.T) {
			sents := readUD(t, c.file)
			s, diffs := segEvaluate(sents, pl, 400)
			t.Logf("%s: %d sentences\n  sentences %v\n  tokens    %v", c.file, len(sents), s.Sentences, s.Tokens)
			if os.Getenv("KRONIKA_SEG_DIFFS") != "" {
				for _, d := range diffs {
					fmt.Printf("%-14s %q  %s\n", d.Kind, d.Form, d.Context)
				}
			}
			if f := segF1(s.Sentences); f < c.sentF1 {
				t.Errorf("sentence F1 %.4f < floor %.2f", f, c.sentF1)
			}
			if f := segF1(s.Tokens); f < c.tokF1 {
				t.Errorf("token F1 %.4f < floor %.3f", f, c.tokF1)
			}
		})
	}
}

// TestSegEvaluateSmall checks the scorer itself on a hand-made treebank:
// one sentence the segmenter splits in two, and a multi-word token.
func TestSegEvaluateSmall(t *testing.T) {
	mk := func(text string, forms ...string) *conllu.Sentence {
		s := &conllu.Sentence{Comments: []string{"text = " + text}}
		for _, f := range forms {
			s.Tokens = append(s.Tokens, conllu.Token{Form: f})
		}
		return s
	}
	a := mk("Ala ma kota. Kot ma Alę.", "Ala", "ma", "kota", ".", "Kot", "ma", "Alę", ".")
	b := mk("Miałem psa.", "Miał", "em", "psa", ".")
	b.Ranges = []conllu.Range{{First: 0, Last: 1, Form: "Miałem"}}
	s := SegEvaluate([]*conllu.Sentence{a, b}, lang.Get("pl"))
	if s.Documents != 1 {
		t.Errorf("documents = %d, want 1", s.Documents)
	}
	// Gold ends: after "Alę." (the end of the paragraph is left out).
	// Predicted: after "kota." (spurious) and after "Alę.".
	if s.Sentences.Gold != 1 || s.Sentences.Pred != 2 || s.Sentences.MatchedGold != 1 {
		t.Errorf("sentences = %+v, want 1 gold, 2 predicted, 1 matched", s.Sentences)
	}
	if s.Tokens.Gold != 11 || s.Tokens.Pred != 11 || s.Tokens.MatchedGold != 11 {
		t.Errorf("tokens = %+v, want 11/11/11", s.Tokens)
	}
}
