package events

import "github.com/kronika/kronika/lang"

// obligationStated gives a request told by a modal word of obligation
// ("Britain said Iran must release the tanker", "should", "ought to",
// "needs to") the modality of its statement: the obligation is stated
// now, so the request is asserted whatever the tense the modal carries
// ("should" is a form of "shall", a future) and whether or not the act
// owed is negated by a modal auxiliary ("Germany said Russia must not
// attack Ukraine" demands that it not attack; "did not need to" states no
// need). The act owed keeps its own modality (modality.go:
// hypothetical).
func (c *coder) obligationStated(cd *candidate) {
	if cd.entry.Type != "REQUEST" || cd.modality == "asserted" || cd.modality == "historical" ||
		c.cue(c.d.Tokens[cd.trigger].Lemma)&lang.CueObligation == 0 {
		return
	}
	if cd.modality == "negated" && c.d.Tokens[cd.trigger].UPOS != "AUX" {
		return // a verb's negation negates the need: "did not need to"
	}
	switch cd.modality {
	case "negated", "hypothetical":
		cd.confidence += 0.3 // the penalties of modality
	case "future":
		cd.confidence += 0.2
	}
	cd.explain = append(cd.explain, "an obligation stated ("+cd.modality+" by its verb) is an asserted request")
	cd.modality = "asserted"
}
