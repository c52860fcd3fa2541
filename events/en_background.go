package events

import (
	"slices"
	"strings"
)

// backgroundMeeting ranks low (confidence under 0.5) a meeting or
// negotiation told in a clause that describes a noun rather than reports
// news: a relative clause ("a former official who had negotiated with
// North Korea", "Barnier, who led the bloc's Brexit negotiations") or a
// past participle right after the noun ("the Hanoi summit held in
// February"). Such a clause explains who someone is or which meeting is
// meant; the article's news is elsewhere. English only: the relative
// pronoun is found by its Penn tag (WP, WDT) after a noun phrase, with at
// most auxiliaries and adverbs before the trigger, and the participle as
// a light verb right after its own noun (the tagger may read it VBD).
func (c *coder) backgroundMeeting(cd *candidate) {
	if !c.english() || cd.entry.Type != "CONSULT" || cd.confidence < 0.45 {
		return
	}
	d := c.d
	ti := cd.trigger
	first := d.Sentences[cd.sentence].FirstToken
	why := ""
	for k := ti - 1; k > first && k >= ti-3 && why == ""; k-- {
		t := &d.Tokens[k]
		switch {
		case t.XPOS == "WP" || t.XPOS == "WDT":
			if c.afterNounPhrase(k) {
				why = "a meeting told in a relative clause describes the noun before it"
			}
		case t.UPOS == "AUX" || t.UPOS == "ADV" || t.UPOS == "PART":
			continue
		}
		if why == "" {
			break
		}
	}
	if why == "" && ti > first && (d.Tokens[ti].XPOS == "VBN" || d.Tokens[ti].XPOS == "VBD") && len(cd.entry.Words) > 1 {
		// the light verb's own noun right before it ("the summit held
		// in February"): the participle, not the verb of a clause whose
		// subject would stand there ("Russia held talks")
		if p := &d.Tokens[ti-1]; (p.UPOS == "NOUN" || p.UPOS == "PROPN") && slices.Contains(cd.entry.Words[1:], strings.ToLower(p.Lemma)) {
			why = "a meeting told by a participle after its noun describes that noun"
		}
	}
	if why == "" {
		return
	}
	cd.confidence = 0.4
	cd.explain = append(cd.explain, why+": background, confidence 0.4")
}
