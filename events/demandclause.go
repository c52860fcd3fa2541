package events

import (
	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// clauseAddressee returns, for a request or demand verb with no object
// that names an actor, the subject of the clause the demand opens with a
// subordinating conjunction: "Greece demanded that its partners refuse to
// recognize …", "the rebels insisted on their demands that Burundi's
// government grant …": the one asked to act is the addressee of the demand
// (CAMEO 10x: the target of a demand is who must meet it). Between the verb
// and the conjunction stand at most a few adverbs and prepositional
// phrases ("on its demands"), no object; the subject must come right after
// the conjunction, with a verb group after it. A conjunction of condition or doubt ("if",
// "whether": hypothetical cues) asks no one. English word order (the
// subject a position): Polish requests have controller (control.go).
func (f *frame) clauseAddressee() *filler {
	c := f.c
	v := f.requestVerb(false)
	if v == nil {
		return nil
	}
	d := c.d
	s := d.Sentences[f.si]
	// (the tagger reads a complementizer as SCONJ, or as ADP when no noun
	// phrase takes it for its preposition: "demands that Burundi's
	// government grant")
	nextNP := func(t int) *doc.Phrase {
		if t+1 >= s.EndToken {
			return nil // the sentence (perhaps the document) ends at t
		}
		if k := c.tokPhrase[t+1]; k != 0 && d.Phrases[k-1].Kind == doc.NounPhrase && d.Phrases[k-1].First == t+1 {
			return &d.Phrases[k-1]
		}
		return nil
	}
	conj := -1
	for t := v.End; t < s.EndToken && t < v.End+6; t++ {
		tok := &d.Tokens[t]
		if tok.UPOS == "SCONJ" || tok.UPOS == "ADP" && c.tokPhrase[t] == 0 && nextNP(t) != nil && nextNP(t).Prep == "" {
			if c.cue(tok.Lemma)&lang.CueHypothetical == 0 {
				conj = t
			}
			break
		}
		// between them only adverbs and prepositional phrases ("bluntly",
		// "on its demands"): after a direct object the clause is the
		// noun's ("demanded an admission that …")
		if k := c.tokPhrase[t]; tok.UPOS != "ADV" && tok.UPOS != "ADP" && (k == 0 || d.Phrases[k-1].Kind != doc.NounPhrase || d.Phrases[k-1].Prep == "") {
			return nil
		}
	}
	if conj < 0 {
		return nil
	}
	// the clause's subject: the noun phrase right after the conjunction,
	// a verb group after it
	subj := -1
	for _, pi := range c.phrases(f.si) {
		p := &d.Phrases[pi]
		if p.First <= conj {
			continue
		}
		if subj < 0 {
			if p.Kind != doc.NounPhrase || p.First != conj+1 || p.Prep != "" {
				return nil
			}
			subj = pi
			continue
		}
		if p.Kind == doc.VerbGroup {
			break
		}
		if p.Kind == doc.NounPhrase && (p.Prep != "" || p.Coordinated) {
			continue // "the US and other developed nations", "control of …"
		}
		return nil
	}
	return f.clauseSubject(subj)
}

// clauseSubject returns the participant phrase subj names as the
// subject of the clause a demand opens (nil for subj < 0, a phrase
// already used or no actor): the demand's target.
func (f *frame) clauseSubject(subj int) *filler {
	if subj < 0 || f.excl[subj] {
		return nil
	}
	t := f.c.participant(subj)
	if t == nil {
		return nil
	}
	t.slot = "subject of the clause the demand opens"
	return t
}

// requestVerb returns the active verb group of a request or demand told by
// a verb (not a noun), in a language whose slots are cases (cased, Polish:
// pl_demandclause.go) or positions (English); nil otherwise.
func (f *frame) requestVerb(cased bool) *doc.Phrase {
	if f.e.Type != "REQUEST" || f.nominal || f.vg < 0 || f.c.cased() != cased {
		return nil
	}
	if v := &f.c.d.Phrases[f.vg]; !v.Passive {
		return v
	}
	return nil
}
