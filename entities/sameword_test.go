package entities

import (
	"strconv"
	"strings"
	"testing"

	"github.com/kronika/kronika/doc"
)

func TestSameWord(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"kima", "kim", true},
		{"putinem", "putin", true},
		{"zełenskiego", "zełenski", true},
		{"zełenskiego", "zełenskim", true},
		{"путина", "путин", true},
		{"дэвис", "дэвид", false},
		{"davis", "david", false},
		{"tusk", "tuska", true},
	} {
		if got := sameWord(tt.a, tt.b, 3); got != tt.want {
			t.Errorf("sameWord(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestOneTypePerName: mentions of one name typed differently by the
// recognizer make one entity of the most frequent type; different names
// of types that cannot be one thing stay apart.
func TestOneTypePerName(t *testing.T) {
	mk := func(start int, typ, lemma string) mention {
		return mention{span: doc.Span{Start: start, End: start + 1}, typ: typ, lemma: lemma, form: lemma,
			words: strings.Fields(strings.ToLower(lemma))}
	}
	es := merge([]mention{mk(0, "PERSON", "Kułeba"), mk(10, "GPE", "Kułeba"), mk(20, "PERSON", "Kułeba"), mk(30, "GPE", "Jordania"), mk(40, "PERSON", "Jordan")})
	var got []string
	for _, e := range es {
		got = append(got, e.Type+" "+e.Name+" "+strconv.Itoa(len(e.Mentions)))
	}
	want := []string{"PERSON Kułeba 3", "GPE Jordania 1", "PERSON Jordan 1"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestCitedNameForm: between two written forms of a word of a person's
// name, the one written in a mention cited in its base form is the name's
// ("Rafał Cyfka"), not the one of a mention whose other words show an
// oblique case ("Rafała Cyfki", which the lemmatizer left "Rafał Cyfki").
func TestCitedNameForm(t *testing.T) {
	mk := func(start int, form, lemma string) mention {
		return mention{span: doc.Span{Start: start, End: start + 1}, typ: "PERSON", lemma: lemma, form: form,
			words: strings.Fields(strings.ToLower(lemma))}
	}
	for _, tc := range []struct {
		ms   []mention
		want string
	}{
		{[]mention{mk(0, "Rafała Cyfki", "Rafał Cyfki"), mk(10, "Rafał Cyfka", "Rafał Cyfka")}, "Rafał Cyfka"},
		{[]mention{mk(0, "Rafał Cyfka", "Rafał Cyfka"), mk(10, "Rafała Cyfki", "Rafał Cyfki")}, "Rafał Cyfka"},
		// A word written once only keeps the rule before: the shorter
		// of the written forms.
		{[]mention{mk(0, "Joe Bidenem", "Joe Bidenem"), mk(10, "Biden", "Biden")}, "Joe Biden"},
	} {
		es := merge(tc.ms)
		if len(es) != 1 || es[0].Name != tc.want {
			t.Errorf("%v: %+v, want one entity %q", tc.ms, es, tc.want)
		}
	}
}
