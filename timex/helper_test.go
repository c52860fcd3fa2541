package timex

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
	"github.com/kronika/kronika/segment"
)

// The tests build the languages from the data files themselves, so that
// they do not wait for the rest of a language package (its morphology) to
// build.
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
