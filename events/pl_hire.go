package events

import (
	"strings"

	"github.com/kronika/kronika/lang"
)

// hostsHired reports whether a one-word verb of hosting (CAMEO 043) in a
// language whose slots are cases takes its other sense, taking people on
// as staff ("przyjęto pięciu pracowników", "firma przyjęła stu
// pracowników", "musi przyjąć pracowników"): its target is workers the
// text describes without naming (a sector noun of labour), and the clause
// reads as hiring, not as receiving guests: an impersonal form, an
// infinitive, a count of the workers, or a company as the subject. A
// head of state who receives a shipyard's workers ("prezydent przyjął
// pracowników stoczni") still hosts them.
func (c *coder) hostsHired(e *lang.EventEntry, ti, vg int, src, tgt *filler) bool {
	if !c.cased() || e.CAMEO != "043" || vg < 0 || len(e.Words) != 1 || tgt == nil || tgt.phrase < 0 ||
		c.tokEnt[c.d.Phrases[tgt.phrase].Head] != 0 || !staffActor(tgt.part.Actor) {
		return false
	}
	v := &c.d.Phrases[vg]
	switch {
	case v.Form == "imps" || v.Form == "inf" || strings.Contains(c.d.Tokens[ti].Feats, "VerbForm=Inf"):
		return true // (a modal's infinitive: "musi przyjąć")
	case c.quantified(&c.d.Phrases[tgt.phrase]):
		return true
	}
	return src != nil && strings.HasSuffix(src.part.Actor, "BUS")
}
