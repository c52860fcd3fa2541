package events

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
	if !v.Passive || v.Form != "fin" {
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
	if p := pick(c.prevSubject, "subject of the sentence before, left out of the passive"); p != nil {
		return p
	}
	if c.lastTargetSent == f.si-1 {
		return pick(c.lastTarget, "the party acted on in the sentence before, left out of the passive")
	}
	return nil
}
