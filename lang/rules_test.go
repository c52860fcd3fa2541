package lang

import (
	"strings"
	"testing"
)

// TestRuleLines: a "rule" line of the cues file turns on the coder's
// optional rules it names; an unknown name is an error naming the line.
func TestRuleLines(t *testing.T) {
	lex := "meet\tverb\tCONSULT\t-\t040\t-\tsubj\tobj\t-\n"
	head := "option\tsubject\tsubj\noption\tobject\tobj\noption\tagent\tby\n"
	x, err := ParseEvents("e.tsv", lex, "c.tsv", head+"rule\tshowofforce possiblethreat\n")
	if err != nil {
		t.Fatal(err)
	}
	if !x.Rules["showofforce"] || !x.Rules["possiblethreat"] || x.Rules["supportintent"] {
		t.Errorf("rules %v", x.Rules)
	}
	if x, _ := ParseEvents("e.tsv", lex, "c.tsv", head); x.Rules["showofforce"] {
		t.Errorf("no rule line: rules %v", x.Rules)
	}
	_, err = ParseEvents("e.tsv", lex, "c.tsv", head+"rule\tshowofforce guesswork\n")
	if err == nil || !strings.Contains(err.Error(), "c.tsv:4") {
		t.Fatalf("unknown rule: error %v, want one naming c.tsv:4", err)
	}
}
