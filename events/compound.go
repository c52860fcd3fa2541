package events

import "github.com/kronika/kronika/lang"

// compoundMatched reports whether noun entry e, an entry of several words,
// found its companions as modifiers of its head noun ("missile strike",
// "air strike", "drone strike"): the phrase then names that act and no
// other, so when it codes nothing the head's one-word entries ("strike",
// a walk-out) must not take its place. A companion preposition ("strike
// on") says nothing of the noun's sense ("the strike on Monday") and does
// not count.
func (c *coder) compoundMatched(e *lang.EventEntry, nominal bool, ti int, comp []int) bool {
	if !nominal || e.POS != "noun" || len(e.Words) < 2 || e.Sequence != nil || len(comp) == 0 {
		return false
	}
	own := c.nounPhrase(ti)
	if own < 0 {
		return false
	}
	p := &c.d.Phrases[own]
	for _, k := range comp {
		switch c.d.Tokens[k].UPOS {
		case "NOUN", "PROPN", "ADJ":
		default:
			return false
		}
		if k < p.First || k >= p.End {
			return false // a modifier stands in its head's phrase
		}
	}
	return true
}
