package places_test

import (
	"os"
	"testing"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/pipeline"
	"github.com/kronika/kronika/places"
)

// BenchmarkAnnotate is the cost of the places stage on a real article
// (the bundled example), reported per GPE/LOC mention: resolving every
// place entity and locating every event.
func BenchmarkAnnotate(b *testing.B) {
	text, err := os.ReadFile("../examples/000_5f52d39f760c215a.txt")
	if err != nil {
		b.Skip(err)
	}
	p := pipeline.New()
	p.Until = "events"
	d := &doc.Document{Text: string(text), Lang: "pl", Date: "2024-07-20"}
	if err := p.Process(d); err != nil {
		b.Fatal(err)
	}
	l := p.Language("pl")
	mentions := 0
	for _, e := range d.Entities {
		if e.Type == "GPE" || e.Type == "LOC" {
			mentions += len(e.Mentions)
		}
	}
	if mentions == 0 {
		b.Fatal("no place mentions in the example")
	}
	places.Default()
	ents := append([]doc.Entity(nil), d.Entities...)
	evs := append([]doc.Event(nil), d.Events...)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		copy(d.Entities, ents)
		copy(d.Events, evs)
		places.Annotate(d, l)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*mentions), "ns/mention")
}
