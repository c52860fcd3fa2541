package events

import (
	"strings"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// A noun that names an act keeps its verb's roles: the one who acts
// stands after it in the agent's preposition ("przez" + accusative), the
// one acted on in the genitive ("zaatakowanie Ukrainy przez Rosję",
// "zatrzymanie posła przez policję", "poparcie kampanii USA przez rząd
// Pakistanu", "zawetowanie przez prezydenta ustawy"). Without the agent
// the genitive is ambiguous ("wizyta Putina" is Putin's, "zatrzymanie
// posła" is done to him); with it, the genitive is the patient. Only in a
// language whose slots are cases and whose agent is a preposition.

// nounChain returns the noun phrases that complete the act noun of phrase
// own, in order: the genitives and the agent phrase right after it, each
// starting where the one before ends, no further than the agent and
// never past a verb or a comma; the genitive may also follow the agent.
// agent is the index (in d.Phrases) of the
// phrase in the agent's preposition and case, -1 when none follows;
// patient that of the genitive right after the noun (or right after the
// agent), -1 when none.
func (c *coder) nounChain(si, own int) (patient, agent int) {
	patient, agent = -1, -1
	if own < 0 || !c.cased() || c.x.Agent.Prep == "" {
		return
	}
	d := c.d
	end := d.Phrases[own].End
	r := c.sentPh[si]
	nouns, named := 0, false
	for k := own + 1; k < r[1] && k <= own+4; k++ {
		q := &d.Phrases[k]
		// (a prepositional phrase starts after its preposition's words)
		if q.Kind != doc.NounPhrase || q.First != end && !(q.Prep != "" && q.First == end+1+strings.Count(q.Prep, " ")) {
			return
		}
		switch {
		case q.Prep == c.x.Agent.Prep || q.Prep == c.x.Side.Prep && c.x.Side.Prep != "":
			sl := c.x.Agent
			if q.Prep != sl.Prep {
				sl = c.x.Side // "ataki ze strony Rosji"
			}
			if q.Cases != 0 && q.Cases&doc.CaseOf(sl.Case) == 0 || c.inTime(q) {
				return // "przez dwa dni": a stretch of time, no agent (a
				// noun of time, "przez lata", names no actor either)
			}
			agent = k
			// the genitive may follow the agent: "zawetowanie przez
			// prezydenta ustawy"
			if patient < 0 && k+1 < r[1] {
				if g := &d.Phrases[k+1]; g.Kind == doc.NounPhrase && g.Prep == "" && g.First == q.End && g.Cases&doc.Gen != 0 {
					patient = k + 1
				}
			}
			return
		case q.Prep == "" && q.Cases&doc.Gen != 0:
			// one common noun, then names that complete it: "poparcie
			// kampanii wojskowej USA przez …"; a second common noun
			// starts an act or a route of its own ("zaprzestanie tranzytu
			// gazu przez Ukrainę", "demonstracja przeciwników
			// opuszczenia UE przez …"), and a participle takes the agent
			// for itself ("po starcie fundowanej przez nich kampanii")
			switch d.Tokens[q.Head].UPOS {
			case "NOUN":
				if nouns > 0 || named {
					return -1, -1
				}
				nouns++
			case "PROPN":
				named = true
			default:
				return -1, -1
			}
			if patient < 0 && q.First == d.Phrases[own].End {
				patient = k
			}
		default:
			return
		}
		end = q.End
	}
	return
}

// nominalAgent returns, for a noun trigger of the frame (a noun entry, or
// a verb entry met as its gerund), the actor of its agent phrase and the
// actor of the genitive right after it ("zaatakowanie Ukrainy przez
// Rosję": Russia, Ukraine). agent is nil when the noun has no agent
// phrase naming an actor; patient may be nil.
func (f *frame) nominalAgent() (agent, patient *filler) {
	c := f.c
	if !f.nominal || f.own < 0 {
		return nil, nil
	}
	if c.genitiveOfNoun(f.own) {
		return nil, nil // the agent is the act's that governs this noun: "odrzucenie propozycji Polski przez Niemcy"
	}
	pg, pa := c.nounChain(f.si, f.own)
	if pa < 0 || f.excl[pa] {
		return nil, nil
	}
	if agent = c.participant(pa); agent == nil || agent.guessed {
		return nil, nil
	}
	agent.slot = "agent (" + c.agentSlot(pa) + ") of the noun"
	if pg >= 0 && !f.excl[pg] {
		if patient = c.participant(pg); patient != nil {
			if patient.guessed || same(patient, agent) {
				patient = nil
			} else {
				patient.slot = "genitive of the noun with an agent"
			}
		}
	}
	return agent, patient
}

// actAgentTarget returns, for a verb that answers words and deeds
// (ACCUSE, REJECT, SUPPORT, AGREE) whose object is an act noun with an
// agent phrase, the actor of that agent: "Litwa potępiła aresztowanie
// opozycjonisty przez białoruskie władze", "skrytykował zawetowanie
// ustawy przez prezydenta". The object may stand before the verb
// ("Przyjęcie rezolucji przez Radę potępiła Rosja"). nil when there is
// none, or when the object names an actor itself.
func (f *frame) actAgentTarget() *filler {
	c, d := f.c, f.c.d
	if f.vg < 0 || !c.cased() || d.Phrases[f.vg].Passive {
		return nil
	}
	switch f.e.Type {
	case "REJECT", "ACCUSE", "SUPPORT", "AGREE":
	default:
		return nil
	}
	objSlot := false
	for _, sl := range f.e.Target {
		if sl.Prep == "" && sl.Case == "acc" {
			objSlot = true
		}
	}
	if !objSlot {
		return nil
	}
	for _, pi := range c.near(f.si, f.ti) {
		p := &d.Phrases[pi]
		if p.Kind != doc.NounPhrase || p.Prep != "" || p.Coordinated || f.excl[pi] || p.Cases&doc.Acc == 0 {
			continue
		}
		v := &d.Phrases[f.vg]
		if p.First != v.End && p.End != v.First || !c.actNoun(&d.Tokens[p.Head]) {
			continue // the object right after the verb, or right before it
		}
		_, pa := c.nounChain(f.si, pi)
		if pa < 0 {
			if x := f.actPlaceTarget(pi); x != nil {
				return x // "potępiła aresztowanie dziennikarza na Białorusi"
			}
			continue
		}
		if f.excl[pa] {
			continue
		}
		x := c.participant(pa)
		if x == nil || x.guessed {
			continue
		}
		x.slot = "agent (" + c.agentSlot(pa) + ") of the act object"
		return x
	}
	return nil
}

// actPlaceTarget returns, for the object pi of a verb that judges an act
// (actAgentTarget), an act of the authorities (an arrest, a detention, a
// sentence) whose agent the sentence does not name, the government of the
// country of the place the act noun and its genitives are followed by:
// "Polska potępiła aresztowanie polskiego dziennikarza na Białorusi" is
// aimed at Belarus, not at the journalist. nil without such a place.
func (f *frame) actPlaceTarget(pi int) *filler {
	c, d := f.c, f.c.d
	if !c.heads(d.Tokens[d.Phrases[pi].Head].Lemma, func(e *lang.EventEntry) bool { return e.Type == "COERCE" || e.Type == "SANCTION" }) {
		return nil
	}
	r := c.sentPh[f.si]
	end := d.Phrases[pi].End
	for k := pi + 1; k < r[1] && k <= pi+4; k++ {
		q := &d.Phrases[k]
		if q.Kind != doc.NounPhrase {
			return nil
		}
		if q.Prep == "" && q.First == end && q.Cases&doc.Gen != 0 {
			end = q.End // the one arrested: "aresztowanie polskiego dziennikarza"
			continue
		}
		if q.Prep == "" || q.First != end+1 || q.Cases&doc.Loc == 0 || c.cue(q.Prep)&lang.CueTopic != 0 || f.excl[k] {
			return nil
		}
		ei := c.tokEnt[q.Head]
		if ei == 0 || d.Entities[ei-1].Type != "GPE" {
			return nil
		}
		x := c.participant(k)
		if x == nil || x.guessed || x.part.Country == "" {
			return nil
		}
		x.ent, x.body = 0, true
		x.part.Entity = ""
		x.part.Actor = x.part.Country + "GOV"
		x.slot = "authorities of the place of the act object"
		x.how = "the government of the country where the unnamed agent acted: " + x.how
		return x
	}
	return nil
}

// agentSlot names the slot of agent phrase pi that nounChain found: the
// passive's agent, or the complex preposition of a side ("ze strony").
func (c *coder) agentSlot(pi int) string {
	if c.x.Side.Prep != "" && c.d.Phrases[pi].Prep == c.x.Side.Prep {
		return c.x.Side.String()
	}
	return c.x.Agent.String()
}

// genitiveOfNoun reports whether noun phrase pi is a genitive right after
// another noun phrase, and so completes it: an agent after it is that
// noun's.
func (c *coder) genitiveOfNoun(pi int) bool {
	d := c.d
	p := &d.Phrases[pi]
	if p.Prep != "" || p.Cases&doc.Gen == 0 || pi == 0 {
		return false
	}
	q := &d.Phrases[pi-1]
	return q.Sentence == p.Sentence && q.Kind == doc.NounPhrase && q.End == p.First
}

// actNoun reports whether tok is a noun that names an act: a gerund, or
// a noun the trigger lexicon lists ("zatrzymanie", which the dictionary
// also reads as a plain noun).
func (c *coder) actNoun(tok *doc.Token) bool {
	if tok.UPOS != "NOUN" {
		return false
	}
	if strings.Contains(tok.Feats, "VerbForm=Vnoun") {
		return true
	}
	for _, i := range c.triggers(tok.Lemma) {
		if c.x.Entries[i].POS == "noun" {
			return true
		}
	}
	return false
}

// participleAgent returns, for a passive participle trigger that stands
// in a noun phrase rather than a verb group, with an agent phrase right
// after it, the actor of that agent and of the noun the participle
// describes: "polski dziennikarz zatrzymany przez białoruską milicję",
// "Zatrzymany przez białoruską milicję polski dziennikarz" (then the first
// noun phrase after the agent in the participle's case). Both are nil
// unless both name actors.
func (f *frame) participleAgent() (agent, patient *filler) {
	c, d := f.c, f.c.d
	if f.nominal || f.vg >= 0 || !c.cased() || c.x.Agent.Prep == "" {
		return nil, nil
	}
	t := &d.Tokens[f.ti]
	if !passiveParticiple(t) {
		return nil, nil
	}
	own := c.nounPhrase(f.ti)
	if own < 0 {
		return nil, nil
	}
	r := c.sentPh[f.si]
	pa := own + 1
	if pa >= r[1] {
		return nil, nil
	}
	q := &d.Phrases[pa]
	if q.Kind != doc.NounPhrase || q.Prep != c.x.Agent.Prep || q.First != f.ti+2 && q.First != d.Phrases[own].End+1 ||
		q.Cases != 0 && q.Cases&doc.CaseOf(c.x.Agent.Case) == 0 || c.inTime(q) {
		return nil, nil
	}
	if agent = c.participant(pa); agent == nil || agent.guessed {
		return nil, nil
	}
	agent.slot = "agent (" + c.x.Agent.String() + ") of the participle"
	pp := -1
	if p := &d.Phrases[own]; p.Head != f.ti {
		pp = own // "dziennikarz zatrzymany przez …"
	} else if pa+1 < r[1] {
		// "Zatrzymany przez milicję polski dziennikarz"
		if n := &d.Phrases[pa+1]; n.Kind == doc.NounPhrase && n.Prep == "" && n.First == q.End && n.Cases&p.Cases != 0 {
			pp = pa + 1
		} else {
			// "Aresztowany przez FBI i deportowany do USA Jemeńczyk": the
			// noun after a second passive participle and its phrases
			pp = c.afterCoordinatedParticiple(pa, p.Cases)
		}
	}
	if pp < 0 {
		return nil, nil
	}
	// the one acted on is the noun described, an actor: a thing ("systemy
	// wysłane przez Berlin") leaves the act to the verb that reports it,
	// and takes no party from another clause
	if patient = c.participant(pp); patient == nil || patient.guessed || same(patient, agent) {
		return nil, nil
	}
	patient.slot = "noun the participle describes"
	return agent, patient
}

// passiveParticiple reports whether the token is a passive participle
// ("zatrzymany", "deportowany").
func passiveParticiple(t *doc.Token) bool {
	return strings.Contains(t.Feats, "VerbForm=Part") && strings.Contains(t.Feats, "Voice=Pass")
}

// afterCoordinatedParticiple returns the noun phrase that a sentence-first
// passive participle describes when a second, coordinated passive
// participle with its prepositional phrases (and the agent's) stands
// between the first one's agent, phrase pa, and the noun: "Aresztowany przez FBI | i
// deportowany | do USA | Jemeńczyk". The noun has no preposition and may be
// in one of cases; -1 when the phrases after pa are not so.
func (c *coder) afterCoordinatedParticiple(pa int, cases doc.Cases) int {
	d := c.d
	r := c.sentPh[d.Phrases[pa].Sentence]
	end := d.Phrases[pa].End
	second := false
	for k := pa + 1; k < r[1] && k <= pa+5; k++ {
		n := &d.Phrases[k]
		if n.Kind != doc.NounPhrase || n.First > end+1 {
			return -1 // (one word between, the conjunction, at most)
		}
		h := &d.Tokens[n.Head]
		switch {
		case !second && n.Coordinated && n.First == n.Head && n.End == n.Head+1 && n.Prep == "" && passiveParticiple(h):
			second = true
		case n.Prep != "":
			// the agent's or the second participle's complement: "w
			// Nepalu", "do USA"
		case second && n.Prep == "" && n.First == end && n.Cases&cases != 0 && !strings.Contains(h.Feats, "VerbForm=Part"):
			return k
		default:
			return -1
		}
		end = n.End
	}
	return -1
}
