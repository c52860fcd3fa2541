package events

import (
	"strings"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// headcountSector returns the sector of English noun phrase pi whose head
// is a noun of number in the plural with no phrase after it that it
// counts ("Thousands protested in Belgrade", "Hundreds marched in
// Nairobi", "Tens of thousands rallied", "Dozens were arrested"): such a
// number counts people, civilians (CVL), who then act where the sentence
// is set as other local people do. "" otherwise: "thousands of soldiers"
// counts the soldiers (counted), "hundreds of millions of dollars" no
// one, and a number before a noun is no head.
func (c *coder) headcountSector(pi int) string {
	d := c.d
	p := &d.Phrases[pi]
	if !c.english() || p.Kind != doc.NounPhrase {
		return ""
	}
	h := &d.Tokens[p.Head]
	if h.UPOS != "NOUN" || c.cue(h.Lemma)&lang.CueHeadcount == 0 || !strings.Contains(h.Feats, "Number=Plur") {
		return ""
	}
	if c.namesEntity(p) {
		return "" // a name in the phrase names its own party (protested.go)
	}
	// a genitive right after it: what it counts (or "tens | of
	// thousands", a number of numbers, when nothing follows that)
	r := c.sentPh[p.Sentence]
	for k := pi + 1; k < r[1]; k++ {
		q := &d.Phrases[k]
		if q.Kind != doc.NounPhrase || q.First > d.Phrases[k-1].End+1 || c.cue(q.Prep)&lang.CueGenitive == 0 {
			break
		}
		if qh := &d.Tokens[q.Head]; c.cue(qh.Lemma)&lang.CueHeadcount == 0 {
			return "" // "hundreds of millions of dollars", "thousands of people" (counted)
		}
	}
	return "CVL"
}
