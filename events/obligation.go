package events

import (
	"strings"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// reporter fills the slot "reporter" of an entry: the subject of a
// reporting verb (lang's "report" cues) in the trigger's sentence, other
// than the trigger's own verb group, in the same clause chain: "The Red
// Cross said US forces must ensure security" reports the Red Cross's
// demand, not an act of the US forces. A pronoun subject ("he said")
// names no one and gives nil, as does a sentence without a reporting verb:
// an obligation nobody states ("Ukraine must hold elections next year") is
// no one's request. Nor is an obligation inside a quotation, which is
// mostly rhetoric ("they must understand they will get nowhere").
func (f *frame) reporter(slots []lang.Slot) *filler {
	if len(slots) == 0 || slots[0].Pos != "reporter" {
		return nil
	}
	if t := &f.c.d.Tokens[f.ti]; f.c.cue(t.Lemma)&lang.CueObligation != 0 && (pastTense(t) || strings.Contains(t.Feats, "Person=1")) {
		// a word of obligation in the past ("musiała", "będzie
		// musiało") states no obligation now, and one in the first
		// person ("musimy") binds the speakers: no one's request (a
		// language that shifts the tense of reported speech, as English
		// does, has no obligation cues)
		return nil
	}
	return f.reporterOf()
}

// obligedAct reports whether the candidate is an act that the word of
// obligation before it (modality) makes its reporter's request: the word
// heads a REQUEST entry with a reporter slot ("musieć", "powinien") and
// the sentence names one (reporter). "Raja powiedział, że Norwegia
// powinna udzielić Bibi azylu" is Raja's REQUEST to Norway, and Norway's
// asylum is no act of its own yet, as an act a request asks for is none
// (requestedAct). An obligation nobody states stays a hypothetical act.
func (f *frame) obligedAct(cd *candidate) bool {
	c := f.c
	if cd.obliged == 0 || cd.entry.Type == "REQUEST" {
		return false
	}
	if !c.heads(c.d.Tokens[cd.obliged-1].Lemma, func(e *lang.EventEntry) bool {
		return e.Type == "REQUEST" && len(e.Source) > 0 && e.Source[0].Pos == "reporter"
	}) {
		return false
	}
	return f.reporterOf() != nil
}

// reporterOf returns the reporter of the trigger's sentence (reporter), or
// nil.
func (f *frame) reporterOf() *filler {
	c := f.c
	if c.tokQuote[f.ti] != 0 {
		return nil
	}
	for _, pi := range c.near(f.si, f.ti) {
		p := &c.d.Phrases[pi]
		if p.Kind != doc.VerbGroup || pi == f.vg || c.cue(p.Lemma)&lang.CueReport == 0 {
			continue
		}
		if p.Passive || p.Negated {
			continue // "it was reported", "did not say"
		}
		rf := &frame{c: c, e: f.e, si: f.si, ti: p.Head, vg: pi, excl: f.excl, own: -1}
		if s, _ := rf.fillAny([]lang.Slot{c.x.Subject}); s != nil && !rf.anaphor {
			s.slot = "reporter"
			s.how = "subject of " + c.d.Form(c.d.Tokens[p.Head].Span) + ": " + s.how
			return s
		}
	}
	return nil
}

// peopleObligee reports whether the candidate is the request of an
// obligation (the reporter slot) whose obligee is a country's people or a
// thing of theirs named by a nationality word alone ("stanowisko Węgier
// … powinno spełniać trzy warunki"): a stated obligation asks a body or a
// named party, and a bare nationality is mostly a thing's owner.
func (f *frame) peopleObligee(cd *candidate) bool {
	e := cd.entry
	if len(e.Source) == 0 || e.Source[0].Pos != "reporter" || cd.target == nil {
		return false
	}
	return f.c.cue(f.c.d.Tokens[cd.trigger].Lemma)&lang.CueObligation != 0 && f.c.people(cd.target)
}
