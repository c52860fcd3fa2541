package events

import (
	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// governorAfter returns, for a joint act named by a noun in a
// prepositional phrase that stands between a subject and its verb
// ("Arafat w telefonicznej rozmowie z Powellem wezwał …", "Premier
// podczas spotkania z kanclerzem Niemiec zapowiedział …"), the subject of
// the first finite verb after the noun in its clause: the one who took
// part in the talk. nil when a comma, a conjunction or the end of the
// sentence comes first, or the language has no cases.
func (f *frame) governorAfter(tgt *filler) *filler {
	c, d := f.c, f.c.d
	if !c.cased() || f.own < 0 || d.Phrases[f.own].Prep == "" {
		return nil
	}
	// a meeting that opens the sentence: "Po rozmowie z Putinem kanclerz
	// Merkel powiedziała", "Podczas spotkania z Dudą, Scholz zapewnił";
	// its subject may stand after the noun's phrase, past one comma
	first := d.Phrases[f.own].First
	for first > d.Sentences[f.si].FirstToken && d.Tokens[first-1].UPOS == "ADP" {
		first-- // (the phrase starts after its preposition)
	}
	initial := first == d.Sentences[f.si].FirstToken
	comma := false
	end := d.Sentences[f.si].EndToken
	for t := d.Phrases[f.own].End; t < end && t < f.ti+15; t++ {
		tok := &d.Tokens[t]
		if initial && !comma && d.Form(tok.Span) == "," {
			comma = true
			continue
		}
		if tok.UPOS == "PUNCT" || tok.UPOS == "SCONJ" || tok.UPOS == "CCONJ" {
			return nil
		}
		p := c.tokPhrase[t]
		if p == 0 || d.Phrases[p-1].Kind != doc.VerbGroup {
			continue
		}
		vg := &d.Phrases[p-1]
		if vg.Form != "fin" || vg.Passive || c.cue(vg.Lemma)&lang.CueCopula != 0 {
			return nil
		}
		g := &frame{c: c, si: f.si, ti: vg.Head, vg: int(p - 1), excl: f.excl, own: -1}
		s := g.fill([]lang.Slot{c.x.Subject})
		if s == nil || s.phrase < 0 || tgt != nil && same(s, tgt) {
			return nil
		}
		if d.Phrases[s.phrase].End > d.Phrases[f.own].First && !initial {
			return nil // the subject stands before the noun's phrase
		}
		s.slot = "subject of " + vg.Lemma + " after the noun"
		return s
	}
	return nil
}
