package events

import (
	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// untimeLists undoes a list the chunker made of a time expression and the
// parties after its comma: in "Last week, Cameroon and Chad met" the list
// is "Cameroon and Chad", and "Cameroon" is the subject, not the second
// item of a list that starts with "Last week". A time is no participant,
// and the coder takes no coordinated phrase as a verb's subject, so the
// phrase right after the comma stands on its own again; the ones after it
// stay coordinated with it. (The chunker runs before the times stage;
// here the time expressions are known.)
func (c *coder) untimeLists() {
	d := c.d
	for k := 0; k+1 < len(d.Phrases); k++ {
		p, q := &d.Phrases[k], &d.Phrases[k+1]
		if p.Kind != doc.NounPhrase || q.Kind != doc.NounPhrase || !q.Coordinated || p.Coordinated ||
			q.Sentence != p.Sentence || q.First != p.End+1 || d.Form(d.Tokens[p.End].Span) != "," || !c.inTime(p) {
			continue
		}
		q.Coordinated = false
	}
}

// splitClauseLists undoes a list whose last item is the subject of a
// clause of its own: in "Chad signed the pact with Niger, and Mali
// criticized Chad" the chunker joins "Mali" to "with Niger", but a finite
// verb follows "Mali" right after it while the list began after another
// finite verb, in that verb's predicate: "Mali" opens a new clause and is
// its subject. A list before any verb ("Russia and China attacked") is a
// coordinated subject and stays, and so is a list right after a
// reporting verb ("said US and British forces must leave").
func (c *coder) splitClauseLists() {
	d := c.d
	for k := range d.Phrases {
		q := &d.Phrases[k]
		if q.Kind != doc.NounPhrase || !q.Coordinated || k+1 >= len(d.Phrases) {
			continue
		}
		v := &d.Phrases[k+1]
		if v.Kind != doc.VerbGroup || v.Sentence != q.Sentence || v.First != q.End || v.Form != "fin" {
			continue
		}
		// the list's first item, and a finite verb before it
		first := k
		for first > 0 && d.Phrases[first].Coordinated && d.Phrases[first-1].Sentence == q.Sentence {
			first--
		}
		for j := first - 1; j >= 0 && d.Phrases[j].Sentence == q.Sentence; j-- {
			p := &d.Phrases[j]
			if p.Kind != doc.VerbGroup || p.Form != "fin" {
				continue
			}
			if c.cue(p.Lemma)&lang.CueReport == 0 || d.Phrases[first].First > p.End+1 {
				// (the list right after a reporting verb is the subject of
				// the clause it reports: "said US and British forces must")
				q.Coordinated = false
				q.Prep = ""
			}
			break
		}
	}
}
