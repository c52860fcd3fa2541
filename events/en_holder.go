package events

import (
	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// releaseHolder returns, for an English request whose companion noun is
// a release (the lexicon's RETREAT release nouns: "demanded the release
// of"), the party that holds the people to be released, named after a
// participle that follows them: the agent ("journalists jailed by
// Belarus") or the place they are held in ("prisoners held in Israeli
// prisons", "citizens detained in Ukraine"), as that country's
// government. The request is addressed to the holder, not to the
// prisoners. nil when the sentence names none.
func (f *frame) releaseHolder(comp []int) *filler {
	c, d := f.c, f.c.d
	if !c.english() || f.e.Type != "REQUEST" {
		return nil
	}
	heads := comp
	if f.vg >= 0 {
		// the plain verb's object: "demanded the release of"
		end := d.Phrases[f.vg].End
		if p := int(c.tokPhrase[min(end, len(d.Tokens)-1)]) - 1; p >= 0 && d.Phrases[p].Kind == doc.NounPhrase && d.Phrases[p].First == end && d.Phrases[p].Prep == "" {
			heads = append(heads[:len(heads):len(heads)], d.Phrases[p].Head)
		}
	}
	k := -1
	for _, t := range heads {
		for _, i := range c.triggers(d.Tokens[t].Lemma) {
			if x := &c.x.Entries[i]; x.POS == "noun" && x.Type == "RETREAT" && x.Mode == "release" {
				k = t
			}
		}
	}
	if k < 0 {
		return nil
	}
	s := d.Sentences[f.si]
	for t := k + 1; t+2 < s.EndToken && t <= k+12; t++ {
		tok := &d.Tokens[t]
		prep := d.Form(d.Tokens[t+1].Span)
		// a participle after the people, also one the tagger reads as a
		// past tense right after a noun ("prisoners held in")
		participle := tok.XPOS == "VBN" || tok.XPOS == "VBD" && d.Tokens[t-1].UPOS == "NOUN" &&
			(prep == c.x.Agent.Prep || c.cue(prep)&lang.CueLocative != 0)
		if tok.UPOS == "PUNCT" || tok.UPOS == "VERB" && !participle {
			return nil // the request's own clause only
		}
		if !participle {
			continue
		}
		p := int(c.tokPhrase[t+2]) - 1
		if p < 0 || d.Phrases[p].Kind != doc.NounPhrase || d.Phrases[p].First != t+2 ||
			prep != c.x.Agent.Prep && c.cue(prep)&lang.CueLocative == 0 {
			return nil
		}
		x := c.participant(p)
		if x == nil || x.guessed || x.part.Country == "" {
			return nil
		}
		if x.part.Actor == x.part.Country {
			// a place or a people stands for its state's government
			x.part.Actor = x.part.Country + "GOV"
			x.body, x.ent, x.part.Entity = true, 0, ""
		}
		x.slot = "holder of those to be released (" + prep + ")"
		return x
	}
	return nil
}
