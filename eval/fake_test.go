package eval

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/kronika/kronika/doc"
)

// fakeRunner stands in for the pipeline: Extract reads the file as the
// document text and lets annotate add hand-made predictions; Process
// calls annotate on documents built in memory.
type fakeRunner struct {
	annotate func(d *doc.Document)
	fail     map[string]bool // sources whose processing fails
}

func (f fakeRunner) Extract(name string, _ io.Reader) ([]*doc.Document, []error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, []error{err}
	}
	d := &doc.Document{Source: name, Text: string(data), Format: "text"}
	if err := f.Process(d); err != nil {
		return nil, []error{err}
	}
	return []*doc.Document{d}, nil
}

func (f fakeRunner) Process(d *doc.Document) error {
	if f.fail[d.Source] {
		return fmt.Errorf("%s: made to fail", d.Source)
	}
	if f.annotate != nil {
		f.annotate(d)
	}
	return nil
}

// spanOf returns the byte span of the n-th (from 0) occurrence of s in text.
func spanOf(text, s string, n int) doc.Span {
	off := 0
	for {
		i := strings.Index(text[off:], s)
		if i < 0 {
			panic("spanOf: " + s + " not in text")
		}
		if n == 0 {
			return doc.Span{Start: off + i, End: off + i + len(s)}
		}
		n--
		off += i + len(s)
	}
}
