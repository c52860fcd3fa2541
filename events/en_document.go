package events

import (
	"strings"

	"github.com/kronika/kronika/doc"
)

// documentNouns are English nouns of a text that speaks for its author:
// "The statement threatened sanctions", "The report accused Russia".
var documentNouns = map[string]bool{"statement": true, "report": true, "letter": true, "resolution": true,
	"communique": true, "communiqué": true, "declaration": true, "post": true, "tweet": true, "message": true,
	"note": true, "memo": true, "decree": true, "order": true, "ruling": true, "verdict": true, "motion": true}

// documentAuthor returns, for an English finite verb whose subject is a
// definite document noun that names no actor ("The statement threatened
// sanctions and visa restrictions"), the author of that document as the
// sentence before names it: the subject of that sentence's last finite
// verb, when the sentence before holds the same noun ("Blinken issued a
// statement Tuesday …"). nil otherwise.
func (f *frame) documentAuthor() *filler {
	c, d := f.c, f.c.d
	if !c.english() || f.vg < 0 || f.si == 0 {
		return nil
	}
	v := &d.Phrases[f.vg]
	if v.Form != "fin" || v.Passive {
		return nil
	}
	subj := -1
	for _, pi := range c.phrases(f.si) {
		p := &d.Phrases[pi]
		if p.Kind == doc.NounPhrase && p.End == v.First && p.Prep == "" {
			subj = pi
		}
	}
	if subj < 0 {
		return nil
	}
	p := &d.Phrases[subj]
	head := strings.ToLower(d.Tokens[p.Head].Lemma)
	if !documentNouns[head] || !definite[strings.ToLower(d.Form(d.Tokens[p.First].Span))] {
		return nil
	}
	for t := p.First; t < p.End; t++ {
		if c.tokEnt[t] != 0 {
			return nil // "Russia's statement": participant reads it
		}
	}
	prev := d.Sentences[f.si-1]
	named := false
	for t := prev.FirstToken; t < prev.EndToken && !named; t++ {
		named = strings.EqualFold(d.Tokens[t].Lemma, head)
	}
	if !named {
		return nil
	}
	prevSubject := c.subjectBefore()
	if prevSubject == nil {
		return nil
	}
	a := *prevSubject
	a.phrase, a.via = -1, -1
	a.slot = "author of the " + head + " the sentence before names"
	return &a
}
