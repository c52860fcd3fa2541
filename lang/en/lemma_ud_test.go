package en_test

// Lemma accuracy on UD English EWT with gold tokens (the dev split; the
// test split is kept for reporting). Skipped when the data is absent.

import (
	"fmt"
	"os"
	"sort"
	"testing"

	"github.com/kronika/kronika/eval"
	"github.com/kronika/kronika/lang/en"
)

const ewtDev = "../../../shared/data/ud-en/en_ewt-ud-dev.conllu.gz"

func TestLemmaEWTDev(t *testing.T) {
	if _, err := os.Stat(ewtDev); err != nil {
		t.Skipf("UD English EWT not available: %v", err)
	}
	sents, err := eval.TagReadFile(ewtDev)
	if err != nil {
		t.Fatal(err)
	}
	a := en.Analyzer{}
	s := eval.TagEvaluate(sents, a)
	t.Logf("%s", s)
	if out := os.Getenv("KRONIKA_LEMMA_DIFFS"); out != "" {
		count := map[string]int{}
		for _, d := range eval.TagDiffs(sents, a, "lemma", 1<<30) {
			count[d]++
		}
		var ds []string
		for d := range count {
			ds = append(ds, d)
		}
		sort.Slice(ds, func(i, j int) bool {
			return count[ds[i]] > count[ds[j]] || count[ds[i]] == count[ds[j]] && ds[i] < ds[j]
		})
		f, err := os.Create(out)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range ds {
			fmt.Fprintf(f, "%d\t%s\n", count[d], d)
		}
		f.Close()
	}
}
