package events

import (
	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// reporter fills the slot "reporter" of an entry: the subject of a
// reporting verb (lang's "report" cues) in the trigger's sentence, other
// than the trigger's own verb group, in the same clause chain: "The Red
// Cross said US forces must ensure security" reports the Red Cross's
// demand, not an act of the US forces. A pronoun subject ("he said")
// names no one and gives nil, as does a sentence without a reporting verb:
// an obligation nobody states ("Ukraine must hold elections next year") is
// no one's request. Nor is an obligation inside a quotation, which is
// mostly rhetoric ("they must understand they will get nowhere").
func (f *frame) reporter(slots []lang.Slot) *filler {
	c := f.c
	if len(slots) == 0 || slots[0].Pos != "reporter" || c.tokQuote[f.ti] != 0 {
		return nil
	}
	for _, pi := range c.near(f.si, f.ti) {
		p := &c.d.Phrases[pi]
		if p.Kind != doc.VerbGroup || pi == f.vg || c.cue(p.Lemma)&lang.CueReport == 0 {
			continue
		}
		if p.Passive || p.Negated {
			continue // "it was reported", "did not say"
		}
		rf := &frame{c: c, e: f.e, si: f.si, ti: p.Head, vg: pi, excl: f.excl, own: -1}
		if s, _ := rf.fillAny([]lang.Slot{c.x.Subject}); s != nil && !rf.anaphor {
			s.slot = "reporter"
			s.how = "subject of " + c.d.Form(c.d.Tokens[p.Head].Span) + ": " + s.how
			return s
		}
	}
	return nil
}
