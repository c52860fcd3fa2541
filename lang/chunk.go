package lang

import (
	"sync"

	"github.com/kronika/kronika/doc"
)

// ChunkSentences runs a language's chunker, sentence by sentence, into a
// buffer of phrases kept between documents, then gives the document its
// phrases copied out at their number (a guess made ahead left most
// documents' arrays partly empty). sentence appends the phrases of
// sentence i to d.Phrases. Chunking twice gives the same phrases, not
// twice as many.
func ChunkSentences(d *doc.Document, sentence func(i int)) {
	buf := phraseBufs.Get().(*[]doc.Phrase)
	d.Phrases = (*buf)[:0]
	for i := range d.Sentences {
		sentence(i)
	}
	out := make([]doc.Phrase, len(d.Phrases))
	copy(out, d.Phrases)
	clear(d.Phrases) // the buffer keeps no strings of this document
	*buf = d.Phrases[:0]
	phraseBufs.Put(buf)
	d.Phrases = out
}

var phraseBufs = sync.Pool{New: func() any { return new([]doc.Phrase) }}
