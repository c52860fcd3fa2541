package quotes

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
	"github.com/kronika/kronika/segment"
	"github.com/kronika/kronika/timex"
)

// The tests build the languages from the data files themselves, so that
// they do not wait for the rest of a language package to build.
var (
	langsOnce sync.Once
	langs     map[string]*lang.Language
)

func testLang(t testing.TB, code string) *lang.Language {
	langsOnce.Do(func() {
		langs = map[string]*lang.Language{}
		for _, c := range []string{"pl", "en"} {
			l, err := lang.Load(c, c, os.DirFS(filepath.Join("..", "lang", c)))
			if err != nil {
				panic(err)
			}
			langs[c] = l
		}
	})
	l := langs[code]
	if l == nil {
		t.Fatalf("no language %q", code)
	}
	return l
}

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
