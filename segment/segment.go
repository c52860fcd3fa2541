// Package segment splits the content blocks of a document into sentences
// and tokens, following the tokenization of the Polish UD treebanks. It is
// one pass over the bytes with a language's abbreviation list deciding
// which periods end sentences.
package segment

import (
	"strings"
	"sync"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// Segment splits every content block of d (paragraphs, headings and the
// title; not boilerplate or header blocks) into sentences and tokens,
// appending them to d.Sentences and d.Tokens in text order. A sentence
// never crosses a block boundary, so a heading or title is at least one
// sentence of its own. l supplies the abbreviations; nil means none.
func Segment(d *doc.Document, l *lang.Language) {
	// News text runs at about 100 bytes a sentence (Polish and English);
	// allocate once for the common case.
	if d.Sentences == nil {
		d.Sentences = make([]doc.Sentence, 0, len(d.Text)/80+4)
	}
	if d.Tokens != nil {
		segmentBlocks(d, l)
		return
	}
	// Tokens are many and large, and their number is hard to guess from
	// the length (6.5 bytes a token in Polish news, 5.6 in English): they
	// are gathered in a buffer kept between documents and copied out at
	// their number, one allocation of the right size.
	buf := tokenBuffers.Get().(*[]doc.Token)
	d.Tokens = (*buf)[:0]
	segmentBlocks(d, l)
	toks := make([]doc.Token, len(d.Tokens))
	copy(toks, d.Tokens)
	// Segmenting sets spans, kinds and spacing only: the buffer keeps no
	// string alive.
	*buf = d.Tokens[:0]
	tokenBuffers.Put(buf)
	d.Tokens = toks
}

// tokenBuffers holds the token buffers of Segment.
var tokenBuffers = sync.Pool{New: func() any { return new([]doc.Token) }}

// segmentBlocks segments the content blocks of d.
func segmentBlocks(d *doc.Document, l *lang.Language) {
	for i, b := range d.Blocks {
		if b.Content() {
			Span(d, l, b.Span, i)
		}
	}
}

// Span segments the text d.Text[s.Start:s.End] as part of block and
// appends its tokens and sentences to d. Sentences also end at an empty
// line inside the span.
func Span(d *doc.Document, l *lang.Language, s doc.Span, block int) {
	s.Start = max(0, min(s.Start, len(d.Text)))
	s.End = max(s.Start, min(s.End, len(d.Text)))
	first := len(d.Tokens)
	d.Tokens = tokenize(d.Tokens, d.Text, s.Start, s.End)
	split(d, l, first, block)
}

// Text makes a document of plain text, one paragraph block for each run of
// lines between empty lines, and segments it. It serves tests and
// "kronika analyze" on raw text.
func Text(text string, l *lang.Language) *doc.Document {
	d := &doc.Document{Text: text, Format: "text"}
	if l != nil {
		d.Lang = l.Code
	}
	d.Blocks = Paragraphs(text)
	Segment(d, l)
	return d
}

// Paragraphs returns a paragraph block for each run of non-empty lines of
// text, trimmed of surrounding white space.
func Paragraphs(text string) []doc.Block {
	var blocks []doc.Block
	start := -1 // start of the current paragraph, -1 between paragraphs
	end := 0    // end of its last non-blank line
	for i := 0; i <= len(text); {
		j := strings.IndexByte(text[i:], '\n')
		if j < 0 {
			j = len(text)
		} else {
			j += i
		}
		line := text[i:j]
		if t := strings.TrimSpace(line); t == "" {
			if start >= 0 {
				blocks = append(blocks, doc.Block{Span: doc.Span{Start: start, End: end}, Kind: doc.Paragraph})
				start = -1
			}
		} else {
			lead := strings.Index(line, t)
			if start < 0 {
				start = i + lead
			}
			end = i + lead + len(t)
		}
		i = j + 1
	}
	if start >= 0 {
		blocks = append(blocks, doc.Block{Span: doc.Span{Start: start, End: end}, Kind: doc.Paragraph})
	}
	return blocks
}
