package ner

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/internal/gzipfile"
)

// IOBDoc is one document of a corpus in the IOB format of NKJP and KPWr
// (columns orth, base, ctag, label; nested labels joined by '#', the outer
// one first; sentences separated by blank lines; "-DOCSTART FILE name"
// lines between documents).
type IOBDoc struct {
	Name      string
	Sentences []IOBSentence
}

// IOBSentence is one sentence with its outer names. Span types are what
// the reader's mapping made of the corpus labels.
type IOBSentence struct {
	Forms []string
	Spans []Span
}

// ReadIOBFile reads an IOB corpus, gzip-compressed when the name ends in
// ".gz".
func ReadIOBFile(path string, mapType func(label string) string) ([]IOBDoc, error) {
	f, err := gzipfile.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	docs, err := ReadIOB(f, mapType)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return docs, nil
}

// ReadIOB reads an IOB corpus. mapType turns a corpus label without its
// B-/I- prefix (e.g. "persName", "placeName-country") into an entity type,
// or "" to leave the name out. Only the outer label of nested names counts.
func ReadIOB(r io.Reader, mapType func(label string) string) ([]IOBDoc, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	var docs []IOBDoc
	var cur IOBSentence
	open := -1 // index in cur.Spans of the name being read, or -1
	openLabel := ""
	flush := func() {
		if len(cur.Forms) > 0 {
			if len(docs) == 0 {
				docs = append(docs, IOBDoc{})
			}
			d := &docs[len(docs)-1]
			d.Sentences = append(d.Sentences, cur)
		}
		cur = IOBSentence{}
		open, openLabel = -1, ""
	}
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimRight(sc.Text(), "\r")
		if strings.HasPrefix(s, "-DOCSTART") {
			flush()
			if rest, ok := strings.CutPrefix(s, "-DOCSTART FILE "); ok {
				docs = append(docs, IOBDoc{Name: strings.TrimSpace(rest)})
			}
			continue
		}
		if strings.TrimSpace(s) == "" {
			flush()
			continue
		}
		cols := strings.Split(s, "\t")
		if len(cols) < 2 {
			return nil, fmt.Errorf("line %d: expected tab-separated columns", line)
		}
		form, label := cols[0], cols[len(cols)-1]
		if form == "" {
			return nil, fmt.Errorf("line %d: empty token", line)
		}
		i := len(cur.Forms)
		cur.Forms = append(cur.Forms, form)
		outer, _, _ := strings.Cut(label, "#")
		bio, name, ok := strings.Cut(outer, "-")
		if !ok || (bio != "B" && bio != "I") {
			open, openLabel = -1, ""
			continue
		}
		if bio == "I" && open >= 0 && openLabel == name {
			cur.Spans[open].End = i + 1
			continue
		}
		open, openLabel = -1, name
		if t := mapType(name); t != "" {
			cur.Spans = append(cur.Spans, Span{Start: i, End: i + 1, Type: t})
			open = len(cur.Spans) - 1
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	flush()
	return docs, nil
}

// Document builds a document of the sentence's words separated by single
// spaces (punctuation attached to the word before it), with one sentence
// and its tokens, ready for a morphological analyzer and Tag.
func (s *IOBSentence) Document() *doc.Document {
	var b strings.Builder
	toks := make([]doc.Token, len(s.Forms))
	for i, f := range s.Forms {
		if i > 0 && toks[i-1].SpaceAfter {
			b.WriteByte(' ')
		}
		start := b.Len()
		b.WriteString(f)
		toks[i] = doc.Token{Span: doc.Span{Start: start, End: b.Len()}, Kind: kindOf(f), SpaceAfter: true}
		if i+1 < len(s.Forms) && attachesLeft(s.Forms[i+1]) {
			toks[i].SpaceAfter = false
		}
	}
	d := &doc.Document{Text: b.String(), Tokens: toks}
	d.Blocks = []doc.Block{{Span: doc.Span{Start: 0, End: len(d.Text)}, Kind: doc.Paragraph}}
	d.Sentences = []doc.Sentence{{Span: doc.Span{Start: 0, End: len(d.Text)}, FirstToken: 0, EndToken: len(toks)}}
	return d
}

func attachesLeft(f string) bool {
	switch f {
	case ".", ",", ":", ";", "!", "?", ")", "]", "…", "”", "»":
		return true
	}
	return false
}

func kindOf(f string) doc.TokenKind {
	letters, digits := 0, 0
	for _, r := range f {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case strings.ContainsRune(".,:;!?()[]\"'„”«»…–—-/", r):
		default:
			letters++
		}
	}
	switch {
	case letters > 0:
		return doc.Word
	case digits > 0:
		return doc.Number
	}
	return doc.Punct
}
