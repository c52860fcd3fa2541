package events

import (
	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// possessorParty returns, for an English verb that answers an act
// (REJECT, AGREE: "Tehran rejected its offer for new talks", "accepted
// their proposal"), the party a possessive pronoun before its direct
// object stands for, when the object names an offer or a request (a noun
// heading an AGREE or REQUEST entry) and the pronoun is not the subject's
// own: one does not answer one's own offer. The pronoun stands for the
// nearest phrase before it, in its sentence or the one before, that names
// an actor of another country than src's. nil when the object is no such
// phrase or no such actor is named.
func (f *frame) possessorParty(src *filler) *filler {
	c, d := f.c, f.c.d
	if !c.english() || f.vg < 0 || src == nil || f.e.Flags&lang.Symmetric != 0 ||
		f.e.Type != "REJECT" && f.e.Type != "AGREE" {
		return nil
	}
	v := &d.Phrases[f.vg]
	obj := f.vg + 1
	r := c.sentPh[f.si]
	if v.Passive || v.Form != "fin" || obj >= r[1] {
		return nil
	}
	o := &d.Phrases[obj]
	if o.Kind != doc.NounPhrase || o.Prep != "" || o.First != v.End || o.Head == o.First ||
		d.Tokens[o.First].XPOS != "PRP$" || c.cue(d.Tokens[o.First].Lemma)&lang.CuePossessive == 0 {
		return nil
	}
	for t := o.First; t < o.End; t++ {
		if c.tokEnt[t] != 0 || c.cue(d.Tokens[t].Lemma)&lang.CueOwn != 0 {
			return nil // a name in the phrase is its owner; "its own offer" the subject's
		}
	}
	answered := func(e *lang.EventEntry) bool {
		return e.POS == "noun" && len(e.Words) == 1 && (e.Type == "AGREE" || e.Type == "REQUEST")
	}
	if !c.heads(d.Tokens[o.Head].Lemma, answered) {
		return nil
	}
	// the nearest phrase before it, in its sentence or the one before,
	// without a preposition, that names an actor other than src
	for si := f.si; si >= 0 && si >= f.si-1; si-- {
		ph := c.phrases(si)
		for k := len(ph) - 1; k >= 0; k-- {
			q := &d.Phrases[ph[k]]
			if q.Kind != doc.NounPhrase || q.First >= o.First || q.Prep != "" || c.quotedFor(o, q) {
				continue
			}
			a := c.participant(ph[k])
			if a == nil || a.guessed || a.part.Country == "" {
				continue
			}
			if same(src, a) || a.part.Country == src.part.Country {
				continue
			}
			return told(a, "owner of the object", "the possessive pronoun before the object: ")
		}
	}
	return nil
}
