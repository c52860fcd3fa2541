package events

import (
	"strings"

	"github.com/kronika/kronika/lang"
)

// purposeAct reports whether the trigger at token ti names the aim of
// another act rather than an act of its own: the infinitive of a purpose
// adjunct, a noun of aim after a preposition and before a linking word
// ("tested missiles in an effort to pressure the U.S.", "in a move to
// strengthen regional ties"), or the act after a verb of aim and a linking
// word ("a visit aimed at boosting cooperation"). The nouns and verbs of
// aim and the linking words are the language's lang.CuePurpose words (the
// linking words are those that are neither noun nor verb there: English
// "to", "at"). The trigger stands at most two words after the linking
// word. A noun of aim that is itself the subject or object ("Turkey's
// efforts to improve ties") has no preposition before it and is left
// alone: the effort is the act reported.
func (c *coder) purposeAct(si, ti int) bool {
	d := c.d
	first := d.Sentences[si].FirstToken
	for k := ti - 1; k >= first && k >= ti-3; k-- {
		t := &d.Tokens[k]
		if k == first || t.UPOS == "NOUN" || t.UPOS == "VERB" ||
			c.cue(strings.ToLower(d.Form(t.Span)))&lang.CuePurpose == 0 {
			continue
		}
		a := &d.Tokens[k-1]
		if c.cue(a.Lemma)&lang.CuePurpose == 0 {
			continue
		}
		switch a.UPOS {
		case "VERB":
			return true // "aimed at boosting"
		case "NOUN":
			// a preposition before the noun, past an article or adjective
			j := k - 2
			for j >= first && j >= k-4 && (d.Tokens[j].UPOS == "DET" || d.Tokens[j].UPOS == "ADJ") {
				j--
			}
			if j >= first && d.Tokens[j].UPOS == "ADP" {
				return true
			}
		}
	}
	return false
}
