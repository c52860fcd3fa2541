package en

import (
	"strings"
	"testing"
	"time"

	"github.com/kronika/kronika/doc"
)

// sentence splits text into tokens at spaces, with final punctuation and
// possessive-free commas apart.
func sentence(text string) (*doc.Document, []doc.Token) {
	d := &doc.Document{Text: text}
	for k := 0; k < len(text); {
		if text[k] == ' ' {
			k++
			continue
		}
		e := k
		for e < len(text) && text[e] != ' ' && text[e] != ',' && !(text[e] == '.' && (e+1 == len(text) || text[e+1] == ' ') && !strings.Contains(text[k:e], ".")) {
			e++
		}
		if e == k {
			e++
		}
		kind := doc.Word
		if strings.ContainsAny(text[k:e], ".,") && e-k == 1 {
			kind = doc.Punct
		}
		d.Tokens = append(d.Tokens, doc.Token{Span: doc.Span{Start: k, End: e}, Kind: kind, SpaceAfter: e < len(text) && text[e] == ' '})
		k = e
	}
	return d, d.Tokens
}

func TestRecognize(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string // "TYPE text"
	}{
		{"Turkish Foreign Minister Mevlut Cavusoglu met Russian officials in Ankara.",
			[]string{"NORP Turkish", "PERSON Mevlut Cavusoglu", "NORP Russian", "GPE Ankara"}},
		{"U.S. President Donald Trump spoke to the Senate on Monday.",
			[]string{"GPE U.S.", "PERSON Donald Trump", "ORG Senate"}},
		{"The Constitutional Court of Bosnia and Herzegovina ruled against Milorad Dodik.",
			[]string{"ORG Constitutional Court of Bosnia and Herzegovina", "PERSON Milorad Dodik"}},
		{"Iraqi Prime Minister Mohammed Shia al-Sudani thanked the International Atomic Energy Agency.",
			[]string{"NORP Iraqi", "PERSON Mohammed Shia al-Sudani", "ORG International Atomic Energy Agency"}},
		{"Militants attacked a checkpoint in Quetta, officials said.", []string{"GPE Quetta"}},
		{"However, the Washington-led talks stalled.", nil},
		{"He said the NATO summit was held in the Middle East.", []string{"ORG NATO", "LOC Middle East"}},
	} {
		d, toks := sentence(tc.text)
		var got []string
		for _, s := range Recognizer().Recognize(d, toks) {
			got = append(got, s.Type+" "+d.Text[toks[s.Start].Start:toks[s.End-1].End])
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q:\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
}

func TestHeadline(t *testing.T) {
	d, toks := sentence("Turkey Threatens US With Retaliation Over Russian Missile Sanctions")
	var got []string
	for _, s := range Recognizer().Recognize(d, toks) {
		got = append(got, s.Type+" "+d.Text[toks[s.Start].Start:toks[s.End-1].End])
	}
	if want := "GPE Turkey|GPE US|NORP Russian"; strings.Join(got, "|") != want {
		t.Errorf("headline: %q, want %q", got, want)
	}
}

func TestNameLemma(t *testing.T) {
	d, toks := sentence("Trump's aides")
	if got := nameLemma(d, toks[:1], "PERSON"); got != "Trump" {
		t.Errorf("nameLemma = %q", got)
	}
}

func BenchmarkRecognize(b *testing.B) {
	d, toks := sentence("Turkish Foreign Minister Mevlut Cavusoglu said on Wednesday that Ankara would retaliate if the U.S. Senate imposed sanctions over the purchase of Russian missiles.")
	r := Recognizer()
	r.Recognize(d, toks)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r.Recognize(d, toks)
	}
	b.ReportMetric(float64(b.N*len(toks))/b.Elapsed().Seconds(), "tokens/s")
}

func TestAnalyze(t *testing.T) {
	start := time.Now()
	tagger()
	t.Logf("part-of-speech model loaded in %v", time.Since(start))
	d, toks := sentence("The ministers said Turkey's leaders were making bigger plans and stopped the talks.")
	Analyzer{}.Analyze(d, toks)
	var got []string
	for _, tk := range toks {
		got = append(got, tk.Lemma+"/"+tk.UPOS)
	}
	want := "the/DET minister/NOUN say/VERB Turkey/PROPN leader/NOUN be/AUX make/VERB big/ADJ plan/NOUN and/CCONJ stop/VERB the/DET talk/NOUN ./PUNCT"
	if strings.Join(got, " ") != want {
		t.Errorf("analysis:\n got %s\nwant %s", strings.Join(got, " "), want)
	}
	for form, want := range map[string][2]string{
		"cities": {"NNS", "city"}, "boxes": {"NNS", "box"}, "children": {"NNS", "child"}, "used": {"VBD", "use"},
		"went": {"VBD", "go"}, "tried": {"VBD", "try"}, "running": {"VBG", "run"}, "Russian": {"JJ", "Russian"},
		"left": {"JJ", "left"}, "leaves": {"VBZ", "leave"}, "is": {"VBZ", "be"},
	} {
		if got := englishLemma(form, want[0]); got != want[1] {
			t.Errorf("englishLemma(%q, %s) = %q, want %q", form, want[0], got, want[1])
		}
	}
}

func BenchmarkAnalyzeRecognize(b *testing.B) {
	d, toks := sentence("Turkish Foreign Minister Mevlut Cavusoglu said on Wednesday that Ankara would retaliate if the U.S. Senate imposed sanctions over the purchase of Russian missiles.")
	Analyzer{}.Analyze(d, toks)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Analyzer{}.Analyze(d, toks)
		Recognizer().Recognize(d, toks)
	}
	b.ReportMetric(float64(b.N*len(toks))/b.Elapsed().Seconds(), "tokens/s")
}
