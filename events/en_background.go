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
	for k := ti - 1; k > first && k >= ti-3; k-- {
		t := &d.Tokens[k]
		if t.XPOS == "WP" || t.XPOS == "WDT" {
			if c.afterNounPhrase(k) {
				why = "a meeting told in a relative clause describes the noun before it"
			}
			break
		}
		if t.UPOS != "AUX" && t.UPOS != "ADV" && t.UPOS != "PART" {
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

// conditionAct ranks low (confidence 0.4) an act told inside a clause of
// condition, between "if" or "unless" (conditionWord) and the trigger
// with no comma between: "If North Korea conducts a nuclear test, …",
// "could become a priority if it tests more missiles". The condition is
// a case weighed, not an act reported; the clause it conditions keeps its
// own rules (threats, conditional offers).
func (c *coder) conditionAct(cd *candidate) {
	if cd.confidence <= 0.4 {
		return
	}
	d := c.d
	first := d.Sentences[cd.sentence].FirstToken
	for k := cd.trigger - 1; k >= first; k-- {
		if d.Form(d.Tokens[k].Span) == "," {
			return
		}
		if c.conditionWord(k) {
			cd.confidence = 0.4
			cd.explain = append(cd.explain, "an act inside a condition is weighed, not reported: confidence 0.4")
			return
		}
	}
}
