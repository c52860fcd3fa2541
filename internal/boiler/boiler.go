// Package boiler answers doc.Document.InBoilerplate for many spans of one
// document in logarithmic rather than linear time each: the stages ask it
// once per sentence, and a scan of every block per sentence makes a long
// document's time grow with its square.
package boiler

import (
	"sort"

	"github.com/kronika/kronika/doc"
)

// Index holds a document's boilerplate blocks. The zero Index holds none.
type Index struct {
	spans []doc.Span // by start
	ends  []int      // ends[i]: the largest end among spans[:i+1]
}

// New indexes the boilerplate blocks of d as they are now.
func New(d *doc.Document) *Index {
	ix := &Index{}
	for _, b := range d.Blocks {
		if b.Kind == doc.Boilerplate {
			ix.spans = append(ix.spans, b.Span)
		}
	}
	sort.Slice(ix.spans, func(i, j int) bool { return ix.spans[i].Start < ix.spans[j].Start })
	ix.ends = make([]int, len(ix.spans))
	for i, s := range ix.spans {
		ix.ends[i] = s.End
		if i > 0 {
			ix.ends[i] = max(ix.ends[i], ix.ends[i-1])
		}
	}
	return ix
}

// Overlaps reports what d.InBoilerplate(s) reports: whether s overlaps a
// boilerplate block.
func (ix *Index) Overlaps(s doc.Span) bool {
	// The blocks starting before s ends; one of them overlaps s when the
	// furthest-reaching of them ends after s starts.
	i := sort.Search(len(ix.spans), func(i int) bool { return ix.spans[i].Start >= s.End }) - 1
	return i >= 0 && ix.ends[i] > s.Start
}
