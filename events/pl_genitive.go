package events

import (
	"strings"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// genitiveSector returns, with its noun, for common noun phrase pi whose head names no
// sector, the sector of the common noun in the genitive right after it
// ("członków partii", "przedstawiciele rządu", "szefowie central
// związkowych", "zwolennicy opozycji"; a possessive pronoun may stand
// between: "członków jego partii"): the people of a body are of its
// sector. "" when no such genitive follows, or it holds a name (the
// genitive of a name is participant's business) or a trigger noun's
// phrase is excluded by the caller. Only in a language whose slots are
// cases.
func (c *coder) genitiveSector(pi int) (sector, noun string) {
	if !c.cased() {
		return "", ""
	}
	d := c.d
	p := &d.Phrases[pi]
	if d.Tokens[p.Head].UPOS != "NOUN" {
		return "", ""
	}
	r := c.sentPh[p.Sentence]
	end := p.End
	for k := pi + 1; k < r[1] && k <= pi+2; k++ {
		q := &d.Phrases[k]
		if q.Kind != doc.NounPhrase || q.Prep != "" || q.First != end || q.Cases != 0 && q.Cases&doc.Gen == 0 || c.namesEntity(q) {
			return "", ""
		}
		if q.End-q.First == 1 && c.cue(d.Tokens[q.Head].Lemma)&lang.CueAnaphor != 0 {
			end = q.End // "jego", "ich": whose body it is
			continue
		}
		noun = strings.ToLower(d.Tokens[q.Head].Lemma)
		if d.Tokens[q.Head].UPOS != "NOUN" || c.x.Sectors[noun] == "" {
			return "", ""
		}
		return c.x.Sectors[noun], noun
	}
	return "", ""
}

// adjectiveSector returns, for a noun phrase pi whose head names no actor
// in a language with cases, the sector of an adjective before the head
// that says whose the thing is ("rządowy projekt" is the government's,
// "sejmowa komisja" the parliament's), with that adjective, or "".
func (c *coder) adjectiveSector(pi int) (sector, adj string) {
	if !c.cased() || len(c.x.AdjSectors) == 0 {
		return "", ""
	}
	d := c.d
	p := &d.Phrases[pi]
	if d.Tokens[p.Head].UPOS != "NOUN" {
		return "", ""
	}
	for t := p.First; t < p.Head; t++ {
		if d.Tokens[t].UPOS != "ADJ" {
			continue
		}
		a := strings.ToLower(d.Tokens[t].Lemma)
		if s := c.x.AdjSectors[a]; s != "" {
			return s, a
		}
	}
	return "", ""
}
