package events

import (
	"slices"
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
	if !slices.Contains(f.e.Target, c.x.Object) {
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

// definite are the English determiners that point back to a thing named
// before.
var definite = map[string]bool{"the": true, "this": true, "that": true, "these": true, "those": true, "such": true}

// answersEarlierAct reports whether the direct object of the English verb
// of f is a definite noun that names an act of its own, without an actor
// in its phrase or an "of"/"by" phrase after it: "Trump denied the
// request", "Kenya rejected the accusations", "refused the offer". Such
// an object points back to an act the story has just told, and the
// verb answers that act's party (answeredParty).
func (f *frame) answersEarlierAct() bool {
	c, d := f.c, f.c.d
	if !c.english() || f.vg < 0 {
		return false
	}
	v := &d.Phrases[f.vg]
	obj := f.vg + 1
	r := c.sentPh[f.si]
	if v.Passive || obj >= r[1] {
		return false
	}
	o := &d.Phrases[obj]
	if o.Kind != doc.NounPhrase || o.Prep != "" || o.First != v.End || !definite[strings.ToLower(d.Form(d.Tokens[o.First].Span))] {
		return false
	}
	for t := o.First; t < o.End; t++ {
		if c.tokEnt[t] != 0 {
			return false // "rejected Russia's demands": the demand's owner is named
		}
	}
	if k := obj + 1; k < r[1] && d.Phrases[k].Kind == doc.NounPhrase && d.Phrases[k].First <= o.End+1 {
		if p := strings.ToLower(d.Phrases[k].Prep); p == "of" || p == c.x.Agent.Prep {
			return false // "rejected the demands of the protesters"
		}
	}
	return c.heads(d.Tokens[o.Head].Lemma, func(e *lang.EventEntry) bool { return e.POS == "noun" && len(e.Words) == 1 })
}

// answerTypes are the types of the verbs that answer an act the story has
// just told: refusing, disputing or accepting it.
var answerTypes = map[string]bool{"REJECT": true, "ACCUSE": true, "AGREE": true}

// answeredParty returns the party that src answers when its verb's object
// points back to an act told in this sentence or the two before
// (answersEarlierAct): the source of the last event coded with a named
// target, the one who asked, accused or offered ("Kim asked Trump for
// sanctions relief. Trump denied the request."; "Russia accused Ukraine.
// The United States rejected the accusations." rejects Russia's). nil
// when that party is src or src's country, when no such event is near,
// and for other types than answerTypes.
func (f *frame) answeredParty(src *filler) *filler {
	c := f.c
	a := c.lastActor
	if !answerTypes[f.e.Type] || f.e.Flags&lang.Symmetric != 0 || c.lastTarget == nil || a == nil || a.guessed ||
		f.si-c.lastTargetSent > implicitReach {
		return nil
	}
	if same(src, a) || a.part.Country == "" || a.part.Country == src.part.Country {
		return nil
	}
	return told(a, "the party of the act the object points back to", "the source of the act just told: ")
}

// complexPreps are the English words that make one preposition with the
// "to", "with" or "of" after them, which then marks no target: "threats
// from China and Russia in addition to North Korea", "close to Moscow",
// "due to sanctions", "along with Germany", "instead of Iran".
var complexPreps = map[string]bool{"addition": true, "according": true, "due": true, "thanks": true, "next": true,
	"close": true, "prior": true, "compared": true, "contrary": true, "owing": true, "opposed": true,
	"along": true, "together": true, "instead": true, "regardless": true, "ahead": true}

// inComplexPrep reports whether the English noun phrase pi stands after
// a complex preposition (complexPreps): its preposition is part of it
// and names no party of the act.
func (c *coder) inComplexPrep(pi int) bool {
	d := c.d
	p := &d.Phrases[pi]
	if !c.english() || p.Kind != doc.NounPhrase || p.Prep == "" {
		return false
	}
	k := p.First - 1 // the preposition, before the phrase or its first word
	if strings.EqualFold(d.Tokens[p.First].Lemma, p.Prep) {
		k = p.First
	}
	if k < 1 || k-1 < d.Sentences[p.Sentence].FirstToken || !strings.EqualFold(d.Tokens[k].Lemma, p.Prep) {
		return false
	}
	return complexPreps[strings.ToLower(d.Form(d.Tokens[k-1].Span))]
}

// threatenedParty returns, for an English threat whose object is the
// punishment alone ("The statement threatened sanctions and visa
// restrictions", "threatened retaliation"), the party acted on just
// before: the named target of the last event coded in this sentence or
// the two before, unless that is src or src's country. nil otherwise.
func (f *frame) threatenedParty(src *filler) *filler {
	c := f.c
	t := c.lastTarget
	if !c.english() || f.e.Type != "THREATEN" || f.vg < 0 || f.c.d.Phrases[f.vg].Passive || t == nil ||
		f.si-c.lastTargetSent > implicitReach || same(src, t) || ownCountry(src, t) || t.part.Country == src.part.Country {
		return nil
	}
	return told(t, "the party acted on just before", "threatened after being acted on: ")
}

// told returns a copy of x, a participant of an event told before, as a
// participant of the act at hand that no phrase of its sentence names:
// slot says how it fills the act, how (before x's own) where it comes from.
func told(x *filler, slot, how string) *filler {
	cp := *x
	cp.phrase, cp.via = -1, -1
	cp.slot = slot
	cp.how = how + x.how
	return &cp
}
