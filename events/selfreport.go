package events

import (
	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// selfReported reports whether the future act of candidate cd is one its
// own source announces: the verb group of the act's clause comes right
// after a reporting verb ("said", "announced", "told"; report cues of the
// lexicon) or a verb of threatening ("warned that it will impose
// sanctions") with no other verb between, and the reporting verb's subject is
// the act's source ("Palestinian leaders said they would boycott …", "Annan
// announced that he will withdraw …"). Reported speech in the past puts
// "will" back to "would", so both count as future there.
//
// This is the announcement PLOVER codes as the threat or the intent itself
// (codebook: THREATEN is any statement of intent to take a negative
// action; AGREE any of intent to yield); a forecast about another party
// ("Kyiv said Russia will attack") is none, and neither is a report the
// source denies or one in the passive.
func (f *frame) selfReported(cd *candidate) bool {
	c := f.c
	if f.vg < 0 || cd.source == nil || cd.source.guessed || c.tokQuote[f.ti] != 0 {
		return false
	}
	v := &c.d.Phrases[f.vg]
	rep := -1
	for _, pi := range c.phrases(f.si) {
		q := &c.d.Phrases[pi]
		if q.Kind != doc.VerbGroup || q.End > v.First {
			continue
		}
		rep = pi // the last verb group before the act's
	}
	if rep < 0 {
		return false
	}
	q := &c.d.Phrases[rep]
	// a verb of threatening reports its own threat: "warned that it will
	// impose sanctions" (THREATEN entries of one word, "warn", "threaten")
	if c.cue(q.Lemma)&lang.CueReport == 0 && !c.heads(q.Lemma, oneWordVerb("THREATEN")) || q.Passive || q.Negated {
		return false
	}
	rf := &frame{c: c, e: f.e, si: f.si, ti: q.Head, vg: rep, excl: map[int]bool{}, own: -1}
	s, _ := rf.fillAny([]lang.Slot{c.x.Subject})
	if s == nil || rf.anaphor {
		return false
	}
	return same(s, cd.source)
}
