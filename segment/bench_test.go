package segment

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/kronika/kronika/doc"
)

// benchDocs segments texts as documents of paragraph blocks and reports
// bytes and tokens per second, in three ways: "fresh" makes a new document
// for each text, as the pipeline does; "reuse" recycles the token and
// sentence slices, which leaves the segmenter's own cost; "baseline" only
// counts the white-space separated words of the texts, a lower bound for
// any single pass over the bytes, to compare against on a busy machine.
func benchDocs(b *testing.B, texts []string) {
	l := loadLang(b, "pl")
	blocks := make([][]doc.Block, len(texts))
	size, tokens := 0, 0
	for i, t := range texts {
		blocks[i] = Paragraphs(t)
		size += len(t)
		d := &doc.Document{Text: t, Blocks: blocks[i]}
		Segment(d, l)
		tokens += len(d.Tokens)
	}
	report := func(b *testing.B) {
		b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	}
	b.Run("fresh", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			for i, t := range texts {
				d := &doc.Document{Text: t, Blocks: blocks[i]}
				Segment(d, l)
			}
		}
		report(b)
	})
	b.Run("reuse", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		d := &doc.Document{}
		for b.Loop() {
			for i, t := range texts {
				d.Text, d.Blocks = t, blocks[i]
				d.Tokens, d.Sentences = d.Tokens[:0], d.Sentences[:0]
				Segment(d, l)
			}
		}
		report(b)
	})
	b.Run("baseline", func(b *testing.B) {
		b.SetBytes(int64(size))
		n := 0
		for b.Loop() {
			for _, t := range texts {
				n += countFields(t)
			}
		}
		report(b)
		if n == 0 {
			b.Fatal("no words")
		}
	})
}

// countFields counts the runs of bytes other than ASCII white space.
func countFields(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// BenchmarkSegment segments the example article bundled with the project.
func BenchmarkSegment(b *testing.B) {
	data, err := os.ReadFile("../examples/000_5f52d39f760c215a.txt")
	if err != nil {
		b.Fatal(err)
	}
	benchDocs(b, []string{string(data)})
}

// BenchmarkSegmentSlavicNER segments the Polish SlavicNER news texts
// (about 2 MB), which live outside the project.
func BenchmarkSegmentSlavicNER(b *testing.B) {
	files, _ := filepath.Glob("../../shared/data/slavicner/raw/*/pl/*.txt")
	if len(files) == 0 {
		b.Skip("SlavicNER texts absent (../../shared/data/slavicner/raw)")
	}
	texts := make([]string, 0, len(files))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	benchDocs(b, texts)
}
