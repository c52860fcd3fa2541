package events

import (
	"strings"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// hostsThingObject reports whether a verb of hosting (CAMEO 043:
// "podejmować", "przyjąć", "gościć") has a thing for its direct object:
// the noun phrase right after the verb group, without a preposition, that
// may be accusative and whose head is a common noun naming no actor
// ("podejmował jakiekolwiek decyzje", "przyjął ustawę"). The verb then
// has its other sense ("take", "pass"), and an actor named further on
// ("… koalicji SLD") is not a guest. hostsThing looks at the phrase that
// filled the target; this looks at the phrase the verb governs, whatever
// filled the slot.
func (c *coder) hostsThingObject(e *lang.EventEntry, vg int) bool {
	if !c.cased() || e.CAMEO != "043" || vg < 0 || len(e.Words) > 1 {
		return false
	}
	d := c.d
	v := &d.Phrases[vg]
	if v.Passive || v.End >= len(d.Tokens) || c.tokPhrase[v.End] == 0 {
		return false
	}
	p := &d.Phrases[c.tokPhrase[v.End]-1]
	if p.Kind != doc.NounPhrase || p.First != v.End || p.Prep != "" || p.Cases != 0 && p.Cases&doc.Acc == 0 {
		return false
	}
	if p.Head < 0 || p.Head >= len(d.Tokens) || c.tokEnt[p.Head] != 0 {
		return false
	}
	h := &d.Tokens[p.Head]
	if h.UPOS != "NOUN" {
		return false
	}
	l := strings.ToLower(h.Lemma)
	return c.x.Sectors[l] == "" && c.x.Actors[l] == "" && c.x.Cues[l]&(lang.CueRole|lang.CueQuantity) == 0
}

// endangered reports whether a threat is a passive with no agent: "jej
// życie nie jest zagrożone", "zagrożone miejsca pracy". The participle
// says that something is at risk, not that anyone threatened it, so no
// actor made a threat (an agent, "zagrożony przez islamistów", keeps the
// event; so does an impersonal active form, "grożono mu śmiercią").
func (c *coder) endangered(e *lang.EventEntry, vg int, src *filler) bool {
	if !c.cased() || e.Type != "THREATEN" || vg < 0 || !c.d.Phrases[vg].Passive {
		return false
	}
	return src == nil || src.guessed
}

// nationalBody gives fl, an organisation the actor base does not know,
// the country nc of the nationality word in its phrase ("Holenderski
// MSZ", "węgierska prokuratura" where the recogniser named the body),
// and the sector of its head noun, instead of the article's country.
func (c *coder) nationalBody(fl *filler, nc, sector string) *filler {
	fl.part.Country = nc
	fl.part.Actor = nc + sector
	fl.how += " (unknown to the actor base: " + nc + "'s, by the nationality word before it)"
	return fl
}

// personNamed reports whether noun phrase p, in agreement agree, is the
// name of a person the recogniser found and the agreement of verb group vg
// is singular and agrees with it but for gender: foreign names do not
// decline, and the
// dictionary's guesses give them a gender of their spelling, not of the
// person ("Marianne Thyssen skrytykowała", "Jean-Claude Juncker
// przyjął"), so the verb still agrees with them (as frame.go lets a
// woman's masculine title agree). Only a name in the verb's clause
// counts, with no punctuation or other verb between them: across those it
// is more often another clause's subject ("Tajani wspomniał, że mogłaby
// przybyć").
func (c *coder) personNamed(p *doc.Phrase, agree doc.Agreement, vg *doc.Phrase) bool {
	v := vg.Agree
	if !c.cased() || agree&doc.Sing == 0 || v&doc.Sing == 0 || !v.Agrees(agree&^doc.Genders) || !c.sameClause(p, vg) {
		return false
	}
	if p.Head < 0 || p.Head >= len(c.d.Tokens) || c.d.Tokens[p.Head].UPOS != "PROPN" {
		return false
	}
	e := c.tokEnt[p.Head]
	return e != 0 && c.d.Entities[e-1].Type == "PERSON"
}

// origin reports whether noun phrase q, after a noun of a kind of people
// of sector sector, says where they come from: a preposition of the cue
// kind origin with the genitive ("związkowcy z Portugalii", "posłowie z
// Wielkiej Brytanii"). The place then names their country as a genitive
// would. Soldiers and police are left out: "wojska z Syrii" are where the
// troops leave, not whose they are.
func (c *coder) origin(q *doc.Phrase, sector string) bool {
	if sector == "" || sector == "MIL" || sector == "COP" || c.cue(q.Prep)&lang.CueOrigin == 0 {
		return false
	}
	// (a language without cases, English: "doctors from Cuba")
	return q.Cases == 0 || q.Cases&doc.Gen != 0 && q.Cases&doc.Ins == 0
}

// sameClause reports whether no punctuation and no other verb group stand
// between noun phrase p and verb group vg.
func (c *coder) sameClause(p, vg *doc.Phrase) bool {
	lo, hi := p.End, vg.First
	if vg.End <= p.First {
		lo, hi = vg.End, p.First
	}
	for k := lo; k < hi; k++ {
		if c.d.Tokens[k].UPOS == "PUNCT" {
			return false
		}
		if q := c.tokPhrase[k]; q != 0 && c.d.Phrases[q-1].Kind == doc.VerbGroup {
			return false
		}
	}
	return true
}

// cased reports whether the language's slots are cases ("nom", "acc"), as
// Polish ones are, not positions ("subj", "obj"), as English ones are.
// The rules of the pl_*.go files read case and agreement, and leave a
// language of positions to its own rules.
func (c *coder) cased() bool {
	return c.x.Subject.Pos != "subj"
}
