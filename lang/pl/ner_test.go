package pl

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/ner"
)

func TestEmbeddedNERModel(t *testing.T) {
	start := time.Now()
	m, err := ner.Load(bytes.NewReader(nerModelData))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("model: %d bytes, loaded in %v", len(nerModelData), time.Since(start))
	if got := strings.Join(m.Types(), " "); got != strings.Join(NERTypes, " ") {
		t.Errorf("model types %q, want %q", got, NERTypes)
	}
}

func TestDemonyms(t *testing.T) {
	for lemma, want := range map[string]string{"rosyjski": "RUS", "Rosjanin": "RUS", "północnokoreański": "PRK", "stół": ""} {
		if got := Demonym(lemma); got != want {
			t.Errorf("Demonym(%q) = %q, want %q", lemma, got, want)
		}
	}
	if _, err := parseDemonyms("polski POL\n"); err == nil {
		t.Error("a line without a tab was accepted")
	}
}

// sentence segments and analyses one sentence of text by hand: words at
// spaces, a final period apart.
func sentence(text string) (*doc.Document, []doc.Token) {
	d := &doc.Document{Text: text}
	for k := 0; k < len(text); {
		if text[k] == ' ' {
			k++
			continue
		}
		e := k
		for e < len(text) && text[e] != ' ' && text[e] != '.' && text[e] != ',' {
			e++
		}
		if e == k {
			e++
		}
		kind := doc.Word
		if strings.ContainsAny(text[k:e], ".,") {
			kind = doc.Punct
		}
		d.Tokens = append(d.Tokens, doc.Token{Span: doc.Span{Start: k, End: e}, Kind: kind, SpaceAfter: e < len(text) && text[e] == ' '})
		k = e
	}
	Analyzer{}.Analyze(d, d.Tokens)
	return d, d.Tokens
}

func TestRecognize(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string // "TYPE text"
	}{
		{"Władimir Putin odwiedził Koreę Północną.", []string{"PERSON Władimir Putin", "GPE Koreę Północną"}},
		{"Rosyjska delegacja rozmawiała z Rosjanami w Warszawie.", []string{"NORP Rosyjska", "NORP Rosjanami", "GPE Warszawie"}},
		{"Stół stoi w kuchni.", nil},
	} {
		d, toks := sentence(tc.text)
		var got []string
		for _, s := range Recognizer().Recognize(d, toks) {
			got = append(got, s.Type+" "+d.Text[toks[s.Start].Start:toks[s.End-1].End])
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestNameLemma(t *testing.T) {
	// Analyses as the dictionary gives them, set by hand so that the test
	// does not depend on the analyzer's choices.
	type w struct{ form, lemma, upos, feats string }
	for _, tc := range []struct {
		words []w
		want  string
	}{
		{[]w{{"Korei", "Korea", "PROPN", "Case=Gen|Gender=Fem|Number=Sing"}, {"Północnej", "północny", "ADJ", "Case=Dat|Gender=Fem|Number=Sing"}}, "Korea Północna"},
		{[]w{{"Federacją", "federacja", "NOUN", "Case=Ins|Gender=Fem|Number=Sing"}, {"Rosyjską", "rosyjski", "ADJ", "Case=Ins|Gender=Fem|Number=Sing"}}, "Federacja Rosyjska"},
		{[]w{{"Władimira", "Władimir", "PROPN", "Case=Gen|Gender=Masc|Number=Sing"}, {"Putina", "Putin", "PROPN", "Case=Gen|Gender=Masc|Number=Sing"}}, "Władimir Putin"},
		{[]w{{"Ministerstwa", "ministerstwo", "NOUN", "Case=Gen|Gender=Neut|Number=Sing"}, {"Spraw", "sprawa", "NOUN", "Case=Gen|Gender=Fem|Number=Plur"},
			{"Zagranicznych", "zagraniczny", "ADJ", "Case=Gen|Gender=Fem|Number=Plur"}}, "Ministerstwo Spraw Zagranicznych"},
		{[]w{{"Polskie", "polski", "ADJ", "Case=Nom|Gender=Neut|Number=Sing"}, {"Radio", "radio", "NOUN", "Case=Nom|Gender=Neut|Number=Sing"}}, "Polskie Radio"},
		{[]w{{"Kima", "kimać", "VERB", ""}, {"Dzong", "Dzong", "X", ""}}, ""},
	} {
		d := &doc.Document{}
		var toks []doc.Token
		for i, x := range tc.words {
			if i > 0 {
				d.Text += " "
			}
			toks = append(toks, doc.Token{Span: doc.Span{Start: len(d.Text), End: len(d.Text) + len(x.form)}, Kind: doc.Word,
				SpaceAfter: true, Lemma: x.lemma, UPOS: x.upos, Feats: x.feats})
			d.Text += x.form
		}
		if got := nameLemma(d, toks, ""); got != tc.want {
			t.Errorf("nameLemma(%q) = %q, want %q", d.Text, got, tc.want)
		}
	}
}

func BenchmarkRecognize(b *testing.B) {
	text := "Władimir Putin spotkał się w Pjongjangu z przywódcą Korei Północnej Kim Dzong Unem, a rosyjska delegacja rozmawiała z ministrem spraw zagranicznych o współpracy wojskowej."
	d, toks := sentence(text)
	r := Recognizer()
	r.Recognize(d, toks)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r.Recognize(d, toks)
	}
	b.ReportMetric(float64(b.N*len(toks))/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkAnalyzeRecognize(b *testing.B) {
	text := "Władimir Putin spotkał się w Pjongjangu z przywódcą Korei Północnej Kim Dzong Unem, a rosyjska delegacja rozmawiała z ministrem spraw zagranicznych o współpracy wojskowej."
	d, toks := sentence(text)
	r := Recognizer()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Analyzer{}.Analyze(d, toks)
		r.Recognize(d, toks)
	}
	b.ReportMetric(float64(b.N*len(toks))/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkLoadNERModel(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := ner.Load(bytes.NewReader(nerModelData)); err != nil {
			b.Fatal(err)
		}
	}
}
