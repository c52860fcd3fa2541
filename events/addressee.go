package events

import (
	"strings"

	"github.com/kronika/kronika/doc"
)

// sideSectors are the sectors of a country's people and opposition, as
// against its state: when they condemn or reject a thing ("Opposition
// lawmakers have denounced the extension", "striking doctors rejected the
// new rules"), the thing is their government's.
// (Not CVL: "the person violated immigration laws" is no quarrel with a
// government, and "people", "residents" say too little.)
var sideSectors = map[string]bool{
	"OPP": true, "LEG": true, "LAB": true, "MED": true, "EDU": true,
	"REL": true, "HRI": true, "REB": true, "PTY": true, "AGR": true, "HLH": true,
}

// ownGovernment returns, for an accusation or rejection whose object is a
// thing and names no actor, by the people or opposition of the country
// the sentence tells of (a description or an actor coded by that
// country and one of sideSectors), that country's government as the
// target, as a protest without an addressee is addressed to it (events.go).
// A thing that is itself an act of force or a statement someone made is
// left alone: "activists condemned the attack" condemns its attackers,
// whom the text may name elsewhere. nil when the rule does not apply.
func (f *frame) ownGovernment(src *filler) *filler {
	c, d := f.c, f.c.d
	switch f.e.Type {
	case "ACCUSE", "REJECT":
	default:
		return nil
	}
	if src == nil || f.vg < 0 || d.Phrases[f.vg].Passive || src.part.Country == "" {
		return nil
	}
	p := src.part
	sector := strings.TrimPrefix(p.Actor, p.Country)
	if len(sector) < 3 || !sideSectors[sector[:3]] {
		return nil
	}
	if main, _ := c.mainAt(f.si); main != p.Country {
		return nil // a foreign side's view of a thing is no domestic quarrel
	}
	obj := f.thingObject()
	if obj < 0 {
		return nil
	}
	for _, i := range c.triggers(d.Tokens[d.Phrases[obj].Head].Lemma) {
		switch c.x.Entries[i].Type {
		case "ASSAULT", "COERCE", "THREATEN", "ACCUSE", "REQUEST", "PROTEST":
			return nil // an act with an author of its own
		}
	}
	return &filler{phrase: -1, via: -1, guessed: true, slot: "government of the side",
		how:  "a thing condemned or rejected by " + p.Actor + " of the country the passage tells of: its government",
		part: doc.Participant{Actor: p.Country + "GOV", Country: p.Country}}
}

// thingObject returns the direct object of the trigger's verb group when
// it names no actor: the noun phrase without a preposition right after
// the verb. -1 when there is none or it names an actor.
func (f *frame) thingObject() int {
	c, d := f.c, f.c.d
	v := &d.Phrases[f.vg]
	for _, pi := range c.phrases(f.si) {
		p := &d.Phrases[pi]
		if p.First < v.End {
			continue
		}
		if p.Kind != doc.NounPhrase || p.Prep != "" || p.First != v.End || f.excl[pi] {
			return -1
		}
		if d.Tokens[p.Head].UPOS != "NOUN" || c.participant(pi) != nil {
			return -1
		}
		return pi
	}
	return -1
}
