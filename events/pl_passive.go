package events

import "github.com/kronika/kronika/doc"

// droppedPassiveSubject returns the one acted on by a passive verb whose subject
// the clause leaves out ("Policja zatrzymała w sobotę Jana K. Został
// zatrzymany na lotnisku", "Zostali przekazani prokuraturze"), in a
// language whose slots are cases: the subject of the sentence before
// when it agrees with the verb (number, gender), else the party acted on
// in the sentence before when it does. nil when no phrase is missing
// (fit: a phrase of the clause could be the subject) or none agrees.
func (f *frame) droppedPassiveSubject(src *filler, fit bool) *filler {
	c := f.c
	if !c.cased() || f.nominal || f.vg < 0 || fit && !f.anaphor {
		return nil
	}
	v := &c.d.Phrases[f.vg]
	if !v.Passive || v.Form != "fin" || c.nounInClause(f.si, f.vg) {
		return nil
	}
	pick := func(p *filler, slot string) *filler {
		if p == nil || !v.Agree.Agrees(p.agree) || src != nil && same(src, p) {
			return nil
		}
		cp := *p
		cp.phrase, cp.via = -1, -1
		cp.slot = slot
		return &cp
	}
	if p := pick(c.subjectBefore(), "subject of the sentence before, left out of the passive"); p != nil {
		return p
	}
	if c.lastTargetSent == f.si-1 {
		return pick(c.lastTarget, "the party acted on in the sentence before, left out of the passive")
	}
	return nil
}

// nounInClause reports whether the clause of verb group vg in sentence si
// holds a noun or name outside a prepositional phrase that may be a
// nominative (its readings allow one, or it has none: a foreign name),
// whether or not it names an actor: then the passive's subject is there
// ("ocena … została wsparta", "duchownych Asia Bibi została
// aresztowana"), not left out. The clause runs from the comma or
// conjunction before the verb to the one after it.
func (c *coder) nounInClause(si, vg int) bool {
	d := c.d
	s := d.Sentences[si]
	v := &d.Phrases[vg]
	bound := func(t int) bool {
		tok := &d.Tokens[t]
		return d.Form(tok.Span) == "," || tok.UPOS == "SCONJ" || tok.UPOS == "PUNCT" && !openingQuote(d.Form(tok.Span))
	}
	from := v.First
	for from > s.FirstToken && !bound(from-1) {
		from--
	}
	to := v.End
	for to < s.EndToken && !bound(to) {
		to++
	}
	for t := from; t < to; t++ {
		if t >= v.First && t < v.End {
			continue
		}
		tok := &d.Tokens[t]
		if tok.UPOS != "NOUN" && tok.UPOS != "PROPN" {
			continue
		}
		if p := c.tokPhrase[t]; p != 0 && d.Phrases[p-1].Prep != "" {
			continue
		}
		if tok.CaseSet == 0 || tok.CaseSet&doc.Nom != 0 {
			return true
		}
	}
	return false
}
