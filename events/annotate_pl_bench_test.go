package events_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/events"
	"github.com/kronika/kronika/ingest"
	"github.com/kronika/kronika/pipeline"
)

// BenchmarkAnnotatePolish is the cost of the events stage alone on the
// SlavicNER Polish articles of the tuning topics (asia_bibi,
// nord_stream) in ../shared, reported per document.
//
//	go test ./events -run XXX -bench AnnotatePolish -benchmem
func BenchmarkAnnotatePolish(b *testing.B) {
	var files []string
	for _, topic := range []string{"asia_bibi", "nord_stream"} {
		fs, _ := filepath.Glob("../../shared/data/slavicner/raw/" + topic + "/pl/*.txt")
		files = append(files, fs...)
	}
	if len(files) == 0 {
		b.Skip("../shared/data/slavicner not present")
	}
	p := pipeline.New()
	p.Until = "quotes"
	var docs []*doc.Document
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		ds, errs := ingest.Read(f, raw)
		if len(errs) > 0 {
			b.Fatal(errs[0])
		}
		for _, d := range ds {
			if err := p.Process(d); err != nil {
				b.Fatal(err)
			}
			docs = append(docs, d)
		}
	}
	l := p.Language("pl")
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			events.Annotate(d, l)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(docs)), "ns/doc")
}
