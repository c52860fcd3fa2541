package events

import (
	"strings"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// refused recodes an act of cooperation or yielding that its source
// states it will not make as PLOVER's REJECT: what the text reports is the
// refusal, and the refusal is asserted.
//
//   - An act governed by a verb of refusing ("refused to deploy
//     peacekeepers", "declined to release them"): the governing verb heads
//     a REJECT entry of the lexicon of its own. Any act but one of force,
//     coercion, sanction, accusation, threat, demand, protest or
//     rejection (hostile): one may refuse to attack, but that is no
//     rejection of anyone.
//   - A negated future act of agreement, consultation, cooperation,
//     support, aid, concession or retreat (yielding: "will not accept
//     more refugees", "will no longer recognize him as president").
//
// The CAMEO 12x code mirrors the act's (rejectCode). A past act denied
// ("did not meet"), a passive, an act without a named source or target,
// and a possible one stay as they are.
func (f *frame) refused(cd *candidate) {
	if cd.modality != "negated" || f.vg < 0 || cd.source == nil || cd.source.guessed || cd.target == nil {
		return
	}
	c := f.c
	v := &c.d.Phrases[f.vg]
	if v.Passive {
		return
	}
	e := cd.entry
	why := ""
	switch g := f.governing(v); {
	case g != nil && !g.Negated && f.refusing(g, v) && !hostile[e.Type]:
		why = "an act refused (" + g.Lemma + " to " + e.Type + " " + e.CAMEO + ")"
	case c.future(v) && yielding[e.Type]:
		why = "an act that will not be made (negated future " + e.Type + " " + e.CAMEO + ")"
	default:
		return
	}
	// (+0.3: the penalty of a negated act, not of a stated refusal)
	recode(cd, rejectCode(e.CAMEO), why, 0.3)
}

// refusing reports whether verb group g refuses the act of infinitive v
// it governs: it heads a REJECT entry ("refused to", "declined to"), or it
// is a verb the cues list as negating the act after it, with the
// infinitive's particle between ("failed to reach agreement": PETRARCH's
// CAMEO verb dictionary codes FAIL as REJECT 120; alone, "failed" names no
// one refused and codes nothing).
func (f *frame) refusing(g, v *doc.Phrase) bool {
	c := f.c
	if c.heads(g.Lemma, oneWordVerb("REJECT")) {
		return true
	}
	return g.Form == "fin" && c.d.Tokens[g.Head].UPOS == "VERB" && f.infParticle(v) >= 0 && c.cue(g.Lemma)&lang.CueNegation != 0
}

// refusal recodes a refused act as PLOVER's REJECT, asserted: the refusal
// is the act the text reports. Two ways of telling it:
//   - a verb of consent negated ("nie zgodziły się na to", "Węgry nie
//     poparły Ukrainy"): the consent cues of the lexicon;
//   - a word that refuses the act after it ("odmówił podpisania umowy z
//     Rosją", "odmowa udzielenia pomocy"): the refusal cues.
//
// Only the acts of the yielding types (cooperation, support, aid,
// concession and the like) are refused this way; "odmówił ataku" is no rejection of anyone. The CAMEO
// code is the 12x code that mirrors the act's own (rejectCode), so its
// mode and context follow (cameo2plover.tsv).
func (c *coder) refusal(cd *candidate, v *doc.Phrase, cues lang.CueKind) {
	if cd.modality != "negated" || v != nil && v.Mood == "cnd" {
		return // (what one would not agree to is no refusal yet)
	}
	negatedVerb := v != nil && v.Negated
	e := cd.entry
	head := ""
	if len(e.Words) > 0 {
		head = strings.ToLower(e.Words[0])
	}
	consent := c.x.Cues[head]&lang.CueConsent != 0 && (negatedVerb || cues&lang.CueNegation != 0)
	if !consent && cues&lang.CueRefusal == 0 {
		return
	}
	if !yielding[e.Type] {
		return
	}
	how := "a refused act"
	if consent {
		how = "a negated consent"
	}
	// (+0.3: the penalty of a negated act, not of a refusal)
	recode(cd, rejectCode(e.CAMEO), how+" ("+e.Type+" "+e.CAMEO+")", 0.3)
}

// recode gives candidate cd the entry of its own with CAMEO code code and
// the PLOVER type, mode and context of that code, asserted, its
// confidence raised by bonus (the penalty of its former modality), and
// why in its trace; a code PLOVER has no type for leaves cd as it is.
func recode(cd *candidate, code, why string, bonus float64) {
	pc, ok := PLOVER(code)
	if !ok {
		return
	}
	rec := *cd.entry
	rec.Type, rec.Mode, rec.CAMEO, rec.Context = pc.Type, pc.Mode, code, pc.Context
	cd.entry = &rec
	cd.explain = append(cd.explain, why+" is "+pc.Type+" "+code+", asserted")
	cd.confidence += bonus
	cd.modality = "asserted"
}

// hostile are the types whose refusal is no rejection of the target.
var hostile = map[string]bool{"ASSAULT": true, "COERCE": true, "SANCTION": true, "ACCUSE": true,
	"THREATEN": true, "REQUEST": true, "PROTEST": true, "REJECT": true}

// yielding are the types of agreement, consultation, cooperation,
// support, aid, concession and retreat whose announced absence, or
// refusal, is a rejection.
var yielding = map[string]bool{"AGREE": true, "SUPPORT": true, "CONSULT": true, "COOPERATE": true,
	"AID": true, "CONCEDE": true, "RETREAT": true}

// rejectCode returns the CAMEO 12x code of rejecting the act of CAMEO code
// act: cooperation (031x, 06x) → 121x, aid (033x, 07x) → 122x, reform
// (034x, 083x) → 123x, yielding (035x, 08x) → 124x, meeting and
// negotiation (036, 04x) → 125, mediation (037–038, 045) → 126, a
// settlement or agreement (039, 057) → 127, else 120.
func rejectCode(act string) string {
	sub := func(base string, k int) string { // the act's digit k, on base
		if len(act) > k {
			return base + act[k:k+1]
		}
		return base
	}
	switch {
	case strings.HasPrefix(act, "031"):
		return sub("121", 3)
	case strings.HasPrefix(act, "06"):
		return "121" + codeDigit(act, 2, '1', '4')
	case strings.HasPrefix(act, "033"):
		return sub("122", 3)
	case strings.HasPrefix(act, "07"):
		return "122" + codeDigit(act, 2, '1', '4')
	case strings.HasPrefix(act, "034"):
		return sub("123", 3)
	case strings.HasPrefix(act, "083"):
		return sub("123", 3)
	case strings.HasPrefix(act, "035"):
		return sub("124", 3)
	case strings.HasPrefix(act, "08"):
		// the same yielding acts in the same order as the intents of
		// yieldCode: 0351–0356 → 1241–1246
		return "124" + strings.TrimPrefix(yieldCode(act), "035")
	case act == "036", strings.HasPrefix(act, "04") && !strings.HasPrefix(act, "045"):
		return "125"
	case strings.HasPrefix(act, "037"), strings.HasPrefix(act, "038"), strings.HasPrefix(act, "045"):
		return "126"
	case strings.HasPrefix(act, "039"), strings.HasPrefix(act, "057"):
		return "127"
	}
	return "120"
}

// future reports whether verb group v is in the future tense or it, or
// one of the two words before it, is a word the lexicon's cues put in the
// future ("won't" may stand apart from the verb group).
func (c *coder) future(v *doc.Phrase) bool {
	if v.Tense == "fut" {
		return true
	}
	first := c.d.Sentences[c.sentenceOf(v.First)].FirstToken
	for k := v.End - 1; k >= first && k >= v.First-2; k-- {
		t := &c.d.Tokens[k]
		if t.UPOS == "PUNCT" {
			break
		}
		if c.cue(t.Lemma)&lang.CueFuture != 0 || c.cue(c.d.Form(t.Span))&lang.CueFuture != 0 {
			return true
		}
	}
	return false
}

// negativeEntry codes an entry that names the act its negation tells
// (lang.Negative: "władze nie pozwolą Bibi opuścić kraju" restricts her
// movement, COERCE 172): negated, the act is asserted, its confidence
// raised by the penalty of a negated act; not negated, the words tell no
// such act and negativeEntry reports false. Other entries pass as they are.
func negativeEntry(cd *candidate) bool {
	if cd.entry.Flags&lang.Negative == 0 {
		return true
	}
	if cd.modality != "negated" {
		return false
	}
	cd.modality = "asserted"
	cd.confidence += 0.3
	cd.explain = append(cd.explain, "the entry names what its negation does: "+cd.entry.Type+" "+cd.entry.CAMEO+", asserted")
	return true
}
