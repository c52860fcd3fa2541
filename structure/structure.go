// Package structure divides the text of a document into blocks (doc.Block):
// paragraphs, sub-headings and boilerplate (related-article links, share
// buttons, cookie notices); it is the pipeline stage between language
// identification and sentence segmentation. It fills the gaps between the blocks a reader already marked
// (header marker, title) and uses the language's boilerplate rules.
package structure

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// Limits of the shape rules, in code points.
const (
	// maxHeading is the longest paragraph taken for a sub-heading.
	maxHeading = 150
	// maxQuestionHeading is the longest question taken for a sub-heading
	// ("Co dalej z sankcjami?"); longer questions are running text.
	maxQuestionHeading = 80
	// maxLinkLine is the longest paragraph that continues a block of
	// related-article links.
	maxLinkLine = 250
	// maxLinkLines bounds how many paragraphs one marker pulls into a
	// related block.
	maxLinkLines = 8
	// maxScan is the longest paragraph the boilerplate rules are run over
	// whole, in bytes; longer ones are searched at their ends only.
	maxScan = 300
	// wrapMin and wrapMax bound the line lengths of hard-wrapped text.
	wrapMin, wrapMax = 40, 100
)

// Build fills d.Blocks: every stretch of text outside the blocks a reader
// marked becomes paragraphs, sub-headings or boilerplate. Blocks end up
// sorted by offset and never overlap. l may be nil (no boilerplate rules).
func Build(d *doc.Document, l *lang.Language) {
	given := append([]doc.Block(nil), d.Blocks...)
	sort.Slice(given, func(i, j int) bool { return given[i].Start < given[j].Start })

	var paras []doc.Block
	pos := 0
	for _, b := range given {
		if b.Start > pos {
			paras = appendParagraphs(paras, d.Text, pos, b.Start)
		}
		paras = append(paras, b)
		pos = max(pos, b.End)
	}
	paras = appendParagraphs(paras, d.Text, pos, len(d.Text))

	if l != nil {
		paras = markBoilerplate(paras, d.Text, l.Boilerplate)
	}
	markHeadings(paras, d.Text)
	d.Blocks = mergeBoilerplate(paras, d.Text)
}

// appendParagraphs splits text[from:to] into paragraphs. Blank lines always
// separate paragraphs; a single line break does too, except inside
// hard-wrapped text (several lines of similar, moderate length).
func appendParagraphs(out []doc.Block, text string, from, to int) []doc.Block {
	for from < to {
		// One chunk runs to the next blank line.
		end := to
		next := to
		for i := from; i < to; i++ {
			if text[i] != '\n' {
				continue
			}
			j := i + 1
			for j < to && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
				j++
			}
			if j < to && text[j] == '\n' {
				end, next = i, j+1
				break
			}
		}
		out = appendChunk(out, text, from, end)
		from = next
	}
	return out
}

// appendChunk adds the paragraphs of a chunk that holds no blank line.
func appendChunk(out []doc.Block, text string, from, to int) []doc.Block {
	lines := splitLines(text, from, to)
	if len(lines) == 0 {
		return out
	}
	if hardWrapped(text, lines) {
		return append(out, doc.Block{Span: doc.Span{Start: lines[0].Start, End: lines[len(lines)-1].End}})
	}
	for _, ln := range lines {
		out = append(out, doc.Block{Span: ln})
	}
	return out
}

// splitLines returns the non-blank lines of text[from:to], trimmed.
func splitLines(text string, from, to int) []doc.Span {
	var lines []doc.Span
	for from < to {
		end := strings.IndexByte(text[from:to], '\n')
		if end < 0 {
			end = to
		} else {
			end += from
		}
		if s, ok := trim(text, from, end); ok {
			lines = append(lines, s)
		}
		from = end + 1
	}
	return lines
}

// hardWrapped reports whether lines look like one paragraph broken at a
// fixed width: at least three lines, all but the last of moderate length.
func hardWrapped(text string, lines []doc.Span) bool {
	if len(lines) < 3 {
		return false
	}
	for _, ln := range lines[:len(lines)-1] {
		n := utf8.RuneCountInString(text[ln.Start:ln.End])
		if n < wrapMin || n > wrapMax {
			return false
		}
	}
	return true
}

// trim narrows [from, to) to its non-space content.
func trim(text string, from, to int) (doc.Span, bool) {
	for from < to {
		r, size := utf8.DecodeRuneInString(text[from:to])
		if !unicode.IsSpace(r) && r != '\uFEFF' {
			break
		}
		from += size
	}
	for to > from {
		r, size := utf8.DecodeLastRuneInString(text[from:to])
		if !unicode.IsSpace(r) {
			break
		}
		to -= size
	}
	return doc.Span{Start: from, End: to}, to > from
}

// markBoilerplate applies the language's rules, the first that matches a
// paragraph winning: a paragraph rule makes the whole paragraph
// boilerplate; a match rule only the text it matches, the rest staying a
// paragraph; a block rule opens a run of boilerplate at its match that goes
// on over the short, headline-like paragraphs after it.
func markBoilerplate(paras []doc.Block, text string, rules []lang.BoilerplateRule) []doc.Block {
	out := make([]doc.Block, 0, len(paras))
	inBlock, blockLines := "", 0
	var folded []byte // the paragraph case-folded, for the rules' prefilters
	for _, p := range paras {
		// Headings a reader found in markup go through the rules too: a
		// "Read also" heading opens a block of links like a paragraph.
		if p.Kind != doc.Paragraph && p.Kind != doc.Heading {
			inBlock = ""
			out = append(out, p)
			continue
		}
		body := text[p.Start:p.End]
		matched, wasIn := false, inBlock
		haveFolded := false
		for _, r := range rules {
			if pf := prefilterOf(r.Pattern); pf != nil {
				if !haveFolded {
					folded, haveFolded = appendFold(folded[:0], body), true
				}
				if !pf.mayMatch(folded) {
					continue // the rule cannot match: a word it needs is missing
				}
			}
			loc := find(r, body)
			if loc == nil {
				continue
			}
			matched = true
			inBlock = ""
			start, end := p.Start+loc[0], p.Start+loc[1]
			switch r.Scope {
			case lang.WholeParagraph:
				start, end = p.Start, p.End
			case lang.OpensBlock:
				end = p.End
				inBlock, blockLines = r.Kind, 0
			}
			if before, ok := trim(text, p.Start, start); ok {
				// Inside a block of links, the text before a glued
				// marker is one more linked headline.
				if wasIn != "" && linkLine(body) {
					out = append(out, doc.Block{Span: before, Kind: doc.Boilerplate, Why: wasIn})
				} else {
					out = append(out, doc.Block{Span: before, Kind: p.Kind})
				}
			}
			out = append(out, doc.Block{Span: doc.Span{Start: start, End: end}, Kind: doc.Boilerplate, Why: r.Kind})
			if after, ok := trim(text, end, p.End); ok {
				out = append(out, doc.Block{Span: after, Kind: p.Kind})
			}
			break
		}
		switch {
		case matched:
		case inBlock != "" && blockLines < maxLinkLines && linkLine(body):
			out = append(out, doc.Block{Span: p.Span, Kind: doc.Boilerplate, Why: inBlock})
			blockLines++
		default:
			inBlock = ""
			out = append(out, p)
		}
	}
	return out
}

// find returns where rule r matches body. Boilerplate is short, so in a
// long paragraph only its head (a read-more prefix) and its tail (a marker
// glued to the last sentence) are searched: a match counts there when it
// does not touch the cut, which keeps the cost of the rules independent of
// paragraph length.
func find(r lang.BoilerplateRule, body string) []int {
	if len(body) <= maxScan {
		return r.Pattern.FindStringIndex(body)
	}
	head := body[:runeCut(body, maxScan/2)]
	if loc := r.Pattern.FindStringIndex(head); loc != nil && loc[1] < len(head) {
		return loc
	}
	from := runeCut(body, len(body)-maxScan/3)
	if loc := r.Pattern.FindStringIndex(body[from:]); loc != nil && loc[0] > 0 && from+loc[1] == len(body) {
		return []int{from + loc[0], from + loc[1]}
	}
	return nil
}

// runeCut moves byte offset i back to the start of the rune it falls in.
func runeCut(s string, i int) int {
	for i > 0 && i < len(s) && !utf8.RuneStart(s[i]) {
		i--
	}
	return i
}

// linkLine reports whether a paragraph reads like the headline of a linked
// article: short, and not ending like a sentence of running text.
func linkLine(s string) bool {
	if utf8.RuneCountInString(s) > maxLinkLine {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	return last != '.' && last != ';' && last != ','
}

// markHeadings turns into sub-headings the paragraphs that stand between
// two paragraphs and look like headings: one short line, starting with a
// capital letter, not ending like a sentence.
func markHeadings(blocks []doc.Block, text string) {
	for i := range blocks {
		b := &blocks[i]
		if b.Kind != doc.Paragraph || i == 0 || i == len(blocks)-1 {
			continue
		}
		if blocks[i+1].Kind != doc.Paragraph || blocks[i-1].Kind == doc.Boilerplate {
			continue
		}
		if headingLike(text[b.Start:b.End]) {
			b.Kind = doc.Heading
		}
	}
}

func headingLike(s string) bool {
	n := utf8.RuneCountInString(s)
	if n > maxHeading || strings.ContainsAny(s, "\n") || !strings.ContainsRune(s, ' ') {
		return false
	}
	first, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	switch {
	case last == '?':
		return n <= maxQuestionHeading
	case strings.ContainsRune(".,;:!…-–—", last):
		return false
	}
	return true
}

// mergeBoilerplate joins boilerplate blocks of the same kind that follow
// each other with only white space between them.
func mergeBoilerplate(blocks []doc.Block, text string) []doc.Block {
	out := blocks[:0]
	for _, b := range blocks {
		if n := len(out); n > 0 && b.Kind == doc.Boilerplate && out[n-1].Kind == doc.Boilerplate &&
			out[n-1].Why == b.Why && strings.TrimSpace(text[out[n-1].End:b.Start]) == "" {
			out[n-1].End = b.End
			continue
		}
		out = append(out, b)
	}
	return out
}
