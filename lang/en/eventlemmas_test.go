package en

import (
	"strings"
	"testing"
)

// TestEventLemmasInflections: inflected forms of trigger verbs that
// neither PETRARCH's nor EWT's lemma lists name come back to the
// lexicon's head, so the coder finds them in every form.
func TestEventLemmasInflections(t *testing.T) {
	cases := []struct{ form, tag, want string }{
		{"persecuted", "VBD", "persecute"},
		{"persecuting", "VBG", "persecute"},
		{"strafed", "VBN", "strafe"},
		{"intimidated", "VBD", "intimidate"},
		{"excoriating", "VBG", "excoriate"},
		{"repudiated", "VBD", "repudiate"},
		{"disbursed", "VBN", "disburse"},
		{"downgrading", "VBG", "downgrade"},
		{"demobilises", "VBZ", "demobilise"},
		{"vilified", "VBD", "vilify"},
		// the verbs the lists knew keep their lemmas
		{"visited", "VBD", "visit"},
		{"agreed", "VBD", "agree"},
		{"stopped", "VBD", "stop"},
	}
	for _, c := range cases {
		if got := englishLemma(c.form, c.tag); got != c.want {
			t.Errorf("englishLemma(%q, %s) = %q, want %q", c.form, c.tag, got, c.want)
		}
	}
}

// TestEventLemmasLines: the heads of the trigger lexicon come out as
// lemma lines with their class, one a head, and multi-word entries give
// their head only.
func TestEventLemmasLines(t *testing.T) {
	lines := eventLemmas()
	for _, want := range []string{"persecute\tV\n", "strafe\tV\n", "retaliation\tN\n", "hold\tV\n"} {
		if !strings.Contains(lines, want) {
			t.Errorf("eventLemmas lacks %q", want)
		}
	}
	for line := range strings.SplitSeq(strings.TrimSuffix(lines, "\n"), "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 2 || !lowerWord(f[0]) || f[1] != "V" && f[1] != "N" {
			t.Errorf("bad line %q", line)
		}
	}
}
