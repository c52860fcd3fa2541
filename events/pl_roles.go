package events

import (
	"strings"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// nounGovernor returns the finite verb group that governs the noun
// trigger of the frame, looking back through its clause, or -1. A list of
// nouns in one case counts as one argument, so that every noun of
// "grozili protestami, blokowaniem dróg i paraliżem miast" is governed by
// "grozili": a comma is crossed when a noun that may stand in the
// trigger's case ends right before it. Any other punctuation, a
// subordinating conjunction or another verb ends the search.
func (f *frame) nounGovernor() int {
	c := f.c
	d := c.d
	first := d.Sentences[f.si].FirstToken
	for t := f.ti - 1; t >= first && t >= f.ti-12; t-- {
		tok := &d.Tokens[t]
		if tok.UPOS == "PUNCT" {
			if t > first && d.Form(tok.Span) == "," && d.Tokens[t-1].UPOS == "NOUN" && f.listCase(t-1) {
				continue
			}
			return -1
		}
		if tok.UPOS == "SCONJ" && c.tokPhrase[t] == 0 {
			return -1
		}
		if p := c.tokPhrase[t]; p != 0 && d.Phrases[p-1].Kind == doc.VerbGroup {
			if d.Phrases[p-1].Form == "fin" {
				return int(p - 1)
			}
			return -1
		}
	}
	return -1
}

// listCase reports whether noun token k may share a case with the
// frame's trigger noun, by every reading of both forms: the nouns of one
// list stand in one case ("protestami, blokowaniem"), so that "w
// październiku, protestami" is no list.
func (f *frame) listCase(k int) bool {
	d := f.c.d
	a, b := d.Tokens[k].CaseSet, d.Tokens[f.ti].CaseSet
	return a == 0 || b == 0 || a&b != 0
}

// threatenedFuture reports whether the noun trigger of the frame, the
// object of the finite verb g (no preposition between), names an act that
// g announces for the future under a condition: "ostrzegali, że nasilą
// protesty, jeśli Bibi otrzyma zgodę" reports a threat, not protests.
// ("Jeżeli …, otworzy to drogę dla inwazji" threatens no invasion.)
func (f *frame) threatenedFuture(g int) bool {
	v := &f.c.d.Phrases[g]
	if f.own < 0 || f.c.d.Phrases[f.own].Prep != "" {
		return false
	}
	return v.Tense == "fut" && !v.Negated && f.c.conditional(f.si)
}

// threatCondition reports whether trigger ti stands in the condition of a
// threat made in its sentence: "Islamiści zagrozili protestami, jeśli Bibi
// zostanie uwolniona" reports no release; the act is what the threat is
// about, and whoever acts in it is not reported to. The condition runs
// from a conjunction of condition ("jeśli", "jeżeli", "gdyby") to the
// next comma; the threat is a verb of threatening or warning before it in
// the sentence.
func (c *coder) threatCondition(si, ti int) bool {
	d := c.d
	s := d.Sentences[si]
	cond := -1
	for k := ti - 1; k >= s.FirstToken; k-- {
		t := &d.Tokens[k]
		if d.Form(t.Span) == "," || t.UPOS == "PUNCT" && !openingQuote(d.Form(t.Span)) {
			break
		}
		if t.UPOS == "SCONJ" && c.cue(t.Lemma)&lang.CueHypothetical != 0 {
			cond = k
			break
		}
	}
	if cond < 0 {
		return false
	}
	for k := s.FirstToken; k < cond; k++ {
		p := c.tokPhrase[k]
		if p == 0 || d.Phrases[p-1].Kind != doc.VerbGroup || d.Phrases[p-1].Head != k {
			continue
		}
		if c.heads(d.Phrases[p-1].Lemma, oneWordVerb("THREATEN")) {
			return true
		}
	}
	return false
}

// adjacent reports whether tokens end … first-1 are nothing but opening
// quotation marks: the phrase that ends at end and the one that starts at
// first stand side by side ("szefowi „Samoobrony”").
func (c *coder) adjacent(end, first int) bool {
	if end > first {
		return false
	}
	for k := end; k < first; k++ {
		if c.d.Tokens[k].Kind == doc.Word || !openingQuote(c.d.Form(c.d.Tokens[k].Span)) {
			return false
		}
	}
	return true
}

// nounGenitive reports whether common noun phrase pi (or a people's name,
// "Litwinów"), which may be a genitive, stands before the trigger right after another common noun
// phrase that is not the trigger's, not a companion of it and not a
// nominative: then it is that noun's genitive ("Sześć skarg pacjentów
// bada prokuratura": the prosecutors examine the complaints, not the
// patients), not an object of the verb, whatever other case its form may
// also have ("pacjentów" is an accusative too). (After the verb the
// nearest phrase is the object already; a name's genitive is its title's:
// titled.)
func (f *frame) nounGenitive(pi int) bool {
	c := f.c
	d := c.d
	p := &d.Phrases[pi]
	r := c.sentPh[p.Sentence]
	if pi-1 < r[0] || p.Prep != "" || p.Cases&doc.Gen == 0 || p.End > f.ti || d.Tokens[p.Head].UPOS != "NOUN" && !c.isNORP(p.Head) {
		return false
	}
	q := &d.Phrases[pi-1]
	if q.Kind != doc.NounPhrase || q.Prep != "" || q.Cases == 0 || q.Cases&doc.Nom != 0 || d.Tokens[q.Head].UPOS != "NOUN" ||
		pi-1 == f.own || f.excl[pi-1] || q.First <= f.ti && f.ti < q.End || !c.adjacent(q.End, p.First) {
		return false
	}
	return !c.inTime(q)
}

// knownCaseless reports whether the name that heads phrase p stands in an
// inflected form (not its base form) whose readings give it cases, none of
// them k: "po powrocie z Litwy" is "z" with the genitive, and "Litwy" no
// instrumental, so it fills no "z" + instrumental slot. A name in its
// base form may be one that does not inflect ("z TLP"), and a name the
// dictionary does not know keeps the benefit of the doubt ("z Xi
// Jinpingiem").
func (c *coder) knownCaseless(p *doc.Phrase, k doc.Cases) bool {
	t := &c.d.Tokens[p.Head]
	return k != 0 && t.CaseSet != 0 && t.CaseSet&k == 0 && !strings.EqualFold(c.d.Form(t.Span), t.Lemma)
}
