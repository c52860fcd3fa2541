package en

import (
	"strings"

	"github.com/kronika/kronika/doc"
)

// nameVerbTo reads a plural noun right after a name and before "to" and
// a base verb as the finite verb of the third person it is when the
// clause has no other finite verb after it: "officials said Russia plans
// to attack Kyiv", "said Turkey needs to return the S-400", "Iran seeks
// to expand". The tagger, which has seen "plans", "needs" and "seeks"
// mostly as nouns after a noun ("peace plans"), makes the name and the
// word one noun phrase, and the clause loses its verb (and with it its
// modality: a plan, a need). The word's stem must be a verb of the lemma
// lexicon; a finite verb later in the sentence keeps the noun ("U.S.
// talks to end the war began Monday"), and so does anything else before
// it than a name ("Russia's plans to", "the peace talks to").
func nameVerbTo(toks []doc.Token, d *doc.Document) {
	for i := 1; i+2 < len(toks); i++ {
		t := &toks[i]
		if t.XPOS != "NNS" || (toks[i-1].XPOS != "NNP" && toks[i-1].XPOS != "NNPS") || toks[i+1].XPOS != "TO" || toks[i+2].XPOS != "VB" {
			continue
		}
		form := d.Text[t.Start:t.End]
		if capitalised(form) || !strings.HasSuffix(form, "s") {
			continue
		}
		lemma := englishLemma(form, "VBZ")
		if lemmaLexicon().classes[lemma]&classV == 0 {
			continue
		}
		later := false
		for k := i + 3; k < len(toks); k++ {
			switch toks[k].XPOS {
			case "VBD", "VBZ", "VBP", "MD":
				later = true
			}
		}
		if later {
			continue
		}
		setTag(t, "VBZ", lemma)
	}
}
