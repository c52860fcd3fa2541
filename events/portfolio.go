package events

import "github.com/kronika/kronika/lang"

// portfolio reports whether tokens [from, to) are a word that names the
// field an office is for (the lexicon's portfolio cues, Polish "ds.", "do
// spraw"), with nothing else between but the abbreviation's full stop:
// "sekretarz ds. energii USA". The noun after it is the field, not the
// office's owner.
func (c *coder) portfolio(from, to int) bool {
	seen := false
	for t := from; t < to; t++ {
		tok := &c.d.Tokens[t]
		switch {
		case c.cue(tok.Lemma)&lang.CuePortfolio != 0:
			seen = true
		case tok.UPOS == "PUNCT" && c.d.Form(tok.Span) == "." && seen:
		default:
			return false
		}
	}
	return seen
}
