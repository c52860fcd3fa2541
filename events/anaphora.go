package events

import (
	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// antecedentOf resolves a third-person pronoun, noun phrase pi ("im",
// "ich", "them"), to the nearest phrase before it, in its sentence or the
// one before, that agrees with it in number and gender, has no
// preposition and is not the actor not: "Policja zatrzymała trzech
// mężczyzn. Prokuratura postawiła im zarzuty." It returns nil when that
// phrase names no actor the pronoun can stand for.
func (c *coder) antecedentOf(pi int, not *filler) *filler {
	d := c.d
	p := &d.Phrases[pi]
	want := p.Agree &^ doc.Persons
	looked := 0
	lo := c.quotedBefore(p, p.Sentence-1) // en_pronoun.go
	for si := p.Sentence; si >= 0 && si >= lo; si-- {
		ph := c.phrases(si)
		for k := len(ph) - 1; k >= 0 && looked < 2*reach; k-- {
			qi := ph[k]
			q := &d.Phrases[qi]
			if q.Kind != doc.NounPhrase || q.First >= p.First {
				continue
			}
			if c.quotedFor(p, q) {
				continue // en_pronoun.go
			}
			looked++
			if c.cue(d.Tokens[q.Head].Lemma)&(lang.CueAnaphor|lang.CueRelative) != 0 {
				if part, ok := c.samePronoun(p, qi, not); ok {
					return part // en_pronoun.go
				}
				continue
			}
			agree := q.Agree
			if q.NomAgree != 0 && q.Cases&doc.Nom != 0 && q.Cases&^doc.Nom == 0 {
				agree = q.NomAgree
			}
			if !want.Agrees(agree &^ doc.Persons) {
				continue
			}
			if q.Prep != "" && !c.addressedPerson(p, q) {
				continue // a place or a circumstance, not a party: "w Wrocławiu"
			}
			part := c.participant(qi)
			if part != nil && not != nil && (same(part, not) || qi == not.phrase || q.Coordinated && q.Sentence == p.Sentence) {
				continue
			}
			// the nearest phrase that agrees is the antecedent: when it
			// names no actor ("wojna … aby mogło to ją zatrzymać"), the
			// pronoun names none
			if part == nil || !c.canRefer(want, q, part) {
				if c.passOver(q, part) {
					continue // en_pronoun.go
				}
				return nil
			}
			part.slot = "pronoun"
			part.how = "antecedent of " + d.Form(d.Tokens[p.Head].Span) + ": " + part.how
			return part
		}
	}
	return nil
}

// canRefer reports whether a pronoun of agreement want may stand for
// phrase q, resolved to part. A pronoun that shows no gender or number
// (English) stands for a person only; a singular masculine or neuter one
// ("go", "mu") for a person, named or described by a word for people,
// whose country may be named in a genitive (most such pronouns point at
// things); a feminine or plural one also for
// a named body or country ("ją" for "Rosja", "ich" for "związkowców").
func (c *coder) canRefer(want doc.Agreement, q *doc.Phrase, part *filler) bool {
	person := part.ent != 0 && c.d.Entities[part.ent-1].Type == "PERSON"
	for t := q.First; t < q.End && !person; t++ {
		// a person named after a title: "the opposition leader Alexei Navalny"
		person = c.tokEnt[t] != 0 && c.d.Entities[c.tokEnt[t]-1].Type == "PERSON"
	}
	switch {
	case person:
		return true
	case want&(doc.Sing|doc.Plur) == 0:
		return false
	case want&doc.Plur != 0 || want&doc.Fem != 0:
		return part.ent != 0 || q.Agree&doc.Masc1 != 0 || part.body
	default:
		// (a person word whose country a genitive names: "ambasadora
		// Rosji")
		return q.Agree&doc.Masc1 != 0 && (part.ent == 0 || int(c.tokEnt[q.Head]) != part.ent)
	}
}

// carrySubject returns the subject of verb group vg, the last finite one
// of its sentence, as the next sentence may drop it: the phrase that
// fills the subject slot of frame f; else, for a pronoun, the subject
// carried into this sentence when the verb agrees with it, or else what
// the pronoun stands for; else, when no phrase can be the subject and the
// verb agrees with the subject carried into this sentence, that one again
// ("Mąż kobiety oświadczył … – powiedział. Zaapelował również …": one man
// speaks throughout). Only a language with cases drops its subjects, and
// only for an active verb is a subject it does not name carried.
func (c *coder) carrySubject(f *frame, vg *doc.Phrase) *filler {
	s, fit := f.fillAny([]lang.Slot{c.x.Subject})
	if s != nil || c.x.Subject.Case == "" || vg.Passive {
		return s
	}
	prev := c.subjectBefore()
	agrees := prev != nil && vg.Agree.Agrees(prev.agree)
	if f.anaphor {
		if agrees {
			return prev
		}
		return c.antecedentOf(f.pronoun, nil)
	}
	if !fit && agrees {
		return prev
	}
	return nil
}
