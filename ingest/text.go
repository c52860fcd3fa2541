package ingest

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kronika/kronika/doc"
)

// maxTitle is the longest line, in characters, taken for a title.
const maxTitle = 200

// readText makes a document of a plain text file. The text is the whole
// decoded file, so that offsets count from its first character. A leading
// " date YYYY[-MM[-DD]]" marker becomes a Header block and the Date; a
// first paragraph that is one short line not ending in a full stop, set off
// by a blank line, becomes the Title.
func readText(source, text string) (*doc.Document, error) {
	d := newDocument(source, FormatText, text)
	pos := 0
	var warn error
	if end, date, ok := dateMarker(text); ok {
		d.Date = date
		d.Blocks = append(d.Blocks, doc.Block{Span: doc.Span{Start: 0, End: end}, Kind: doc.Header})
		pos = end
	} else if m := badDateMarker(text); m != "" {
		warn = fmt.Errorf("%s: %w", source, warnf("date marker %q is not \" date YYYY[-MM[-DD]]\" with a real date; the document is undated", m))
	}
	if s, ok := titleLine(text, pos); ok {
		d.Title = text[s.Start:s.End]
		d.Blocks = append(d.Blocks, doc.Block{Span: s, Kind: doc.Title})
	}
	return d, warn
}

// badDateMarker returns the first line of text when it starts like a date
// marker (" date " and a digit) that dateMarker does not accept, else "".
func badDateMarker(text string) string {
	line := strings.TrimPrefix(text, " ")
	if !strings.HasPrefix(line, "date ") || len(line) < 6 || !isDigit(line[5]) {
		return ""
	}
	if i := strings.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	if f := strings.Fields(line); len(f) >= 2 {
		return f[0] + " " + f[1]
	}
	return strings.TrimSpace(line)
}

// dateMarker recognises the marker " date YYYY[-MM[-DD]]" (the leading space
// is optional) at the start of text. It returns the marker's end, which
// excludes the white space after it, and the date.
func dateMarker(text string) (end int, date string, ok bool) {
	i := 0
	if strings.HasPrefix(text, " ") {
		i = 1
	}
	if !strings.HasPrefix(text[i:], "date ") {
		return 0, "", false
	}
	i += len("date ")
	j := i
	for j < len(text) && (isDigit(text[j]) || text[j] == '-') {
		j++
	}
	date, ok = validDate(text[i:j])
	if !ok || date != text[i:j] {
		return 0, "", false
	}
	if j < len(text) && !isSpaceByte(text[j]) {
		return 0, "", false
	}
	return j, date, true
}

// titleLine finds the title in text after offset pos: the first non-empty
// paragraph, when it is a single line of at most maxTitle characters, a
// blank line follows it, more text follows that, and it does not end with a
// full stop (an ellipsis is allowed). It returns the span of the line
// without surrounding white space.
func titleLine(text string, pos int) (doc.Span, bool) {
	start := pos
	for start < len(text) && isSpaceByte(text[start]) {
		start++
	}
	nl := strings.IndexByte(text[start:], '\n')
	if start == len(text) || nl < 0 {
		return doc.Span{}, false
	}
	end := start + len(strings.TrimRightFunc(text[start:start+nl], unicode.IsSpace))
	line := text[start:end]
	// The next line must be blank, and some text must follow it.
	rest := text[start+nl+1:]
	next := rest
	if k := strings.IndexByte(rest, '\n'); k >= 0 {
		next = rest[:k]
	} else {
		return doc.Span{}, false
	}
	if strings.TrimSpace(next) != "" || strings.TrimSpace(rest) == "" {
		return doc.Span{}, false
	}
	if utf8.RuneCountInString(line) > maxTitle || !strings.ContainsFunc(line, isAlnum) {
		return doc.Span{}, false
	}
	if strings.HasSuffix(line, ".") && !strings.HasSuffix(line, "...") {
		return doc.Span{}, false
	}
	return doc.Span{Start: start, End: end}, true
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
