package events

import (
	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// addressedSpeech reports whether verb group vg is an adverbial participle
// of a weak trigger in a sentence whose own verb reports words: "zwracając
// się do córki, papież powiedział" says to whom the words went and asks
// nothing. A trigger that names its act with a companion ("zwracając się z
// apelem do") is no weak entry and stays an event.
func (c *coder) addressedSpeech(e *lang.EventEntry, si, vg int) bool {
	if vg < 0 || e.Flags&lang.Weak == 0 || c.d.Phrases[vg].Form != "conv" {
		return false
	}
	r := c.sentPh[si]
	for pi := r[0]; pi < r[1]; pi++ {
		p := &c.d.Phrases[pi]
		if pi != vg && p.Kind == doc.VerbGroup && p.Form == "fin" && c.cue(p.Lemma)&lang.CueReport != 0 {
			return true
		}
	}
	return false
}
