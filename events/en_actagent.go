package events

import (
	"slices"

	"github.com/kronika/kronika/doc"
)

// englishActAgentTarget returns, for an English verb of judging or
// answering an act (ACCUSE, REJECT, SUPPORT, AGREE) in the active voice
// whose direct object is an act noun with its agent after it ("condemned
// the arrest of the journalist by Russian police", "welcomed the release
// of the hostages by Hamas"), that agent: the one whose act is judged is
// the target, not the one the act befell. Between the noun and the agent
// may stand the phrases that complete it ("the attack on Kyiv by Russia"). nil when the rule does not apply, as for
// Polish, which actAgentTarget serves (pl_nominal.go).
func (f *frame) englishActAgentTarget() *filler {
	c, d := f.c, f.c.d
	if !c.english() || f.vg < 0 || d.Phrases[f.vg].Passive || c.x.Agent.Prep == "" {
		return nil
	}
	switch f.e.Type {
	case "REJECT", "ACCUSE", "SUPPORT", "AGREE":
	default:
		return nil
	}
	if !slices.Contains(f.e.Target, c.x.Object) {
		return nil
	}
	v := &d.Phrases[f.vg]
	r := c.sentPh[f.si]
	for pi := r[0]; pi < r[1]; pi++ {
		p := &d.Phrases[pi]
		if p.First < v.End {
			continue
		}
		if p.Kind != doc.NounPhrase || p.Prep != "" || p.First != v.End || f.excl[pi] || !c.actNoun(&d.Tokens[p.Head]) {
			return nil // the object right after the verb only
		}
		end := p.End
		for k := pi + 1; k < r[1] && k <= pi+4; k++ {
			q := &d.Phrases[k]
			if q.Kind != doc.NounPhrase || q.Prep == "" || q.First != end+1 {
				return nil
			}
			if q.Prep == c.x.Agent.Prep {
				if c.inTime(q) || f.excl[k] {
					return nil
				}
				x := c.participant(k)
				if x == nil || x.guessed {
					return nil
				}
				x.slot = "agent (" + c.x.Agent.String() + ") of the act object"
				return x
			}
			end = q.End // its "of" phrase or another that completes it: "the attack on Kyiv by Russia"
		}
		return nil
	}
	return nil
}
