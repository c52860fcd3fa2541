package events

import (
	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// The clause of an accusation tells of the one accused: in "Minister
// oskarżył Niemcy, że współpracują z Rosją" the verb of the "że" clause,
// with no subject of its own, is the accused's act (Germany's), not the
// accuser's. Only in a language whose slots are cases (the object of the
// verb of accusing is its accusative or dative, and the clause verb
// agrees with it).

// accusedSubject returns the object of a verb of accusing in the clause
// before the trigger's "że" clause, when the subject src the trigger's
// verb took stands before that verb of accusing (the clause has none of
// its own) and the object, not src, agrees with the trigger's verb in
// number; else nil.
func (f *frame) accusedSubject(src *filler) *filler {
	c := f.c
	if !c.cased() || f.nominal || f.vg < 0 || src == nil || src.phrase < 0 {
		return nil
	}
	d := c.d
	vg := &d.Phrases[f.vg]
	sp := &d.Phrases[src.phrase]
	if sp.End > vg.First {
		return nil
	}
	// the conjunction that opens the trigger's clause: the last one
	// before its verb
	conj := -1
	for k := vg.First - 1; k >= sp.End; k-- {
		if f.subordinateBetween(k, k+1) {
			conj = k
			break
		}
	}
	if conj < 0 {
		return nil
	}
	// the verb of accusing between the subject and the conjunction, and
	// its object right before the conjunction's comma
	acc, obj := -1, -1
	for _, pi := range c.near(f.si, f.ti) {
		p := &d.Phrases[pi]
		if p.First < sp.End || p.End > conj {
			continue
		}
		switch {
		case p.Kind == doc.VerbGroup && p.Form == "fin":
			if !c.heads(p.Lemma, ofType("ACCUSE")) || c.cue(p.Lemma)&lang.CueReport != 0 {
				return nil
			}
			acc, obj = pi, -1
		case acc >= 0 && obj < 0 && p.Kind == doc.NounPhrase && p.Prep == "" && p.Cases&(doc.Acc|doc.Dat) != 0:
			obj = pi
		}
	}
	if obj < 0 {
		return nil
	}
	// the clause verb agrees with the object, not with the verb of
	// accusing (whose subject src is): "oskarżył Niemcy, że współpracują",
	// "zarzucił Rosji, że zaatakowała"
	oa := c.subjectAgreement(&d.Phrases[obj])
	clause := genderNumber(vg.Agree)
	if clause == 0 || genderNumber(d.Phrases[acc].Agree).Agrees(clause) || !clause.Agrees(genderNumber(oa)) {
		return nil
	}
	o := c.participant(obj)
	if o == nil || same(o, src) {
		return nil
	}
	o.slot = "object of " + d.Phrases[acc].Lemma + ", accused in the clause"
	return o
}
