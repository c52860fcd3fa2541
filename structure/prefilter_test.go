package structure

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/kronika/kronika/lang"
	"github.com/kronika/kronika/lang/en"
	"github.com/kronika/kronika/lang/pl"
)

// TestRequired: the words a pattern cannot match without, case-folded.
func TestRequired(t *testing.T) {
	cases := []struct {
		pattern string
		want    []string // nil: none known
	}{
		{`(?i)(czytaj|zobacz)( też)?\s*:?$`, []string{"CZYTAJ", "ZOBACZ"}},
		{`(?i)^(czytaj|zobacz)( też)?\s*:?$`, nil}, // tried at the start only: cheap as it is
		{`(?i)\b(plik(i|ów) cookies?|ciasteczk)`, []string{" COOKIE", "CIASTECZK"}},
		{`(?i)(read|see) (also|more)\s*:$`, []string{"ALSO", "MORE"}}, // the longer words of the two
		{`(?i)źródło\s*:`, []string{"ŹRÓDŁO"}},
		{`(?i)(^źródło)\s*:`, nil},
		{`(?i)(ab)+x`, []string{"AB"}},
		{`(?i)(ab){2,3}x{0,2}`, []string{"AB"}},
		{`(?i)(ab)*`, nil},
		{`(?i)a|[0-9]+`, nil},          // one alternative needs no word
		{`(?i)^\s*:?$`, nil},           // no word at all
		{`Kelvin`, []string{"KELVIN"}}, // case-sensitive words fold too
	}
	for _, c := range cases {
		var got []string
		for _, w := range prefilterOf(regexp.MustCompile(c.pattern)) {
			got = append(got, string(w))
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("prefilter of %q = %q, want %q", c.pattern, got, c.want)
		}
	}
}

// TestFold: strings fold alike exactly when they are equal up to case,
// the Kelvin sign and the long s included.
func TestFold(t *testing.T) {
	cases := []struct{ a, b string }{
		{"Czytaj też", "CZYTAJ TEŻ"}, {"kelvin", "\u212aelvin"}, {"ſzyk", "SZYK"},
		{"ŹRÓDŁO", "źródło"}, {"Ωμέγα", "ωΜΈΓΑ"}, {"abc", "abd"}, {"ł", "l"}, {"\xff", "\xfe"},
	}
	for _, c := range cases {
		if same := fold(c.a) == fold(c.b); same != strings.EqualFold(c.a, c.b) {
			t.Errorf("fold(%q) == fold(%q) is %v, strings.EqualFold says %v", c.a, c.b, same, !same)
		}
	}
}

// rules lists the boilerplate rules of the registered languages.
func rules() []lang.BoilerplateRule {
	return append(slices.Clone(pl.New().Boilerplate), en.New().Boilerplate...)
}

// FuzzPrefilter: a paragraph the prefilter turns away never matches the
// rule; strings fold alike when they are equal up to case.
func FuzzPrefilter(f *testing.F) {
	for _, s := range []string{"Czytaj też:", "CZYTAJ TAKŻE: x", "Pliki cookies", "read more:",
		"Source: AP", "pli\u212ai cookie", "Przeczytaj \xff też:", "ſhare"} {
		f.Add(s, strings.ToUpper(s))
	}
	rs := rules()
	f.Fuzz(func(t *testing.T, body, other string) {
		folded := appendFold(nil, body)
		for _, r := range rs {
			if !prefilterOf(r.Pattern).mayMatch(folded) && r.Pattern.MatchString(body) {
				t.Errorf("%q matches %q, which its prefilter %q turned away", body, r.Pattern, prefilterOf(r.Pattern))
			}
		}
		if strings.EqualFold(body, other) != (fold(body) == fold(other)) {
			t.Errorf("fold(%q) = %q, fold(%q) = %q, EqualFold %v", body, fold(body), other, fold(other), strings.EqualFold(body, other))
		}
	})
}
