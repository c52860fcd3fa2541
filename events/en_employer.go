package events

import (
	"strings"

	"github.com/kronika/kronika/doc"
)

// employerPreps are the English prepositions that tie workers or a strike
// to the company they are at: "workers of Renault", "pilots at
// Lufthansa", "a strike at the Renault plant".
var employerPreps = map[string]bool{"of": true, "at": true, "for": true}

// enEmployer is English's employer (pl_employer.go): the company a strike
// or protest with no named addressee is against. Workers strike against
// the company they work for when the text names it, else (the caller's
// rule) against their government. The company is, in this order: one
// named in the workers' own phrase ("Renault workers", "Renault's
// pilots": then the phrase names the workers, LAB of the company's
// country, and no longer the company), one in an "of", "at" or "for"
// phrase right after them ("workers at Renault"), one in an "at" or "for"
// phrase after the trigger ("a strike at Lufthansa"), else, for workers
// described and not named, the one company their sentence names before
// them. nil when none is named.
func (f *frame) enEmployer(src *filler) *filler {
	c := f.c
	if !c.english() || src == nil || src.phrase < 0 {
		return nil
	}
	d := c.d
	labour := c.labourHead(src.phrase)
	if labour {
		if ei := c.companyIn(src.phrase); ei >= 0 {
			c.workersOf(src, ei)
			return c.companyFiller(src.phrase, ei, "the workers' employer named with them")
		}
		p := &d.Phrases[src.phrase]
		r := c.sentPh[p.Sentence]
		if k := src.phrase + 1; k < r[1] {
			q := &d.Phrases[k]
			if q.Kind == doc.NounPhrase && q.First == p.End+1 && employerPreps[strings.ToLower(q.Prep)] {
				if ei := c.companyIn(k); ei >= 0 {
					c.workersOf(src, ei)
					return c.companyFiller(k, ei, "the workers' employer named after them")
				}
			}
		}
	}
	for _, k := range c.near(f.si, f.ti) {
		q := &d.Phrases[k]
		if q.Kind != doc.NounPhrase || k == src.phrase || k == src.via || q.First <= f.ti || !employerPreps[strings.ToLower(q.Prep)] || strings.EqualFold(q.Prep, "of") {
			continue
		}
		if ei := c.companyIn(k); ei >= 0 {
			return c.companyFiller(k, ei, "the company the strike is at")
		}
	}
	// workers described, not named, and one company in the sentence
	// before them, which the sentence is about ("Lufthansa cancelled
	// flights because pilots went on strike"); a company named after the
	// strike is mostly another story ("teachers went on strike as Renault
	// reported record profits")
	return f.oneCompany(src, true)
}

// labourHead reports whether the head of phrase pi is a noun of the
// labour sector ("workers", "union", "pilots").
func (c *coder) labourHead(pi int) bool {
	t := &c.d.Tokens[c.d.Phrases[pi].Head]
	return t.UPOS == "NOUN" && staffSectors[c.x.Sectors[strings.ToLower(t.Lemma)]]
}

// workersOf makes src, a phrase of workers that names company ei ("Renault
// workers", "workers of Renault"), the company's workers and not the
// company: LAB of its country, with no entity.
func (c *coder) workersOf(src *filler, ei int) {
	if src.ent != ei+1 {
		return
	}
	e := &c.d.Entities[ei]
	src.ent, src.part.Entity = 0, ""
	src.part.Actor, src.part.Country = e.Country+"LAB", e.Country
	src.how += " (workers of " + e.Name + ", " + e.Country + "LAB)"
}
