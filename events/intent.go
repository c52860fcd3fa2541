package events

import (
	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// wishedByOthers reports whether the possibility or future that a
// candidate's modality gives it is framed by a word before its source,
// in the source's own clause: "she hopes the United States and the United
// Kingdom can coordinate their efforts", "in hopes that the United States
// can help", "whether Ankara will cooperate". Such an act is someone
// else's wish or a question, not its source's stated intent, so intent
// leaves it unconverted; "Turkey hopes to cooperate" keeps its cue after
// the source and stays an intent.
func (c *coder) wishedByOthers(cd *candidate) bool {
	d := c.d
	s := &d.Sentences[cd.sentence]
	f := cd.source
	if f == nil || f.phrase < 0 || f.phrase >= len(d.Phrases) {
		return false
	}
	p := &d.Phrases[f.phrase]
	if p.Sentence != cd.sentence || p.First >= cd.trigger {
		// a source after its trigger ("mają rozpocząć się rozmowy między
		// Rosją…"): the cues before the trigger are its own
		return false
	}
	start := p.First
	for k := start - 1; k >= s.FirstToken; k-- {
		t := &d.Tokens[k]
		if t.UPOS == "PUNCT" {
			return false
		}
		if c.cue(t.Lemma)&(lang.CueHypothetical|lang.CueFuture) != 0 && wordClass(t) {
			return true
		}
	}
	return false
}

// wordClass: a verb, noun or subordinating conjunction can frame a clause
// ("hopes", "hope", "whether"); an auxiliary inverted in a question or an
// adverb cannot be told from one that modifies the source's own verb.
func wordClass(t *doc.Token) bool {
	switch t.UPOS {
	case "VERB", "NOUN", "SCONJ":
		return true
	}
	return false
}
