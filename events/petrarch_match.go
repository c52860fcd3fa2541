package events

import (
	"strings"

	"github.com/kronika/kronika/lang"
)

// Matching the patterns of a PETRARCH/TABARI verb dictionary
// (petrarch.go): the words of a pattern stand in its order, those before
// the verb ("INDICATED SHOULD *") anywhere before it in its sentence,
// those after it ("* OVER EFFORTS") after it, with words between them
// unless "_" ties them ("NEW_&TIETYPES_RELATIONS" is "new economic
// relations", not "new global economic relations").

// maxBefore is how far before the verb the first word of a pattern may
// stand, maxAfter how far after it its last word may (in tokens).
const (
	maxBefore = 12
	maxAfter  = 12
)

// sequence finds the companion words of entry e, a pattern with a word
// order, around trigger ti of sentence si: found holds their tokens in
// the order of e.Words[1:]; ok is false when one is missing or out of
// order. The nearest token that fits is taken for each word.
func (c *coder) sequence(e *lang.EventEntry, si, ti int) (found []int, ok bool) {
	q := e.Sequence
	words := e.Words[1:]
	if len(q.Joined) != len(words) || q.Before > len(words) {
		return nil, false // not built by the importer
	}
	s := c.d.Sentences[si]
	found = make([]int, len(words))
	// before the verb, from the nearest word back
	lo := max(s.FirstToken, ti-maxBefore)
	pos := ti
	for k := q.Before - 1; k >= 0; k-- {
		tied := q.HeadJoined
		if k < q.Before-1 {
			tied = q.Joined[k+1]
		}
		j := pos - 1
		for ; j >= lo; j-- {
			if c.isWord(j, words[k]) {
				break
			}
			if tied {
				j = lo - 1
			}
		}
		if j < lo {
			return nil, false
		}
		found[k], pos = j, j
	}
	// after it, from the nearest word on
	hi := min(s.EndToken, max(c.companionEnd(s.EndToken, ti), ti+1+maxAfter))
	pos = ti
	for k := q.Before; k < len(words); k++ {
		j := pos + 1
		for ; j < hi; j++ {
			if c.isWord(j, words[k]) {
				break
			}
			if q.Joined[k] {
				j = hi
			}
		}
		if j >= hi {
			return nil, false
		}
		found[k], pos = j, j
	}
	return found, true
}

// isWord reports whether token j is word w: its lemma or its form, in any
// case.
func (c *coder) isWord(j int, w string) bool {
	t := &c.d.Tokens[j]
	return strings.EqualFold(t.Lemma, w) || strings.EqualFold(c.d.Form(t.Span), w)
}

// auxiliary reports whether token ti is a modal or auxiliary of another
// verb of its group ("should" of "should have acted"): a verb of a
// PETRARCH dictionary codes as the head of its verb phrase only, so
// "SHOULD [101]" leaves "it should have acted" to ACT.
func (c *coder) auxiliary(ti int) bool {
	vg := c.verbGroup(ti)
	return c.d.Tokens[ti].UPOS == "AUX" && vg >= 0 && c.d.Phrases[vg].Head != ti
}
