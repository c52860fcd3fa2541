package events

import (
	"strings"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// complementPreps are the prepositions after a thing that name the actor
// the thing belongs to or is shared with: "boycott all official contact
// with the United States", "condemned the killing of civilians",
// "stepped up the campaign against the rebels".
var complementPreps = map[string]bool{"of": true, "with": true, "against": true}

// objectComplement returns, for an English verb whose direct object names
// a thing rather than an actor, the actor the phrase right after that
// object names with "of", "with" or "against": the act reaches the
// thing's owner or party ("would boycott all official contact with the
// United States" is a boycott of the United States, "condemned the
// killing of civilians" a condemnation on the civilians' behalf). Only in
// the active voice, for entries whose target may be the direct object,
// and when the actor is named, not guessed from the article's country;
// nil otherwise. ("by" names an author instead: authorTarget.)
func (f *frame) objectComplement() *filler {
	c, d := f.c, f.c.d
	if !c.english() || f.vg < 0 || d.Phrases[f.vg].Passive {
		return nil
	}
	objSlot := false
	for _, sl := range f.e.Target {
		objSlot = objSlot || sl == c.x.Object
	}
	if !objSlot {
		return nil
	}
	v := &d.Phrases[f.vg]
	r := c.sentPh[f.si]
	obj := f.vg + 1
	if obj >= r[1] {
		return nil
	}
	o := &d.Phrases[obj]
	if o.Kind != doc.NounPhrase || o.Prep != "" || o.First != v.End || obj == f.own || f.excl[obj] ||
		c.participant(obj) != nil || c.sectorOf(obj) != "" || d.Tokens[o.Head].UPOS != "NOUN" {
		return nil
	}
	if c.heads(d.Tokens[o.Head].Lemma, func(e *lang.EventEntry) bool { return e.POS == "noun" && len(e.Words) == 1 }) {
		return nil // an act of its own ("welcomed the agreement with Iraq"), coded as such
	}
	k := obj + 1 // (the preposition stands before the phrase's first word)
	if k >= r[1] {
		return nil
	}
	p := &d.Phrases[k]
	if p.Kind != doc.NounPhrase || p.First != o.End && p.First != o.End+1 || !complementPreps[strings.ToLower(p.Prep)] || f.excl[k] {
		return nil
	}
	x := c.participant(k)
	if x == nil || x.guessed {
		return nil
	}
	x.slot = "the \"" + p.Prep + "\" phrase after the object " + d.Form(d.Tokens[o.Head].Span)
	return x
}
