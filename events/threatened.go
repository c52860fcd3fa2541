package events

// threatenedAct recodes an act that a verb of threatening governs as its
// infinitive, in the active voice, with a named source and a target, as
// the threat it is: "threatened to deliver devastating blows to the United
// States", "threatened to send troops to the border", "threatened to
// withdraw from the coalition" report THREATEN 130, asserted, whatever
// type the act itself would have. Without this, an act of aid or
// cooperation after "threatened to" became its source's intent to help
// (intent: AGREE 033) and a retreat its intent to yield (announced). The
// harmful acts (SANCTION, COERCE, ASSAULT, PROTEST) are left to announced,
// which gives them the finer 13x code of the act threatened. A verb that
// also promises ("vow", an AGREE head too) is no threat by itself.
func (f *frame) threatenedAct(cd *candidate) {
	if cd.modality != "future" || f.vg < 0 || cd.source == nil || cd.source.guessed || cd.target == nil {
		return
	}
	switch cd.entry.Type {
	case "SANCTION", "COERCE", "ASSAULT", "PROTEST", "THREATEN":
		return
	}
	c := f.c
	v := &c.d.Phrases[f.vg]
	g := f.governing(v)
	if v.Passive || g == nil || !c.heads(g.Lemma, oneWordVerb("THREATEN")) || c.heads(g.Lemma, oneWordVerb("AGREE")) {
		return
	}
	e := cd.entry
	rec := *e
	rec.Type, rec.Mode, rec.CAMEO = "THREATEN", "", "130"
	cd.entry = &rec
	cd.explain = append(cd.explain, "an act a verb of threatening governs (future "+e.Type+" "+e.CAMEO+", after \""+g.Lemma+"\") is THREATEN 130, asserted")
	cd.confidence += 0.2 // the penalty of a future act, not of a stated threat
	cd.modality = "asserted"
}
