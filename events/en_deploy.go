package events

import (
	"strings"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// troopsArrive reports whether the source of a one-word English verb
// entry of a visit ("arrived in Bosnia") is a military force described
// by a noun, not named ("additional European peacekeepers", "U.S.
// troops"): soldiers arriving are deployed, they pay no visit, and the
// act is coded as a deployment to the place (deployedArrival). A named
// person (a defence minister: GOVMIL) or a body of government keeps the
// visit.
func (c *coder) troopsArrive(e *lang.EventEntry, nominal bool, src *filler) bool {
	if nominal || !c.english() || src == nil || src.ent != 0 || e.Type != "CONSULT" || e.Mode != "visit" ||
		e.POS != "verb" || len(e.Words) != 1 {
		return false
	}
	a := src.part.Actor
	return strings.HasSuffix(a, "MIL") && !strings.HasSuffix(a, "GOVMIL")
}

// deployedArrival is the entry of a visit recoded as the deployment of
// the troops that arrive: MOBILIZE troops, CAMEO 154 (as "deploy troops"
// in the lexicon), its target the place they arrive in.
func deployedArrival(e *lang.EventEntry) *lang.EventEntry {
	rec := *e
	rec.Type, rec.Mode, rec.CAMEO, rec.Context = "MOBILIZE", "troops", "154", []string{"military"}
	return &rec
}

// deployedForces returns, for an English deployment told in the passive
// without an agent ("Kenyan troops were deployed to Somalia", "U.S.
// warships have been sent to the Gulf"), the side of the forces
// deployed: the subject of the passive, when it names an actor (its
// nationality word or name, not a guess from the article's country). A
// state deploys its own forces, so the forces stand for the one who
// deployed them. nil otherwise.
func (f *frame) deployedForces() *filler {
	c, d := f.c, f.c.d
	if !c.english() || f.e.Type != "MOBILIZE" || f.nominal || f.vg < 0 || !d.Phrases[f.vg].Passive {
		return nil
	}
	v := &d.Phrases[f.vg]
	for _, k := range c.phrases(f.si) {
		q := &d.Phrases[k]
		if q.Kind != doc.NounPhrase || q.End != v.First || q.Prep != "" {
			continue
		}
		x := c.participant(k)
		if x == nil || x.guessed || x.part.Country == "" {
			return nil
		}
		x.slot = "the forces deployed (the subject of the passive)"
		return x
	}
	return nil
}
