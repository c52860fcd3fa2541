package events

import (
	"strings"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// linkReach is the most tokens a conjunction of several words may take
// between two coordinated noun phrases: ", as well as by" (lang/en
// coordination.go marks such phrases).
const linkReach = 5

// linked reports whether the coordinated noun phrase q follows, as the
// next conjunct, a phrase that ends at token end: one word between ("and",
// or the comma of a list), two (", and"), or, in English, a conjunction of
// several words ("as well as", "along with" after a passive agent) that
// the chunker read as one: only function words and commas between.
func (c *coder) linked(end int, q *doc.Phrase) bool {
	gap := q.First - end
	if gap <= 2 {
		return gap >= 0
	}
	if !q.Coordinated || gap > linkReach {
		return false
	}
	for t := end; t < q.First; t++ {
		switch c.d.Tokens[t].UPOS {
		case "NOUN", "PROPN", "PRON", "VERB", "AUX", "NUM", "ADJ", "DET":
			return false
		}
	}
	return true
}

// jointSources returns, for an English joint act (a meeting, a pact)
// whose coordinated subject acts on a party named apart from it ("Kenya,
// Uganda and Rwanda met Sudan", "Kenya and Uganda signed a pact with
// Sudan"), the subject's other conjuncts: each meets the party, as the
// one-sided acts' coordinated sources do. When the party is itself one
// of the conjuncts ("Kenya and Uganda met", the target taken from the
// subject's list), the conjuncts are the act's parties, not more sources.
func (f *frame) jointSources(src, tgt *filler) []*filler {
	if !f.c.english() || src == nil || tgt == nil || tgt.phrase < 0 || src.phrase < 0 {
		return nil
	}
	nx := f.coordinatedOf(src)
	for _, x := range nx {
		if x.phrase == tgt.phrase || same(x, tgt) {
			return nil
		}
	}
	return nx
}

// sharedModifiers returns, when the English noun phrase pi is the
// trigger's own phrase, filling a modifier or possessor slot (pos "adj"
// or "poss"), and closes a list of bare modifiers that share its noun ("a
// Kenyan and Ugandan attack", "Kenya's and Uganda's demands"), the list's
// first phrase: its participant is the act's, and the ones coordinated
// with it, the own phrase's included, are more. -1 otherwise, and for a
// joint act, whose noun may name its people ("American and Russian
// negotiators returned") rather than their meeting.
func (f *frame) sharedModifiers(pi int, pos string) int {
	c := f.c

	if !c.english() || pi != f.own || pos != "adj" && pos != "poss" || f.e == nil || f.e.Flags&lang.Symmetric != 0 {
		return -1
	}
	k := pi
	for k > 0 && c.d.Phrases[k].Coordinated {
		q := &c.d.Phrases[k-1]
		if q.Kind != doc.NounPhrase || q.Sentence != c.d.Phrases[pi].Sentence || !c.linked(q.End, &c.d.Phrases[k]) {
			return -1
		}
		// a bare modifier: its last word is an adjective, a nationality
		// ("Kenyan", tagged a name or not), or a possessive ("Kenya's")
		last := q.End - 1
		w := c.d.Form(c.d.Tokens[last].Span)
		nationality := c.tokEnt[last] != 0 && c.d.Entities[c.tokEnt[last]-1].Type == "NORP"
		if c.d.Tokens[last].UPOS != "ADJ" && !nationality && w != "'s" && !strings.HasSuffix(w, "'s") {
			return -1
		}
		k--
	}
	if k == pi {
		return -1
	}
	return k
}
