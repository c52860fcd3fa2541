package events

import (
	"slices"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// topicNoun reports whether the noun that triggers entry e at token ti is
// the topic of another word rather than an act the sentence reports: its
// noun phrase is governed by a preposition of the topic cue kind ("Mówi
// Pan o współpracy", "chodzi o demonstrację siły", "rozmawiać o
// negocjacjach"), directly or as the genitive of such a phrase ("pozew o
// unieważnienie umowy"). What is talked about, asked for or alleged there
// is named, not done, unless a verb or noun of news governs the
// preposition ("Komunikat o wizycie delegacji"). Only noun entries count: a verb's gerund after "o"
// ("decyzja o nałożeniu sankcji") reports the act the decision makes, and
// the companion noun of a light verb ("apelować o pomoc") is the verb's,
// never a trigger of its own.
func (c *coder) topicNoun(e *lang.EventEntry, own int) bool {
	if e.POS != "noun" || own < 0 {
		return false
	}
	d := c.d
	p := &d.Phrases[own]
	// at most two genitive links back: "o [unieważnienie] [umowy]"
	for hop := 0; hop < 3; hop++ {
		if p.Prep != "" {
			return c.cue(p.Prep)&lang.CueTopic != 0 && !c.reportsTopic(p.First-2)
		}
		k := p.First - 1
		if k < d.Sentences[p.Sentence].FirstToken || c.tokPhrase[k] == 0 {
			return false
		}
		q := &d.Phrases[c.tokPhrase[k]-1]
		if q.Kind != doc.NounPhrase || q.End != p.First || c.companionOf(q.Head, e.Words[0]) {
			return false
		}
		p = q
	}
	return false
}

// reportsTopic reports whether the word at k, right before the topic's
// preposition, reports the act named after it: a verb or noun of news
// ("poinformował o wizycie", "komunikat o wizycie"); a verb of talk
// ("mówił o współpracy") does not.
func (c *coder) reportsTopic(k int) bool {
	if k < 0 || k >= len(c.d.Tokens) || c.tokPhrase[k] == 0 {
		return false
	}
	q := &c.d.Phrases[c.tokPhrase[k]-1]
	switch q.Kind {
	case doc.VerbGroup:
		return c.cue(q.Lemma)&lang.CueNews != 0
	case doc.NounPhrase:
		return q.Head >= 0 && q.Head < len(c.d.Tokens) && c.cue(c.d.Tokens[q.Head].Lemma)&lang.CueNews != 0
	}
	return false
}

// companionOf reports whether the token at h heads an entry of the lexicon
// with the lemma noun for a companion: the noun is then the object of an
// act named before it ("decyzja o nałożeniu sankcji": "nałożyć sankcja"),
// and what governs that act decides, not the noun.
func (c *coder) companionOf(h int, noun string) bool {
	if h < 0 || h >= len(c.d.Tokens) {
		return false
	}
	for _, i := range c.triggers(c.d.Tokens[h].Lemma) {
		if slices.Contains(c.x.Entries[i].Words[1:], noun) {
			return true
		}
	}
	return false
}

// objectCompanions returns comp, the companion tokens of a light-verb
// entry of the verb at token ti, when each stands in the noun phrase right
// after the verb group ("oddalił pozew pilotów"): the verb and its object
// noun then make one act, and the noun is no trigger of its own even when
// the entry coded nothing. A companion further away may head an act of its
// own ("grozi nałożeniem sankcji": the sanctions are threatened), so it
// returns nil then.
func (c *coder) objectCompanions(ti int, comp []int) []int {
	vg := c.verbGroup(ti)
	if !c.cased() || vg < 0 || len(comp) == 0 {
		return nil
	}
	for _, k := range comp {
		np := c.nounPhrase(k)
		if np < 0 || c.d.Phrases[np].First != c.d.Phrases[vg].End {
			return nil
		}
	}
	return comp
}
