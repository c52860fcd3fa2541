package timex

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kronika/kronika/doc"
)

func runCases(t *testing.T, code string, cases []timexCase) {
	exprs, passed := 0, 0
	for _, c := range cases {
		n := 0
		if c.want != "" {
			n = strings.Count(c.want, "; ") + 1
		}
		exprs += n
		d := annotate(t, code, c.date, c.text)
		if got := show(d); got != c.want {
			t.Errorf("%s [%s] %q:\n got  %q\n want %q", code, c.date, c.text, got, c.want)
			continue
		}
		passed += n
		checkSpans(t, d)
	}
	t.Logf("%s: %d sentences, %d time expressions, %d right (%.1f%%)", code, len(cases), exprs, passed, 100*float64(passed)/float64(max(exprs, 1)))
}

func TestPolish(t *testing.T)  { runCases(t, "pl", polishCases) }
func TestEnglish(t *testing.T) { runCases(t, "en", englishCases) }

// checkSpans asserts that every time lies inside a content sentence and on
// UTF-8 boundaries, and has a type.
func checkSpans(t testing.TB, d *doc.Document) {
	t.Helper()
	for _, tm := range d.Times {
		if tm.Start < 0 || tm.End > len(d.Text) || tm.Start >= tm.End {
			t.Fatalf("bad span %+v in %q", tm, d.Text)
		}
		if !validBoundary(d.Text, tm.Start) || !validBoundary(d.Text, tm.End) {
			t.Fatalf("span %+v not on a character boundary in %q", tm, d.Text)
		}
		in := false
		for _, s := range d.Sentences {
			if s.Span.Contains(tm.Span) && d.Blocks[s.Block].Content() {
				in = true
			}
		}
		if !in || d.InBoilerplate(tm.Span) {
			t.Fatalf("time %+v outside content sentences", tm)
		}
		if tm.Type != "DATE" && tm.Type != "DURATION" {
			t.Fatalf("time %+v: type %q", tm, tm.Type)
		}
	}
}

// validBoundary reports whether byte i starts a character of s (an
// invalid byte counts as a character of its own, as the JSON writer counts
// it) or is the end of s.
func validBoundary(s string, i int) bool {
	for j := 0; j < len(s); {
		if j == i {
			return true
		}
		if j > i {
			return false
		}
		_, n := utf8.DecodeRuneInString(s[j:])
		j += n
	}
	return i == len(s)
}
