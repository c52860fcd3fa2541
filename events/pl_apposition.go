package events

import "github.com/kronika/kronika/doc"

// plInsertion reports whether noun phrase p, before verb group vg in a
// language with cases, stands in an insertion set off by commas right
// after another noun phrase that may be the verb's subject: an apposition
// ("Jemeńczyk, zwolennik Osamy bin Ladena, został oskarżony") or a
// phrase of a participle's clause ("Jemeńczyk, określający się jako
// zwolennik …, został oskarżony"). The phrase before the insertion is the
// subject; the insertion describes it. Between the two commas stands no
// finite verb (a relative clause is relative.go's), and the closing comma
// stands right before the verb group, adverbs aside.
func (f *frame) plInsertion(p, vg *doc.Phrase) bool {
	c := f.c
	d := c.d
	if !c.cased() || p.End > vg.First {
		return false
	}
	s := d.Sentences[f.si]
	closing := vg.First - 1
	for closing > p.End && d.Tokens[closing].UPOS == "ADV" {
		closing--
	}
	if closing < p.End || closing < s.FirstToken || d.Form(d.Tokens[closing].Span) != "," {
		return false
	}
	open := -1
	for k := p.First - 1; k > s.FirstToken; k-- {
		if d.Form(d.Tokens[k].Span) == "," {
			open = k
			break
		}
	}
	if open < 0 {
		return false
	}
	head := false
	for _, pi := range c.phrases(f.si) {
		q := &d.Phrases[pi]
		switch {
		case q.Kind == doc.NounPhrase && q.End == open && q.Prep == "" && q.Cases&doc.Nom != 0:
			head = true
		case q.Kind == doc.VerbGroup && q.Form == "fin" && q.First > open && q.End <= closing:
			return false
		}
	}
	return head
}
