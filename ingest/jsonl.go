package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/langid"
)

// record is one line of a JSON Lines input. Only text is required; id
// becomes the document's id; other fields (author, ...) are ignored.
type record struct {
	Text      *string   `json:"text"`
	Title     looseText `json:"title"`
	Date      looseText `json:"date"`
	Published looseText `json:"published"`
	URL       looseText `json:"url"`
	Lang      looseText `json:"lang"`
	ID        looseText `json:"id"`
}

// looseText accepts a JSON string, number or null, so that a record with a
// numeric id or a null title still reads.
type looseText string

func (t *looseText) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	switch {
	case len(b) == 0 || bytes.Equal(b, []byte("null")):
		*t = ""
	case b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*t = looseText(s)
	case b[0] == '-' || isDigit(b[0]):
		*t = looseText(b)
	default:
		return errors.New("want a string or a number")
	}
	return nil
}

// readJSONL makes one document of each line of a JSON Lines input. Blank
// lines are skipped; a bad line gives an error naming source:line and the
// other lines are still read.
func readJSONL(source, text string) ([]*doc.Document, []error) {
	var (
		docs []*doc.Document
		errs []error
	)
	for n := 1; text != ""; n++ {
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		d, err := jsonlDocument(source, n, line)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s:%d: %w", source, n, err))
		}
		if d != nil {
			docs = append(docs, d)
		}
	}
	if len(docs) == 0 && len(errs) == 0 {
		errs = append(errs, fmt.Errorf("%s: %w", source, ErrEmpty))
	}
	return docs, errs
}

func jsonlDocument(source string, n int, line string) (*doc.Document, error) {
	if line[0] != '{' {
		return nil, errors.New("not a JSON object")
	}
	var r record
	if err := json.Unmarshal([]byte(line), &r); err != nil {
		return nil, fmt.Errorf("bad JSON: %w", err)
	}
	if r.Text == nil {
		return nil, errors.New(`no "text" field`)
	}
	body := strings.TrimSpace(*r.Text)
	if body == "" {
		return nil, errors.New(`empty "text" field`)
	}
	title := strings.Join(strings.Fields(string(r.Title)), " ")
	text := body
	if title != "" {
		text = title + "\n\n" + body
	}
	src := strings.TrimSpace(string(r.URL))
	if src == "" {
		src = source + ":" + strconv.Itoa(n)
	}
	if len(text) > MaxDocumentSize {
		return nil, tooLarge(`"text" field`, len(text))
	}
	d := newDocument(src, FormatJSONL, text)
	if title != "" {
		d.Title = title
		d.Blocks = []doc.Block{{Span: doc.Span{Start: 0, End: len(title)}, Kind: doc.Title}}
	}
	// A date that is given but cannot be read leaves the document
	// undated, with a warning.
	var warn error
	for _, f := range []struct {
		name  string
		value looseText
	}{{"date", r.Date}, {"published", r.Published}} {
		v := strings.TrimSpace(string(f.value))
		if v == "" {
			continue
		}
		if d.Date = normDate(v); d.Date != "" {
			break
		}
		if warn == nil {
			warn = warnf("cannot read the %q field %q as a date; the document is undated", f.name, v)
		}
	}
	if d.Date != "" {
		warn = nil
	}
	if id := strings.TrimSpace(string(r.ID)); id != "" {
		d.ID = id
	}
	if tag := strings.TrimSpace(string(r.Lang)); tag != "" {
		d.Lang = langid.Normalize(langCode(tag))
		if d.Lang == "" {
			return nil, fmt.Errorf(`unknown language %q in the "lang" field (want an ISO 639-1 code such as pl, en or ru)`, tag)
		}
	}
	return d, warn
}

// langCode reduces a language tag ("pl", "pl-PL", "EN_us") to its lower-case
// primary subtag, or "" when that is not two or three letters.
func langCode(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	if len(tag) < 2 || len(tag) > 3 {
		return ""
	}
	for i := 0; i < len(tag); i++ {
		if tag[i] < 'a' || tag[i] > 'z' {
			return ""
		}
	}
	return tag
}
