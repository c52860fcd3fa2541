package events

import (
	"strings"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// inRestrictiveRelative reports whether noun phrase p, before verb group
// vg, stands inside a relative clause without commas that ends before vg:
// "The man who led the attack on the embassy was arrested", "Protesters
// who gathered outside parliament were detained". Such a clause's phrases
// belong to its own verb; the subject of vg is the phrase the clause
// modifies, before the relative pronoun. English only: the pronoun is
// found by its Penn tag (WDT, WP, WP$) right after a noun phrase, and the
// clause ends where the next finite verb after its own begins. A clause
// between commas is left to enclosed (clauses.go).
func (f *frame) inRestrictiveRelative(p, vg *doc.Phrase) bool {
	c, d := f.c, f.c.d
	if !c.english() {
		return false
	}
	s := d.Sentences[f.si]
	for k := p.First; k >= s.FirstToken && k > p.First-reach; k-- {
		if d.Form(d.Tokens[k].Span) == "," {
			return false
		}
		switch d.Tokens[k].XPOS {
		case "WDT", "WP", "WP$":
		default:
			continue
		}
		if !c.afterNounPhrase(k) {
			return false // a question word or a free relative: "what Russia did"
		}
		// the verb after the clause: p is inside when it ends before it
		main := f.relativeEnd(k)
		return main != nil && p.End <= main.First && main.First <= vg.First
	}
	return false
}

// afterNounPhrase reports whether a noun phrase ends right before token k.
func (c *coder) afterNounPhrase(k int) bool {
	if k == 0 {
		return false
	}
	q := int(c.tokPhrase[k-1]) - 1
	return q >= 0 && c.d.Phrases[q].Kind == doc.NounPhrase && c.d.Phrases[q].End == k
}

// passiveSubject reports whether slot sl is the object of an English
// passive trigger and noun phrase p its subject before it, past the verb
// of a relative clause without commas right after p: "The man who led
// the attack was arrested", "Protesters who gathered outside parliament
// were detained". (Any other verb between keeps p out: "The police
// returned fire and Joseph was killed" is no act on the police.)
func (f *frame) passiveSubject(sl lang.Slot, p *doc.Phrase) bool {
	c, d := f.c, f.c.d
	if !c.english() || f.vg < 0 || !d.Phrases[f.vg].Passive || sl != c.x.Object || p.End >= len(d.Tokens) {
		return false
	}
	if f.setOffBefore(p, &d.Phrases[f.vg]) {
		return true
	}
	switch d.Tokens[p.End].XPOS {
	case "WDT", "WP", "WP$":
	default:
		return false
	}
	main := f.relativeEnd(p.End)
	return main != nil && main == &d.Phrases[f.vg]
}

// relativeEnd returns, for the relative pronoun at token k, the finite
// verb group that follows its clause without commas (the clause's own
// verb comes first): the verb of the clause it is in; nil when there is
// none or a comma comes before it.
func (f *frame) relativeEnd(k int) *doc.Phrase {
	d := f.c.d
	var own *doc.Phrase
	for _, pi := range f.c.phrases(f.si) {
		q := &d.Phrases[pi]
		if q.Kind != doc.VerbGroup || q.Form != "fin" || q.First <= k {
			continue
		}
		if own == nil {
			own = q
			continue
		}
		if q.First < own.End || q.First > 0 && (d.Tokens[q.First-1].UPOS == "ADP" || d.Tokens[q.First-1].UPOS == "SCONJ") {
			continue // part of the clause: "who died after being detained"
		}
		for j := k + 1; j < q.First; j++ {
			if d.Form(d.Tokens[j].Span) == "," {
				return nil
			}
		}
		return q
	}
	return nil
}

// subjectlessEd reports whether verb group q, read as a finite past
// verb, stands right after the comma at token open with no subject: a
// past participle the tagger read as a past tense ("The Alliance of
// Democracies, headquartered in Copenhagen,").
func (c *coder) subjectlessEd(q *doc.Phrase, open int) bool {
	t := &c.d.Tokens[q.First]
	return q.First == open+1 && q.End-q.First == 1 && t.XPOS == "VBD" && strings.HasSuffix(strings.ToLower(c.d.Form(t.Span)), "ed")
}

// maxSetOff bounds the words of a stretch set off by commas between a
// passive verb and its subject.
const maxSetOff = 16

// setOffBefore reports whether noun phrase p is followed by a stretch set
// off by commas that ends right before passive verb group vg: an
// apposition, a participle or a relative clause ("The Alliance of
// Democracies, headquartered in Copenhagen, was sanctioned by Beijing",
// "Zamora, who founded the paper, was arrested"); p, the noun before
// it, is the verb's subject. A stretch with a finite verb of its own
// that no relative pronoun opens is another clause ("Joseph fled, police
// said, and was caught") and keeps p out.
func (f *frame) setOffBefore(p, vg *doc.Phrase) bool {
	d := f.c.d
	open := p.End
	// past the "of" phrases of a name: "The Alliance | of Democracies,"
	for _, pi := range f.c.phrases(f.si) {
		if q := &d.Phrases[pi]; q.Kind == doc.NounPhrase && f.c.cue(q.Prep)&lang.CueGenitive != 0 && (q.First == open || q.First == open+1) && q.End < vg.First {
			open = q.End
		}
	}
	if open >= vg.First || d.Form(d.Tokens[open].Span) != "," {
		return false
	}
	closing := vg.First - 1
	for closing > open && d.Tokens[closing].UPOS == "ADV" {
		closing--
	}
	if closing <= open+1 || closing-open > maxSetOff || d.Form(d.Tokens[closing].Span) != "," {
		return false
	}
	for k := open + 1; k < closing; k++ {
		if d.Form(d.Tokens[k].Span) == "," {
			return false
		}
	}
	switch d.Tokens[open+1].XPOS {
	case "WDT", "WP", "WP$":
		return true
	}
	for _, pi := range f.c.phrases(f.si) {
		q := &d.Phrases[pi]
		if q.Kind == doc.VerbGroup && q.First > open && q.End <= closing && q.Form == "fin" && !q.Passive && !f.c.subjectlessEd(q, open) {
			return false
		}
	}
	return true
}
