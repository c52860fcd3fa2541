package boiler

import (
	"math/rand/v2"
	"testing"

	"github.com/kronika/kronika/doc"
)

// TestOverlapsAgreesWithDocument compares the index with
// doc.Document.InBoilerplate on random blocks and spans.
func TestOverlapsAgreesWithDocument(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 200; n++ {
		d := &doc.Document{}
		for range r.IntN(8) {
			s := r.IntN(100)
			kind := doc.Paragraph
			if r.IntN(2) == 0 {
				kind = doc.Boilerplate
			}
			d.Blocks = append(d.Blocks, doc.Block{Span: doc.Span{Start: s, End: s + r.IntN(30)}, Kind: kind})
		}
		ix := New(d)
		for range 50 {
			s := r.IntN(120)
			sp := doc.Span{Start: s, End: s + r.IntN(20)}
			if got, want := ix.Overlaps(sp), d.InBoilerplate(sp); got != want {
				t.Fatalf("blocks %+v, span %+v: index %v, document %v", d.Blocks, sp, got, want)
			}
		}
	}
}
