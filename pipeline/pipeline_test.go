package pipeline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/ingest"
	"github.com/kronika/kronika/langid"
	"github.com/kronika/kronika/segment"
	"github.com/kronika/kronika/structure"
)

const seed = "../examples/000_5f52d39f760c215a.txt"

func TestProcessSeed(t *testing.T) {
	docs, errs := New().Extract(seed, nil)
	if len(errs) > 0 || len(docs) != 1 {
		t.Fatalf("docs %d, errs %v", len(docs), errs)
	}
	d := docs[0]
	if d.Lang != "pl" {
		t.Errorf("lang %q", d.Lang)
	}
	if len(d.Sentences) < 20 {
		t.Errorf("%d sentences", len(d.Sentences))
	}
	for _, tk := range d.Tokens {
		if d.InBoilerplate(tk.Span) {
			t.Errorf("token %q inside boilerplate", d.Form(tk.Span))
		}
	}
	for i, s := range d.Sentences {
		b := d.Blocks[s.Block]
		if !b.Content() || !b.Contains(s.Span) {
			t.Errorf("sentence %d %q outside its content block %+v", i, d.Form(s.Span), b)
		}
		for _, tk := range d.SentenceTokens(i) {
			if !s.Contains(tk.Span) {
				t.Errorf("token %q outside sentence %q", d.Form(tk.Span), d.Form(s.Span))
			}
		}
	}
}

func TestRunKeepsOrderAndReportsErrors(t *testing.T) {
	dir := t.TempDir()
	var inputs []string
	for i := 0; i < 20; i++ {
		name := filepath.Join(dir, string(rune('a'+i))+".txt")
		text := strings.Repeat("Zdanie numer "+string(rune('A'+i))+". ", i+1)
		if i == 7 {
			text = ""
		}
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, name)
	}
	var got []string
	New().Run(inputs, nil, 3, func(r Result) {
		got = append(got, r.Input)
		if r.Input == inputs[7] {
			if len(r.Errs) != 1 || len(r.Docs) != 0 {
				t.Errorf("empty input: docs %d errs %v", len(r.Docs), r.Errs)
			}
		} else if len(r.Errs) != 0 || len(r.Docs) != 1 {
			t.Errorf("%s: docs %d errs %v", r.Input, len(r.Docs), r.Errs)
		}
	})
	if strings.Join(got, "|") != strings.Join(inputs, "|") {
		t.Errorf("results out of order: %q", got)
	}
}

// slavicNER loads the Polish SlavicNER raw texts, skipping the benchmark
// when the shared data is absent.
func slavicNER(b *testing.B) (names []string, data [][]byte, total int64) {
	files, _ := filepath.Glob("../../shared/data/slavicner/raw/*/pl/*.txt")
	if len(files) == 0 {
		b.Skip("../shared/data/slavicner not present")
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		names = append(names, f)
		data = append(data, raw)
		total += int64(len(raw))
	}
	return names, data, total
}

// report adds documents/s and tokens/s to a benchmark whose every
// iteration handles the whole corpus.
func report(b *testing.B, docs, tokens int) {
	sec := b.Elapsed().Seconds()
	b.ReportMetric(float64(docs*b.N)/sec, "docs/s")
	b.ReportMetric(float64(tokens*b.N)/sec, "tokens/s")
}

// benchCorpus runs stage over every document of the SlavicNER Polish
// articles in each iteration and reports bytes, documents and tokens per
// second.
func benchCorpus(b *testing.B, stage func(d *doc.Document)) {
	names, data, total := slavicNER(b)
	b.SetBytes(total)
	b.ReportAllocs()
	tokens := 0
	for b.Loop() {
		tokens = 0
		for i, raw := range data {
			docs, _ := ingest.Read(names[i], raw)
			for _, d := range docs {
				stage(d)
				tokens += len(d.Tokens)
			}
		}
	}
	report(b, len(data), tokens)
}

// BenchmarkReadSegment measures reading (charset, format, header and
// title), language identification, structure and segmentation over the
// SlavicNER Polish articles; each iteration is the whole corpus.
func BenchmarkReadSegment(b *testing.B) {
	p := New()
	benchCorpus(b, func(d *doc.Document) {
		d.Lang = langid.Detect(contentSample(d))
		l := p.Language(d.Lang)
		structure.Build(d, l)
		segment.Segment(d, l)
	})
}

// BenchmarkProcess measures everything extract does to the SlavicNER
// Polish articles but the file reads and JSON writing.
func BenchmarkProcess(b *testing.B) {
	p := New()
	benchCorpus(b, func(d *doc.Document) {
		if err := p.Process(d); err != nil {
			b.Fatal(err)
		}
	})
}

// BenchmarkProcessSeed runs the whole pipeline on the bundled article.
func BenchmarkProcessSeed(b *testing.B) {
	raw, err := os.ReadFile(seed)
	if err != nil {
		b.Fatal(err)
	}
	p := New()
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	var d *doc.Document
	for b.Loop() {
		docs, _ := ingest.Read(seed, raw)
		d = docs[0]
		if err := p.Process(d); err != nil {
			b.Fatal(err)
		}
	}
	report(b, 1, len(d.Tokens))
}
