package events

import (
	"strings"

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
