package events

import (
	"strings"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
	"github.com/kronika/kronika/places"
)

// seatCountry returns, in English, the country an organisation the actor
// base does not know is based in, as the text says where it sits: an
// adjective of a place and a seat cue ("-based", "-headquartered") in its
// noun phrase pi or in the apposition after it ("the Copenhagen-based
// Alliance of Democracies", "the Eurasia Group, a New York-based
// consultancy"), or a seat participle and a locative preposition ("in")
// before a place after a comma ("The Alliance of Democracies,
// headquartered in Copenhagen,"). "" when none says so. The words are
// the lexicon's cues (seat, locative, genitive: lang/en/data/event-cues.tsv).
func (c *coder) seatCountry(pi int) string {
	if !c.english() || pi < 0 {
		return ""
	}
	d := c.d
	p := &d.Phrases[pi]
	if cc := c.basedWord(p.First, p.End); cc != "" {
		return cc
	}
	// the "of" phrases of the name: "the Alliance | of Democracies"
	end := p.End
	r := c.sentPh[p.Sentence]
	for k := pi + 1; k < r[1] && d.Phrases[k].Kind == doc.NounPhrase && c.cue(d.Phrases[k].Prep)&lang.CueGenitive != 0 && d.Phrases[k].First <= end+1; k++ {
		end = d.Phrases[k].End
	}
	send := d.Sentences[p.Sentence].EndToken
	if end+1 >= send || d.Form(d.Tokens[end].Span) != "," {
		return ""
	}
	// ", headquartered in Copenhagen," / ", based in Denmark,"
	if c.cue(d.Form(d.Tokens[end+1].Span))&lang.CueSeat != 0 && end+2 < send && c.cue(d.Form(d.Tokens[end+2].Span))&lang.CueLocative != 0 {
		for t := end + 3; t < send && t < end+7; t++ {
			if e := c.tokEnt[t]; e != 0 {
				ent := &d.Entities[e-1]
				if ent.Type == "GPE" && ent.Country != "" {
					return ent.Country
				}
				return placeCountry(ent.Name)
			}
		}
		return ""
	}
	// ", a New York-based consultancy,": the apposition's own words
	for k := pi + 1; k < r[1]; k++ {
		q := &d.Phrases[k]
		if q.First < end+1 {
			continue
		}
		if q.First == end+1 && q.Kind == doc.NounPhrase && q.Prep == "" {
			return c.basedWord(q.First, q.End)
		}
		break
	}
	return ""
}

// basedWord returns the country of the place in a word "PLACE-based"
// (a place, a hyphen and a seat cue) among tokens [from, to), the place's
// words before it included ("New York-based"), or "".
func (c *coder) basedWord(from, to int) string {
	d := c.d
	for t := from; t < to; t++ {
		f := d.Form(d.Tokens[t].Span)
		h := strings.LastIndexByte(f, '-')
		if h < 0 || c.cue(f[h+1:])&lang.CueSeat == 0 {
			continue
		}
		place := f[:h]
		if place == "" {
			continue
		}
		// the place's capitalised words before it: "New York-based"
		name := place
		for k := t - 1; k >= from; k-- {
			w := d.Form(d.Tokens[k].Span)
			if w == "" || !d.Tokens[k].SpaceAfter || !strings.ContainsAny(w[:1], "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
				break
			}
			name = w + " " + name
		}
		for {
			if cc := placeCountry(name); cc != "" {
				return cc
			}
			sp := strings.IndexByte(name, ' ')
			if sp < 0 {
				break
			}
			name = name[sp+1:]
		}
	}
	return ""
}

// placeCountry returns the country of the most populous place the
// gazetteer knows as name, or "" (also for a name of places in several
// countries none of which is a country or a capital).
func placeCountry(name string) string {
	ps := places.Default().Lookup(name)
	if len(ps) == 0 {
		return ""
	}
	return ps[0].Country
}
