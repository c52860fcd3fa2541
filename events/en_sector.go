package events

import (
	"strings"

	"github.com/kronika/kronika/lang"
)

// qualifiedSector returns, for an English noun phrase, the sector of a
// word before its head that says whose side the phrase's people are on,
// when the head alone names a government office, a legislature's members
// or armed men (best is GOV, LEG or MIL): "opposition leaders", "rebel
// forces", "dissident lawmakers" speak or fight for the opposition or the
// rebels, not for the government. A head that names no actor at all
// (best "") takes the side of the word right before it: "a separatist
// group", "the rebel movement", "rebel positions". It returns best
// unchanged otherwise. Entity tokens end the search, as in sectorOf.
func (c *coder) qualifiedSector(pi int, best string) string {
	if best != "" && best != "GOV" && best != "LEG" && best != "MIL" || !c.english() {
		return best
	}
	d := c.d
	p := &d.Phrases[pi]
	if d.Tokens[p.Head].UPOS != "NOUN" {
		return best // a name or a pronoun is no description
	}
	for t := p.Head - 1; t >= p.First && p.Head-t < maxSectorWords; t-- {
		if c.tokEnt[t] != 0 || best == "" && t < p.Head-1 {
			break
		}
		tok := &d.Tokens[t]
		if tok.UPOS != "NOUN" && tok.UPOS != "ADJ" && tok.UPOS != "PROPN" {
			continue
		}
		switch s := c.x.Sectors[strings.ToLower(tok.Lemma)]; s {
		case "OPP", "REB":
			return s
		}
	}
	return best
}

// english reports whether the coder codes a language whose subject is a
// position (English): the rules of the en_*.go files apply to it only.
func (c *coder) english() bool {
	return !c.cased()
}

// jointPartner returns, for a joint act (a symmetric entry) whose object
// resolved to its own subject ("Duterte and Suga spoke by phone about
// Suga's visit": the subject is the last conjunct, the object names it
// again), the one other party coordinated with the subject, or nil. Two
// parties only: a meeting of five leaders has no one source and target.
func (f *frame) jointPartner(src, tgt *filler) *filler {
	if !f.c.english() || f.e.Flags&lang.Symmetric == 0 || src == nil || tgt == nil || !same(src, tgt) {
		return nil
	}
	nx := f.coordinatedOf(src)
	if len(nx) != 1 || same(nx[0], src) {
		return nil
	}
	p := nx[0]
	p.slot = "joint party coordinated with the subject"
	return p
}
