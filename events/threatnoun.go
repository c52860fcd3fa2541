package events

import "github.com/kronika/kronika/doc"

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
	// the finite verb right before the noun in its clause
	g := -1
	for t := f.ti - 1; t >= d.Sentences[f.si].FirstToken && t >= f.ti-6; t-- {
		if d.Tokens[t].UPOS == "PUNCT" {
			break
		}
		if p := c.tokPhrase[t]; p != 0 && d.Phrases[p-1].Kind == doc.VerbGroup {
			if d.Phrases[p-1].Form == "fin" {
				g = int(p - 1)
			}
			break
		}
	}
	if g < 0 || !c.heads(d.Phrases[g].Lemma, oneWordVerb("THREATEN")) {
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
