package events

import "strings"

// pledged recodes an act of cooperation, support, aid or yielding that
// its source agrees, offers or promises to make as PLOVER's AGREE, the
// CAMEO 03x intent that mirrors the act: what the text reports is the
// commitment, and it is asserted.
//
//   - An act governed by a verb that heads an AGREE entry of its own
//     ("agreed to provide loans", "offered to mediate", "pledged to send
//     aid"), asserted or future.
//   - Support announced for the future ("will support the resolution"):
//     AGREE 032 (intent) or 030 for a formal agreement (057). Future
//     cooperation, aid, meetings and concessions have their rules (intent,
//     announced).
//
// A negated or possible act, an act of force or coercion (a threat, see
// announced), a passive and an act without a named source stay as they
// are.
func (f *frame) pledged(cd *candidate) {
	if f.vg < 0 || cd.source == nil || cd.source.guessed || cd.entry.Type == "AGREE" {
		return
	}
	c := f.c
	v := &c.d.Phrases[f.vg]
	if v.Passive || v.Negated {
		return
	}
	e := cd.entry
	why := ""
	switch g := f.governing(v); {
	case g != nil && !g.Negated && (cd.modality == "asserted" || cd.modality == "future") &&
		yielding[e.Type] && c.heads(g.Lemma, oneWordVerb("AGREE")):
		why = "an act committed to (" + g.Lemma + " to " + e.Type + " " + e.CAMEO + ")"
	case cd.modality == "future" && e.Type == "SUPPORT" && v.Tense == "fut":
		why = "support announced (future " + e.Type + " " + e.CAMEO + ")"
	default:
		return
	}
	bonus := 0.0
	if cd.modality == "future" {
		bonus = 0.2 // the penalty of a future act, not of a stated commitment
	}
	recode(cd, intentCode(e.CAMEO), why, bonus)
}

// intentCode returns the CAMEO 03x code of an intent to make the act of
// CAMEO code act: meetings (04x) → 036, support (05x) → 032 (a formal
// agreement, 057: 030), cooperation (06x) → 031x, aid (07x) → 033x,
// reform (083x) → 034x, other yielding (08x) → 035x (yieldCode).
func intentCode(act string) string {
	switch {
	case strings.HasPrefix(act, "04"):
		return "036"
	case strings.HasPrefix(act, "057"):
		return "030"
	case strings.HasPrefix(act, "05"):
		return "032"
	case strings.HasPrefix(act, "06"):
		return "031" + codeDigit(act, 2, '1', '4')
	case strings.HasPrefix(act, "07"):
		return "033" + codeDigit(act, 2, '1', '4')
	case strings.HasPrefix(act, "083"):
		return "034" + codeDigit(act, 3, '1', '4')
	case strings.HasPrefix(act, "08"):
		return yieldCode(act)
	}
	return "030"
}

// codeDigit returns digit k of CAMEO code act when it is in lo..hi, else
// "": the digit a mirroring code keeps ("064" → 0314, 1214).
func codeDigit(act string, k int, lo, hi byte) string {
	if len(act) > k && act[k] >= lo && act[k] <= hi {
		return act[k : k+1]
	}
	return ""
}
