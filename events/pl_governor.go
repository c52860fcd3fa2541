package events

import "github.com/kronika/kronika/lang"

// onNounTypes are the types of a verb that acts on what its object names
// when that object is an act: "rozpędziła demonstrację", "zakazał
// protestów", "potępili atak", "poparli strajk". Its subject is not the
// one who does the act the noun names. (Not SANCTION: "nie wyklucza
// współpracy" allows the subject's own act: intent.go; REJECT only for
// verbs that are no refusal, actsOnNoun.)
var onNounTypes = []string{"ASSAULT", "COERCE", "ACCUSE", "SUPPORT"}

// actsOnNoun reports whether verb lemma, governing noun trigger entry e,
// is a trigger of its own of another type that acts on the noun's act
// (onNounTypes), in a language whose slots are cases: then the verb's
// subject is no party of the noun's act ("Policja rozpędziła
// demonstrację" is no demonstration by the police).
func (c *coder) actsOnNoun(lemma string, e *lang.EventEntry) bool {
	if !c.cased() || e == nil {
		return false
	}
	if c.cue(lemma)&lang.CueRefusal == 0 && c.heads(lemma, func(v *lang.EventEntry) bool {
		return v.Type != e.Type && oneWordVerb("REJECT")(v)
	}) {
		// a verb that rejects another's act: "zawetowały pomoc dla
		// Ukrainy", "odrzucili porozumienie" (not a refusal of one's own,
		// "odmówił pomocy": refusal.go)
		return true
	}
	if e.Type != "REQUEST" && c.heads(lemma, func(v *lang.EventEntry) bool {
		return v.POS == "verb" && v.Type == "REQUEST"
	}) {
		// a verb of demanding or asking, alone or with its companions
		// ("domaga się od rządu wstrzymania prywatyzacji", "wystosował
		// apel o rozpoczęcie rozmów"): the act its object names is asked
		// for, not done by its subject
		return true
	}
	return c.heads(lemma, func(v *lang.EventEntry) bool {
		return v.Type != e.Type && oneWordVerb(onNounTypes...)(v)
	})
}
