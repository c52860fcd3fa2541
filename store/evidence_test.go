package store

import (
	"testing"

	"github.com/kronika/kronika/doc"
)

// TestEvidenceSentences: the sentences kept are those of the events and
// their mentions, each once, numbered among the content sentences only
// (a boilerplate line and a format header take no number).
func TestEvidenceSentences(t *testing.T) {
	d := &doc.Document{
		Blocks: []doc.Block{
			{Span: doc.Span{Start: 0, End: 10}, Kind: doc.Title},
			{Span: doc.Span{Start: 10, End: 20}, Kind: doc.Header},
			{Span: doc.Span{Start: 20, End: 50}, Kind: doc.Paragraph},
			{Span: doc.Span{Start: 50, End: 60}, Kind: doc.Boilerplate},
			{Span: doc.Span{Start: 60, End: 80}, Kind: doc.Paragraph},
		},
	}
	for start := 0; start < 80; start += 10 { // a sentence every ten bytes
		s := doc.Sentence{Span: doc.Span{Start: start, End: start + 10}}
		for b := range d.Blocks {
			if d.Blocks[b].Start <= start && start < d.Blocks[b].End {
				s.Block = b
			}
		}
		d.Sentences = append(d.Sentences, s)
	}
	d.Events = []doc.Event{
		{Sentence: doc.Span{Start: 30, End: 40}, Mentions: []doc.EventMention{{Sentence: doc.Span{Start: 30, End: 40}}, {Sentence: doc.Span{Start: 70, End: 80}}}},
		{Sentence: doc.Span{Start: 0, End: 10}},
		{Sentence: doc.Span{Start: 70, End: 80}},
	}
	got := EvidenceSentences(d)
	want := []struct{ start, index int }{{0, 1}, {30, 3}, {70, 6}}
	if len(got) != len(want) {
		t.Fatalf("got %+v, want starts and numbers %v", got, want)
	}
	for i, w := range want {
		if got[i].Start != w.start || got[i].Index != w.index {
			t.Errorf("sentence %d: start %d number %d, want %d and %d", i, got[i].Start, got[i].Index, w.start, w.index)
		}
	}
	if got := EvidenceSentences(&doc.Document{}); len(got) != 0 {
		t.Errorf("a document without events: %+v", got)
	}
}
