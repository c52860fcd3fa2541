package events

import "github.com/kronika/kronika/doc"

// authorTarget returns, for a trigger whose direct object names a thing
// rather than an actor, the actor a phrase of the agent's preposition
// right after that object names as its author: "rejected calls by Poland
// for economic aid", "rejected the proposal by the United States",
// "criticised the decision by the court". The act answers the author, so
// the author is its target. Only for answers to words and decisions
// (REJECT, ACCUSE, SUPPORT, AGREE) and entries whose target may be the
// direct object, in the active voice, and in a language whose agent is a
// preposition after the noun ("by"); a Polish author is a genitive, which
// participant reads already. nil when there is none.
func (f *frame) authorTarget() *filler {
	c, d := f.c, f.c.d
	if f.vg < 0 || c.x.Subject.Pos != "subj" || c.x.Agent.Prep == "" {
		return nil
	}
	switch f.e.Type {
	case "REJECT", "ACCUSE", "SUPPORT", "AGREE":
	default:
		return nil // a meeting, an attack or a visit has no author's thing as its object
	}
	objSlot := false
	for _, sl := range f.e.Target {
		if sl.Pos == c.x.Object.Pos && sl.Pos != "" {
			objSlot = true
		}
	}
	v := &d.Phrases[f.vg]
	if !objSlot || v.Passive {
		return nil
	}
	obj, by := -1, -1
	for _, pi := range c.phrases(f.si) {
		p := &d.Phrases[pi]
		switch {
		case p.First < v.End:
			continue
		case obj < 0:
			if p.Kind != doc.NounPhrase || p.Prep != "" || p.First != v.End || pi == f.own || f.excl[pi] {
				return nil
			}
			obj = pi
			continue
		}
		q := &d.Phrases[obj]
		if p.Kind == doc.NounPhrase && p.Prep == c.x.Agent.Prep && (p.First == q.End+1 || p.First == q.End) && !f.excl[pi] {
			by = pi
		}
		break
	}
	if obj < 0 || by < 0 || c.participant(obj) != nil {
		return nil
	}
	x := c.participant(by)
	if x == nil {
		return nil
	}
	x.slot = "author (" + c.x.Agent.Prep + ") of the object"
	return x
}
