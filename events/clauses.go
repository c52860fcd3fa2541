package events

import "github.com/kronika/kronika/doc"

// enclosed reports whether noun phrase p stands inside a stretch set off
// by commas right before verb group vg, with a noun phrase before the
// opening comma: a relative clause or an apposition that interrupts the
// subject and its verb ("Russia, which invaded Ukraine in 2022, attacked
// Poland"; "Kim Jong Un, North Korea's leader, met Putin"). The subject
// of vg is the phrase before the opening comma; clause is true when the
// stretch holds a verb (a clause, whose phrases are never the subject),
// false for an apposition, which names the subject again and may stand
// for it when the phrase before the comma names no actor ("Tanaka, a
// member of the Japanese Liberal Democratic Party, visited Taiwan").
func (f *frame) enclosed(p, vg *doc.Phrase) (in, clause bool) {
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
		return false, false
	}
	for k := p.First - 1; k > s.FirstToken; k-- {
		if d.Form(d.Tokens[k].Span) != "," {
			continue
		}
		// the opening comma: a noun phrase must end right before it; an
		// apposition starts right after it with a noun phrase, anything
		// else ("with 450 people on board", a verb) is a clause
		opened, apposition := false, false
		for _, pi := range f.c.phrases(f.si) {
			q := &d.Phrases[pi]
			switch {
			case q.Kind == doc.NounPhrase && q.End == k:
				opened = true
			case q.Kind == doc.NounPhrase && q.First == k+1 && q.Prep == "":
				apposition = true
			case q.Kind == doc.VerbGroup && q.First > k && q.End <= closing:
				clause = true
			}
		}
		return opened, opened && (clause || !apposition)
	}
	return false, false
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
