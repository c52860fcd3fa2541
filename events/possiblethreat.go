package events

// possibleThreat recodes a harmful act its own source says it could or
// might do to a named target as the threat (THREATEN, the CAMEO 13x code
// that mirrors the act's, asserted): "Beijing has hinted that it could
// retaliate with tariffs on German vehicles", "Russia warned it may cut
// gas supplies to Moldova". PLOVER's THREATEN is any statement of intent
// to take a negative action, and a veiled one is told with a modal of
// possibility; announced (threat.go) does the same for the future. The
// act must be the reporter's own (selfReported: "Kyiv said Russia could
// attack" is a forecast, no threat), with a named source, active, not
// owed ("must") nor asked for. It reports whether it recoded.
func (f *frame) possibleThreat(cd *candidate) bool {
	if cd.modality != "hypothetical" || cd.obliged != 0 || cd.asked || f.vg < 0 || cd.source == nil || cd.source.guessed || cd.target == nil {
		return false
	}
	switch cd.entry.Type {
	case "SANCTION", "COERCE", "ASSAULT":
	default:
		return false
	}
	c := f.c
	v := &c.d.Phrases[f.vg]
	if v.Passive || v.Negated || !f.selfReported(cd) {
		return false
	}
	e := cd.entry
	rec := *e
	rec.Type, rec.Mode, rec.CAMEO = "THREATEN", "", threatCode(e.CAMEO)
	cd.entry = &rec
	cd.explain = append(cd.explain, "a harmful act its source says it could do (possible "+e.Type+" "+e.CAMEO+") is THREATEN "+rec.CAMEO+", asserted")
	cd.confidence += 0.3 // the penalty of a possible act, not of a stated threat
	cd.modality = "asserted"
	return true
}
