package events

import (
	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// An act named by a noun that is the object of a verb of deciding,
// ordering, announcing or carrying out ("decree" cues) is that verb's
// subject's act, and the genitive after the noun is the one acted on:
// "Władze Rosji zarządziły aresztowanie ukraińskiego dziennikarza",
// "nakazały wydalenie ambasadora Polski", "Rząd zdecydował o wydaleniu
// dyplomatów" (the noun after "o"). Without such a verb the genitive of a
// noun stays ambiguous (pl_nominal.go). Only in a language whose slots
// are cases.

// decreeSubject returns the subject of the decree verb that governs the
// noun trigger of f directly (its object, with at most genitives between,
// or its "o" phrase right after it), or nil.
func (f *frame) decreeSubject() *filler {
	c := f.c
	if !c.cased() || !f.nominal || f.own < 0 {
		return nil
	}
	d := c.d
	own := &d.Phrases[f.own]
	if own.Prep != "" && own.Prep != "o" {
		return nil
	}
	ph := c.near(f.si, f.ti)
	for k := len(ph) - 1; k >= 0; k-- { // the nearest verb before the noun
		vg := &d.Phrases[ph[k]]
		if vg.Kind != doc.VerbGroup || vg.End > own.First {
			continue
		}
		if vg.Form != "fin" || vg.Negated || c.cue(vg.Lemma)&lang.CueDecree == 0 {
			return nil
		}
		if own.Prep == "o" && own.First != vg.End+1 || own.Prep == "" && !f.objectChain(vg.End) {
			return nil
		}
		if f.subordinateBetween(vg.End, f.ti) {
			return nil
		}
		g := &frame{c: c, si: f.si, ti: vg.Head, vg: ph[k], excl: f.excl, own: -1}
		s := g.fill([]lang.Slot{c.x.Subject})
		if s != nil {
			s.slot = "subject of " + vg.Lemma + ", deciding the act"
		}
		return s
	}
	return nil
}

// decreedRoles gives the act noun of f its roles when a decree verb
// governs it: with no source, the verb's subject; with the noun's own
// genitive taken as the source and no target, the genitive becomes the
// target (an entry whose target the genitive or, for a verb's gerund,
// the accusative may hold) and the subject the source. ok is false when
// nothing changed.
func (f *frame) decreedRoles(src, tgt *filler) (*filler, *filler, bool) {
	if !f.nominal || src != nil && tgt != nil || src == nil && tgt == nil {
		return src, tgt, false
	}
	c := f.c
	if src != nil {
		// the source must be the genitive right after the noun, and the
		// entry must let that genitive be acted on
		if src.phrase < 0 || f.own < 0 {
			return src, tgt, false
		}
		p := &c.d.Phrases[src.phrase]
		if p.Prep != "" || p.Cases&doc.Gen == 0 || p.First != c.d.Phrases[f.own].End {
			return src, tgt, false
		}
		acted := false
		for _, s := range f.e.Target {
			if s.Prep == "" && (s.Case == "gen" || f.e.POS == "verb" && s.Case == "acc") {
				acted = true
			}
		}
		if !acted {
			return src, tgt, false
		}
	}
	subj := f.decreeSubject()
	if subj == nil || src != nil && same(subj, src) || tgt != nil && same(subj, tgt) {
		return src, tgt, false
	}
	if src == nil {
		return subj, tgt, true
	}
	return subj, src, true
}
