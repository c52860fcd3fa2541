package events

import (
	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// implicitTypes are the types whose act answers or targets a party the
// story has just named, so that a verb of them often leaves its object
// out: "Kilka krajów zaoferowało jej azyl. Azylu odmówiła Wielka
// Brytania" (refused her), "Opozycja skrytykowała premiera. Rząd
// zaprotestował" (against the critics is not said, and not guessed: a
// protest has its own default, see code).
var implicitTypes = map[string]bool{"REJECT": true, "ACCUSE": true, "REQUEST": true}

// implicitReach is how many sentences back the party acted on may stand.
const implicitReach = 2

// noteTarget remembers the named target of the last of cands that has
// one, for a later verb that leaves its object out.
func (c *coder) noteTarget(si int, cands []*candidate) {
	for k := len(cands) - 1; k >= 0; k-- {
		// a named party only: a description ("trzy okręty ukraińskie")
		// is too often a thing to be acted on again unnamed
		// (nor a thing, which stands for its owner only where it is
		// named: thing.go)
		if t := cands[k].target; t != nil && !t.guessed && t.ent != 0 && !t.thing {
			c.lastTarget, c.lastTargetSent = t, si
			c.lastActor = cands[k].source
			return
		}
	}
}

// implicitTarget returns the target of an active finite verb of entry e
// in sentence si, acted on by src, when no phrase of the sentence can be
// its object: the target of the last event coded in this sentence or
// the two before; when that is src or src's country, the source of that
// event, who acted on src, unless e is a request. It
// returns nil for other types, for a passive and when no such event is
// near.
func (c *coder) implicitTarget(e *lang.EventEntry, si int, src *filler, vg *doc.Phrase) *filler {
	if !implicitTypes[e.Type] || e.Flags&lang.Symmetric != 0 || vg.Passive || vg.Form != "fin" {
		return nil
	}
	t := c.lastTarget
	if t == nil || si-c.lastTargetSent > implicitReach {
		return nil
	}
	if a := c.lastActor; (same(src, t) || ownCountry(src, t) || oneState(src, t)) && e.Type != "REQUEST" && a != nil && !a.guessed && a.ent != 0 {
		// the one acted on answers the one who acted: "Nawalny poprosił
		// Niemcy o azyl. Niemcy odmówiły" refuse Navalny (a request
		// answers nothing: "Ukraina, którą Rosja zaatakowała, prosi o
		// broń" asks no weapons of Russia)
		t = a
	}
	if same(src, t) || ownCountry(src, t) || oneState(src, t) {
		return nil
	}
	cp := *t
	cp.phrase, cp.via = -1, -1
	cp.slot = "implicit object"
	cp.how = "the party acted on just before: " + t.how
	return &cp
}

// oneState reports whether a and b are two names of one state as a whole,
// a country and its capital ("Iran" … "Tehran rejected its offer"), which
// are two entities of one actor.
func oneState(a, b *filler) bool {
	return a.part.Actor != "" && a.part.Actor == a.part.Country && a.part.Actor == b.part.Actor && b.part.Actor == b.part.Country
}
