package pl

import (
	"bytes"
	"strings"
	"testing"

	"github.com/kronika/kronika/doc"
)

func TestTaggerAgreement(t *testing.T) {
	m := DefaultTagger()
	if m == nil {
		t.Fatal("no embedded tagger model")
	}
	tagger := Tagger{Model: m, TagOptions: DefaultTagOptions}
	tests := []tagCase{
		{"Umowę podpisano w Pjongjangu .", 2, "w", "prep:loc"},
		{"Umowę podpisano w Pjongjangu .", 3, "Pjongjang", "subst:sg:loc"},
		{"Rozmawiał z Rosją o pokoju .", 1, "z", "prep:inst"},
		{"Rozmawiał z Rosją o pokoju .", 2, "Rosja", "subst:sg:inst"},
		{"Rozmawiał z Rosją o pokoju .", 3, "o", "prep:loc"},
		{"Rozmawiał z Rosją o pokoju .", 4, "pokój", "subst:sg:loc"},
		{"To wsparcie dla rosyjskich sił .", 2, "dla", "prep:gen"},
		{"To wsparcie dla rosyjskich sił .", 4, "siła", "subst:pl:gen"},
		{"Kima odwiedził Putin .", 0, "", "subst:sg:"},
		{"Kima odwiedził Putin .", 2, "Putin", "subst:sg:nom:m1"},
		{"Wojska weszły na Ukrainę .", 2, "na", "prep:acc"},
		{"Spotkanie odbyło się na Ukrainie .", 3, "na", "prep:loc"},
		{"Przyjechał do nowej stolicy .", 2, "nowy", "adj:sg:gen:f"},
	}
	checkTags(t, tagger, tests)
	// "rosyjskich": genitive plural, whether adjective or noun.
	d := sentenceDoc("To wsparcie dla rosyjskich sił .")
	tagger.Analyze(d, d.Tokens)
	if m := ParseXPOS(d.Tokens[3].XPOS); m.Vals[Case] != "gen" || m.Vals[Number] != "pl" {
		t.Errorf("rosyjskich: %s, want genitive plural", d.Tokens[3].XPOS)
	}
	// "Kima" is the object: accusative or genitive, never the nominative.
	d = sentenceDoc("Miesiąc temu Kima odwiedził Putin .")
	tagger.Analyze(d, d.Tokens)
	if c := ParseXPOS(d.Tokens[2].XPOS).Vals[Case]; c != "acc" && c != "gen" {
		t.Errorf("Kima: %s, want acc or gen", d.Tokens[2].XPOS)
	}
}

func TestTaggerModelRoundTrip(t *testing.T) {
	m := DefaultTagger()
	if m == nil {
		t.Fatal("no embedded tagger model")
	}
	var b bytes.Buffer
	if err := m.Save(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b.Bytes(), taggerModelData) {
		t.Fatal("saving the embedded model does not give its bytes back")
	}
}

func TestTrainTaggerDeterministic(t *testing.T) {
	var docs []*doc.Document
	for _, s := range []string{"Rozmawiał z Rosją o pokoju .", "To wsparcie dla rosyjskich sił .", "Przyjechał do nowej stolicy ."} {
		d := sentenceDoc(s)
		d.Sentences = []doc.Sentence{{Span: doc.Span{Start: 0, End: len(s)}, FirstToken: 0, EndToken: len(d.Tokens)}}
		docs = append(docs, d)
	}
	var out [2]bytes.Buffer
	for i := range out {
		m, err := TrainTagger(docs, TaggerOptions{Iterations: 2})
		if err != nil {
			t.Fatal(err)
		}
		if err := m.Save(&out[i]); err != nil {
			t.Fatal(err)
		}
		if _, err := LoadTagger(out[i].Bytes()); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(out[0].Bytes(), out[1].Bytes()) {
		t.Error("two trainings on the same data differ")
	}
}

func FuzzLoadTagger(f *testing.F) {
	f.Add(taggerModelData)
	f.Add([]byte(taggerMagic))
	f.Add([]byte(taggerMagic + "\x02\x03<s>\x01a\x01\x00\x04\x00"))
	f.Add([]byte("garbage"))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := LoadTagger(data)
		if err != nil {
			return
		}
		// A model that loads must tag without panicking.
		d := sentenceDoc("Rozmawiał z Rosją o pokoju .")
		m.Tag(d, d.Tokens, DefaultTagOptions)
	})
}

func BenchmarkTagger(b *testing.B) {
	d := sentenceDoc("Miesiąc temu Kima odwiedził Putin , który podpisał umowę w Pjongjangu z rosyjskimi władzami .")
	Analyzer{}.Analyze(d, d.Tokens)
	b.ResetTimer()
	for b.Loop() {
		Analyzer{}.Analyze(d, d.Tokens)
	}
	b.ReportMetric(float64(b.N*len(d.Tokens))/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkContextFree(b *testing.B) {
	d := sentenceDoc("Miesiąc temu Kima odwiedził Putin , który podpisał umowę w Pjongjangu z rosyjskimi władzami .")
	ContextFreeAnalyzer{}.Analyze(d, d.Tokens)
	b.ResetTimer()
	for b.Loop() {
		ContextFreeAnalyzer{}.Analyze(d, d.Tokens)
	}
	b.ReportMetric(float64(b.N*len(d.Tokens))/b.Elapsed().Seconds(), "tokens/s")
}

// tagCase is one row of a tagging table: the word at index word of a
// sentence of space-separated tokens has the lemma ("" for any) and a
// tag that starts with xpos.
type tagCase struct {
	sentence string
	word     int
	lemma    string
	xpos     string // prefix of the chosen tag
}

// checkTags tags each sentence and reports the rows whose word has
// another lemma or tag.
func checkTags(t *testing.T, tagger Tagger, tests []tagCase) {
	t.Helper()
	for _, tt := range tests {
		d := sentenceDoc(tt.sentence)
		tagger.Analyze(d, d.Tokens)
		tok := d.Tokens[tt.word]
		if tt.lemma != "" && tok.Lemma != tt.lemma || !strings.HasPrefix(tok.XPOS, tt.xpos) {
			t.Errorf("%q word %d: got %s %s, want %s %s…", tt.sentence, tt.word, tok.Lemma, tok.XPOS, tt.lemma, tt.xpos)
		}
	}
}
