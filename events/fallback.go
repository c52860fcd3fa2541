package events

import (
	"fmt"
	"sync"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// The fallback dictionary (lang.EventLexicon.Fallback): a large verb
// dictionary in PETRARCH's format, tried on an article's lead sentence
// when the language's own lexicon codes nothing there. A news lead tells
// the story's main act, so a lead without an event is more likely a
// lexicon gap than a sentence without an act; elsewhere in an article
// the dictionary's generic verbs ("express", "add", "open") code far more
// wrong events than right ones. Its events also need a named actor on
// both sides (an entity, not a description such as "many Nigerians" or
// "the customers"), for its default target is just the first actor after
// the verb: events negated, hypothetical or dated before the article,
// within one country, or aimed at a place named with a locative
// preposition are left out too (fallbackKeeps).

// fallbackConfidence is the highest confidence of a fallback event:
// few of them were right on the tuning texts (1 of 7 added on PLOVER's
// tuning half, 1 or 2 of 3 on the unlabeled VOA stories), so they stay
// below the 0.5 of a filter that keeps the lexicon's events.
const fallbackConfidence = 0.45

// fallbackLexicons holds the imported fallback of each lexicon, built on
// first use.
var fallbackLexicons struct {
	sync.Mutex
	m map[*lang.EventLexicon]*lang.EventLexicon
}

// fallbackLexicon returns the imported fallback dictionary of the coder's
// lexicon: its entries alone, with the lexicon's cues, sectors, actor
// nouns and slots. It panics on a dictionary that cannot be read, as the
// language's embedded files do.
func (c *coder) fallbackLexicon() *lang.EventLexicon {
	fallbackLexicons.Lock()
	defer fallbackLexicons.Unlock()
	if x, ok := fallbackLexicons.m[c.x]; ok {
		return x
	}
	var lemma Lemmatizer
	if c.l.Morph != nil {
		lemma = AnalyzerLemmatizer(c.l.Morph)
	}
	name := fallbackName(c.x)
	x, _, err := ExtendLexiconWith(c.x, []LexiconFile{{Name: name, Data: c.x.Fallback}}, lemma, ExtendOptions{Alone: true})
	if err != nil {
		panic(fmt.Sprintf("events: %s: %v", name, err))
	}
	x.Actors = c.x.Actors
	if fallbackLexicons.m == nil {
		fallbackLexicons.m = map[*lang.EventLexicon]*lang.EventLexicon{}
	}
	fallbackLexicons.m[c.x] = x
	return x
}

// fallbackName names lexicon x's fallback dictionary in errors and in
// the explanation of its events.
func fallbackName(x *lang.EventLexicon) string {
	if x.FallbackName == "" {
		return "fallback verb dictionary"
	}
	return x.FallbackName
}

// fallback codes lead sentence si with the fallback dictionary, keeping
// the events between two named actors.
func (c *coder) fallback(si int) []*candidate {
	// What coding remembers for the sentences after (the last named
	// target, the last date) is kept aside: the events left out below
	// must not leave theirs ("Ukraine pummeled Kherson. Russia refused."
	// would refuse Kherson).
	own, target, targetSent, actor, date, dateFrom := c.x, c.lastTarget, c.lastTargetSent, c.lastActor, c.lastDate, c.lastDateFrom
	c.x = c.fallbackLexicon()
	out := c.sentenceWith(si)
	c.x = own
	c.lastTarget, c.lastTargetSent, c.lastActor, c.lastDate, c.lastDateFrom = target, targetSent, actor, date, dateFrom
	kept := out[:0]
	for _, cd := range out {
		if cd.source != nil && cd.source.ent != 0 && cd.target != nil && cd.target.ent != 0 && c.fallbackKeeps(cd) {
			cd.confidence = min(cd.confidence, fallbackConfidence)
			cd.explain = append(cd.explain, fmt.Sprintf("coded by the fallback dictionary %s: the lead sentence has no event of the lexicon; confidence at most %.2f",
				fallbackName(own), fallbackConfidence))
			kept = append(kept, cd)
			if cd.dateFrom != "" { // dated by a time (coder.date)
				c.lastDate, c.lastDateFrom = cd.date, cd.dateFrom
			}
		}
	}
	c.noteTarget(si, kept)
	return kept
}

// isLead reports whether sentence si is the first sentence of the
// article's first paragraph (the title, headings and header lines are not
// paragraphs).
func (c *coder) isLead(si int) bool {
	d := c.d
	for k := 0; k <= si; k++ {
		b := d.Sentences[k].Block
		if b >= 0 && b < len(d.Blocks) && d.Blocks[b].Kind != doc.Paragraph {
			continue
		}
		return k == si
	}
	return false
}

// fallbackKeeps reports whether a fallback event between two named actors
// is kept: one its clause negates or makes hypothetical is not, nor one
// dated before the article (a lead's background, not its news); nor one
// between two actors of one country, or whose target is a place named
// with a locative preposition ("in Gaza"), for the dictionary's default
// target is the first actor after the verb, which is often where the act
// happens rather than whom it is aimed at.
func (c *coder) fallbackKeeps(cd *candidate) bool {
	if cd.modality == "negated" || cd.modality == "hypothetical" || cd.modality == "historical" {
		return false
	}
	a, b := cd.source.part.Country, cd.target.part.Country
	if a == "" || b == "" || a == b {
		return false
	}
	if cd.target.phrase >= 0 {
		if p := c.d.Phrases[cd.target.phrase].Prep; p != "" && c.cue(p)&lang.CueLocative != 0 {
			return false
		}
	}
	return true
}
