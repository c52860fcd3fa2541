package pipeline

import (
	"testing"
	"time"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/ingest"
)

// BenchmarkStage times one stage at a time over the SlavicNER Polish
// articles, each prepared once by the stages before it: the stages that
// can run again over their own output (morphology tags its tokens anew,
// the chunker replaces its phrases). Each iteration is the whole corpus;
// allocs/op are the stage's own.
//
//	go test ./pipeline -run XXX -bench Stage -benchmem
func BenchmarkStage(b *testing.B) {
	for _, name := range []string{"morphology", "phrases"} {
		b.Run(name, func(b *testing.B) {
			k, err := StageIndex(name)
			if err != nil || k == 0 {
				b.Fatalf("stage %q: %v", name, err)
			}
			p, docs, tokens := prepared(b, Stages[k-1].Name)
			st := Stages[k]
			b.ReportAllocs()
			cpu := cpuTime()
			for b.Loop() {
				for _, d := range docs {
					if err := st.Run(p, d, p.Language(d.Lang)); err != nil {
						b.Fatal(err)
					}
				}
			}
			report(b, len(docs), tokens)
			reportCPU(b, cpu)
		})
	}
}

// prepared returns the SlavicNER Polish articles processed up to and
// including the stage until, the pipeline that did it, and their tokens.
func prepared(b *testing.B, until string) (*Pipeline, []*doc.Document, int) {
	names, data, _ := slavicNER(b)
	p := New()
	p.Until = until
	var docs []*doc.Document
	tokens := 0
	for i, raw := range data {
		ds, _ := ingest.Read(names[i], raw)
		for _, d := range ds {
			if err := p.Process(d); err != nil {
				b.Fatal(err)
			}
			docs = append(docs, d)
			tokens += len(d.Tokens)
		}
	}
	return p, docs, tokens
}

// BenchmarkRecognizer times the language's name recogniser alone (the
// model's scores and decoding and the name rules) over every sentence of
// the SlavicNER Polish articles, tagged once by the stages before
// entities. The recogniser's per-token cache is warm after the first
// iteration, as in a long run.
//
//	go test ./pipeline -run XXX -bench Recognizer -benchmem
func BenchmarkRecognizer(b *testing.B) {
	p, docs, tokens := prepared(b, "morphology")
	b.ReportAllocs()
	spans := 0
	cpu := cpuTime()
	for b.Loop() {
		spans = 0
		for _, d := range docs {
			l := p.Language(d.Lang)
			if l == nil || l.NER == nil {
				continue
			}
			for _, s := range d.Sentences {
				if s.FirstToken < 0 || s.EndToken > len(d.Tokens) || s.FirstToken >= s.EndToken {
					continue
				}
				spans += len(l.NER.Recognize(d, d.Tokens[s.FirstToken:s.EndToken]))
			}
		}
	}
	if spans == 0 {
		b.Fatal("no names recognised in the corpus")
	}
	report(b, len(docs), tokens)
	reportCPU(b, cpu)
}

// reportCPU adds the process's CPU time per iteration since start (user
// and system, all threads: the collector's work included), when the
// system tells it.
func reportCPU(b *testing.B, start time.Duration) {
	if end := cpuTime(); start > 0 && end > start {
		b.ReportMetric(float64(end-start)/float64(b.N), "cpu-ns/op")
	}
}
