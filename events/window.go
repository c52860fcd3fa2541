package events

import (
	"slices"
	"strings"

	"github.com/kronika/kronika/lang"
)

// companionEnd returns the end (exclusive) of the stretch after trigger ti
// in which its companion words are looked for: six words, a name of
// several words counting as one ("ordered journalist Jose Ruben Zamora
// back to prison" keeps "prison" with "ordered"), within sentence s's end.
// A short aside between commas right after the trigger counts for nothing
// ("will substantially increase, on April 2nd, the tariffs": "increase
// tariffs"; asideEnd).
func (c *coder) companionEnd(end, ti int) int {
	k, n := ti+1, 0
	for k < end && n < 6 {
		if a := c.asideEnd(end, k); a > k && n < 2 {
			k = a
			continue
		}
		if e := c.tokEnt[k]; e == 0 || k == ti+1 || c.tokEnt[k-1] != e {
			n++
		}
		k++
	}
	return k
}

// asideEnd returns the token after the closing comma of an aside that
// opens with the comma at token k: at most five words, none of them a
// punctuation mark, verb or conjunction, and more words after the closing
// comma (", on April 2nd,", ", in turn,"). It returns k when no aside
// opens there.
func (c *coder) asideEnd(end, k int) int {
	d := c.d
	if d.Form(d.Tokens[k].Span) != "," {
		return k
	}
	for j := k + 1; j < end && j <= k+6; j++ {
		t := &d.Tokens[j]
		if t.UPOS != "PUNCT" {
			if t.UPOS == "VERB" || t.UPOS == "AUX" || t.UPOS == "CCONJ" || t.UPOS == "SCONJ" {
				return k
			}
			continue
		}
		if d.Form(t.Span) == "," && j > k+1 && j+1 < end {
			return j + 1
		}
		return k
	}
	return k
}

// companionOfLater reports whether noun token ti is the companion of a
// light-verb entry of a verb that follows it closely in its clause
// ("Ukrainie pomoc zaoferowały władze Francji": "zaoferować pomoc"), so
// the verb, not the noun, codes the act.
func (c *coder) companionOfLater(si, ti int) bool {
	d := c.d
	end := min(d.Sentences[si].EndToken, ti+5)
	for k := ti + 1; k < end; k++ {
		t := &d.Tokens[k]
		if t.UPOS == "PUNCT" {
			return false
		}
		if t.UPOS != "VERB" {
			continue
		}
		for _, ei := range c.triggers(t.Lemma) {
			e := &c.x.Entries[ei]
			if len(e.Words) < 2 || e.POS != "verb" {
				continue
			}
			if comp, ok := c.companions(e, si, k); ok && slices.Contains(comp, ti) {
				return true
			}
		}
	}
	return c.rejectedLater(si, ti)
}

// rejectedLater reports whether noun token ti is the act that a verb
// later in its clause rejects: the companion noun of a REJECT entry of
// that verb ("Porozumienie między Wielką Brytanią a Unią Europejską
// zostało odrzucone": "odrzucić porozumienie"), however far the noun's own
// phrases keep it from the verb. The agreement rejected was not made, so
// the noun codes no act of its own.
func (c *coder) rejectedLater(si, ti int) bool {
	d := c.d
	noun := d.Tokens[ti].Lemma
	end := min(d.Sentences[si].EndToken, ti+rejectReach)
	for k := ti + 1; k < end; k++ {
		t := &d.Tokens[k]
		if t.UPOS == "PUNCT" {
			return false
		}
		vg := c.verbGroup(k)
		if vg < 0 {
			continue
		}
		// (the verb group's main verb: "została odrzucona" is "odrzucić";
		// the first verb after the noun is the one it may be the subject of)
		return c.heads(d.Phrases[vg].Lemma, func(e *lang.EventEntry) bool {
			return e.Type == "REJECT" && e.POS == "verb" && len(e.Words) == 2 && strings.EqualFold(e.Words[1], noun)
		})
	}
	return false
}

// rejectReach is how many tokens after a noun rejectedLater looks for the
// verb that rejects it.
const rejectReach = 12
