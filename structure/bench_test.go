package structure

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/ingest"
	"github.com/kronika/kronika/lang/pl"
)

// BenchmarkBuild finds the blocks and boilerplate of the SlavicNER Polish
// articles; each iteration is the whole corpus.
//
//	go test ./structure -run XXX -bench Build -benchmem
func BenchmarkBuild(b *testing.B) {
	files, _ := filepath.Glob("../../shared/data/slavicner/raw/*/pl/*.txt")
	if len(files) == 0 {
		b.Skip("../shared/data/slavicner not present")
	}
	var docs []*doc.Document
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		ds, _ := ingest.Read(f, raw)
		docs = append(docs, ds...)
	}
	polish := pl.New()
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			given := d.Blocks
			Build(d, polish)
			d.Blocks = given
		}
	}
	b.ReportMetric(float64(len(docs)*b.N)/b.Elapsed().Seconds(), "docs/s")
}
