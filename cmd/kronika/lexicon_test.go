package main

import (
	"os"
	"strings"
	"testing"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

const verbsTestdata = "../../events/testdata/verbs.txt"

func TestLexiconImport(t *testing.T) {
	out, errs, code := kronika(t, "lexicon", "import", verbsTestdata)
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	if _, err := lang.ParseEvents("out.tsv", out, "", ""); err != nil {
		t.Errorf("output is not a trigger lexicon: %v\n%s", err, out)
	}
	// companions are lemmatized as the coder's tokens are
	if !strings.Contains(out, "\nmeet peace talk\tverb\tCONSULT\t-\t046\tdiplomatic\tsubj\tafter\t-\n") {
		t.Errorf("output:\n%s", out)
	}
	for _, s := range []string{"kronika lexicon: left out " + verbsTestdata + ":29: a [ without ]",
		"kronika lexicon: left out 3 codings: CAMEO code without a PLOVER type"} {
		if !strings.Contains(errs, s) {
			t.Errorf("stderr lacks %q: %s", s, errs)
		}
	}
	for _, args := range [][]string{{"lexicon"}, {"lexicon", "export"}, {"lexicon", "import"}, {"lexicon", "import", "a", "b"}} {
		if _, errs, code := kronika(t, args...); code != 2 || !strings.Contains(errs, "usage: kronika lexicon") {
			t.Errorf("%q: exit %d, stderr %q", args, code, errs)
		}
	}
	if _, errs, code := kronika(t, "lexicon", "import", "../../eval/testdata/petrarch.xml"); code != 1 || !strings.Contains(errs, "not a PETRARCH/TABARI verb dictionary") {
		t.Errorf("not a dictionary: exit %d, stderr %q", code, errs)
	}
}

// eventRunner records the event lexicon the English language has while
// documents are processed, and codes one event per document.
type eventRunner struct {
	blankRunner
	seen *[]*lang.EventLexicon
}

func (r eventRunner) Process(d *doc.Document) error {
	*r.seen = append(*r.seen, lang.Get("en").Events)
	d.Events = []doc.Event{{Type: "PROTEST", CAMEO: "141", Source: &doc.Participant{Country: "CHL"}}}
	return nil
}

func TestEvalPlover(t *testing.T) {
	var seen []*lang.EventLexicon
	withRunner(t, eventRunner{seen: &seen})
	base := lang.Get("en").Events
	out, errs, code := kronika(t, "eval", "--plover", "../../eval/testdata/plover.json", "--events", verbsTestdata)
	if code != 0 || !strings.Contains(out, "examples with an event of their PLOVER type: 0.250 (1/4)") {
		t.Errorf("exit %d, stderr %q, stdout:\n%s", code, errs, out)
	}
	if len(seen) != 4 || seen[0] == base || len(seen[0].Triggers("confer")) == 0 {
		t.Errorf("the user's lexicon was not used: %d documents", len(seen))
	}
	if lang.Get("en").Events != base {
		t.Error("the English lexicon was not restored")
	}
	out, _, code = kronika(t, "eval", "--plover", "../../eval/testdata/plover.json", "--split", "heldout")
	if code != 0 || !strings.Contains(out, "PLOVER type: 0.500 (1/2)") || !strings.Contains(out, "split heldout (") || strings.Contains(out, "  tune ") {
		t.Errorf("--split heldout: exit %d:\n%s", code, out)
	}
	out, _, code = kronika(t, "eval", "--json", "--plover", "../../eval/testdata/plover.json")
	if code != 0 || !strings.Contains(out, `"schema": "kronika-eval-plover/1"`) {
		t.Errorf("--json: exit %d:\n%s", code, out)
	}
	for _, args := range [][]string{
		{"eval", "--plover", "x.json", "--petrarch", "y.xml"},
		{"eval", "--events", verbsTestdata, "dir"},
		{"eval", "--actors", "a.txt", "--ud", "x.conllu"},
		{"eval", "--plover", "x.json", "--split", "odd"},
		{"eval", "--split", "tune", "dir"},
	} {
		if _, errs, code := kronika(t, args...); code != 2 || !strings.Contains(errs, "usage: kronika eval") {
			t.Errorf("%q: exit %d, stderr %q", args, code, errs)
		}
	}
	if _, errs, code := kronika(t, "eval", "--plover", "../../eval/testdata/petrarch.xml"); code != 1 || !strings.Contains(errs, "JSON") {
		t.Errorf("not JSON: exit %d, stderr %q", code, errs)
	}
	if _, errs, code := kronika(t, "eval", "--plover", "../../eval/testdata/plover.json", "--events", "nope.tsv"); code != 1 || !strings.Contains(errs, "nope.tsv") {
		t.Errorf("missing lexicon: exit %d, stderr %q", code, errs)
	}
}

// TestPetrarchActorBase: the dictionaries a unit-test file names, found
// beside it, are the whole actor base.
func TestPetrarchActorBase(t *testing.T) {
	dir := t.TempDir()
	xml := `<Validation><Environment><Actorfile>a.actors.txt</Actorfile><Agentfile>missing.txt</Agentfile></Environment>
<Sentences><Sentence id="X-1" date="20000101"><EventCoding sourcecode="FRB" targetcode="GLX" eventcode="042"/><Text>Freedonia visited Glorixia.</Text></Sentence></Sentences></Validation>`
	if err := os.WriteFile(dir+"/t.xml", []byte(xml), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dir+"/a.actors.txt", []byte("FREEDONIA [FRB]\nGLORIXIA [GLX]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	kb, used, err := petrarchActorBase(dir+"/t.xml", nil, os.Stderr)
	if err != nil || len(used) != 1 || !strings.HasSuffix(used[0], "a.actors.txt") {
		t.Fatalf("%v, %v", used, err)
	}
	if ms := kb.Lookup("Freedonia"); len(ms) != 1 || ms[0].Actor.At("").Code() != "FRB" {
		t.Errorf("Freedonia: %+v", ms)
	}
	if ms := kb.Lookup("Poland"); len(ms) != 0 {
		t.Errorf("the embedded base is in: %+v", ms)
	}
	// without dictionaries beside it: the embedded base
	if kb, used, err := petrarchActorBase("../../eval/testdata/petrarch.xml", nil, os.Stderr); kb != nil || used != nil || err != nil {
		t.Errorf("%v %v %v", kb, used, err)
	}
	out, errs, code := kronika(t, "eval", "--petrarch", dir+"/t.xml")
	if code != 0 || !strings.Contains(out, "dictionaries: "+dir+"/a.actors.txt") || !strings.Contains(out, "expected codings produced") {
		t.Errorf("exit %d, stderr %q:\n%s", code, errs, out)
	}
}

// TestExtractEvents: extract --events codes with a user's verb dictionary
// before the English lexicon, its patterns before its verbs alone, and
// puts the English lexicon back.
func TestExtractEvents(t *testing.T) {
	in := t.TempDir() + "/a.txt"
	if err := os.WriteFile(in, []byte("Russia conferred with Ukraine on Monday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	base := lang.Get("en").Events
	out, errs, code := kronika(t, "extract", "--lang", "en", "--events", verbsTestdata, in)
	if code != 0 || !strings.Contains(out, `"cameo": "036"`) {
		t.Errorf("exit %d, stderr %q, stdout:\n%s", code, errs, out)
	}
	if !strings.Contains(errs, "left out "+verbsTestdata+":29") {
		t.Errorf("stderr %q", errs)
	}
	if lang.Get("en").Events != base {
		t.Error("the English lexicon was not restored")
	}
	if out, _, _ := kronika(t, "extract", "--lang", "en", in); strings.Contains(out, `"cameo": "036"`) {
		t.Errorf("036 without the dictionary:\n%s", out)
	}
	if _, errs, code := kronika(t, "extract", "--events", "nope.txt", in); code != 1 || !strings.Contains(errs, "nope.txt") {
		t.Errorf("missing dictionary: exit %d, stderr %q", code, errs)
	}
}
