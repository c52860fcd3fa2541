package events

import (
	"strings"

	"github.com/kronika/kronika/lang"
)

// finerCompanion gives the events of entry e, whose CAMEO code is its
// type's generic one ("wysłać pomoc", "pakiet pomoc": AID 070), the finer
// code of the entry its companion noun heads when that entry's own words
// stand by the noun ("pomoc humanitarna", 073; "pomoc wojskowa", 072): a
// light verb or a package sends the kind of aid its noun says.
func (c *coder) finerCompanion(cands []*candidate, e *lang.EventEntry, si int, comp []int) {
	if len(e.CAMEO) != 3 || e.CAMEO[2] != '0' {
		return
	}
	for _, k := range comp {
		for _, fi := range c.triggers(c.d.Tokens[k].Lemma) {
			f := &c.x.Entries[fi]
			if f == e || f.Type != e.Type || f.POS != "noun" || len(f.Words) < 2 ||
				f.CAMEO == e.CAMEO || !strings.HasPrefix(f.CAMEO, e.CAMEO[:2]) {
				continue
			}
			if _, ok := c.companions(f, si, k); !ok {
				continue
			}
			for _, cd := range cands {
				if cd.entry.Type != e.Type || cd.entry.CAMEO != e.CAMEO {
					continue // recoded already: an intent, a refusal
				}
				rec := *cd.entry
				rec.Mode, rec.CAMEO, rec.Context = f.Mode, f.CAMEO, f.Context
				cd.entry = &rec
				cd.explain = append(cd.explain, "the companion's own entry \""+strings.Join(f.Words, " ")+"\" is finer: "+f.Type+" "+f.CAMEO)
			}
			return
		}
	}
}
