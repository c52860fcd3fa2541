package events

import "github.com/kronika/kronika/doc"

// titleName reports, in a language whose slots are cases, whether noun
// phrase k is a one-word personal name right after the title of a
// clergyman in phrase k-1 that it names: "odwiedziła biskupa Franciszka"
// is the bishop Franciszek, whatever case the tagger gave the name
// ("Franciszka" also reads as a woman's name in the nominative). Clergy
// go by their given names, so a name whose readings share a case with
// the title, or a woman's name after a man's title, is the title's own; a layman's title with a name in the
// genitive after it ("rzecznik Putina", "rząd Tuska") is that person's
// people and stays so (frame.go, participant).
func (c *coder) titleName(k int) bool {
	if !c.cased() || k < 1 {
		return false
	}
	d := c.d
	q := &d.Phrases[k]
	p := &d.Phrases[k-1]
	if q.Kind != doc.NounPhrase || p.Kind != doc.NounPhrase || q.Prep != "" || q.End-q.First != 1 || p.End != q.First ||
		p.Sentence != q.Sentence {
		return false
	}
	t := &d.Tokens[q.Head]
	e := c.tokEnt[q.Head]
	if t.UPOS != "PROPN" || e == 0 || d.Entities[e-1].Type != "PERSON" || c.sectorOf(k-1) != "REL" {
		return false
	}
	// a reading in the title's case, or a woman's reading of the name
	// after a man's title, which the tagger chose over the man's name
	// in the genitive ("biskupa Franciszka")
	return t.CaseSet&p.Cases != 0 || p.Agree&doc.Genders == doc.Masc1 && q.Agree&doc.Masc1 == 0
}
