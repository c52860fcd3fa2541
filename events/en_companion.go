package events

import "github.com/kronika/kronika/lang"

// companionPossessor returns, in English, the participant named inside
// the phrase of a companion noun of the trigger, before that noun: the
// possessor or nationality that owns it ("froze Iran's assets", "cut
// Russia's ties", "seized Chinese assets"), as the genitive after it does
// ("froze the assets of Iran": afterCompanion). nil when the phrase names
// none, names only the country the article is about by a guess, or when
// the noun is an act of its own.
func (f *frame) companionPossessor(comp []int) *filler {
	c := f.c
	if !c.english() {
		return nil
	}
	for _, k := range comp {
		np := c.nounPhrase(k)
		if np < 0 || c.d.Tokens[k].UPOS == "ADP" || c.d.Phrases[np].Head != k {
			continue
		}
		if c.heads(c.d.Tokens[k].Lemma, func(e *lang.EventEntry) bool { return e.POS == "noun" && len(e.Words) == 1 }) {
			// a noun that is an act of its own owner ("rejected Beijing's
			// demands") is coded as that act, not taken as a thing owned
			continue
		}
		named := false
		for t := c.d.Phrases[np].First; t < k; t++ {
			named = named || c.tokEnt[t] != 0
		}
		if !named {
			continue
		}
		if part := c.participant(np); part != nil && !part.guessed {
			part.slot = "owner of " + c.d.Tokens[k].Lemma
			return part
		}
	}
	return nil
}
