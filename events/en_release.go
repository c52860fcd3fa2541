package events

import (
	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// releasedThing reports whether the English verb ti of a one-word entry
// of the mode "release" ("released", "freed") has a thing for its direct
// object: one releases a program, a report, a video or a product, and
// that is no release of anyone. The act needs a person (a name, a
// nationality, "them"), a kind of actor ("prisoners", "soldiers": a
// sector noun) or a number of them ("dozens of women"); an object of any
// other noun, a product's name among them, codes nothing. Without an
// object right after the verb (a clause between) nothing is decided here;
// the passive is releasedThingPassive's.
func (c *coder) releasedThing(e *lang.EventEntry, ti int, nominal bool) bool {
	if nominal || !c.english() || e.Mode != "release" || e.POS != "verb" || len(e.Words) != 1 {
		return false
	}
	d := c.d
	vg := c.verbGroup(ti)
	if vg < 0 || d.Phrases[vg].Passive {
		return false
	}
	obj := vg + 1
	if obj >= c.sentPh[d.Phrases[vg].Sentence][1] {
		return false
	}
	o := &d.Phrases[obj]
	if o.Kind != doc.NounPhrase || o.Prep != "" || o.First != d.Phrases[vg].End {
		return false
	}
	return !c.namesPeople(obj)
}

// namesPeople reports whether noun phrase pi names people: its head is a
// pronoun, a person's name or a nationality, a sector noun, or a count of
// those ("dozens of women").
func (c *coder) namesPeople(pi int) bool {
	d := c.d
	p := &d.Phrases[pi]
	h := &d.Tokens[p.Head]
	if h.UPOS == "PRON" || c.sectorOf(pi) != "" {
		return true
	}
	if e := c.tokEnt[p.Head]; e != 0 {
		switch d.Entities[e-1].Type {
		case "PERSON", "NORP":
			return true
		}
	}
	return c.quantityToken(p.Head) && c.counted(pi) != nil
}

// releasedThingPassive is releasedThing for the passive ("a video was
// released by the Kremlin"): the target the frame found, the verb's
// subject, is a thing (thingFiller).
func (c *coder) releasedThingPassive(e *lang.EventEntry, vg int, nominal bool, tgt *filler) bool {
	if nominal || !c.english() || e.Mode != "release" || e.POS != "verb" || len(e.Words) != 1 || vg < 0 || !c.d.Phrases[vg].Passive {
		return false
	}
	return c.thingFiller(tgt)
}
