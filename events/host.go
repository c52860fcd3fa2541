package events

import (
	"strings"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// hostsThing reports whether an entry of hosting (CAMEO 043: "host",
// "receive", "welcome") found a target whose phrase names a thing, not a
// guest: the head of the phrase is a common noun that is neither a kind of
// actor (a sector, actor or role noun: "delegation", "pope", "head") nor
// inside a named entity. "Germany welcomed the American proposal" hosts no
// one (a later entry of the verb, SUPPORT, may code it); "Germany welcomed
// the American delegation" does. The actor the thing belongs to still
// fills the slot ("the American proposal" is USA), which is why the head
// is what decides.
func (c *coder) hostsThing(e *lang.EventEntry, tgt *filler) bool {
	if e.CAMEO != "043" || tgt == nil || tgt.phrase < 0 {
		return false
	}
	p := &c.d.Phrases[tgt.phrase]
	if p.Kind != doc.NounPhrase || p.Head < 0 || p.Head >= len(c.d.Tokens) {
		return false
	}
	h := &c.d.Tokens[p.Head]
	if h.UPOS != "NOUN" || c.tokEnt[p.Head] != 0 {
		return false
	}
	l := strings.ToLower(h.Lemma)
	return c.x.Sectors[l] == "" && c.x.Actors[l] == "" && c.x.Cues[l]&lang.CueRole == 0
}
