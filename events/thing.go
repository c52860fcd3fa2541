package events

import (
	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// ownedThing reports whether entity e is a thing (a PRODUCT) that the
// actor base links to the organisation that owns it: the pipeline "Nord
// Stream 2" of Nord Stream 2 AG, a newspaper of its publisher. An act on
// such a thing is an act on its owner ("Niemcy poparły Nord Stream 2",
// "USA grożą sankcjami wobec Nord Stream 2"), as PLOVER codes it; a thing
// does not act, so it is never a source, and a thing the base does not
// know names no one.
func ownedThing(e *doc.Entity) bool {
	return e.Type == "PRODUCT" && e.Actor != "" && e.Country != ""
}

// thingActs are the types whose act on a thing is an act on its owner:
// support or criticism of a project, its rejection, a threat, sanction
// or restriction of it, a permit or funds for it. (A request or an offer
// about a thing is made to someone else, a talk about it is held with
// someone else: "Niemcy konsultują plan … gaz z Nord Stream 2".)
var thingActs = map[string]bool{"SUPPORT": true, "ACCUSE": true, "REJECT": true, "THREATEN": true,
	"SANCTION": true, "COERCE": true, "COOPERATE": true, "AID": true}

// fillTarget is fillAny for the target's slots, where an owned thing
// stands for its owner in an act of thingActs.
func (f *frame) fillTarget(slots []lang.Slot) (*filler, bool) {
	f.c.things = thingActs[f.e.Type]
	defer func() { f.c.things = false }()
	return f.fillAny(slots)
}
