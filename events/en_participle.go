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
	main := -1 // the phrase the clause hangs on: the finite verb's
	if k < s.FirstToken {
		// a participle that opens the sentence and ends at a comma:
		// "Threatening to kill the hostages, BLA demanded …" is the
		// subject's of the finite verb after the comma
		if main = c.finiteAfterComma(si, vg.End); main < 0 {
			return nil, false
		}
		k = s.FirstToken
	}
	prev := &d.Tokens[k]
	switch {
	case k == vg.First:
	case d.Form(prev.Span) == ",":
		main = c.finiteBefore(si, k)
	case adverbialPreps[strings.ToLower(d.Form(prev.Span))] && (prev.UPOS == "ADP" || prev.UPOS == "SCONJ") && c.adverbialStart(si, k):
		// "visit India after meeting with Biden", "After meeting with
		// Biden, Suga will visit India": the clause's own finite verb,
		// before the participle or, at the sentence's start, after it
		main = c.finiteBefore(si, k)
		if main < 0 {
			main = c.finiteAfterComma(si, vg.End)
		}
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

// adverbialPreps are the prepositions and conjunctions that open an
// adverbial clause of a gerund whose agent is the subject of the clause
// it hangs on: "after meeting with Biden", "by imposing tariffs", "in
// announcing the sanctions" (adverbialStart). ("without" negates the act and is left out.)
var adverbialPreps = map[string]bool{"after": true, "before": true, "by": true, "while": true, "when": true,
	"since": true, "upon": true, "in": true, "on": true, "through": true}

// finiteAfterComma returns the first finite verb group of sentence si
// that follows a comma at or after token k (the main clause after an
// opening adverbial clause), or -1.
func (c *coder) finiteAfterComma(si, k int) int {
	d := c.d
	s := d.Sentences[si]
	comma := -1
	for t := k; t < s.EndToken; t++ {
		if d.Form(d.Tokens[t].Span) == "," {
			comma = t
			break
		}
	}
	if comma < 0 {
		return -1
	}
	for _, pi := range c.phrases(si) {
		q := &d.Phrases[pi]
		if q.Kind == doc.VerbGroup && q.First > comma && q.Form == "fin" {
			return pi
		}
	}
	return -1
}

// gerundGovernor returns, for an English noun trigger that is the object
// of a gerund ("In announcing the sanctions on Berisha, Blinken said …",
// "by imposing tariffs on U.S. goods"), the agent of the gerund's clause
// (participleClause), or nil.
func (f *frame) gerundGovernor() *filler {
	c, d := f.c, f.c.d
	if !c.english() || !f.nominal || f.own < 0 || d.Phrases[f.own].Prep != "" {
		return nil
	}
	first := d.Phrases[f.own].First
	if first <= d.Sentences[f.si].FirstToken {
		return nil
	}
	vg := c.verbGroup(first - 1)
	if vg < 0 || d.Phrases[vg].End != first || d.Phrases[vg].First == d.Sentences[f.si].FirstToken {
		// (a participle opening the sentence lends its agent to its own
		// verb only: "Condemning the attack on Kyiv, Poland …" attacks no one)
		return nil
	}
	agent, _ := c.participleClause(f.si, vg)
	return agent
}

// adverbialStart reports whether the preposition at token k opens an
// adverbial clause rather than completing the word before it: "in" and
// "on" only at the sentence's start or after a comma ("In announcing the
// sanctions, …", not "interested in talking to the U.S.", "insisted on
// meeting"); the others wherever they stand.
func (c *coder) adverbialStart(si, k int) bool {
	d := c.d
	switch strings.ToLower(d.Form(d.Tokens[k].Span)) {
	case "in", "on":
		return k == d.Sentences[si].FirstToken || d.Form(d.Tokens[k-1].Span) == ","
	}
	return true
}
