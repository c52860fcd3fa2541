package events

// threatenedNoun recodes the act a noun names when a verb of threatening
// governs it: "grozili protestami", "grozi nałożeniem sankcji na firmy".
// What the text reports is the threat, not the act: THREATEN, with the
// CAMEO 13x code that mirrors the act's (threatCode). It reports false
// when that leaves a threat without the target a threat is made to.
func (f *frame) threatenedNoun(cd *candidate) bool {
	if !f.nominal {
		return true
	}
	switch cd.entry.Type {
	case "SANCTION", "COERCE", "ASSAULT", "PROTEST":
	default:
		return true
	}
	c := f.c
	d := c.d
	// the finite verb that governs the noun in its clause (pl_roles.go)
	g := f.nounGovernor()
	if g < 0 || !c.heads(d.Phrases[g].Lemma, oneWordVerb("THREATEN")) && !f.threatenedFuture(g) {
		return true
	}
	if cd.target == nil {
		return false
	}
	e := cd.entry
	rec := *e
	rec.Type, rec.Mode, rec.CAMEO = "THREATEN", "", threatCode(e.CAMEO)
	cd.entry = &rec
	cd.explain = append(cd.explain, "an act threatened by \""+d.Form(d.Tokens[d.Phrases[g].Head].Span)+"\" (a "+e.Type+" "+e.CAMEO+") is THREATEN "+rec.CAMEO)
	if cd.modality == "future" {
		cd.modality = "asserted" // the threat is made
	}
	return true
}
