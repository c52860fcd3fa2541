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
// wojska"), unless the request verb is weak (a wish: "chce, by") and the
// clause's verb a copula ("by byli bezpieczni": no act of the subject is
// asked for). A request with an addressee before the conjunction ("apelował
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
	var verb *doc.Phrase // the clause's verb group
	for _, pi := range c.phrases(f.si) {
		p := &d.Phrases[pi]
		if p.First <= conj {
			continue
		}
		if p.Kind == doc.VerbGroup {
			if verb == nil {
				verb = p
			}
			if subj >= 0 {
				break
			}
			if verbs++; verbs > 1 {
				break
			}
			continue
		}
		if p.Kind != doc.NounPhrase || subj >= 0 {
			continue
		}
		if p.Prep == "" && p.Cases&doc.Nom != 0 {
			subj = pi
			continue // on to the clause's verb
		}
		if verbs > 0 {
			break // past the clause's verb, its object or adverbials: no subject named
		}
	}
	if f.e.Flags&lang.Weak != 0 && verb != nil && !verb.Passive && c.cue(verb.Lemma)&lang.CueCopula != 0 {
		// a wish for a state, no act asked of the clause's subject:
		// "chce, żeby jej obywatele byli bezpieczni" (a demand for one
		// asks it of the subject, "domaga się, by premier był stanowczy";
		// a passive keeps its subject, often of the country asked: "żąda,
		// by ambasador Polski został odwołany")
		return nil
	}
	return f.clauseSubject(subj) // demandclause.go
}
