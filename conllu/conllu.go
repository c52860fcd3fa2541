// Package conllu reads and writes the CoNLL-U format of Universal
// Dependencies: one token a line, ten tab-separated columns, sentences
// separated by blank lines, comments starting with #.
package conllu

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Token is one line of a sentence. Multi-word token ranges ("1-2") and
// empty nodes ("1.1") are kept in Sentence.Ranges and skipped here.
type Token struct {
	ID     string
	Form   string
	Lemma  string
	UPOS   string
	XPOS   string
	Feats  string
	Head   string
	Deprel string
	Deps   string
	Misc   string
}

// SpaceAfter reports whether the token is followed by white space
// (absent "SpaceAfter=No" in MISC).
func (t Token) SpaceAfter() bool {
	for _, f := range strings.Split(t.Misc, "|") {
		if f == "SpaceAfter=No" {
			return false
		}
	}
	return true
}

// Range is a multi-word token: one surface form over several syntactic
// words (Polish "miałem" = "miał" + "em").
type Range struct {
	First, Last int // indexes into Sentence.Tokens, inclusive
	Form        string
	Misc        string
}

// Sentence is one sentence with its comment lines.
type Sentence struct {
	Comments []string // without the leading "# "
	Tokens   []Token
	Ranges   []Range
}

// Text returns the "# text = " comment, or "" when there is none.
func (s *Sentence) Text() string {
	for _, c := range s.Comments {
		if v, ok := strings.CutPrefix(c, "text = "); ok {
			return v
		}
	}
	return ""
}

// Reader reads sentences one at a time.
type Reader struct {
	sc   *bufio.Scanner
	name string
	line int
}

// NewReader returns a reader of r; name is used in error messages.
func NewReader(r io.Reader, name string) *Reader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	return &Reader{sc: sc, name: name}
}

// Next returns the next sentence, or io.EOF after the last one.
func (r *Reader) Next() (*Sentence, error) {
	var s *Sentence
	for r.sc.Scan() {
		r.line++
		line := strings.TrimRight(r.sc.Text(), "\r")
		if line == "" {
			if s != nil {
				return s, nil
			}
			continue
		}
		if s == nil {
			s = &Sentence{}
		}
		if c, ok := strings.CutPrefix(line, "#"); ok {
			s.Comments = append(s.Comments, strings.TrimPrefix(c, " "))
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 10 {
			return nil, fmt.Errorf("%s:%d: %d columns, want 10", r.name, r.line, len(f))
		}
		if strings.Contains(f[0], ".") {
			continue // empty node of enhanced dependencies
		}
		if first, last, ok := strings.Cut(f[0], "-"); ok {
			var a, b int
			if _, err := fmt.Sscanf(first+" "+last, "%d %d", &a, &b); err != nil || a > b {
				return nil, fmt.Errorf("%s:%d: bad range id %q", r.name, r.line, f[0])
			}
			n := len(s.Tokens)
			s.Ranges = append(s.Ranges, Range{First: n, Last: n + b - a, Form: f[1], Misc: f[9]})
			continue
		}
		s.Tokens = append(s.Tokens, Token{f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9]})
	}
	if err := r.sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", r.name, err)
	}
	if s != nil {
		return s, nil
	}
	return nil, io.EOF
}

// ReadAll reads every sentence of r.
func ReadAll(r io.Reader, name string) ([]*Sentence, error) {
	cr := NewReader(r, name)
	var all []*Sentence
	for {
		s, err := cr.Next()
		if err == io.EOF {
			return all, nil
		}
		if err != nil {
			return all, err
		}
		all = append(all, s)
	}
}

func orDash(s string) string {
	if s == "" {
		return "_"
	}
	return s
}

// Write writes one sentence followed by a blank line. Empty columns are
// written as "_".
func Write(w io.Writer, s *Sentence) error {
	bw := bufio.NewWriter(w)
	for _, c := range s.Comments {
		fmt.Fprintf(bw, "# %s\n", c)
	}
	ri := 0
	for i, t := range s.Tokens {
		for ri < len(s.Ranges) && s.Ranges[ri].First == i {
			r := s.Ranges[ri]
			fmt.Fprintf(bw, "%d-%d\t%s\t_\t_\t_\t_\t_\t_\t_\t%s\n", r.First+1, r.Last+1, r.Form, orDash(r.Misc))
			ri++
		}
		id := t.ID
		if id == "" {
			id = fmt.Sprint(i + 1)
		}
		fmt.Fprintf(bw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", id, t.Form, orDash(t.Lemma), orDash(t.UPOS),
			orDash(t.XPOS), orDash(t.Feats), orDash(t.Head), orDash(t.Deprel), orDash(t.Deps), orDash(t.Misc))
	}
	bw.WriteString("\n")
	return bw.Flush()
}
