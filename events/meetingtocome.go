package events

import "github.com/kronika/kronika/lang"

// meetingToCome reports whether a future CONSULT is coded as the meeting
// itself, with future modality, rather than as the intent to meet (AGREE
// 036): so in a language whose cues turn the meetingtocome rule on
// (lang.RuleNames; English news gold codes "is due to meet", "will convene
// a meeting with", "to visit" so), unless the meeting is only offered
// under a condition ("would meet with Kim if …"; conditional) or its
// source only says it is ready for it ("is ready to resume talks", "is
// prepared to meet": a word of readiness shortly before the trigger).
func (c *coder) meetingToCome(cd *candidate) bool {
	if !c.x.Rules["meetingtocome"] || c.conditional(cd.sentence) {
		return false
	}
	first := c.d.Sentences[cd.sentence].FirstToken
	for k := cd.trigger - 1; k >= first && k >= cd.trigger-4; k-- {
		if c.cue(c.d.Tokens[k].Lemma)&lang.CueWilling != 0 {
			return false
		}
	}
	return true
}
