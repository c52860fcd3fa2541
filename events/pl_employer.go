package events

import (
	"strings"

	"github.com/kronika/kronika/doc"
)

// employer returns the company a protest or strike without a named
// addressee is against, in a language whose slots are cases: the company
// named in the genitive that hangs on the protesters' phrase or on the
// trigger noun ("piloci Lufthansy strajkują", "strajk pilotów Ryanaira",
// "związek zawodowy pilotów Ryanaira ogłosił strajk"), else the company
// the clause names after "w" ("strajk w Ryanairze"), else, for workers
// the text describes without naming, the one company their sentence
// names: workers strike against their employer, not their government.
// nil when none is named.
func (f *frame) employer(src *filler) *filler {
	c := f.c
	if !c.cased() {
		return nil
	}
	for _, pi := range []int{src.phrase, src.via, f.own} {
		if pi < 0 {
			continue
		}
		k, ei := c.companyInGenitives(pi)
		if ei < 0 || src.phrase == k {
			continue
		}
		if src.ent == ei+1 {
			if !src.body {
				continue
			}
			// the company's people ("piloci Lufthansy"), a description
			// and not the company: it is their employer
			src.ent, src.part.Entity = 0, ""
		}
		return c.companyFiller(k, ei, "the employer named in the genitive")
	}
	for _, k := range c.near(f.si, f.ti) {
		q := &c.d.Phrases[k]
		if q.Kind != doc.NounPhrase || q.Prep != "w" || k == src.phrase || k == src.via {
			continue
		}
		if ei := c.companyIn(k); ei >= 0 {
			return c.companyFiller(k, ei, "the company the strike is in")
		}
	}
	// workers described, not named, and one company in the sentence:
	// "Ryanair odwołał loty z powodu strajku pilotów"
	return f.oneCompany(src, false)
}

// oneCompany returns, for workers described and not named (src a LAB
// description), the one company the sentence names as their employer, in
// any phrase but theirs or, with before, only in phrases before theirs;
// nil when there is none, or more than one.
func (f *frame) oneCompany(src *filler, before bool) *filler {
	c := f.c
	if src.ent != 0 || !staffActor(src.part.Actor) {
		return nil
	}
	one, ph := -1, -1
	for _, k := range c.near(f.si, f.ti) {
		if k == src.phrase || before && k > src.phrase || c.d.Phrases[k].Kind != doc.NounPhrase {
			continue
		}
		if ei := c.companyIn(k); ei >= 0 {
			if one >= 0 && one != ei {
				return nil
			}
			one, ph = ei, k
		}
	}
	if one < 0 {
		return nil
	}
	return c.companyFiller(ph, one, "the one company the sentence names, the workers' employer")
}

// companyInGenitives looks for a company in phrase pi's chain of
// genitives (at most three phrases right after it, with no preposition,
// each of which may be a genitive): its phrase and entity index, or -1, -1.
func (c *coder) companyInGenitives(pi int) (int, int) {
	d := c.d
	p := &d.Phrases[pi]
	r := c.sentPh[p.Sentence]
	end := p.End
	for k := pi + 1; k < r[1] && k <= pi+3; k++ {
		q := &d.Phrases[k]
		if q.Kind != doc.NounPhrase || q.Prep != "" || q.First != end || q.Cases != 0 && q.Cases&doc.Gen == 0 {
			break
		}
		if ei := c.companyIn(k); ei >= 0 {
			return k, ei
		}
		end = q.End
	}
	return -1, -1
}

// companyIn returns the index of the first entity in phrase k that the
// actor base knows as a company (sector BUS), or -1.
func (c *coder) companyIn(k int) int {
	d := c.d
	q := &d.Phrases[k]
	for t := q.First; t < q.End; t++ {
		if e := c.tokEnt[t]; e != 0 {
			en := &d.Entities[e-1]
			if en.Type == "ORG" && en.Country != "" && strings.HasSuffix(en.Actor, "BUS") {
				return int(e - 1)
			}
		}
	}
	return -1
}

func (c *coder) companyFiller(k, ei int, how string) *filler {
	d := c.d
	e := &d.Entities[ei]
	q := &d.Phrases[k]
	return &filler{phrase: k, via: k, ent: ei + 1, agree: q.Agree, slot: "addressee of a protest",
		how:  how + " " + e.ID + " " + e.Name,
		part: doc.Participant{Entity: e.ID, Actor: e.Actor, Country: e.Country, Text: d.Text[d.Tokens[q.First].Start:d.Tokens[q.End-1].End]}}
}
