package pipeline

import (
	"testing"

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
			names, data, _ := slavicNER(b)
			k, err := StageIndex(name)
			if err != nil || k == 0 {
				b.Fatalf("stage %q: %v", name, err)
			}
			p := New()
			p.Until = Stages[k-1].Name
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
			st := Stages[k]
			b.ReportAllocs()
			for b.Loop() {
				for _, d := range docs {
					if err := st.Run(p, d, p.Language(d.Lang)); err != nil {
						b.Fatal(err)
					}
				}
			}
			report(b, len(docs), tokens)
		})
	}
}
