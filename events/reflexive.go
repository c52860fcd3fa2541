package events

import (
	"strings"

	"github.com/kronika/kronika/lang"
)

// reflexiveOther reports whether verb token ti, the head of a one-word
// verb entry e, is used reflexively: a reflexive pronoun (UD PRON with
// Reflex=Yes, not a possessive: "się", not "swój") stands in its clause within two words of it, with no
// punctuation between. A reflexive verb is another verb ("zająć" seizes,
// "zająć się" deals with; "zatrzymać" arrests, "zatrzymać się" stops
// over), so the entry of the plain verb does not code it; the lexicon
// lists the reflexive verbs that are events with their pronoun ("zwrócić
// się", "wycofać się").
func (c *coder) reflexiveOther(e *lang.EventEntry, ti int, nominal bool) bool {
	if e.POS != "verb" || len(e.Words) != 1 || nominal {
		return false
	}
	d := c.d
	s := d.Sentences[c.sentenceOf(ti)]
	for _, dir := range []int{-1, 1} {
		for k := ti + dir; k >= s.FirstToken && k < s.EndToken && abs(k-ti) <= 2; k += dir {
			t := &d.Tokens[k]
			if t.UPOS == "PUNCT" {
				break
			}
			if t.UPOS == "PRON" && strings.Contains(t.Feats, "Reflex=Yes") && !strings.Contains(t.Feats, "Poss=Yes") {
				return true
			}
		}
	}
	return false
}
