package timex

import (
	"os"
	"strings"
	"testing"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
	"github.com/kronika/kronika/segment"
	"github.com/kronika/kronika/structure"
)

func TestEventDate(t *testing.T) {
	for _, c := range []struct{ value, typ, want string }{
		{"2024-06-19", "DATE", "2024-06-19"},
		{"2024-06", "DATE", "2024-06"},
		{"2024", "DATE", "2024"},
		{"2024-W25", "DATE", "2024-06"},
		{"2025-W01", "DATE", "2025-01"},
		{"2020-W53", "DATE", "2020-12"},
		{"2024-W25-WE", "DATE", "2024-06"},
		{"2024-SU", "DATE", "2024"},
		{"2024-Q1", "DATE", "2024"},
		{"2024-05-17/2024-05-18", "DATE", "2024-05"},
		{"2024-05-31/2024-06-01", "DATE", "2024"},
		{"2000/2001", "DATE", ""},
		{"199", "DATE", ""},
		{"20", "DATE", ""},
		{"XXXX-06", "DATE", ""},
		{"XXXX-WXX-4", "DATE", ""},
		{"PAST_REF", "DATE", ""},
		{"PT2H", "DURATION", ""},
	} {
		if got := EventDate(doc.Time{Value: c.value, Type: c.typ}); got != c.want {
			t.Errorf("EventDate(%q) = %q, want %q", c.value, got, c.want)
		}
	}
}

func TestAnchor(t *testing.T) {
	for _, c := range []struct {
		date, text, want string
	}{
		{"2024-07-01T10:00:00Z", "Wczoraj padał deszcz.", "Wczoraj=2024-06-30"},
		{"2024-13", "Wczoraj padał deszcz.", "Wczoraj=2024"},
		{"2024-02-30", "Wczoraj padał deszcz.", "Wczoraj=2024-02"},
		{"abcd", "Wczoraj padał deszcz.", "Wczoraj=PAST_REF"},
		{"2024-03-01", "Trzy dni temu padał deszcz.", "Trzy dni temu=2024-02-27"},
		{"2024-01-01", "W ubiegłym tygodniu padał deszcz.", "ubiegłym tygodniu=2023-W52"},
		{"2021-01-03", "W przyszłym tygodniu będzie padać.", "przyszłym tygodniu=2021-W01"},
	} {
		if got := show(annotate(t, "pl", c.date, c.text)); got != c.want {
			t.Errorf("[%s] %q: got %q, want %q", c.date, c.text, got, c.want)
		}
	}
}

// TestContentOnly checks that the header marker and boilerplate blocks
// yield no times, even when a segmenter has split them into sentences.
func TestContentOnly(t *testing.T) {
	l := testLang(t, "pl")
	text := " date 2024-07 Wczoraj minister przyjechał do Rygi.\n\nCzytaj też:\n\nW czwartek Kim spotkał się z Putinem 19 czerwca 2024 r."
	d := &doc.Document{Text: text, Date: "2024-07-15", Lang: "pl"}
	d.Blocks = []doc.Block{{Span: doc.Span{Start: 0, End: 13}, Kind: doc.Header}}
	structure.Build(d, l)
	segment.Segment(d, l)
	for i, b := range d.Blocks {
		if b.Kind == doc.Header || b.Kind == doc.Boilerplate {
			segment.Span(d, l, b.Span, i)
		}
	}
	// Make sure the last paragraph is boilerplate whatever the rules say.
	last := strings.Index(text, "Czytaj")
	d.Blocks = append(d.Blocks, doc.Block{Span: doc.Span{Start: last, End: len(text)}, Kind: doc.Boilerplate, Why: "related"})
	Annotate(d, l)
	checkSpans(t, d)
	if got, want := show(d), "Wczoraj=2024-07-14"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestNoLexicon(t *testing.T) {
	d := segment.Text("Wczoraj padał deszcz.", nil)
	d.Date = "2024-07-01"
	Annotate(d, nil)
	Annotate(d, &lang.Language{Code: "xx"})
	if len(d.Times) != 0 {
		t.Errorf("times without a lexicon: %+v", d.Times)
	}
}

// FuzzTimex runs the annotator over any paragraph: it must not panic, and
// every time must lie in a content sentence on character boundaries.
func FuzzTimex(f *testing.F) {
	for _, c := range polishCases[:40] {
		f.Add(c.date, c.text, true)
	}
	for _, c := range englishCases[:40] {
		f.Add(c.date, c.text, false)
	}
	f.Add("2024-06", "19.06.2024 r. 2024-06-19 06/19/2024 31.02.2024 99.99.9999 mid-2025 mid-October XXI wieku 1990s lat 90. 17-18 maja", true)
	f.Add("", "– ... „ ” 2024-- -2024 r. r. roku roku 1961 i i 2001 – 2000", true)
	f.Add("2024-07-14", "8 i 9 lipca, w weekend, 30 i 31 grudnia i 1 a 2 lutego; ma odwiedzić w sobotę", true)
	f.Add("2024-07", "July 8 and 9 and 31, over the weekend, at the weekend, is set to visit on Friday", false)
	f.Fuzz(func(t *testing.T, date, text string, pl bool) {
		code := "en"
		if pl {
			code = "pl"
		}
		d := annotate(t, code, date, text)
		checkSpans(t, d)
		for _, tm := range d.Times {
			if tm.Value == "" {
				t.Fatalf("empty value: %+v", tm)
			}
			EventDate(tm)
		}
	})
}

func seedDoc(b *testing.B) (*doc.Document, *lang.Language) {
	data, err := os.ReadFile("../examples/000_5f52d39f760c215a.txt")
	if err != nil {
		b.Skip("no seed:", err)
	}
	text := string(data)
	l := testLang(b, "pl")
	d := &doc.Document{Text: text, Date: "2024-07", Lang: "pl"}
	if strings.HasPrefix(text, " date ") {
		d.Blocks = []doc.Block{{Span: doc.Span{Start: 0, End: len(" date 2024-07")}, Kind: doc.Header}}
	}
	structure.Build(d, l)
	segment.Segment(d, l)
	return d, l
}

// BenchmarkAnnotate measures the annotator alone over the bundled seed
// article (about 400 tokens), already segmented.
func BenchmarkAnnotate(b *testing.B) {
	d, l := seedDoc(b)
	b.ReportAllocs()
	b.SetBytes(int64(len(d.Text)))
	for b.Loop() {
		d.Times = d.Times[:0]
		Annotate(d, l)
	}
	if len(d.Times) == 0 {
		b.Fatal("no times in the seed")
	}
}

// BenchmarkSegmentBaseline segments the same seed: the baseline the
// annotator's cost is compared with in the same run (the machine the
// benchmarks run on is shared, so ratios are steadier than times).
func BenchmarkSegmentBaseline(b *testing.B) {
	d, l := seedDoc(b)
	blocks := d.Blocks
	b.ReportAllocs()
	b.SetBytes(int64(len(d.Text)))
	for b.Loop() {
		d.Tokens, d.Sentences = d.Tokens[:0], d.Sentences[:0]
		d.Blocks = blocks
		segment.Segment(d, l)
	}
}

// TestNameLemmaNoMonth: a name's lemma is not looked up as a time word:
// "Mają" ("they have") tagged as the name "Maja" is no "maja" (of May).
func TestNameLemmaNoMonth(t *testing.T) {
	l := testLang(t, "pl")
	d := segment.Text("Mają 21 dni na wyjaśnienia.", l)
	d.Date = "2018-05-20"
	for i := range d.Tokens {
		if f := d.Form(d.Tokens[i].Span); f == "Mają" {
			d.Tokens[i].Lemma, d.Tokens[i].UPOS = "Maja", "PROPN"
		}
	}
	Annotate(d, l)
	for _, tm := range d.Times {
		if tm.Type == "DATE" {
			t.Errorf("date %q=%s from a name's lemma", d.Text[tm.Start:tm.End], tm.Value)
		}
	}
}
