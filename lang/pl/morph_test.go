package pl

import (
	"strings"
	"sync"
	"testing"

	"github.com/kronika/kronika/doc"
)

// sentenceDoc builds a document of one sentence of space-separated tokens.
func sentenceDoc(text string) *doc.Document {
	d := &doc.Document{Text: text}
	pos := 0
	for _, f := range strings.Fields(text) {
		i := strings.Index(text[pos:], f) + pos
		d.Tokens = append(d.Tokens, doc.Token{Span: doc.Span{Start: i, End: i + len(f)}, SpaceAfter: true})
		pos = i + len(f)
	}
	return d
}

// caseTest is a sentence of space-separated tokens, the index of one of
// its tokens and a case that token's tag must hold.
type caseTest struct {
	sentence string
	word     int // index of the token checked
	cas      string
}

// checkCases tags each sentence with the default analyzer and reports
// every checked token whose tag lacks its case; with atEnd a case that
// ends the tag ("prep:gen", "siebie:acc") counts too.
func checkCases(t *testing.T, tests []caseTest, atEnd bool) {
	t.Helper()
	for _, tt := range tests {
		d := sentenceDoc(tt.sentence)
		Analyzer{}.Analyze(d, d.Tokens)
		tok := d.Tokens[tt.word]
		tag := tok.XPOS
		if atEnd {
			tag += ":"
		}
		if !strings.Contains(tag, ":"+tt.cas+":") {
			t.Errorf("%q word %d %q: %s, want %s", tt.sentence, tt.word, d.Form(tok.Span), tok.XPOS, tt.cas)
		}
	}
}

func TestAnalyzerSentence(t *testing.T) {
	d := sentenceDoc("Miesiąc temu Kima odwiedził Putin , który podpisał umowę w Pjongjangu .")
	Analyzer{}.Analyze(d, d.Tokens)
	want := []struct{ lemma, upos string }{
		{"miesiąc", "NOUN"}, {"temu", "ADP"}, {"", ""}, {"odwiedzić", "VERB"}, {"Putin", "PROPN"},
		{",", "PUNCT"}, {"który", "DET"}, {"podpisać", "VERB"}, {"umowa", "NOUN"}, {"w", "ADP"},
		{"Pjongjang", "PROPN"}, {".", "PUNCT"},
	}
	for i, w := range want {
		tok := d.Tokens[i]
		if tok.XPOS == "" || tok.UPOS == "" || tok.Lemma == "" {
			t.Errorf("token %d %q not analysed: %+v", i, d.Form(tok.Span), tok)
		}
		if w.lemma != "" && (tok.Lemma != w.lemma || tok.UPOS != w.upos) {
			t.Errorf("token %d %q: got %s %s, want %s %s", i, d.Form(tok.Span), tok.Lemma, tok.UPOS, w.lemma, w.upos)
		}
	}
	if f := d.Tokens[4].Feats; !strings.Contains(f, "Case=Nom") {
		t.Errorf("Putin: feats %q", f)
	}
}

func BenchmarkAnalyzer(b *testing.B) {
	d := sentenceDoc("Miesiąc temu Kima odwiedził Putin , który podpisał z nim umowę o strategicznym partnerstwie . " +
		"Rosyjska delegacja przyleciała do Pjongjangu we wtorek ; ministrowie rozmawiali o współpracy wojskowej .")
	Analyzer{}.Analyze(d, d.Tokens)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Analyzer{}.Analyze(d, d.Tokens)
	}
	b.ReportMetric(float64(b.N*len(d.Tokens))/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkAnalyzeUncached measures the analysis of forms not yet cached.
func BenchmarkAnalyzeUncached(b *testing.B) {
	words := strings.Fields("Miesiąc temu Kima odwiedził Putin , który podpisał z nim umowę o strategicznym partnerstwie . " +
		"Rosyjska delegacja przyleciała do Pjongjangu we wtorek ; ministrowie rozmawiali o współpracy wojskowej .")
	Analyze(words[0], true)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j, w := range words {
			as := analyzeAfter(w, j == 0, "", false)
			as[0].UD()
		}
	}
	b.ReportMetric(float64(b.N*len(words))/b.Elapsed().Seconds(), "tokens/s")
}

// TestConcurrentAnalyze runs the analyzer and the name lemmatizer from
// several goroutines (run with -race).
func TestConcurrentAnalyze(t *testing.T) {
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			d := sentenceDoc("Kima odwiedził Putin w Pjongjangu , a Federacja Rosyjska podpisała umowę z Koreą Północną .")
			Analyzer{}.Analyze(d, d.Tokens)
			LemmatizeName([]string{"Władimira", "Putina"})
		}()
	}
	wg.Wait()
}

// TestConditionalAfterPast: a conditional shares its XPOS with the past
// form ("zrobiłaby", "zrobiła": praet:sg:f:perf), so the features cached
// for the one must not be given to the other; the analysis of a word may
// not depend on the words the process met before it.
func TestConditionalAfterPast(t *testing.T) {
	for _, text := range []string{"Ona zrobiła to .", "Ona zgodziła się .", "Ona zgodziłaby się ."} {
		d := sentenceDoc(text)
		Analyzer{}.Analyze(d, d.Tokens)
	}
	for _, c := range []struct{ text, mood string }{
		{"Polska nie zgodziłaby się na taki plan .", "Mood=Cnd"},
		{"Polska nie zgodziła się na taki plan .", "Mood=Ind"},
		{"Oni zrobiliby to sami .", "Mood=Cnd"},
	} {
		d := sentenceDoc(c.text)
		Analyzer{}.Analyze(d, d.Tokens)
		for _, tok := range d.Tokens {
			if tok.UPOS == "VERB" && !strings.Contains(tok.Feats, c.mood) {
				t.Errorf("%q: %q has %q, want %s", c.text, d.Form(tok.Span), tok.Feats, c.mood)
			}
		}
	}
}
