package events

import (
	"strings"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// announced recodes a harmful or yielding act that its source announces for
// the future: what the text reports is the announcement, and the
// announcement is asserted.
//
//   - A future sanction, act of coercion, assault or protest against a
//     target, under a condition ("will cut aid unless", "if they come, we
//     will attack") or after a verb of threatening or promising
//     ("threatened to ban", "vowed to attack"), is PLOVER's THREATEN, with
//     the CAMEO 13x code that mirrors the act's: 16x → 131x/134/135/136,
//     17x → 132x/137, 18x–20x → 138x, 14x → 133. Without either it stays
//     the act, future ("the EU will impose sanctions" reports a decision).
//   - A future concession or retreat is AGREE, CAMEO's 03x intent to yield
//     that mirrors 08x: 081 → 0351, 084 → 0353, 085 → 0354, 086 → 0355,
//     087 → 0356.
//
// Only an announcement counts: a verb in the future tense ("will impose"),
// or an infinitive governed by a verb that itself threatens or promises,
// with a named source and in the active voice. A merely possible act
// ("could attack", "if they attack"), a plan ("planning to kidnap"), an
// agentless act and a negated one ("will not attack") are left as they
// are. intent does the same for cooperation and aid. A concession or
// retreat its source says it is ready to make ("is ready to lift the ban",
// "was prepared to withdraw"; willingTo) is AGREE too; readiness alone
// makes no threat of a harmful act.
func (f *frame) announced(cd *candidate) {
	if f.possibleThreat(cd) { // (possiblethreat.go)
		return
	}
	if cd.modality != "future" || f.vg < 0 || cd.source == nil || cd.source.guessed {
		return
	}
	c := f.c
	v := &c.d.Phrases[f.vg]
	announcing := c.announcing(f.governing(v)) || f.selfReported(cd) // (selfreport.go)
	willing := f.willingTo(v)
	if v.Passive || v.Tense != "fut" && !announcing && !willing {
		return
	}
	e := cd.entry
	var typ, code string
	switch e.Type {
	case "SANCTION", "COERCE", "ASSAULT", "PROTEST":
		if cd.target == nil || !announcing && !c.conditional(cd.sentence) {
			return // a threat is made to someone, and says so or sets a condition
		}
		typ, code = "THREATEN", threatCode(e.CAMEO)
	case "CONCEDE", "RETREAT":
		typ, code = "AGREE", yieldCode(e.CAMEO)
	default:
		return
	}
	rec := *e
	rec.Type, rec.Mode, rec.CAMEO = typ, "", code
	cd.entry = &rec
	cd.explain = append(cd.explain, "an announced act (future "+e.Type+" "+e.CAMEO+") is "+typ+" "+code+", asserted")
	cd.confidence += 0.2 // the penalty of a future act, not of a stated announcement
	cd.modality = "asserted"
}

// announcing reports whether verb group g is a verb of threatening or
// promising: its lemma heads a THREATEN or AGREE entry of the lexicon.
func (c *coder) announcing(g *doc.Phrase) bool {
	return g != nil && c.heads(g.Lemma, oneWordVerb("THREATEN", "AGREE"))
}

// conditional reports whether sentence si holds a conjunction of
// condition: a hypothetical cue word tagged as a subordinating conjunction
// or, as the English tagger tags them, a preposition ("if", "unless").
func (c *coder) conditional(si int) bool {
	s := c.d.Sentences[si]
	for k := s.FirstToken; k < s.EndToken; k++ {
		t := &c.d.Tokens[k]
		if (t.UPOS == "SCONJ" || t.UPOS == "ADP") && c.cue(t.Lemma)&lang.CueHypothetical != 0 {
			return true
		}
	}
	return false
}

// threatCode returns the CAMEO 13x code of a threat to commit the act of
// CAMEO code act.
func threatCode(act string) string {
	switch {
	case strings.HasPrefix(act, "161"):
		return "1313" // reduce or break relations
	case strings.HasPrefix(act, "162"):
		return "1311" // reduce or stop aid
	case strings.HasPrefix(act, "163"):
		return "1312" // sanctions, boycott, embargo
	case strings.HasPrefix(act, "164"):
		return "134" // halt negotiations
	case strings.HasPrefix(act, "165"):
		return "135" // halt mediation
	case strings.HasPrefix(act, "166"):
		return "136" // halt international involvement
	case strings.HasPrefix(act, "16"):
		return "131"
	case strings.HasPrefix(act, "172") && len(act) == 4:
		return "132" + act[3:] // 1721 restrict freedoms → 1321, curfew, martial law
	case strings.HasPrefix(act, "172"), strings.HasPrefix(act, "173"), strings.HasPrefix(act, "174"):
		return "132" // administrative sanctions, arrest, expulsion
	case strings.HasPrefix(act, "17"):
		return "137" // repression
	case strings.HasPrefix(act, "191"):
		return "1381" // blockade
	case strings.HasPrefix(act, "192"):
		return "1382" // occupation
	case strings.HasPrefix(act, "18"):
		return "1383" // unconventional violence
	case strings.HasPrefix(act, "204"):
		return "1385" // weapons of mass destruction
	case strings.HasPrefix(act, "19"), strings.HasPrefix(act, "20"):
		return "1384"
	case strings.HasPrefix(act, "14"):
		return "133" // protest
	}
	return "130"
}

// yieldCode returns the CAMEO 035x code of an intent to make the
// concession or retreat of CAMEO code act (08x).
func yieldCode(act string) string {
	if len(act) < 3 {
		return "035"
	}
	switch act[:3] {
	case "081":
		return "0351" // ease administrative sanctions
	case "082":
		return "0352" // ease popular dissent
	case "083":
		return "034" // institute political reform
	case "084":
		return "0353" // release persons or property
	case "085":
		return "0354" // ease economic sanctions
	case "086":
		return "0355" // allow international involvement
	case "087":
		return "0356" // de-escalate military engagement
	}
	return "035"
}

// willingTo reports whether infinitive vg follows a word of readiness
// (lang.CueWilling) right before its particle, not negated: "is ready to
// lift", "said it was prepared to withdraw", but not "is not ready to
// lift" nor "is expected to withdraw".
func (f *frame) willingTo(vg *doc.Phrase) bool {
	to := f.infParticle(vg)
	if to < 0 {
		return false
	}
	c := f.c
	d := c.d
	w := to - 1
	if c.eagerTo(f.si, to) {
		return true // "will not hesitate to shut off"
	}
	if w < d.Sentences[f.si].FirstToken || c.cue(d.Tokens[w].Lemma)&lang.CueWilling == 0 || c.negatedWord(f.si, w) {
		return false
	}
	for _, pi := range c.phrases(f.si) {
		if q := &d.Phrases[pi]; q.Kind == doc.VerbGroup && q.First <= w && w < q.End && q.Negated {
			return false
		}
	}
	return true
}

// eagerTo reports whether the infinitive particle at token to follows a
// negated verb of reluctance (lang.CueReluctant; negatedWord): "will not
// hesitate to shut the electricity off", "did not hesitate to strike"
// affirm the act, its subject's stated willingness.
func (c *coder) eagerTo(si, to int) bool {
	d := c.d
	w := to - 1
	if w <= d.Sentences[si].FirstToken || c.cue(d.Tokens[w].Lemma)&lang.CueReluctant == 0 {
		return false
	}
	return c.negatedWord(si, w)
}

// negatedWord reports whether a negation stands at most three tokens
// before token w of sentence si, with only auxiliaries, adverbs and
// particles between: "will not hesitate", "is not ready".
func (c *coder) negatedWord(si, w int) bool {
	d := c.d
	first := d.Sentences[si].FirstToken
	for k := w - 1; k >= first && k >= w-3; k-- {
		t := &d.Tokens[k]
		if c.cue(t.Lemma)&lang.CueNegation != 0 {
			return true
		}
		if t.UPOS != "ADV" && t.UPOS != "AUX" && t.UPOS != "PART" {
			break
		}
	}
	return false
}
