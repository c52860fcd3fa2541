package events

import (
	"slices"
	"strings"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// controller returns the noun phrase that is the subject of verb group
// vg by control: the addressee of a request in the clause before it,
// joined by a conjunction such as "by" ("Giertych apelował do posłów PiS,
// by poparli projekt": the deputies back it; "prosi osobę, żeby go
// zastrzeliła": the person shoots). It returns -1 when vg stands in no
// such clause or the request names no addressee that agrees with vg.
func (c *coder) controller(si, vg int) int {
	d := c.d
	v := &d.Phrases[vg]
	ph := c.phrases(si)
	// the conjunction right before the clause: past at most a few words,
	// no finite verb between
	conj := -1
	for t := v.First - 1; t >= d.Sentences[si].FirstToken && t >= v.First-6; t-- {
		if c.cue(d.Tokens[t].Lemma)&lang.CueControl != 0 {
			conj = t
			break
		}
		if p := c.tokPhrase[t]; p != 0 && d.Phrases[p-1].Kind == doc.VerbGroup && d.Phrases[p-1].Form == "fin" {
			return -1
		}
	}
	if conj < 0 {
		return -1
	}
	// the request: the nearest finite verb before the conjunction
	req := -1
	for k := len(ph) - 1; k >= 0; k-- {
		q := &d.Phrases[ph[k]]
		if q.Kind == doc.VerbGroup && q.Form == "fin" && q.End <= conj {
			req = ph[k]
			break
		}
	}
	if req < 0 || !c.heads(d.Phrases[req].Lemma, ofType("REQUEST")) {
		return -1
	}
	// its addressee: a phrase between it and the conjunction, in the
	// dative or accusative or after "do", that agrees with vg
	for _, k := range ph {
		q := &d.Phrases[k]
		if q.Kind != doc.NounPhrase || q.First < d.Phrases[req].End || q.End > conj {
			continue
		}
		if !(q.Prep == "" && q.Cases&(doc.Dat|doc.Acc) != 0 || q.Prep == "do") {
			continue
		}
		agree := q.Agree
		if c.hasCoordinated(q) {
			agree = agree&^(doc.Sing|doc.Plur) | doc.Plur
		}
		if v.Agree.Agrees(agree) {
			return k
		}
	}
	return -1
}

// clauseVerbBetween reports whether a finite verb group stands between
// noun phrase pi and the trigger, as verbBetween, leaving out the verbs
// of relative clauses opened by a comma and a relative pronoun with no
// comma between the pronoun and the verb: "The United States, along with
// Britain and France, which remain parties to the deal, called a
// meeting" (the relative clause tells of Britain and France; the three
// call the meeting).
func (f *frame) clauseVerbBetween(pi int) bool {
	c := f.c
	d := c.d
	lo := d.Phrases[pi].End
	for _, k := range c.near(f.si, f.ti) {
		q := &d.Phrases[k]
		if q.Kind != doc.VerbGroup || k == f.vg || q.Form != "fin" || q.First < lo || q.End > f.ti {
			continue
		}
		if f.e != nil && len(f.e.Words) > 1 && slices.Contains(f.e.Words[1:], strings.ToLower(q.Lemma)) {
			continue // a companion word read as a verb (verbBetween)
		}
		if !c.inCommaRelative(lo, q.First) {
			return true
		}
	}
	return false
}

// inCommaRelative reports whether token v, after token lo, follows a
// relative pronoun (a Penn WDT, WP or WP$ tag, or PronType=Rel) that
// comes right after a comma, with no comma between the pronoun and v.
func (c *coder) inCommaRelative(lo, v int) bool {
	d := c.d
	for k := v - 1; k > lo; k-- {
		t := &d.Tokens[k]
		if d.Form(t.Span) == "," {
			return false
		}
		rel := t.XPOS == "WDT" || t.XPOS == "WP" || t.XPOS == "WP$" || strings.Contains(t.Feats, "PronType=Rel")
		if rel {
			return d.Form(d.Tokens[k-1].Span) == ","
		}
	}
	return false
}

// comitative returns the co-agents of source src: the phrases after
// "wraz z", "together with" (comitative cue words before the preposition)
// between the source and the trigger, and those coordinated with them
// ("prezydent Francji, który wraz z kanclerzem Niemiec i premierem Włoch
// odwiedził Kijów": Germany and Italy visit too).
func (f *frame) comitative(src *filler) []*filler {
	c := f.c
	d := c.d
	if src == nil || src.phrase < 0 {
		return nil
	}
	lo := d.Phrases[src.phrase].End
	var out []*filler
	for _, pi := range c.near(f.si, f.ti) {
		p := &d.Phrases[pi]
		if p.Kind != doc.NounPhrase || p.Prep == "" || p.First < lo+1 || p.End > f.ti || p.First < 2 {
			continue
		}
		if c.cue(d.Tokens[p.First-2].Lemma)&lang.CueComitative == 0 || f.clauseVerbBetween(pi) {
			continue
		}
		if part := c.participant(pi); part != nil {
			part.slot = "co-agent"
			out = append(out, part)
			out = append(out, f.coordinatedOf(part)...)
		}
	}
	return out
}
