// Package ingest reads Kronika's inputs (plain text files with an optional
// date marker, HTML pages, JSON Lines; from files, directories, URLs or
// standard input) and turns each article into a *doc.Document. It decodes
// legacy charsets to UTF-8 and marks only the date header, the title and
// HTML headings; the structure stage finds the rest.
//
// # HTML extraction
//
// By default the main text and title of an HTML page come from
// go-readability (codeberg.org/readeck/go-readability/v2, a Go port of
// Mozilla's Readability) and the publication date from the page's own
// markup: metadata, JSON-LD, <time> elements, dated URLs. It is the
// default because it costs next to nothing at start-up (2 ms). Building
// with -tags trafilatura selects go-trafilatura instead, which finds a
// date on more pages and text on a few more, but whose date parser
// initialises for about half a second and 50 MB in every process that
// links it, whether or not it reads HTML:
//
//	go build -tags trafilatura ./cmd/kronika
//
// HTMLExtractor names the library built in.
package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"path"
	"strings"
	"unicode/utf8"

	"github.com/kronika/kronika/doc"
)

// Document formats set in doc.Document.Format.
const (
	FormatText  = "text"
	FormatHTML  = "html"
	FormatJSONL = "jsonl"
)

// Errors for inputs that hold no text. They come wrapped with the name of
// the source; test for them with errors.Is.
var (
	ErrEmpty  = errors.New("empty input")
	ErrBinary = errors.New("binary data, not text")
	// ErrTooLarge is a document whose text is longer than
	// MaxDocumentSize.
	ErrTooLarge = errors.New("document too large")
)

// MaxDocumentSize is the longest text, in bytes of UTF-8, that one
// document may have. The work on a document grows linearly with its size
// (about 0.2 s and 90 MB of memory per MB on one core), so the limit is
// there to keep one document's memory under about a gigabyte, far above
// any article; a longer text is refused with ErrTooLarge and should be
// split into parts (one article per file or per JSON line).
const MaxDocumentSize = 8 << 20

// tooLarge returns the error for a document of n bytes, or nil.
func tooLarge(source string, n int) error {
	if n <= MaxDocumentSize {
		return nil
	}
	return fmt.Errorf("%s: %w: %.1f MiB of text, more than the limit of %d MiB per document; split it into parts", source, ErrTooLarge, float64(n)/(1<<20), MaxDocumentSize>>20)
}

// hints carries what is known about an input besides its bytes.
type hints struct {
	format  string // forced format, "" to sniff
	charset string // charset declared outside the data (HTTP), "" if none
}

// Read parses already-loaded bytes from the named source. The format comes
// from the source's extension, else from the content; the charset from a
// byte order mark, a declaration in HTML, or the bytes themselves. A JSONL
// source gives one document per good line and one error per bad line.
func Read(source string, data []byte) ([]*doc.Document, []error) {
	docs, errs := read(source, data, hints{})
	return docs, dropWarnings(errs)
}

// Warning is a problem with an input that does not keep its document from
// being read: a date marker or a date field that cannot be read, the
// document being left undated. Read and ReadInput leave warnings out;
// the jobs of Split report them among their errors, to be told apart with
// errors.As.
type Warning struct{ Err error }

func (w *Warning) Error() string { return "warning: " + w.Err.Error() }
func (w *Warning) Unwrap() error { return w.Err }

func warnf(format string, a ...any) error { return &Warning{fmt.Errorf(format, a...)} }

// dropWarnings returns errs without the warnings.
func dropWarnings(errs []error) []error {
	var out []error
	for _, err := range errs {
		var w *Warning
		if !errors.As(err, &w) {
			out = append(out, err)
		}
	}
	return out
}

func read(source string, data []byte, h hints) ([]*doc.Document, []error) {
	format := h.format
	if format == "" {
		format = formatByName(source)
	}
	sniffed := format == ""
	if sniffed {
		format = sniffFormat(data)
	}
	if isBlank(data) {
		return nil, []error{fmt.Errorf("%s: %w", source, ErrEmpty)}
	}
	if binaryPrefix(data) {
		return nil, []error{fmt.Errorf("%s: %w", source, ErrBinary)}
	}
	if format == FormatText && len(data) > 4*MaxDocumentSize {
		// No charset shrinks text by more than this; spare the decoding.
		return nil, []error{tooLarge(source, len(data))}
	}
	declared := h.charset
	if format == FormatHTML {
		// The page's own declaration wins over a server's Western default,
		// which is often just the server's configuration.
		if meta := metaCharset(data); meta != "" && (declared == "" || westernDefault(declared)) {
			declared = meta
		}
	}
	text, enc := decode(data, declared)
	if sniffed && (enc == encUTF16LE || enc == encUTF16BE) {
		format = sniffFormat([]byte(text))
	}
	if strings.TrimSpace(text) == "" {
		return nil, []error{fmt.Errorf("%s: %w", source, ErrEmpty)}
	}
	if (enc == encUTF16LE || enc == encUTF16BE) && binaryText(text) {
		return nil, []error{fmt.Errorf("%s: %w", source, ErrBinary)}
	}
	switch format {
	case FormatJSONL:
		return readJSONL(source, text)
	case FormatHTML:
		d, err := readHTML(source, text)
		if err != nil {
			return nil, []error{err}
		}
		if err := tooLarge(source, len(d.Text)); err != nil {
			return nil, []error{err}
		}
		return []*doc.Document{d}, nil
	default:
		if err := tooLarge(source, len(text)); err != nil {
			return nil, []error{err}
		}
		d, warn := readText(source, text)
		if warn != nil {
			return []*doc.Document{d}, []error{warn}
		}
		return []*doc.Document{d}, nil
	}
}

// westernDefault reports whether a charset label is one that servers send
// by default rather than by knowledge of the page.
func westernDefault(label string) bool {
	switch strings.ToLower(strings.TrimSpace(label)) {
	case "iso-8859-1", "latin1", "iso_8859-1", "windows-1252", "us-ascii", "ascii":
		return true
	}
	return false
}

// formatByName returns the format an input's extension names, or "".
func formatByName(name string) string {
	if i := strings.IndexAny(name, "?#"); i >= 0 && isURL(name) {
		name = name[:i]
	}
	switch strings.ToLower(path.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		return FormatHTML
	case ".jsonl", ".ndjson":
		return FormatJSONL
	}
	return ""
}

// sniffFormat guesses the format from the first bytes of the data.
func sniffFormat(data []byte) string {
	head := bytes.TrimPrefix(data, []byte{0xEF, 0xBB, 0xBF})
	head = bytes.TrimLeft(head, " \t\r\n\f")
	prefix := head[:min(len(head), 1024)]
	if hasPrefixFold(prefix, "<!doctype html") || hasPrefixFold(prefix, "<html") ||
		hasPrefixFold(prefix, "<?xml") && containsFold(prefix, "<html") ||
		containsFold(prefix, "<body") || containsFold(prefix, "<p>") || containsFold(prefix, "<p ") {
		return FormatHTML
	}
	if len(head) > 0 && head[0] == '{' {
		line := head
		if i := bytes.IndexByte(line, '\n'); i >= 0 {
			line = line[:i]
		}
		var probe struct {
			Text json.RawMessage `json:"text"`
		}
		if json.Unmarshal(bytes.TrimSpace(line), &probe) == nil && probe.Text != nil {
			return FormatJSONL
		}
	}
	return FormatText
}

// hasPrefixFold reports whether b starts with the lower-case ASCII string
// s, ignoring ASCII case.
func hasPrefixFold(b []byte, s string) bool {
	if len(b) < len(s) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := b[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != s[i] {
			return false
		}
	}
	return true
}

// containsFold reports whether b contains the lower-case ASCII string s,
// which starts with '<', ignoring ASCII case.
func containsFold(b []byte, s string) bool {
	for {
		i := bytes.IndexByte(b, s[0])
		if i < 0 {
			return false
		}
		if hasPrefixFold(b[i:], s) {
			return true
		}
		b = b[i+1:]
	}
}

// isBlank reports whether data holds nothing but white space (and perhaps
// a UTF-8 byte order mark).
func isBlank(data []byte) bool {
	data = bytes.TrimPrefix(data, []byte{0xEF, 0xBB, 0xBF})
	return len(bytes.TrimLeft(data, " \t\r\n\f\v")) == 0
}

// binaryPrefix reports whether data looks binary: it starts like a known
// binary format, or its first kilobyte holds a NUL byte or more than a few
// control characters. UTF-16 text, which is full of NUL bytes, is left to
// binaryText after decoding.
func binaryPrefix(data []byte) bool {
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return false
	}
	if _, ok := sniffUTF16(data); ok {
		return false
	}
	for _, magic := range binaryMagic {
		if bytes.HasPrefix(data, magic) {
			return true
		}
	}
	head := data[:min(len(data), 1024)]
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	ctrl := 0
	for _, c := range head {
		if controlBytes[c] {
			ctrl++
		}
	}
	return tooManyControls(ctrl, len(head))
}

// binaryMagic are the first bytes of common binary files that may hold no
// NUL byte early: PDF, gzip, zip (and office documents), PNG, JPEG, GIF.
var binaryMagic = [][]byte{
	[]byte("%PDF-"), {0x1F, 0x8B}, []byte("PK\x03\x04"), []byte("\x89PNG\r\n"),
	{0xFF, 0xD8, 0xFF}, []byte("GIF87a"), []byte("GIF89a"),
}

// binaryText applies the same test to text decoded from UTF-16, over its
// first 1024 characters.
func binaryText(text string) bool {
	n, ctrl := 0, 0
	for _, r := range text {
		if n == 1024 {
			break
		}
		n++
		if r == 0 {
			return true
		}
		if r < utf8.RuneSelf && controlBytes[r] {
			ctrl++
		}
	}
	return tooManyControls(ctrl, n)
}

// controlBytes marks the ASCII control characters that do not occur in
// text: all below 0x20 but tab, line feed, carriage return, form feed and
// vertical tab, and DEL.
var controlBytes = func() (t [256]bool) {
	for c := range 0x20 {
		t[c] = c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v'
	}
	t[0x7F] = true
	return t
}()

func tooManyControls(ctrl, n int) bool {
	return ctrl > 0 && ctrl*100 > n*3
}

// newDocument fills the fields every reader sets the same way.
func newDocument(source, format, text string) *doc.Document {
	return &doc.Document{ID: doc.Hash(text), Source: source, Format: format, Text: text}
}
