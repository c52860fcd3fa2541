package events

import (
	"slices"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// plClauseAddressee returns, for a request or demand verb with no object
// that names an actor, in a language with cases, the subject of the clause
// the demand opens with a control conjunction ("Rosja zażądała, by Polska
// wycofała wojska", "żądają, aby prezydent złożył dymisję"): the one who
// must meet the demand is its target (CAMEO 10x). Between the verb and the
// conjunction stand only punctuation, adverbs and the verb's own
// companions ("domaga się, by"); the subject is the first
// noun phrase of the clause without a preposition, in the nominative,
// before the clause's verb group or right after it ("by wycofała Polska
// wojska"). A request with an addressee before the conjunction ("apelował
// do posłów, by") has its target already (control.go).
func (f *frame) plClauseAddressee() *filler {
	c := f.c
	v := f.requestVerb(true) // demandclause.go
	if v == nil {
		return nil
	}
	d := c.d
	s := d.Sentences[f.si]
	conj := -1
	for t := v.End; t < s.EndToken && t < v.End+4; t++ {
		tok := &d.Tokens[t]
		if c.cue(tok.Lemma)&lang.CueControl != 0 {
			conj = t
			break
		}
		if slices.Contains(f.e.Words[1:], tok.Lemma) {
			continue // the verb's own companion: "domaga się, by"
		}
		if tok.UPOS != "PUNCT" && tok.UPOS != "ADV" || tok.UPOS == "PUNCT" && tok.Lemma != "," {
			return nil
		}
	}
	if conj < 0 {
		return nil
	}
	subj, verbs := -1, 0
	for _, pi := range c.phrases(f.si) {
		p := &d.Phrases[pi]
		if p.First <= conj {
			continue
		}
		if p.Kind == doc.VerbGroup {
			if verbs++; verbs > 1 {
				break
			}
			continue
		}
		if p.Kind != doc.NounPhrase {
			continue
		}
		if p.Prep == "" && p.Cases&doc.Nom != 0 {
			subj = pi
			break
		}
		if verbs > 0 {
			break // past the clause's verb, its object or adverbials: no subject named
		}
	}
	return f.clauseSubject(subj) // demandclause.go
}
