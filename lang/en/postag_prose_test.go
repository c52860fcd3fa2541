package en

// Comparison with the tagger the model's weights come from: prose's own
// averaged perceptron is reached through go:linkname so that both taggers
// see exactly the same words (the tokens of Kronika's segmenter).

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unsafe"

	"github.com/jdkato/prose/v2"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/segment"
)

//go:linkname proseNewTagger github.com/jdkato/prose/v2.newPerceptronTagger
func proseNewTagger() unsafe.Pointer

//go:linkname proseTag github.com/jdkato/prose/v2.(*perceptronTagger).tag
func proseTag(pt unsafe.Pointer, tokens []*prose.Token) []*prose.Token

// sharedDir is the shared data beside the repository, as the other tests
// find it.
const sharedDir = "../../../shared"

// voaDocs returns the English evaluation and VOA texts segmented by
// Kronika, or skips the test when the shared data is absent.
func voaDocs(tb testing.TB) []*doc.Document {
	tb.Helper()
	var texts []string
	files, _ := filepath.Glob(filepath.Join(sharedDir, "eval", "voa_*.txt"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	lines, _ := filepath.Glob(filepath.Join(sharedDir, "data", "voa", "*.jsonl"))
	for _, f := range lines {
		fh, err := os.Open(f)
		if err != nil {
			tb.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(nil, 1<<24)
		for sc.Scan() {
			var a struct{ Title, Text string }
			if json.Unmarshal(sc.Bytes(), &a) == nil && a.Text != "" {
				texts = append(texts, a.Title+"\n\n"+a.Text)
			}
		}
		fh.Close()
	}
	if len(texts) == 0 {
		tb.Skip("no English texts under " + sharedDir)
	}
	l := New()
	var docs []*doc.Document
	for _, t := range texts {
		docs = append(docs, segment.Text(t, l))
	}
	return docs
}

// proseTags tags words with prose's tagger.
func proseTags(pt unsafe.Pointer, words []string) []string {
	toks := make([]*prose.Token, len(words))
	for i, w := range words {
		toks[i] = &prose.Token{Text: w}
	}
	proseTag(pt, toks)
	tags := make([]string, len(words))
	for i, t := range toks {
		tags[i] = t.Tag
	}
	return tags
}

// sentenceWords returns the words of sentence s of d as the analyzer gives
// them to the tagger.
func sentenceWords(d *doc.Document, s int) []string {
	b := new(posBuf)
	b.addTokens(d, d.SentenceTokens(s))
	words := make([]string, len(b.words))
	for i := range b.words {
		words[i] = string(b.word(i))
	}
	return words
}

func TestPOSAgreesWithProse(t *testing.T) {
	docs := voaDocs(t)
	m, err := posTagger()
	if err != nil {
		t.Fatal(err)
	}
	pt := proseNewTagger()
	same, total, shown := 0, 0, 0
	for _, d := range docs {
		for s := range d.Sentences {
			words := sentenceWords(d, s)
			if len(words) == 0 {
				continue
			}
			want := proseTags(pt, words)
			got := m.tagWords(words)
			for i := range words {
				total++
				if got[i] == want[i] {
					same++
				} else if shown++; shown <= 20 {
					t.Logf("%q in %q: got %s, prose %s", words[i], strings.Join(words, " "), got[i], want[i])
				}
			}
		}
	}
	rate := float64(same) / float64(total)
	t.Logf("agreement with prose's tagger: %d of %d tokens (%.4f%%)", same, total, 100*rate)
	if rate < 0.99 {
		t.Errorf("agreement %.4f below 0.99", rate)
	}
}

// proseAnalyze is the analyzer Kronika had before its own tagger: prose
// tokenizes the sentence text itself and tags it; tags go to Kronika's
// tokens by position.
func proseAnalyze(m *prose.Model, d *doc.Document, toks []doc.Token) []string {
	base := toks[0].Start
	text := d.Text[base:toks[len(toks)-1].End]
	pd, err := prose.NewDocument(text, prose.WithSegmentation(false), prose.WithExtraction(false), prose.UsingModel(m))
	if err != nil {
		return nil
	}
	type placed struct {
		start, end int
		tag        string
	}
	var ps []placed
	cur := 0
	for _, pt := range pd.Tokens() {
		if pt.Text == "" {
			continue
		}
		k := strings.Index(text[cur:], pt.Text)
		if k < 0 || k > 40 {
			continue
		}
		ps = append(ps, placed{cur + k, cur + k + len(pt.Text), pt.Tag})
		cur += k + len(pt.Text)
	}
	tags := make([]string, len(toks))
	j := 0
	for i := range toks {
		s, e := toks[i].Start-base, toks[i].End-base
		for j < len(ps) && ps[j].end <= s {
			j++
		}
		if j < len(ps) && ps[j].start < e {
			tags[i] = ps[j].tag
		}
		if toks[i].Kind == doc.Punct && tags[i] != "" && text[ps[j].start:ps[j].end] != d.Text[toks[i].Start:toks[i].End] {
			tags[i] = ""
		}
		if tags[i] == "" {
			tags[i] = fallbackTag(&toks[i], d.Text[toks[i].Start:toks[i].End])
		}
	}
	return tags
}

func proseModel() *prose.Model {
	d, err := prose.NewDocument("a", prose.WithSegmentation(false), prose.WithExtraction(false))
	if err != nil {
		panic(err)
	}
	return d.Model
}

// TestPOSOldAnalyzer measures how often the analyzer's tags agree with
// those of the previous prose-based analyzer, whose own tokenization
// differs from Kronika's (contractions, quotes, abbreviations), and fails
// when the agreement drops below a floor a little under today's (96.5% of
// tags, 97.9% of UPOS when written): a sudden drop means the tagger broke.
func TestPOSOldAnalyzer(t *testing.T) {
	docs := voaDocs(t)
	pm := proseModel()
	same, sameUD, total := 0, 0, 0
	for _, d := range docs {
		for s := range d.Sentences {
			toks := d.SentenceTokens(s)
			if len(toks) == 0 {
				continue
			}
			old := proseAnalyze(pm, d, toks)
			Analyzer{}.Analyze(d, toks)
			for i := range toks {
				total++
				if toks[i].XPOS == old[i] {
					same++
				}
				if ud, _ := pennUD(old[i]); ud == toks[i].UPOS || ud == "VERB" && toks[i].UPOS == "AUX" {
					sameUD++
				}
			}
		}
	}
	t.Logf("same tag as the previous prose-based analyzer: %d of %d tokens (%.2f%%), same UPOS %d (%.2f%%)",
		same, total, 100*float64(same)/float64(total), sameUD, 100*float64(sameUD)/float64(total))
	if p := 100 * float64(same) / float64(total); p < 95.5 {
		t.Errorf("same tag for %.2f%% of tokens, floor 95.5%%", p)
	}
	if p := 100 * float64(sameUD) / float64(total); p < 97 {
		t.Errorf("same UPOS for %.2f%% of tokens, floor 97%%", p)
	}
}

func voaTokens(docs []*doc.Document) int {
	n := 0
	for _, d := range docs {
		n += len(d.Tokens)
	}
	return n
}

func BenchmarkAnalyzeVOA(b *testing.B) {
	docs := voaDocs(b)
	tagger()
	b.ResetTimer()
	for range b.N {
		for _, d := range docs {
			for s := range d.Sentences {
				if toks := d.SentenceTokens(s); len(toks) > 0 {
					Analyzer{}.Analyze(d, toks)
				}
			}
		}
	}
	b.ReportMetric(float64(b.N*voaTokens(docs))/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkAnalyzeVOAProse runs the previous prose-based analyzer (tags
// and then the same lemma rules) on the same text.
func BenchmarkAnalyzeVOAProse(b *testing.B) {
	docs := voaDocs(b)
	pm := proseModel()
	b.ResetTimer()
	for range b.N {
		for _, d := range docs {
			for s := range d.Sentences {
				toks := d.SentenceTokens(s)
				if len(toks) == 0 {
					continue
				}
				tags := proseAnalyze(pm, d, toks)
				for i := range toks {
					toks[i].XPOS = tags[i]
					toks[i].UPOS, toks[i].Feats = pennUD(tags[i])
					toks[i].Lemma = englishLemma(d.Text[toks[i].Start:toks[i].End], tags[i])
				}
			}
		}
	}
	b.ReportMetric(float64(b.N*voaTokens(docs))/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkProseLoad(b *testing.B) {
	for range b.N {
		proseNewTagger()
	}
}

func TestProseLoadTime(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	start := time.Now()
	proseNewTagger()
	prose := time.Since(start)
	start = time.Now()
	if _, err := loadPOSModel(posModelData); err != nil {
		t.Fatal(err)
	}
	t.Logf("model load: prose %v, Kronika %v", prose, time.Since(start))
}
