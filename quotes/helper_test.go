package quotes

import (
	"strings"
	"testing"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/internal/langtest"
	"github.com/kronika/kronika/lang"
	"github.com/kronika/kronika/segment"
	"github.com/kronika/kronika/timex"
)

// testLang is the language built from its data files (see langtest).
func testLang(t testing.TB, code string) *lang.Language { return langtest.Get(t, code) }

// annotate segments text as paragraphs, finds its times and its quotes.
func annotate(t testing.TB, code, text string) *doc.Document {
	l := testLang(t, code)
	d := segment.Text(text, l)
	d.Date = "2024-06-20"
	timex.Annotate(d, l)
	Annotate(d, l)
	return d
}

// show writes each quote as "speaker|verb|text", joined by " // ".
func show(d *doc.Document) string {
	var parts []string
	for _, q := range d.Quotes {
		parts = append(parts, q.Speaker.Text+"|"+q.Verb+"|"+d.Text[q.Start:q.End])
	}
	return strings.Join(parts, " // ")
}
