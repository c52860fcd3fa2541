package events

import "github.com/kronika/kronika/doc"

// enclosed reports whether noun phrase p stands inside a stretch set off
// by commas right before verb group vg, with a noun phrase before the
// opening comma: a relative clause or an apposition that interrupts the
// subject and its verb ("Russia, which invaded Ukraine in 2022, attacked
// Poland"; "Kim Jong Un, North Korea's leader, met Putin"). The subject
// of vg is the phrase before the opening comma, not one inside.
func (f *frame) enclosed(p, vg *doc.Phrase) bool {
	d := f.c.d
	s := d.Sentences[f.si]
	// an infinitive's subject is its governing verb's ("Pakistan, a U.S.
	// ally, has refused to deploy"): look from that verb
	for gov := f.governing(vg); gov != nil && p.End <= gov.First; gov = f.governing(gov) {
		vg = gov
	}
	closing := vg.First - 1
	for closing > p.End && d.Tokens[closing].UPOS == "ADV" {
		closing--
	}
	if closing < p.End || closing < s.FirstToken || d.Form(d.Tokens[closing].Span) != "," {
		return false
	}
	for k := p.First - 1; k > s.FirstToken; k-- {
		if d.Form(d.Tokens[k].Span) != "," {
			continue
		}
		// the opening comma: a noun phrase must end right before it
		for _, pi := range f.c.phrases(f.si) {
			q := &d.Phrases[pi]
			if q.Kind == doc.NounPhrase && q.End == k {
				return true
			}
		}
		return false
	}
	return false
}

// governing returns the verb group an infinitive vg depends on: the one
// that ends right before it or before its "to" ("refused to deploy",
// "will help deploy"), or nil.
func (f *frame) governing(vg *doc.Phrase) *doc.Phrase {
	if vg.Form != "inf" {
		return nil
	}
	d := f.c.d
	end := vg.First
	if end > d.Sentences[f.si].FirstToken && d.Tokens[end-1].UPOS == "PART" {
		end--
	}
	for _, pi := range f.c.phrases(f.si) {
		q := &d.Phrases[pi]
		if q.Kind == doc.VerbGroup && q.End == end && q != vg {
			return q
		}
	}
	return nil
}
