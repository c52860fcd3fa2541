package events

import (
	"strings"

	"github.com/kronika/kronika/doc"
)

// battleNouns are English nouns of a fight between two sides: "was killed
// in a gun battle with police", "were wounded in clashes with the army".
var battleNouns = map[string]bool{"battle": true, "gunbattle": true, "clash": true, "firefight": true,
	"shootout": true, "gunfight": true, "skirmish": true, "confrontation": true, "fighting": true, "exchange": true}

// battleAgent returns, for an English passive act of force without an
// agent ("Arnel Joseph was killed in a gun battle with police Friday"),
// the side its "in a battle/clash with X" phrase names: the one fought
// is the one who killed or wounded. nil when the sentence has no such
// phrase after the verb or it names no actor.
func (f *frame) battleAgent() *filler {
	c, d := f.c, f.c.d
	if !c.english() || f.vg < 0 || !d.Phrases[f.vg].Passive || f.e.Type != "ASSAULT" && f.e.Type != "COERCE" {
		return nil
	}
	r := c.sentPh[f.si]
	for pi := f.vg + 1; pi+1 < r[1] && pi <= f.vg+4; pi++ {
		p := &d.Phrases[pi]
		if p.Kind != doc.NounPhrase {
			return nil
		}
		if !strings.EqualFold(p.Prep, "in") || !battleNouns[strings.ToLower(d.Tokens[p.Head].Lemma)] {
			continue
		}
		q := &d.Phrases[pi+1]
		if q.Kind != doc.NounPhrase || !strings.EqualFold(q.Prep, "with") || q.First-p.End > 1 {
			return nil
		}
		a := c.participant(pi + 1)
		if a != nil {
			a.slot = "the side fought in the " + d.Tokens[p.Head].Lemma
		}
		return a
	}
	return nil
}
