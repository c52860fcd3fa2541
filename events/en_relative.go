package events

import (
	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// inRestrictiveRelative reports whether noun phrase p, before verb group
// vg, stands inside a relative clause without commas that ends before vg:
// "The man who led the attack on the embassy was arrested", "Protesters
// who gathered outside parliament were detained". Such a clause's phrases
// belong to its own verb; the subject of vg is the phrase the clause
// modifies, before the relative pronoun. English only: the pronoun is
// found by its Penn tag (WDT, WP, WP$) right after a noun phrase, and the
// clause ends where the next finite verb after its own begins. A clause
// between commas is left to enclosed (clauses.go).
func (f *frame) inRestrictiveRelative(p, vg *doc.Phrase) bool {
	c, d := f.c, f.c.d
	if !c.english() {
		return false
	}
	s := d.Sentences[f.si]
	for k := p.First; k >= s.FirstToken && k > p.First-reach; k-- {
		if d.Form(d.Tokens[k].Span) == "," {
			return false
		}
		switch d.Tokens[k].XPOS {
		case "WDT", "WP", "WP$":
		default:
			continue
		}
		if !c.afterNounPhrase(k) {
			return false // a question word or a free relative: "what Russia did"
		}
		// the verb after the clause: p is inside when it ends before it
		main := f.relativeEnd(k)
		return main != nil && p.End <= main.First && main.First <= vg.First
	}
	return false
}

// afterNounPhrase reports whether a noun phrase ends right before token k.
func (c *coder) afterNounPhrase(k int) bool {
	if k == 0 {
		return false
	}
	q := int(c.tokPhrase[k-1]) - 1
	return q >= 0 && c.d.Phrases[q].Kind == doc.NounPhrase && c.d.Phrases[q].End == k
}

// passiveSubject reports whether slot sl is the object of an English
// passive trigger and noun phrase p its subject before it, past the verb
// of a relative clause without commas right after p: "The man who led
// the attack was arrested", "Protesters who gathered outside parliament
// were detained". (Any other verb between keeps p out: "The police
// returned fire and Joseph was killed" is no act on the police.)
func (f *frame) passiveSubject(sl lang.Slot, p *doc.Phrase) bool {
	c, d := f.c, f.c.d
	if !c.english() || f.vg < 0 || !d.Phrases[f.vg].Passive || sl != c.x.Object || p.End >= len(d.Tokens) {
		return false
	}
	switch d.Tokens[p.End].XPOS {
	case "WDT", "WP", "WP$":
	default:
		return false
	}
	main := f.relativeEnd(p.End)
	return main != nil && main == &d.Phrases[f.vg]
}

// relativeEnd returns, for the relative pronoun at token k, the finite
// verb group that follows its clause without commas (the clause's own
// verb comes first): the verb of the clause it is in; nil when there is
// none or a comma comes before it.
func (f *frame) relativeEnd(k int) *doc.Phrase {
	d := f.c.d
	var own *doc.Phrase
	for _, pi := range f.c.phrases(f.si) {
		q := &d.Phrases[pi]
		if q.Kind != doc.VerbGroup || q.Form != "fin" || q.First <= k {
			continue
		}
		if own == nil {
			own = q
			continue
		}
		if q.First < own.End || q.First > 0 && (d.Tokens[q.First-1].UPOS == "ADP" || d.Tokens[q.First-1].UPOS == "SCONJ") {
			continue // part of the clause: "who died after being detained"
		}
		for j := k + 1; j < q.First; j++ {
			if d.Form(d.Tokens[j].Span) == "," {
				return nil
			}
		}
		return q
	}
	return nil
}
