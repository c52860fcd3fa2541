package lang

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestLoadNamesBrokenFile(t *testing.T) {
	good := fstest.MapFS{
		"abbreviations.tsv": {Data: []byte("np\tinner\n")},
		"boilerplate.tsv":   {Data: []byte("related\tblock\t^czytaj też:$\n")},
		"timex.tsv":         {Data: []byte("")},
		"speech_verbs.tsv":  {Data: []byte("")},
	}
	l, err := Load("xx", "Test", good)
	if err != nil {
		t.Fatal(err)
	}
	if l.Code != "xx" || l.Abbrev["np"] != Inner || len(l.Boilerplate) != 1 || l.Boilerplate[0].Scope != OpensBlock {
		t.Errorf("loaded %+v", l)
	}

	bad := fstest.MapFS{}
	for k, v := range good {
		bad[k] = v
	}
	bad["boilerplate.tsv"] = &fstest.MapFile{Data: []byte("# comment\nrelated\teverywhere\tx\n")}
	if _, err := Load("xx", "Test", bad); err == nil || !strings.Contains(err.Error(), "lang/xx/boilerplate.tsv:2") {
		t.Errorf("error %v, want one naming lang/xx/boilerplate.tsv:2", err)
	}
	delete(bad, "boilerplate.tsv")
	if _, err := Load("xx", "Test", bad); err == nil || !strings.Contains(err.Error(), "lang/xx/boilerplate.tsv") {
		t.Errorf("missing file: error %v", err)
	}
}

func TestParseAbbrevErrors(t *testing.T) {
	for _, in := range []string{"np\n", "np\tsometimes\n", "\tinner\n"} {
		if _, err := ParseAbbrev("a.tsv", in); err == nil || !strings.Contains(err.Error(), "a.tsv:1") {
			t.Errorf("%q: error %v", in, err)
		}
	}
}

func TestParseBoilerplateErrors(t *testing.T) {
	for _, in := range []string{"related\tblock\n", "related\tblock\t(\n", "\tblock\tx\n"} {
		if _, err := ParseBoilerplate("b.tsv", in); err == nil || !strings.Contains(err.Error(), "b.tsv:1") {
			t.Errorf("%q: error %v", in, err)
		}
	}
}
