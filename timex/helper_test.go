package timex

import (
	"strings"
	"testing"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/internal/langtest"
	"github.com/kronika/kronika/lang"
	"github.com/kronika/kronika/segment"
)

// testLang is the language built from its data files (see langtest).
func testLang(t testing.TB, code string) *lang.Language { return langtest.Get(t, code) }

// annotate segments text as paragraphs and finds its times.
func annotate(t testing.TB, code, date, text string) *doc.Document {
	l := testLang(t, code)
	d := segment.Text(text, l)
	d.Date = date
	Annotate(d, l)
	return d
}

// show writes the times of d as "text=value" joined by "; ", with the mod
// after a "~" when there is one.
func show(d *doc.Document) string {
	var b strings.Builder
	for i, tm := range d.Times {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(d.Text[tm.Start:tm.End])
		b.WriteByte('=')
		b.WriteString(tm.Value)
		if tm.Mod != "" {
			b.WriteString("~" + tm.Mod)
		}
	}
	return b.String()
}
