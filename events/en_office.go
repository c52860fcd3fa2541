package events

import (
	"strings"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// officeReach is how many sentences back an office word looks for an
// earlier mention of its holder.
const officeReach = 8

// officeBefore returns, for an English noun phrase pi that names an
// office or body by its sector noun alone ("the president", "the prime
// minister", "the army") and no country, the actor of the nearest earlier
// mention in the document of the same office with a country of its own:
// "The Albanian president … The president met …" is Albania's; so is
// "President Bajram Begaj … the president". An earlier mention whose
// country was itself guessed from the article places nothing. nil when
// there is none within officeReach sentences.
func (c *coder) officeBefore(pi int, head, sector string) *filler {
	d := c.d
	if !c.english() || sector == "" || c.inOffice {
		return nil
	}
	p := &d.Phrases[pi]
	if d.Tokens[p.Head].UPOS != "NOUN" {
		return nil
	}
	c.inOffice = true
	defer func() { c.inOffice = false }()
	var found *filler
	for si := p.Sentence; si >= 0 && si > p.Sentence-officeReach; si-- {
		r := c.sentPh[si]
		for k := r[1] - 1; k >= r[0]; k-- {
			q := &d.Phrases[k]
			if k == pi || q.Kind != doc.NounPhrase || q.First >= p.First || !c.holdsOffice(q, head) {
				continue
			}
			x := c.participant(k)
			switch {
			case found == nil && (x == nil || x.guessed || x.part.Country == ""):
				// the nearest mention places nothing: nor does this one
				return nil
			case found == nil:
				found = x
			case x != nil && x.part.Country != "" && x.part.Country != found.part.Country:
				// two countries' presidents: which one is meant is unclear
				return nil
			}
		}
	}
	if found == nil {
		return nil
	}
	text := d.Text[d.Tokens[p.First].Start:d.Tokens[p.End-1].End]
	return &filler{phrase: pi, via: pi, agree: p.Agree, body: found.body, ent: found.ent,
		part: doc.Participant{Entity: found.part.Entity, Actor: found.part.Actor, Country: found.part.Country, Text: text},
		how:  "the " + head + " named before: " + found.how}
}

// holdsOffice reports whether phrase q names the office whose noun is
// head: as its head ("the Albanian president") or as a title before a
// name ("President Bajram Begaj").
func (c *coder) holdsOffice(q *doc.Phrase, head string) bool {
	d := c.d
	for t := q.First; t <= q.Head && t < q.End; t++ {
		if strings.EqualFold(d.Tokens[t].Lemma, head) {
			return true
		}
	}
	return false
}

// countryRefBody returns, for noun phrase pi whose sector noun follows a
// word that stands for a country named before ("the country's leader",
// "the nation's army": a countryref cue), that sector of the country of
// the nearest place named before it (a state, or a town standing for its
// state) in its sentence or the officeReach sentences before. nil when
// there is no such word or no such place.
func (c *coder) countryRefBody(pi int, head, sector string) *filler {
	d := c.d
	p := &d.Phrases[pi]
	if sector == "" {
		return nil
	}
	ref := -1
	for t := p.First; t < p.Head; t++ {
		if c.cue(d.Tokens[t].Lemma)&lang.CueCountryRef != 0 {
			ref = t
		}
	}
	if ref < 0 {
		return nil
	}
	lo := d.Sentences[max(0, p.Sentence-officeReach+1)].FirstToken
	for t := ref - 1; t >= lo; t-- {
		e := c.tokEnt[t]
		if e == 0 {
			continue
		}
		g := &d.Entities[e-1]
		if g.Type != "GPE" || g.Country == "" || g.Actor != g.Country {
			continue
		}
		text := d.Text[d.Tokens[p.First].Start:d.Tokens[p.End-1].End]
		return &filler{phrase: pi, via: pi, agree: p.Agree, body: true,
			part: doc.Participant{Actor: g.Country + sector, Country: g.Country, Text: text},
			how:  d.Form(d.Tokens[ref].Span) + " " + head + ": the country named before, " + g.Name}
	}
	return nil
}

// countryNamedBefore returns, for noun phrase pi that is a countryref
// noun after a determiner alone ("the country", "the nation"), the country of the
// nearest state named before the trigger and the phrase in its sentence
// or the one before, passing over the phrases the source src was found
// in (what stands between the trigger and the phrase are the act's own
// participants: "withdrew U.S. troops from the country"): "praised the
// withdrawal of U.S. troops from the country" after "Afghanistan's
// Taliban" is Afghanistan. nil when pi is no such phrase, when no state is
// named, or when the nearest is the source's own country (the phrase may
// then name the source's country as much as another).
func (f *frame) countryNamedBefore(pi int, src *filler) *filler {
	c, d := f.c, f.c.d
	p := &d.Phrases[pi]
	if p.Kind != doc.NounPhrase || p.End-p.First != 2 || p.Head != p.First+1 || c.tokEnt[p.Head] != 0 ||
		d.Tokens[p.First].UPOS != "DET" || c.cue(d.Tokens[p.Head].Lemma)&lang.CueCountryRef == 0 {
		return nil
	}
	lo := d.Sentences[max(0, p.Sentence-1)].FirstToken
	for t := min(p.First, f.ti) - 1; t >= lo; t-- {
		e := c.tokEnt[t]
		if e == 0 {
			continue
		}
		if q := int(c.tokPhrase[t]) - 1; q >= 0 && f.excl[q] {
			continue // the source's own phrases
		}
		g := &d.Entities[e-1]
		if g.Type != "GPE" || g.Country == "" || g.Actor != g.Country {
			continue
		}
		if g.Country == src.part.Country {
			return nil
		}
		text := d.Text[d.Tokens[p.First].Start:d.Tokens[p.End-1].End]
		return &filler{phrase: pi, via: pi, agree: p.Agree,
			part: doc.Participant{Actor: g.Country, Country: g.Country, Text: text},
			how:  text + ": the country named before, " + g.Name}
	}
	return nil
}
