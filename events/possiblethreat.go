package events

import (
	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// possibleThreat recodes a harmful act its own source says it could or
// might do to a named target as the threat (THREATEN, the CAMEO 13x code
// that mirrors the act's, asserted): "Beijing has hinted that it could
// retaliate with tariffs on German vehicles", "Russia warned it may cut
// gas supplies to Moldova". PLOVER's THREATEN is any statement of intent
// to take a negative action, and a veiled one is told with a modal of
// possibility; announced (threat.go) does the same for the future. The
// act must be the reporter's own (selfReported: "Kyiv said Russia could
// attack" is a forecast, no threat) or one it weighs (deliberated: "the
// EU is considering sanctions against Somalia"), with a named source,
// active, not owed ("must") nor asked for. It reports whether it recoded.
func (f *frame) possibleThreat(cd *candidate) bool {
	if !f.c.x.Rules["possiblethreat"] || cd.modality != "hypothetical" || cd.obliged != 0 || cd.asked || cd.source == nil || cd.source.guessed || cd.target == nil {
		return false
	}
	switch cd.entry.Type {
	case "SANCTION", "COERCE", "ASSAULT":
	default:
		return false
	}
	if f.vg >= 0 {
		if v := &f.c.d.Phrases[f.vg]; v.Passive || v.Negated {
			return false
		}
	}
	if !f.selfReported(cd) && !f.deliberated(cd) {
		return false
	}
	e := cd.entry
	rec := *e
	rec.Type, rec.Mode, rec.CAMEO = "THREATEN", "", threatCode(e.CAMEO)
	cd.entry = &rec
	cd.explain = append(cd.explain, "a harmful act its source says it could do or weighs (possible "+e.Type+" "+e.CAMEO+") is THREATEN "+rec.CAMEO+", asserted")
	cd.confidence += 0.3 // the penalty of a possible act, not of a stated threat
	cd.modality = "asserted"
	return true
}

// deliberated reports whether the act is weighed by its own source: the
// last verb group before the trigger, in the trigger's sentence, is a verb
// of weighing (lang.CueDeliberate: "consider", "weigh"), not negated nor
// passive, at most three words before the trigger's phrase, and the
// source is its subject ("is considering sanctions", "is weighing
// imposing tariffs").
func (f *frame) deliberated(cd *candidate) bool {
	c := f.c
	d := c.d
	start := cd.trigger
	if f.vg >= 0 && d.Phrases[f.vg].First < start {
		start = d.Phrases[f.vg].First
	}
	if k := c.tokPhrase[cd.trigger]; k != 0 && d.Phrases[k-1].First < start {
		start = d.Phrases[k-1].First
	}
	rep := -1
	for _, pi := range c.phrases(f.si) {
		q := &d.Phrases[pi]
		if q.Kind != doc.VerbGroup || q.End > start || pi == f.vg {
			continue
		}
		rep = pi
	}
	if rep < 0 {
		return false
	}
	q := &d.Phrases[rep]
	if start-q.End > 3 || q.Passive || q.Negated || c.cue(q.Lemma)&lang.CueDeliberate == 0 {
		return false
	}
	rf := &frame{c: c, e: f.e, si: f.si, ti: q.Head, vg: rep, excl: map[int]bool{}, own: -1}
	s, _ := rf.fillAny([]lang.Slot{c.x.Subject})
	return s != nil && !rf.anaphor && same(s, cd.source)
}
