package events_test

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/events"
	"github.com/kronika/kronika/pipeline"
)

// BenchmarkAnnotateEnglish is the cost of the events stage alone on the
// first 50 VOA stories of ../shared, reported per document.
func BenchmarkAnnotateEnglish(b *testing.B) {
	f, err := os.Open("../../shared/data/voa/voa_stories.jsonl")
	if err != nil {
		b.Skip(err)
	}
	defer f.Close()
	p := pipeline.New()
	p.Until = "quotes"
	var docs []*doc.Document
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() && len(docs) < 50 {
		var s struct{ Title, Text, Published string }
		if err := json.Unmarshal(sc.Bytes(), &s); err != nil {
			b.Fatal(err)
		}
		if len(s.Published) < 10 {
			continue
		}
		d := &doc.Document{Text: s.Title + "\n\n" + s.Text, Lang: "en", Date: s.Published[:10]}
		if err := p.Process(d); err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
	}
	if len(docs) == 0 {
		b.Fatal("no VOA stories read")
	}
	l := p.Language("en")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			events.Annotate(d, l)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(docs)), "ns/doc")
}
