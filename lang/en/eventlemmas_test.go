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
		// spelling variants come back to the head the lexicon lists
		{"cease-fire", "NN", "ceasefire"},
		{"cease-fires", "NNS", "ceasefire"},
		{"air-strikes", "NNS", "airstrike"},
		{"demilitarised", "VBD", "demilitarize"},
		{"legalising", "VBG", "legalize"},
		{"mobilised", "VBD", "mobilise"}, // a head of its own
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
// lemma lines with their classes, one a head (multi-word entries give
// their head only), and the spelling variants as lines of one class with
// their forms.
func TestEventLemmasLines(t *testing.T) {
	lines := eventLemmas()
	for _, want := range []string{"persecute\tV\n", "strafe\tV\n", "retaliation\tN\n", "hold\tV\n",
		"ceasefire\tN\tcease-fire cease-fires\n", "demilitarize\tV\tdemilitarise demilitarised demilitarising demilitarises\n"} {
		if !strings.Contains(lines, want) {
			t.Errorf("eventLemmas lacks %q", want)
		}
	}
	for line := range strings.SplitSeq(strings.TrimSuffix(lines, "\n"), "\n") {
		f := strings.Split(line, "\t")
		if len(f) < 2 || len(f) > 3 || !lowerWord(f[0]) || strings.Trim(f[1], "VN") != "" || len(f) == 3 && len(f[1]) != 1 {
			t.Errorf("bad line %q", line)
		}
	}
}
