package events

import (
	"strings"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// officialImplicit returns the target of a protest by a state or its
// government that names no one protested against: the party that acted
// on it just before ("Rząd Serbii wydalił ambasadora Chorwacji. Zagrzeb
// zaprotestował": against Serbia), within implicitReach sentences: the
// source of the last event when its target was the protester's country,
// else that event's named target of another country. A protest by a
// state is an accusation (officialProtest). nil for protests of people,
// when no such party is near, and when the sentence has a phrase with a
// preposition of the entry's target slots ("przeciwko budowie"): what is
// protested against is named, and no party.
func (c *coder) officialImplicit(e *lang.EventEntry, si int, src *filler, vg *doc.Phrase) *filler {
	if e.Type != "PROTEST" || src == nil {
		return nil
	}
	p := src.part
	state := p.Actor == p.Country && src.ent != 0 && !src.body
	if p.Country == "" || !(state || strings.HasSuffix(p.Actor, "GOV") || strings.HasSuffix(p.Actor, "DIP")) {
		return nil
	}
	t := c.lastTarget
	if t == nil || si-c.lastTargetSent > implicitReach || vg.Passive || vg.Form != "fin" {
		return nil
	}
	for _, k := range c.phrases(si) {
		q := &c.d.Phrases[k]
		for _, sl := range e.Target {
			if q.Kind == doc.NounPhrase && sl.Prep != "" && q.Prep == sl.Prep {
				// "przeciwko budowie którego Polska protestuje": the
				// sentence names what is protested against, a thing
				return nil
			}
		}
	}
	how := "the party acted on just before: "
	if t.part.Country == p.Country {
		// the protester was the one acted on: against the one who acted
		if t = c.lastActor; t == nil || t.guessed || t.ent == 0 {
			return nil
		}
		how = "the party that acted on the protester just before: "
	}
	if t.part.Country == "" || t.part.Country == p.Country {
		return nil
	}
	cp := *t
	cp.phrase, cp.via = -1, -1
	cp.slot = "implicit object"
	cp.how = how + t.how
	return &cp
}
