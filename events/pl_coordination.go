package events

import "github.com/kronika/kronika/doc"

// A conjunct may be completed by genitives before the conjunction: in
// "Rząd Francji i Watykan podpisali porozumienie" the government and the
// Holy See act together, and "Francji" only completes the first. The
// second conjunct stands in the case of the first ("Watykan", a
// nominative like "Rząd"); one in the genitive ("przedstawiciele Rosji i
// Chin") is coordinated with the genitive instead. Only in a language
// whose phrases carry cases.

// genitivesEnd returns the end token of noun phrase p together with the
// genitive phrases right after it that complete it (no preposition, each
// starting where the one before ends), or p.End when none follows or the
// language has no cases.
func (c *coder) genitivesEnd(p *doc.Phrase) int {
	end := p.End
	if !c.cased() || p.Kind != doc.NounPhrase {
		return end
	}
	r := c.sentPh[p.Sentence]
	for k := r[0]; k < r[1]; k++ {
		q := &c.d.Phrases[k]
		if q.First < end {
			continue
		}
		if q.First != end || q.Kind != doc.NounPhrase || q.Prep != "" || q.Coordinated || q.Cases&doc.Gen == 0 {
			break
		}
		end = q.End
	}
	return end
}

// conjoined reports whether noun phrase q, coordinated past the
// genitives of the phrase before it, follows a conjunction ("i", "oraz"),
// not a comma: "prezydent RP, Aleksander Kwaśniewski" is one person.
func (c *coder) conjoined(q *doc.Phrase) bool {
	return q.First > 0 && c.d.Tokens[q.First-1].UPOS == "CCONJ"
}

// sameCase reports whether noun phrases p and q may stand in one case, by
// the readings of both, and neither is a genitive only: the conjuncts of
// one coordination share their case.
func (c *coder) sameCase(p, q *doc.Phrase) bool {
	if p.Cases == 0 || q.Cases == 0 {
		return true
	}
	shared := p.Cases & q.Cases
	return shared != 0 && shared != doc.Gen
}
