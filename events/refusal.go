package events

import (
	"strings"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// refusal recodes a refused act as PLOVER's REJECT, asserted: the refusal
// is the act the text reports. Two ways of telling it:
//   - a verb of consent negated ("nie zgodziły się na to", "Węgry nie
//     poparły Ukrainy"): the consent cues of the lexicon;
//   - a word that refuses the act after it ("odmówił podpisania umowy z
//     Rosją", "odmowa udzielenia pomocy"): the refusal cues.
//
// Only cooperative acts are refused this way; "odmówił ataku" is no
// rejection of anyone. The CAMEO code is the 12x code that mirrors the
// act's own (aid 07x → 122x, a meeting 04x → 125, a release 0841 →
// 1243), so its mode and context follow (cameo2plover.tsv).
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
	code := rejectCode(e.Type, e.CAMEO)
	if code == "" {
		return
	}
	r := *e
	r.Type, r.CAMEO, r.Mode, r.Context = "REJECT", code, "", nil
	if pc, ok := PLOVER(code); ok && pc.Type == "REJECT" {
		r.Mode, r.Context = pc.Mode, pc.Context
	}
	cd.entry = &r
	how := "a refused act"
	if consent {
		how = "a negated consent"
	}
	cd.explain = append(cd.explain, how+" ("+e.Type+" "+e.CAMEO+") is REJECT "+code+", asserted")
	cd.modality = "asserted"
	cd.confidence += 0.3 // the penalty of a negated act, not of a refusal
}

// rejectCode returns the CAMEO 12x code of refusing an act of PLOVER type
// typ coded cameo, or "" when refusing it is no rejection.
func rejectCode(typ, cameo string) string {
	sub := func(n int) string { // the digit after the first n, or ""
		if len(cameo) > n {
			return cameo[n : n+1]
		}
		return ""
	}
	pre := func(p string) bool { return strings.HasPrefix(cameo, p) }
	switch typ {
	case "AGREE":
		switch {
		case pre("031"):
			return "121" + inRange(sub(3), "1234")
		case pre("033"):
			return "122" + inRange(sub(3), "1234")
		case pre("034"):
			return "123"
		case pre("035"):
			return "124" + inRange(sub(3), "123456")
		case pre("036"):
			return "125"
		case pre("037"):
			return "127"
		case pre("038"), pre("039"):
			return "126"
		}
		return "120"
	case "SUPPORT":
		if pre("057") {
			return "127" // an agreement not signed, not accepted
		}
		return "120"
	case "COOPERATE":
		if pre("06") {
			return "121" + inRange(sub(2), "1234")
		}
		return "121"
	case "AID":
		if pre("07") {
			return "122" + inRange(sub(2), "1234")
		}
		return "122"
	case "CONSULT":
		if pre("045") {
			return "126" // mediation
		}
		return "125"
	case "RETREAT", "CONCEDE":
		switch {
		case pre("081"):
			return "1241"
		case pre("084"):
			return "1243" // a release or return refused
		case pre("085"):
			return "1244"
		case pre("086"):
			return "1245"
		case pre("087"):
			return "1246"
		}
		return "124"
	}
	return ""
}

// inRange returns d when it is one of the digits in set, else "".
func inRange(d, set string) string {
	if d != "" && strings.Contains(set, d) {
		return d
	}
	return ""
}
