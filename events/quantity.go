package events

import (
	"strings"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// quantityToken reports whether token ti counts rather than names: a
// numeral ("2", "kilkuset", "wielu", by its part of speech or tag) or a
// noun of quantity ("setki", "tys.", "thousands": cue kind quantity).
func (c *coder) quantityToken(ti int) bool {
	t := &c.d.Tokens[ti]
	return t.UPOS == "NUM" || strings.HasPrefix(t.XPOS, "num") ||
		c.cue(t.Lemma)&lang.CueQuantity != 0
}

// quantified reports whether noun phrase p counts its head: a numeral or
// noun of quantity stands before the head in the phrase ("kilkuset
// demonstrantów"), or the head itself counts ("setki", "2"). Such a
// subject takes a verb in the neuter singular as well as the plural
// ("kilkuset demonstrantów zaatakowało", "setki zwolenników blokowały").
func (c *coder) quantified(p *doc.Phrase) bool {
	for t := p.First; t <= p.Head && t < p.End; t++ {
		if c.quantityToken(t) {
			return true
		}
	}
	return false
}

// counted returns, for noun phrase pi whose head counts ("setki |
// zwolenników", "2 | tys. | demonstrantów", "thousands | of protesters"),
// the participant the counted phrase after it names, or nil: the phrases
// after the head that count too are passed over, the first that does not
// must follow without a word between and be a genitive (or carry a
// genitive preposition).
func (c *coder) counted(pi int) *filler {
	d := c.d
	p := &d.Phrases[pi]
	if !c.quantityToken(p.Head) {
		return nil
	}
	for t := p.First; t < p.End; t++ {
		if c.tokEnt[t] != 0 {
			return nil // "grupa G7" names its group
		}
	}
	r := c.sentPh[p.Sentence]
	end := p.End
	for k := pi + 1; k < r[1] && k <= pi+3; k++ {
		q := &d.Phrases[k]
		// "tys." ends with its full stop, which the phrase leaves out
		gap := q.First - end
		if q.Kind != doc.NounPhrase || q.Coordinated || gap > 1 || gap == 1 && d.Form(d.Tokens[end].Span) != "." && d.Tokens[end].Lemma != q.Prep { // (or the phrase's own "of", outside it)
			return nil
		}
		if q.Prep == "" && c.quantityToken(q.Head) && q.End-q.First == 1 {
			end = q.End
			continue // "2 | tys. | demonstrantów"
		}
		genitive := q.Prep == "" && (q.Cases == 0 || q.Cases&doc.Gen != 0) || q.Prep != "" && c.x.Cues[q.Prep]&lang.CueGenitive != 0
		if !genitive {
			return nil
		}
		part := c.participant(k)
		if part == nil {
			return nil
		}
		part.phrase, part.agree = pi, p.Agree
		part.how += ", counted by " + strings.ToLower(d.Tokens[p.Head].Lemma) // (its own kind first: travel.go)
		return part
	}
	return nil
}

// countedSubject reports whether quantified phrase p may be a subject
// whatever case its counted noun shows: a numeral's nominative and
// accusative are one form ("kilkuset demonstrantów" is the subject of
// "zaatakowało", the object of "zatrzymała"), so a numeral read as either,
// or a noun of quantity in the nominative, counts the subject.
func (c *coder) countedSubject(p *doc.Phrase) bool {
	if p.Prep != "" || !c.quantified(p) {
		return false
	}
	if p.Cases&doc.Nom != 0 {
		return true
	}
	for t := p.First; t <= p.Head && t < p.End; t++ {
		tok := &c.d.Tokens[t]
		if !c.quantityToken(t) {
			continue
		}
		cs := doc.Feat(tok.Feats, "Case")
		return cs == "" || cs == "Nom" || cs == "Acc" && (tok.UPOS == "NUM" || strings.HasPrefix(tok.XPOS, "num"))
	}
	return false
}
