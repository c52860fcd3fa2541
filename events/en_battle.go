package events

import (
	"strings"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// battleNouns are English nouns of a fight between two sides: "was killed
// in a gun battle with police", "were wounded in clashes with the army".
var battleNouns = map[string]bool{"battle": true, "gunbattle": true, "clash": true, "firefight": true,
	"shootout": true, "gunfight": true, "skirmish": true, "confrontation": true, "fighting": true, "exchange": true}

// battleAgent returns, for an English passive act of force without an
// agent ("Arnel Joseph was killed in a gun battle with police Friday"),
// the side its "in a battle/clash with X" phrase names: the one fought
// is the one who killed or wounded. nil when the sentence has no such
// phrase after the verb or it names no actor.
func (f *frame) battleAgent() *filler {
	c, d := f.c, f.c.d
	if !c.english() || f.vg < 0 || !d.Phrases[f.vg].Passive || f.e.Type != "ASSAULT" && f.e.Type != "COERCE" {
		return nil
	}
	r := c.sentPh[f.si]
	for pi := f.vg + 1; pi+1 < r[1] && pi <= f.vg+4; pi++ {
		p := &d.Phrases[pi]
		if p.Kind != doc.NounPhrase {
			return nil
		}
		if !strings.EqualFold(p.Prep, "in") || !battleNouns[strings.ToLower(d.Tokens[p.Head].Lemma)] {
			continue
		}
		q := &d.Phrases[pi+1]
		if q.Kind != doc.NounPhrase || !strings.EqualFold(q.Prep, "with") || q.First-p.End > 1 {
			return nil
		}
		a := c.participant(pi + 1)
		if a != nil {
			a.slot = "the side fought in the " + d.Tokens[p.Head].Lemma
		}
		return a
	}
	return nil
}

// attackAgent returns, for an English passive act of force without an
// agent ("Two Israelis were killed in a Hezbollah rocket attack", "Two
// soldiers were wounded in a Russian drone strike"), the party that owns
// the act of force its locative phrase names: a noun that heads an
// ASSAULT entry of the lexicon, whose own phrase names an actor (a
// nationality word, a name). The one who attacked killed or wounded.
// nil when no such phrase follows the verb within four phrases.
func (f *frame) attackAgent() *filler {
	c, d := f.c, f.c.d
	if !c.english() || f.vg < 0 || !d.Phrases[f.vg].Passive || f.e.Type != "ASSAULT" {
		return nil
	}
	r := c.sentPh[f.si]
	for pi := f.vg + 1; pi < r[1] && pi <= f.vg+4; pi++ {
		p := &d.Phrases[pi]
		if p.Kind != doc.NounPhrase {
			return nil
		}
		if p.Prep == "" || c.cue(p.Prep)&lang.CueLocative == 0 ||
			!c.heads(d.Tokens[p.Head].Lemma, func(e *lang.EventEntry) bool { return e.POS == "noun" && e.Type == "ASSAULT" }) {
			continue
		}
		a := c.participant(pi)
		if a == nil || a.guessed || a.part.Country == "" && a.part.Actor == "" {
			return nil
		}
		a.slot = "the party of the " + d.Tokens[p.Head].Lemma + " the act was done in"
		return a
	}
	return nil
}
