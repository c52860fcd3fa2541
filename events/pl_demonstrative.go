package events

import "github.com/kronika/kronika/lang"

// pointedTypes are the types of the verbs that answer an act told just
// before: refusing, disputing, accepting or supporting it.
var pointedTypes = map[string]bool{"REJECT": true, "ACCUSE": true, "AGREE": true, "SUPPORT": true}

// demonstrativeParty returns, for a verb that answers an act (pointedTypes)
// whose object is a demonstrative
// pronoun alone, phrase top ("Austria zaproponowała zmianę dyrektywy.
// Polska nie zgodziła się na to", "Rosja zaatakowała Ukrainę. Litwa
// potępiła to"), the subject of the sentence before: the one whose act
// the pronoun points back to. nil when that sentence has no subject that
// names an actor, when it is src or of src's country, and in a language
// without the cue.
func (f *frame) demonstrativeParty(top int, src *filler) *filler {
	c, d := f.c, f.c.d
	if top < 0 || !pointedTypes[f.e.Type] || f.e.Flags&lang.Symmetric != 0 {
		return nil
	}
	p := &d.Phrases[top]
	if p.End-p.First != 1 || c.cue(d.Tokens[p.Head].Lemma)&lang.CueThisAct == 0 {
		return nil
	}
	a := c.subjectBefore()
	if a == nil || a.guessed || same(src, a) || a.part.Country == "" || a.part.Country == src.part.Country {
		return nil
	}
	return told(a, "the party of the act the pronoun points back to", "the subject of the sentence before: ")
}
