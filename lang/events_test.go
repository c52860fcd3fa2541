package lang

import (
	"strings"
	"testing"
)

// TestCueKinds: every cue kind of the cue file format is read into its
// bit, a word may be of several kinds, and an unknown kind is an error
// naming the file and line.
func TestCueKinds(t *testing.T) {
	lex := "zgodzić się\tverb\tAGREE\t-\t030\t-\tnom\tz+inst\t-\n"
	head := "option\tsubject\tnom\noption\tobject\tacc\noption\tagent\tprzez+acc\n"
	for kind, want := range cueKinds {
		x, err := ParseEvents("e.tsv", lex, "c.tsv", head+kind+"\tsłowo Inne\n")
		if err != nil {
			t.Fatalf("%s: %v", kind, err)
		}
		if x.Cues["słowo"] != want || x.Cues["inne"] != want {
			t.Errorf("%s: cues %v %v, want %v", kind, x.Cues["słowo"], x.Cues["inne"], want)
		}
	}
	x, err := ParseEvents("e.tsv", lex, "c.tsv", head+"negation\tnie\nconsent\tzgodzić\nrefusal\todmówić nie\n")
	if err != nil {
		t.Fatal(err)
	}
	if x.Cues["nie"] != CueNegation|CueRefusal || x.Cues["zgodzić"] != CueConsent {
		t.Errorf("cues %v, %v", x.Cues["nie"], x.Cues["zgodzić"])
	}
	_, err = ParseEvents("e.tsv", lex, "c.tsv", head+"assent\tzgodzić\n")
	if err == nil || !strings.Contains(err.Error(), "c.tsv:4") {
		t.Fatalf("unknown kind: error %v, want one naming c.tsv:4", err)
	}
	for kind := range cueKinds {
		if !strings.Contains(err.Error(), kind) {
			t.Errorf("unknown kind: error %v does not name the kind %q", err, kind)
		}
	}
}
