package events

import "github.com/kronika/kronika/lang"

// scheduledMeeting reports whether a meeting or visit still to come keeps
// its CONSULT type, the modality future, instead of becoming the intent
// to meet, AGREE 036: the language's cues ask for it (option
// futuremeeting consult: "Putin is due to meet Erdogan in January", "the
// PM will visit India"), and no word of readiness stands just before the
// trigger ("is ready to resume talks", "is prepared to meet" state a
// willingness to meet, which stays AGREE 036).
func (c *coder) scheduledMeeting(cd *candidate) bool {
	if c.x.FutureMeeting != "consult" {
		return false
	}
	d := c.d
	first := d.Sentences[cd.sentence].FirstToken
	for k := cd.trigger - 1; k >= first && k >= cd.trigger-4; k-- {
		t := &d.Tokens[k]
		if t.UPOS == "PUNCT" {
			break
		}
		if c.cue(t.Lemma)&lang.CueWilling != 0 {
			return false
		}
	}
	return true
}
