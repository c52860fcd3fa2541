package langid

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// corpusTexts returns the articles of ../shared: SlavicNER's Polish and
// Russian texts, the evaluation texts and the VOA stories.
func corpusTexts(tb testing.TB) (names, texts []string) {
	for _, pat := range []string{"../../shared/data/slavicner/raw/*/*/*", "../../shared/eval/*.txt"} {
		fs, _ := filepath.Glob(pat)
		for _, f := range fs {
			b, err := os.ReadFile(f)
			if err != nil {
				tb.Fatal(err)
			}
			names = append(names, f)
			texts = append(texts, string(b))
		}
	}
	fs, _ := filepath.Glob("../../shared/data/voa/*.jsonl")
	for _, f := range fs {
		fh, err := os.Open(f)
		if err != nil {
			tb.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(nil, 1<<24)
		for sc.Scan() {
			var a struct{ Title, Text string }
			if json.Unmarshal(sc.Bytes(), &a) == nil && a.Text != "" {
				names = append(names, f+": "+a.Title)
				texts = append(texts, a.Text)
			}
		}
		fh.Close()
	}
	if len(texts) == 0 {
		tb.Skip("no articles in ../shared")
	}
	return names, texts
}

// TestLatinSampleAgrees checks that the shorter trigram sample of Latin
// text gives the language the whole sample gives, on every article of
// ../shared, in all three of its languages.
func TestLatinSampleAgrees(t *testing.T) {
	names, texts := corpusTexts(t)
	counts := map[string]int{}
	for i, tx := range texts {
		whole, got := detect(tx, sampleBytes), Detect(tx)
		if got != whole {
			t.Errorf("%s: %q, %q on the whole sample", names[i], got, whole)
		}
		counts[got]++
	}
	for _, l := range []string{"pl", "en", "ru"} {
		if counts[l] == 0 {
			t.Errorf("no article detected as %s: %v", l, counts)
		}
	}
}

// BenchmarkDetectVOA detects the language of the VOA stories (English,
// all scored by trigrams); BenchmarkDetectVOAWhole scores the whole
// sample's trigrams, as Detect did before.
func BenchmarkDetectVOA(b *testing.B)      { benchVOA(b, latinTrigramBytes) }
func BenchmarkDetectVOAWhole(b *testing.B) { benchVOA(b, sampleBytes) }

func benchVOA(b *testing.B, latin int) {
	names, all := corpusTexts(b)
	var texts []string
	for i, tx := range all {
		if strings.Contains(names[i], "/voa/") {
			texts = append(texts, tx)
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, tx := range texts {
			detect(tx, latin)
		}
	}
}
