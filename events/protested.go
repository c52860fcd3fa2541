package events

import (
	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// protestedThing reports whether sentence si names what a protest or
// strike with trigger ti is against, and it is no party: a noun phrase
// after the trigger in one of the entry's target slots that gave no
// target ("przeciwko nowej ustawie", "against the pension reform"), or,
// in English, the direct object of a one-word verb entry ("protested the
// new pension law"; in "called a strike" the object is the trigger's own
// word). Such a protest is against whoever made the thing, the
// government by default, not the protesters' employer.
func (c *coder) protestedThing(e *lang.EventEntry, si, ti, vg int) bool {
	for _, k := range c.phrases(si) {
		q := &c.d.Phrases[k]
		if q.Kind != doc.NounPhrase || q.First <= ti || c.namesEntity(q) {
			continue // a party ("a strike at Lufthansa") is no thing
		}
		for _, sl := range e.Target {
			if sl.Prep != "" && q.Prep == sl.Prep {
				return true
			}
		}
		if vg >= 0 && len(e.Words) == 1 && e.POS == "verb" && !c.cased() && q.Prep == "" && q.First == c.d.Phrases[vg].End {
			return true
		}
	}
	return false
}

// namesEntity reports whether a name stands in phrase q.
func (c *coder) namesEntity(q *doc.Phrase) bool {
	for t := q.First; t < q.End; t++ {
		if c.tokEnt[t] != 0 {
			return true
		}
	}
	return false
}
