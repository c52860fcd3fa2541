package events

import (
	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// placeTarget returns, for a verb of force (ASSAULT, COERCE) whose object
// names no actor, the people of the place that object stands in: "rebels
// attacked villages in northeastern Chad", "gunmen stormed a hotel in the
// Somali city of Beledweyne", "banned voting in East Jerusalem" act on the
// people of Chad, Somalia, the Palestinian territories. The place is a
// locative phrase ("in", lang's locative cues) right after the object or
// after the genitives and the "between" phrases naming no actor that
// continue it ("between the towns of …"), in the trigger's clause, that
// names a country; the target is that country's civilians (CVL), a body
// of it, never the state itself. Aid given or stopped in a place (AID,
// SANCTION) helps or fails the people there in the same way: "delivered
// food aid in northern Gaza", "suspended aid deliveries in Baghdad" (the
// object may hold the entry's companion word, givenThing). nil when there
// is none.
func (f *frame) placeTarget() *filler {
	c := f.c
	switch f.e.Type {
	case "ASSAULT", "COERCE", "AID", "SANCTION":
	default:
		return nil
	}
	// after a verb its object; after a noun ("naloty na cele w Strefie
	// Gazy") the phrase its target slot's preposition opens
	after, prep := 0, ""
	switch {
	case f.vg >= 0:
		v := &c.d.Phrases[f.vg]
		if v.Passive {
			return nil
		}
		after = v.End
	case f.own >= 0:
		after = c.d.Phrases[f.own].End
		for _, sl := range f.e.Target {
			if sl.Prep != "" {
				prep = sl.Prep
				break
			}
		}
		if prep == "" {
			return nil
		}
	default:
		return nil
	}
	obj, end := -1, -1
	for _, pi := range c.near(f.si, f.ti) {
		p := &c.d.Phrases[pi]
		if p.Kind != doc.NounPhrase || p.First < after {
			continue
		}
		switch {
		case obj < 0:
			if p.Prep != prep || p.First > after+3 || f.excl[pi] && pi != f.own && !f.givenThing(pi) {
				return nil
			}
			if c.participant(pi) != nil {
				return nil // the object names an actor: not a place's people
			}
			obj, end = pi, p.End
		case p.First != end && !(p.Prep != "" && p.First == end+1):
			return nil // (a prepositional phrase starts after its preposition)
		case c.cue(p.Prep)&lang.CueGenitive != 0:
			end = p.End // "the offices of the administrators"
		case c.cue(p.Prep)&lang.CueLocative != 0:
			if f.verbBetween(pi) {
				return nil
			}
			pl := c.participant(pi)
			if pl == nil || pl.part.Country == "" || pl.guessed {
				return nil
			}
			pl.ent, pl.body = 0, true
			pl.part.Entity = ""
			pl.part.Actor = pl.part.Country + "CVL"
			pl.slot = "place of the object"
			pl.how = "the people of the place where " + c.d.Form(c.d.Tokens[c.d.Phrases[obj].Head].Span) + " stands: " + pl.how
			return pl
		case c.cue(p.Prep)&lang.CueBetween != 0 && c.participant(pi) == nil:
			// a place named by the places it lies between, before its
			// country: "villages between the towns of Bocaranga and
			// Bazoum in northeastern C.A.R." (not any phrase: "a hospital
			// after talks in Kharkiv" puts the talks there)
			end = p.End
		default:
			return nil
		}
	}
	return nil
}

// givenThing reports whether phrase pi, which a companion word of the
// entry fills, is the object of an act of aid or of stopping it (AID,
// SANCTION): "suspended aid deliveries", the thing given or withheld.
func (f *frame) givenThing(pi int) bool {
	return f.vg >= 0 && (f.e.Type == "AID" || f.e.Type == "SANCTION") && pi > f.vg && f.c.d.Phrases[pi].First >= f.c.d.Phrases[f.vg].End
}
