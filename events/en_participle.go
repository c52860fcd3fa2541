package events

import (
	"strings"

	"github.com/kronika/kronika/doc"
)

// participleClause tells, for the verb group vg of an English present
// participle that is not passive, whether it opens a clause of its own
// (true) or modifies the noun after it (false: "the visiting minister",
// "the ruling party" name no act). A participle opens a clause when it
// follows a comma ("shelled the city, killing 20 people") or the noun it
// hangs on ("issued a statement condemning the attack", "protesters
// demanding reforms").
//
// agent is then the one who acts in it: the noun before it when that
// names an actor ("police arrested protesters demanding reforms": the
// protesters demand); else the subject of the finite verb the clause
// hangs on, after a comma or after that verb's object ("Iran issued a
// statement condemning Israel" is Iran's condemnation, "the party held a
// rally demanding early elections" the party's demand). A participle
// clause whose agent cannot be told (after a noun that is no verb's
// object: "did not reply to VOA's email requesting comment", or on a
// passive verb) is no clause here: clause is false and no act is coded.
func (c *coder) participleClause(si, vgi int) (agent *filler, clause bool) {
	d := c.d
	vg := &d.Phrases[vgi]
	if !c.english() || vg.Form != "part" || vg.Passive || d.Tokens[vg.First].XPOS != "VBG" {
		return nil, false
	}
	s := d.Sentences[si]
	k := vg.First - 1
	if k < s.FirstToken {
		return nil, false
	}
	prev := &d.Tokens[k]
	main := -1 // the phrase the clause hangs on: the finite verb's
	switch {
	case d.Form(prev.Span) == ",":
		main = c.finiteBefore(si, k)
	case prev.UPOS == "NOUN" || prev.UPOS == "PROPN":
		np := c.nounPhrase(k)
		if np < 0 || d.Phrases[np].End != vg.First {
			return nil, false
		}
		// back over the "of" phrases to the head noun: "a series | of
		// warnings demanding …"
		for np > 0 && d.Phrases[np].Prep != "" && strings.EqualFold(d.Phrases[np].Prep, "of") &&
			d.Phrases[np-1].Kind == doc.NounPhrase && d.Phrases[np].First-d.Phrases[np-1].End <= 1 && d.Phrases[np-1].Sentence == si {
			// (the preposition may stand outside the phrase)
			np--
		}
		if pr := d.Phrases[np].Prep; (pr == "" || pr == "with") && c.namesActor(np) {
			// (in a prepositional phrase the participle hangs on the
			// noun before it, "an agreement among Kenya and the UNHCR
			// supporting refugees", except after "with": "with Cavusoglu
			// warning that …")
			a := c.participant(np)
			if a == nil {
				return nil, false
			}
			a.slot = "the noun the participle follows"
			return a, true // "protesters demanding reforms"
		}
		if d.Phrases[np].Prep != "" || np == 0 {
			return nil, false // "did not reply to VOA's email requesting comment"
		}
		v := &d.Phrases[np-1]
		if v.Kind != doc.VerbGroup || v.Sentence != si || v.End != d.Phrases[np].First || v.Form != "fin" {
			return nil, false
		}
		main = np - 1
	default:
		return nil, false
	}
	if main < 0 || d.Phrases[main].Passive {
		return nil, false
	}
	f := &frame{c: c, si: si, ti: d.Phrases[main].Head, vg: main, excl: map[int]bool{}, own: -1}
	agent = c.carrySubject(f, &d.Phrases[main])
	if agent == nil {
		return nil, false
	}
	cp := *agent
	cp.slot = "subject of " + d.Phrases[main].Lemma + ", the verb the participle's clause hangs on"
	return &cp, true
}

// finiteBefore returns the last finite verb group of sentence si that
// ends before token k, or -1.
func (c *coder) finiteBefore(si, k int) int {
	ph := c.phrases(si)
	for i := len(ph) - 1; i >= 0; i-- {
		q := &c.d.Phrases[ph[i]]
		if q.Kind == doc.VerbGroup && q.End <= k && q.Form == "fin" {
			return ph[i]
		}
	}
	return -1
}

// namesActor reports whether noun phrase pi names an actor by its head: a
// name, a sector noun ("protesters", "officials") or a noun of one actor;
// not a thing an actor owns ("VOA's email").
func (c *coder) namesActor(pi int) bool {
	p := &c.d.Phrases[pi]
	head := strings.ToLower(c.d.Tokens[p.Head].Lemma)
	return c.tokEnt[p.Head] != 0 || c.sectorOf(pi) != "" || c.x.Actors[head] != ""
}
