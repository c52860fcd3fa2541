package queue

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"unicode/utf8"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/ingest"
)

// Version is the version of the message format.
const Version = 1

// Message is what the stream carries: a document as a reader produced
// it (text, metadata and blocks; the coding is the worker's), or a
// reference to an input a worker reads itself: a file path every worker
// sees or a URL (Ref), or one record of a WARC file every worker sees
// (WARC and Offset).
type Message struct {
	V      int     `json:"v"`
	ID     string  `json:"id"` // the document's id (content hash unless the input gave one); the stream's de-duplication key
	Source string  `json:"source,omitempty"`
	Format string  `json:"format,omitempty"`
	Lang   string  `json:"lang,omitempty"`
	Date   string  `json:"date,omitempty"`
	Title  string  `json:"title,omitempty"`
	Text   string  `json:"text,omitempty"`
	Blocks []Block `json:"blocks,omitempty"`
	Ref    string  `json:"ref,omitempty"`    // instead of the document: the input to read
	WARC   string  `json:"warc,omitempty"`   // instead of the document: the WARC file with its record...
	Offset int64   `json:"offset,omitempty"` // ...starting at this byte (of its gzip member in a .warc.gz)
	// DefaultDate is the publication date (YYYY[-MM[-DD]]) stored for a
	// document that gives none (kronika ingest --date): set after
	// coding, so the coder does not see it.
	DefaultDate string `json:"default_date,omitempty"`
}

// Block is a doc.Block, offsets in bytes of Text.
type Block struct {
	Start int    `json:"s"`
	End   int    `json:"e"`
	Kind  uint8  `json:"k"`
	Why   string `json:"why,omitempty"`
}

// FromDocument makes the message of a document a reader produced.
func FromDocument(d *doc.Document) Message {
	id := d.ID
	if id == "" {
		id = doc.Hash(d.Text)
	}
	m := Message{V: Version, ID: id, Source: d.Source, Format: d.Format, Lang: d.Lang, Date: d.Date, Title: d.Title, Text: d.Text}
	for _, b := range d.Blocks {
		m.Blocks = append(m.Blocks, Block{Start: b.Start, End: b.End, Kind: uint8(b.Kind), Why: b.Why})
	}
	return m
}

// FromRef makes the message of an input a worker reads itself; its id is
// the hash of the name, so the same name is queued once within the
// de-duplication window.
func FromRef(name string) Message {
	return Message{V: Version, ID: "ref:" + doc.Hash(name), Ref: name}
}

// FromWARCRecord makes the message of the record at offset in a WARC
// file, which a worker reads itself; its id is the hash of the file name
// and the offset.
func FromWARCRecord(file string, offset int64) Message {
	return Message{V: Version, ID: "warc:" + doc.Hash(file+"@"+strconv.FormatInt(offset, 10)), WARC: file, Offset: offset}
}

// MaxMessage is the longest message accepted: a document of
// ingest.MaxDocumentSize with its blocks and escapes.
const MaxMessage = 4 * ingest.MaxDocumentSize

// ErrBadMessage is the error of a message that is not one (nothing will
// ever make it readable).
var ErrBadMessage = errors.New("bad message")

// Decode reads and checks a message: it must be of this version, hold a
// document or a reference (not both), and its blocks must lie in the
// text, in order, on character boundaries.
func Decode(data []byte) (Message, error) {
	var m Message
	if len(data) > MaxMessage {
		return m, fmt.Errorf("%w: %d bytes, more than %d", ErrBadMessage, len(data), MaxMessage)
	}
	if err := json.Unmarshal(data, &m); err != nil {
		return m, fmt.Errorf("%w: %v", ErrBadMessage, err)
	}
	if m.V != Version {
		return m, fmt.Errorf("%w: version %d, want %d", ErrBadMessage, m.V, Version)
	}
	if m.ID == "" || len(m.ID) > 256 {
		return m, fmt.Errorf("%w: id of %d bytes", ErrBadMessage, len(m.ID))
	}
	if m.DefaultDate != "" && !calendarDate(m.DefaultDate) {
		return m, fmt.Errorf("%w: default date %q, want YYYY, YYYY-MM or YYYY-MM-DD", ErrBadMessage, m.DefaultDate)
	}
	if m.Ref != "" || m.WARC != "" {
		if m.Text != "" || len(m.Blocks) > 0 || m.Ref != "" && m.WARC != "" {
			return m, fmt.Errorf("%w: both a reference and a document, or two references", ErrBadMessage)
		}
		if m.Offset < 0 || m.Offset != 0 && m.WARC == "" {
			return m, fmt.Errorf("%w: offset %d without a WARC file, or negative", ErrBadMessage, m.Offset)
		}
		return m, nil
	}
	if m.Offset != 0 {
		return m, fmt.Errorf("%w: offset %d without a WARC file", ErrBadMessage, m.Offset)
	}
	if m.Text == "" {
		return m, fmt.Errorf("%w: no text and no reference", ErrBadMessage)
	}
	if !utf8.ValidString(m.Text) {
		return m, fmt.Errorf("%w: text is not UTF-8", ErrBadMessage)
	}
	at := 0
	for i, b := range m.Blocks {
		if b.Start < at || b.End < b.Start || b.End > len(m.Text) || doc.BlockKind(b.Kind) > doc.Header ||
			!boundary(m.Text, b.Start) || !boundary(m.Text, b.End) {
			return m, fmt.Errorf("%w: block %d [%d,%d) kind %d out of place in %d bytes of text", ErrBadMessage, i, b.Start, b.End, b.Kind, len(m.Text))
		}
		at = b.End
	}
	return m, nil
}

// calendarDate reports whether s is YYYY, YYYY-MM or YYYY-MM-DD.
func calendarDate(s string) bool {
	if len(s) != 4 && len(s) != 7 && len(s) != 10 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if i == 4 || i == 7 {
			if s[i] != '-' {
				return false
			}
		} else if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func boundary(s string, i int) bool {
	return i == len(s) || utf8.RuneStart(s[i])
}

// Document returns the document a (decoded) message holds, nil for a
// reference.
func (m Message) Document() *doc.Document {
	if m.Ref != "" || m.WARC != "" {
		return nil
	}
	d := &doc.Document{ID: m.ID, Source: m.Source, Format: m.Format, Lang: m.Lang, Date: m.Date, Title: m.Title, Text: m.Text}
	for _, b := range m.Blocks {
		d.Blocks = append(d.Blocks, doc.Block{Span: doc.Span{Start: b.Start, End: b.End}, Kind: doc.BlockKind(b.Kind), Why: b.Why})
	}
	return d
}
