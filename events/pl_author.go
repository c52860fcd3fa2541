package events

import "github.com/kronika/kronika/doc"

// participleAuthor returns, for an entry whose prepositional target slot
// holds a passive participle with its agent before the noun it describes
// ("nie zgadza się z | zapowiedzianym | przez premiera Jerzego Buzka |
// przesunięciem wyborów"), that agent: the act or thing the slot names is
// the agent's, and so is the target of agreeing, rejecting or condemning
// it. Only a named or described actor the base places (not one guessed
// from the article's country); nil when the slot holds no such participle.
func (f *frame) participleAuthor() *filler {
	c, d := f.c, f.c.d
	if f.nominal || f.vg < 0 || !c.cased() || c.x.Agent.Prep == "" {
		return nil
	}
	r := c.sentPh[f.si]
	for _, pi := range c.near(f.si, f.ti) {
		p := &d.Phrases[pi]
		if p.Kind != doc.NounPhrase || p.First <= f.ti || p.Prep == "" || f.excl[pi] || p.End != p.Head+1 || pi+2 >= r[1] || p.Cases == 0 {
			continue
		}
		slot := false
		for _, sl := range f.e.Target {
			slot = slot || sl.Prep == p.Prep
		}
		h := &d.Tokens[p.Head]
		// (the tagger reads many such participles as adjectives:
		// "zapowiedzianym" adj; the agent after it says what it is)
		if !slot || h.UPOS != "ADJ" && !passiveParticiple(h) {
			continue
		}
		q := &d.Phrases[pi+1]
		if q.Kind != doc.NounPhrase || q.Prep != c.x.Agent.Prep || q.First != p.End+1 || c.inTime(q) {
			return nil
		}
		// the noun the participle describes follows the agent (and its
		// apposition), in the participle's case
		noun := false
		for k := pi + 2; k < r[1] && k <= pi+4 && !noun; k++ {
			n := &d.Phrases[k]
			if n.Kind != doc.NounPhrase || n.Prep != "" {
				break
			}
			noun = n.Cases&p.Cases != 0 && d.Tokens[n.Head].UPOS == "NOUN"
		}
		if !noun {
			return nil
		}
		if a := c.participant(pi + 1); a != nil && !a.guessed {
			a.slot = "agent (" + c.x.Agent.String() + ") of the participle in the " + p.Prep + " slot"
			return a
		}
		return nil
	}
	return nil
}
