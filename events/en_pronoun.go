package events

import (
	"strings"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// pronounBefore reports whether, in English, the phrase that best fits
// the subject of verb trigger f is a pronoun standing between the source
// filled (a farther phrase that names an actor, right after another verb)
// and the verb: "Mehdiyev, who is Azerbaijani, said he is cooperating
// with prosecutors". The pronoun is the subject; the farther phrase is the
// other verb's complement, and the caller resolves the pronoun instead
// (anaphora.go, the subject of the sentence before).
func (f *frame) pronounBefore(src *filler) bool {
	c := f.c
	if !c.english() || f.nominal || f.vg < 0 || !f.anaphor || src == nil || src.phrase < 0 || src.phrase == f.pronoun {
		return false
	}
	p, s := &c.d.Phrases[f.pronoun], &c.d.Phrases[src.phrase]
	if s.End > p.First || p.End > c.d.Phrases[f.vg].First || s.First == 0 {
		return false
	}
	// the actor found is the object or complement of another verb ("who
	// is Azerbaijani"), not the subject of a reporting verb the pronoun
	// points back to ("A Russian smuggler told the court that he …")
	return c.verbGroup(s.First-1) >= 0
}

// passOver reports whether an English pronoun's search for its antecedent
// goes on past phrase q (resolved to part, nil when it names no actor): a
// phrase that names no actor ("it was politically motivated") or a place
// ("in the regional capital, Banja Luka") is no person a "he" or "she"
// stands for, and English pronouns show no number or gender to agree with.
// A body or a person described in the singular stops the search, as in
// Polish.
func (c *coder) passOver(q *doc.Phrase, part *filler) bool {
	if !c.english() {
		return false
	}
	if part == nil {
		return true
	}
	if part.ent == 0 {
		// people named by a plural noun ("telling journalists … that he
		// would ask"): no "he" or "she", and a "they" the rule before
		// resolves to named persons only (canRefer)
		return q.Agree&doc.Plur != 0 && q.Agree&doc.Sing == 0
	}
	switch c.d.Entities[part.ent-1].Type {
	case "GPE", "LOC", "FAC":
		return c.tokEnt[q.Head] == int32(part.ent)
	}
	return false
}

// maxPronounHops bounds how many pronouns of earlier sentences an English
// pronoun's antecedent search goes back through.
const maxPronounHops = 3

// samePronoun resolves an English pronoun, phrase p, through the same
// pronoun in an earlier sentence, phrase qi: "Moise tweeted condemnation.
// “…,” he tweeted. Earlier this week, he was criticized by …" is Moise
// criticized, two sentences back. ok is false when qi is no such pronoun
// (another pronoun, one of p's own sentence, a language with cases, or
// too many hops back): the search goes on as before.
func (c *coder) samePronoun(p *doc.Phrase, qi int, not *filler) (part *filler, ok bool) {
	d := c.d
	q := &d.Phrases[qi]
	if !c.english() || q.Sentence >= p.Sentence || c.pronounHops >= maxPronounHops ||
		q.End-q.First != 1 || p.End-p.First != 1 ||
		!strings.EqualFold(d.Tokens[q.Head].Lemma, d.Tokens[p.Head].Lemma) {
		return nil, false
	}
	c.pronounHops++
	part = c.antecedentOf(qi, not)
	c.pronounHops--
	return part, true
}

// quotedFor reports whether, in English, phrase q stands inside a
// quotation while pronoun p does not: the quoted words are a speaker's,
// and a pronoun of the narrative after them ("“We condemn the
// jailbreak,” he tweeted") points past them.
func (c *coder) quotedFor(p, q *doc.Phrase) bool {
	return c.english() && c.tokQuote[q.Head] != 0 && c.tokQuote[p.Head] == 0
}

// maxQuotedSentences bounds how many sentences inside a quotation an
// English pronoun's antecedent search steps over.
const maxQuotedSentences = 3

// quotedBefore returns the earliest sentence the antecedent search of
// English pronoun p looks at, from lo: back over the sentences wholly
// inside a quotation just before lo (a quotation of several sentences
// between a name and the pronoun that points back at it), at most
// maxQuotedSentences of them.
func (c *coder) quotedBefore(p *doc.Phrase, lo int) int {
	if !c.english() || c.tokQuote[p.Head] != 0 {
		return lo
	}
	for n := 0; n < maxQuotedSentences && lo > 0 && c.whollyQuoted(lo); n++ {
		lo--
	}
	return lo
}

// whollyQuoted reports whether every word of sentence si stands inside a
// quotation.
func (c *coder) whollyQuoted(si int) bool {
	s := c.d.Sentences[si]
	words := 0
	for t := s.FirstToken; t < s.EndToken; t++ {
		if c.d.Tokens[t].Kind != doc.Word {
			continue
		}
		if c.tokQuote[t] == 0 {
			return false
		}
		words++
	}
	return words > 0
}

// addressedPerson reports whether, in English, phrase q after an
// addressee preposition ("to", "with") names a person an object pronoun p
// ("him", "her": objectperson cues) of the same sentence may stand for:
// "sent a letter to Secretary of State Marco Rubio, urging him to act",
// "spoke with Putin and told him".
func (c *coder) addressedPerson(p, q *doc.Phrase) bool {
	if !c.english() || q.Sentence != p.Sentence || c.cue(q.Prep)&lang.CueAddressee == 0 ||
		c.cue(c.d.Form(c.d.Tokens[p.Head].Span))&lang.CueObjectPerson == 0 {
		return false
	}
	// the person's name may follow the title's "of": "to Secretary | of
	// State Marco Rubio"
	end := q.End
	if q.End < len(c.d.Tokens) {
		if k := int(c.tokPhrase[q.End]) - 1; k >= 0 {
			if n := &c.d.Phrases[k]; n.Kind == doc.NounPhrase && c.cue(n.Prep)&lang.CueGenitive != 0 {
				end = n.End
			}
		}
	}
	for t := q.First; t < end; t++ {
		if e := c.tokEnt[t]; e != 0 && c.d.Entities[e-1].Type == "PERSON" {
			return true
		}
	}
	return false
}
