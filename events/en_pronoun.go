package events

import "github.com/kronika/kronika/doc"

// pronounBefore reports whether, in English, the phrase that best fits
// the subject of verb trigger f is a pronoun standing between the source
// filled (a farther phrase that names an actor, right after another verb)
// and the verb: "Mehdiyev, who is Azerbaijani, said he is cooperating
// with prosecutors". The pronoun is the subject; the farther phrase is the
// other verb's complement, and the caller resolves the pronoun instead
// (anaphora.go, the subject of the sentence before).
func (f *frame) pronounBefore(src *filler) bool {
	c := f.c
	if !c.english() || f.nominal || f.vg < 0 || !f.anaphor || src == nil || src.phrase < 0 || src.phrase == f.pronoun {
		return false
	}
	p, s := &c.d.Phrases[f.pronoun], &c.d.Phrases[src.phrase]
	if s.End > p.First || p.End > c.d.Phrases[f.vg].First || s.First == 0 {
		return false
	}
	// the actor found is the object or complement of another verb ("who
	// is Azerbaijani"), not the subject of a reporting verb the pronoun
	// points back to ("A Russian smuggler told the court that he …")
	return c.verbGroup(s.First-1) >= 0
}

// passOver reports whether an English pronoun's search for its antecedent
// goes on past phrase q (resolved to part, nil when it names no actor): a
// phrase that names no actor ("it was politically motivated") or a place
// ("in the regional capital, Banja Luka") is no person a "he" or "she"
// stands for, and English pronouns show no number or gender to agree with.
// A body or a person described in the singular stops the search, as in
// Polish.
func (c *coder) passOver(q *doc.Phrase, part *filler) bool {
	if !c.english() {
		return false
	}
	if part == nil {
		return true
	}
	if part.ent == 0 {
		// people named by a plural noun ("telling journalists … that he
		// would ask"): no "he" or "she", and a "they" the rule before
		// resolves to named persons only (canRefer)
		return q.Agree&doc.Plur != 0 && q.Agree&doc.Sing == 0
	}
	switch c.d.Entities[part.ent-1].Type {
	case "GPE", "LOC", "FAC":
		return c.tokEnt[q.Head] == int32(part.ent)
	}
	return false
}
