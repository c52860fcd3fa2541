package events

import (
	"strings"

	"github.com/kronika/kronika/lang"
)

// purposeAct reports whether the trigger at token ti names the aim of
// another act rather than an act of its own: the infinitive of a purpose
// adjunct, a noun of aim (lang.CuePurpose) after a preposition and before
// "to" ("tested missiles in an effort to pressure the U.S.", "in a move
// to strengthen regional ties"), or the act after a verb of aim and "at"
// ("a visit aimed at boosting cooperation"). The trigger stands at most
// two words after "to" or "at". A noun of aim that is itself the subject
// or object ("Turkey's efforts to improve ties") has no preposition before
// it and is left alone: the effort is the act reported.
func (c *coder) purposeAct(si, ti int) bool {
	d := c.d
	first := d.Sentences[si].FirstToken
	for k := ti - 1; k >= first && k >= ti-3; k-- {
		t := &d.Tokens[k]
		w := strings.ToLower(d.Form(t.Span))
		if w != "to" && w != "at" || k == first {
			continue
		}
		a := &d.Tokens[k-1]
		if c.cue(a.Lemma)&lang.CuePurpose == 0 {
			continue
		}
		switch {
		case w == "at" && a.UPOS == "VERB":
			return true // "aimed at boosting"
		case w == "to" && a.UPOS == "NOUN":
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
