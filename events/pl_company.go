package events

import (
	"strings"

	"github.com/kronika/kronika/doc"
)

// companyReach is how many sentences back a company named before a
// description of it ("przewoźnik", "spółka") may stand.
const companyReach = 3

// companyBefore resolves noun phrase pi, a description of a company
// ("przewoźnik", "firma", "spółka", "koncern": sector BUS) that names
// none, to the company the text named last before it, in its sentence or
// the companyReach before, when that is one company ("Ryanair odwołał
// loty. Związkowcy oskarżyli przewoźnika": Ryanair); nil when none is
// named there or several are. Only in a language whose slots are cases.
func (c *coder) companyBefore(pi int) *filler {
	if !c.cased() {
		return nil
	}
	d := c.d
	p := &d.Phrases[pi]
	for t := p.First; t < p.End; t++ {
		if c.tokEnt[t] != 0 {
			return nil // a name of its own, or a nationality word
		}
	}
	first := d.Sentences[max(0, p.Sentence-companyReach)].FirstToken
	one := -1
	for t := p.First - 1; t >= first; t-- {
		e := c.tokEnt[t]
		if e == 0 {
			continue
		}
		en := &d.Entities[e-1]
		if en.Type != "ORG" || en.Country == "" || !strings.HasSuffix(en.Actor, "BUS") {
			continue
		}
		switch {
		case one < 0:
			one = int(e - 1)
		case one != int(e-1):
			return nil
		}
	}
	if one < 0 {
		return nil
	}
	e := &d.Entities[one]
	// a description still (ent 0: the confidence of one), though it
	// names the company's entity
	return &filler{phrase: pi, via: pi, agree: p.Agree,
		part: doc.Participant{Entity: e.ID, Actor: e.Actor, Country: e.Country, Text: d.Text[d.Tokens[p.First].Start:d.Tokens[p.End-1].End]},
		how:  "the company named before it, " + e.ID + " " + e.Name}
}
