package events

import (
	"slices"
	"strings"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// These rules serve the languages whose lexicon marks the subject by case
// (Polish, cased() in pl_object.go): English coding is measured on other
// sets and left as it is.

// selfPair reports whether src and tgt of a one-way act are one actor
// for the chronicle: the same full actor code (country and sector) with
// at least one side only described ("Sąd Najwyższy unieważnił wyrok sądu
// okręgowego" is no act of a court on courts). Two named persons or
// bodies (merge.go's named, not guessed) with one code stay two actors (one party's politicians attack
// each other), and a joint act is left alone.
func (c *coder) selfPair(e *lang.EventEntry, src, tgt *filler) bool {
	if !c.cased() || src == nil || tgt == nil || e.Flags&lang.Symmetric != 0 {
		return false
	}
	a := src.part.Actor
	if len(a) <= 3 || a != tgt.part.Actor || a == src.part.Country {
		return false
	}
	return !(named(src) && !src.guessed && named(tgt) && !tgt.guessed)
}

// companionInSubject reports whether a companion noun of the trigger
// (comp) stands inside the subject src or a genitive hanging on it:
// "Komendant policji wysłał listy" is no dispatch of police, the noun of
// a light verb is its object. (Before the verb only: the object may
// stand first, "Pomoc wysłała Polska".)
func (c *coder) companionInSubject(src *filler, comp []int, ti int) bool {
	if !c.cased() || src == nil || src.phrase < 0 || len(comp) == 0 {
		return false
	}
	d := c.d
	lo, hi := d.Phrases[src.phrase].First, d.Phrases[src.phrase].End
	r := c.sentPh[d.Phrases[src.phrase].Sentence]
	for k := src.phrase + 1; k < r[1]; k++ {
		q := &d.Phrases[k]
		if q.Kind != doc.NounPhrase || q.First != hi || q.Prep != "" || q.Cases&doc.Gen == 0 {
			break
		}
		hi = q.End
	}
	if hi > ti {
		hi = ti
	}
	for _, k := range comp {
		if lo <= k && k < hi && d.Tokens[k].UPOS != "ADP" {
			return true
		}
	}
	return false
}

// authorOfCompanion reports whether the genitive tgt after a companion
// noun of entry e names who made the thing rather than who is acted on:
// an actor of the source's own code, or, in a legal act, a court
// ("unieważnił wyrok sądu okręgowego": the court gave the verdict, the
// one acted on is the convict).
func (c *coder) authorOfCompanion(e *lang.EventEntry, src, tgt *filler) bool {
	if !c.cased() || tgt == nil {
		return false
	}
	a := tgt.part.Actor
	if len(a) > 3 && strings.HasPrefix(a[3:], "JUD") && slices.Contains(e.Context, "legal") {
		return true
	}
	return src != nil && len(a) > 3 && a == src.part.Actor
}

// subjectActs reports whether the source of entry e may be the verb's
// subject, so that a subject dropped from the clause, carried from the
// sentence before, can be it. When the giver stands in another slot
// ("Minister usłyszał zarzuty", the charges heard from someone unnamed)
// the subject is the one acted on, and the sentence before names no giver.
// In English the subject of an entry that takes it as the target and
// never as the source ("remains in custody", "stands accused of fraud",
// "will stand trial") undergoes the act too.
func (c *coder) subjectActs(e *lang.EventEntry) bool {
	return !c.cased() && !c.subjectUndergoes(e) || slices.Contains(e.Source, c.x.Subject)
}

// subjectUndergoes reports whether entry e takes the verb's subject as its
// target and never as its source: the subject is the one acted on, in the
// active voice ("Mhlanga has been in custody since Feb. 24").
func (c *coder) subjectUndergoes(e *lang.EventEntry) bool {
	return slices.Contains(e.Target, c.x.Subject) && !slices.Contains(e.Source, c.x.Subject)
}
