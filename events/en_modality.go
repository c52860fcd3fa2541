package events

import (
	"fmt"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// coordinatedMood gives an English act whose predicate is the second of
// two joined by "and"/"or" the mood of the first, when the first has a
// hypothetical or future word and the second none of its own: "South
// Korea may have to consider developing nuclear weapons or ask the U.S.
// to redeploy them", "could become a priority if it changes its position
// or tests more missiles", "Suga will visit India and meet Modi". The cue
// words are looked for from six words before the first predicate's verb
// to the conjunction, back to a punctuation mark. Only an act coded
// asserted or historical (a date before the article's: "In January 2023,
// Yoon said South Korea may have to … or ask"); its own words before it
// were read by modality already.
func (c *coder) coordinatedMood(cd *candidate, vg int) {
	d := c.d
	if !c.english() || cd.modality != "asserted" && cd.modality != "historical" {
		return
	}
	s := d.Sentences[cd.sentence]
	first := cd.trigger
	if vg >= 0 {
		first = d.Phrases[vg].First
	} else if np := c.nounPhrase(cd.trigger); np >= 0 {
		first = d.Phrases[np].First
	}
	k := first - 1
	for k > s.FirstToken && d.Tokens[k].UPOS == "ADV" {
		k--
	}
	if k <= s.FirstToken || d.Tokens[k].UPOS != "CCONJ" {
		return
	}
	prev := -1 // the first predicate's verb group
	for _, pi := range c.phrases(cd.sentence) {
		q := &d.Phrases[pi]
		if q.Kind == doc.VerbGroup && q.End <= k {
			prev = pi
		}
	}
	if prev < 0 {
		return
	}
	var cues lang.CueKind
	word := ""
	for t := k - 1; t >= s.FirstToken && t >= d.Phrases[prev].First-6; t-- {
		tok := &d.Tokens[t]
		if tok.UPOS == "PUNCT" {
			break
		}
		if kind := c.cue(tok.Lemma) & (lang.CueHypothetical | lang.CueFuture | lang.CueNegation); kind != 0 {
			cues |= kind
			if word == "" {
				word = d.Form(tok.Span)
			}
		}
	}
	mod := ""
	switch {
	case cues&lang.CueNegation != 0:
		return // "did not attack and kill": refusal and negation are modality's
	case cues&lang.CueHypothetical != 0:
		mod = "hypothetical"
		cd.confidence -= 0.3
	case cues&lang.CueFuture != 0:
		mod = "future"
		cd.confidence -= 0.2
	default:
		return
	}
	cd.modality = mod
	cd.explain = append(cd.explain, fmt.Sprintf("modality %s: cue %q of the predicate it is coordinated with", mod, word))
}
