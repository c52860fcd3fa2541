package events

import (
	"strings"

	"github.com/kronika/kronika/doc"
)

// after scores noun phrase p for the slot "after": any phrase that follows
// the trigger (its verb group, or the trigger noun with its own phrase) in
// its clause, object or prepositional, the nearest best. The caller has
// already refused phrases beyond another finite verb. A passive verb's
// object is its subject ("Gondor was attacked by Arnor"): there the slot
// is the subject's, and the agent after "by" is not this slot's.
func (f *frame) after(p *doc.Phrase, score float64) (float64, bool) {
	c := f.c
	end := f.ti + 1
	if f.vg >= 0 && c.d.Phrases[f.vg].Passive {
		return f.subject(p, &c.d.Phrases[f.vg], score)
	}
	if f.vg >= 0 {
		end = c.d.Phrases[f.vg].End
	} else if f.own >= 0 {
		end = c.d.Phrases[f.own].End
	}
	if p.First < end || f.subjectOfVerb(p) && !f.complementSubject(p, end) {
		return 0, false
	}
	if p.Prep == "" {
		score += 0.5 // the object before a prepositional phrase as near
	}
	return score, true
}

// subjectOfVerb reports whether a finite verb group follows phrase p
// right after it or after the phrases coordinated with it: p is then
// that verb's subject ("…, a senior official said", "after crowds
// trashed"), not an object of the trigger.
func (f *frame) subjectOfVerb(p *doc.Phrase) bool {
	c := f.c
	end := p.End
	for _, k := range c.near(f.si, f.ti) {
		q := &c.d.Phrases[k]
		if q.First < end {
			continue
		}
		if q.First > end {
			return false
		}
		if q.Kind == doc.NounPhrase && q.Coordinated {
			end = q.End
			continue
		}
		return q.Kind == doc.VerbGroup && q.Form == "fin"
	}
	return false
}

// complementSubject reports whether p is the subject of a clause that
// "that" opens right after the trigger ends (at token end): the clause is
// the trigger's object, and its subject the first actor after the verb
// ("allowed that Mordor isn't a pleasant place").
func (f *frame) complementSubject(p *doc.Phrase, end int) bool {
	return p.First == end+1 && strings.EqualFold(f.c.d.Form(f.c.d.Tokens[end].Span), "that")
}

// clauseAfterComma reports whether phrase p follows a comma and a finite
// verb follows it: the subject of a clause of its own, mostly the
// reporting clause that ends a news sentence ("Hungary will support the
// resolution, the minister said"), never the object of a verb before the
// comma.
func (f *frame) clauseAfterComma(p *doc.Phrase) bool {
	d := f.c.d
	return p.First > d.Sentences[f.si].FirstToken && d.Form(d.Tokens[p.First-1].Span) == "," && f.subjectOfVerb(p)
}
