package events

import (
	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// enclosed reports whether noun phrase p stands inside a stretch set off
// by commas right before verb group vg, with a noun phrase before the
// opening comma: a relative clause or an apposition that interrupts the
// subject and its verb ("Russia, which invaded Ukraine in 2022, attacked
// Poland"; "Kim Jong Un, North Korea's leader, met Putin"). The subject
// of vg is the phrase before the opening comma; clause is true when the
// stretch holds a verb (a clause, whose phrases are never the subject),
// false for an apposition, which names the subject again and may stand
// for it when the phrase before the comma names no actor ("Tanaka, a
// member of the Japanese Liberal Democratic Party, visited Taiwan").
func (f *frame) enclosed(p, vg *doc.Phrase) (in, clause bool) {
	d := f.c.d
	s := d.Sentences[f.si]
	// an infinitive's subject is its governing verb's ("Pakistan, a U.S.
	// ally, has refused to deploy"): look from that verb
	for gov := f.governing(vg); gov != nil && p.End <= gov.First; gov = f.governing(gov) {
		vg = gov
	}
	closing := vg.First - 1
	for closing > p.End && d.Tokens[closing].UPOS == "ADV" {
		closing--
	}
	if closing < p.End || closing < s.FirstToken || d.Form(d.Tokens[closing].Span) != "," {
		return false, false
	}
	for k := p.First - 1; k > s.FirstToken; k-- {
		if d.Form(d.Tokens[k].Span) != "," {
			continue
		}
		if f.introductory(k) {
			return false, false // "On Monday, Russia, which …, attacked"
		}
		// the opening comma: a noun phrase must end right before it; an
		// apposition starts right after it with a noun phrase, anything
		// else ("with 450 people on board", a verb) is a clause
		opened, apposition := false, false
		for _, pi := range f.c.phrases(f.si) {
			q := &d.Phrases[pi]
			switch {
			case q.Kind == doc.NounPhrase && q.End == k:
				opened = true
			case q.Kind == doc.NounPhrase && q.First == k+1 && q.Prep == "":
				apposition = true
			case q.Kind == doc.VerbGroup && q.First > k && q.End <= closing:
				clause = true
			}
		}
		return opened, opened && (clause || !apposition)
	}
	return false, false
}

// introductory reports whether the comma at token k is the first of its
// sentence and ends an adverbial that opens it, a prepositional phrase or
// a subordinate clause ("On Monday, Russia, which …, attacked"; "After
// the talks ended, …"): no noun phrase before it is interrupted there.
// The adverbial starts with an adposition, a subordinating conjunction or
// an adverb.
func (f *frame) introductory(k int) bool {
	d := f.c.d
	first := d.Sentences[f.si].FirstToken
	for first < k && d.Tokens[first].UPOS == "PUNCT" {
		first++ // an opening quotation mark
	}
	for j := first; j < k; j++ {
		if d.Tokens[j].UPOS == "PUNCT" && d.Form(d.Tokens[j].Span) == "," {
			return false
		}
	}
	switch d.Tokens[first].UPOS {
	case "ADP", "SCONJ", "ADV":
		return first < k
	}
	return false
}

// governing returns the verb group an infinitive vg depends on: the one
// that ends right before it or before its "to" ("refused to deploy",
// "will help deploy"), or, for an infinitive coordinated with one before
// it, the one that governs that ("threatened to attack or invade"); or
// nil.
func (f *frame) governing(vg *doc.Phrase) *doc.Phrase {
	if vg.Form != "inf" {
		return nil
	}
	d := f.c.d
	first := d.Sentences[f.si].FirstToken
	end := vg.First
	if end > first && d.Tokens[end-1].UPOS == "PART" {
		end--
	}
	conj := end > first && d.Tokens[end-1].UPOS == "CCONJ"
	for _, pi := range f.c.phrases(f.si) {
		q := &d.Phrases[pi]
		if q.Kind != doc.VerbGroup || q == vg {
			continue
		}
		if q.End == end {
			return q
		}
		if conj && q.End == end-1 && q.Form == "inf" {
			return f.governing(q)
		}
	}
	return nil
}

// infParticle returns the particle right before infinitive vg, after the
// first word of the sentence ("called on Israel to halt", "hired
// Mehdiyev to kill"); -1 when vg is no infinitive or no particle stands
// there.
func (f *frame) infParticle(vg *doc.Phrase) int {
	d := f.c.d
	to := vg.First - 1
	if vg.Form != "inf" || to <= d.Sentences[f.si].FirstToken || d.Tokens[to].UPOS != "PART" {
		return -1
	}
	return to
}

// requestedAct reports whether the trigger's verb group is the infinitive
// a request asks its object to perform ("called on Israel to halt its
// offensive", "urged both sides to show restraint"): the verb before the
// object heads a REQUEST entry, and only the object's phrases, particles,
// prepositions, conjunctions and commas stand between it and "to". The
// request is the event; the act asked for is none of its own yet, nor is
// an infinitive coordinated with it ("urged Egypt to unite and mobilize").
func (f *frame) requestedAct() bool {
	if f.vg < 0 {
		return false
	}
	c, d := f.c, f.c.d
	v := &d.Phrases[f.vg]
	// (an infinitive of that clause is asked for too: "demanded that
	// Germany refuse to recognize it")
	for g := v; g != nil; g = f.governing(g) {
		if f.demandedClause(g) {
			return true
		}
	}
	to := f.infParticle(f.firstConjunct(v))
	if to < 0 {
		return false
	}
	first := d.Sentences[f.si].FirstToken
	objEnd := false // a noun phrase ends right before "to"
	for _, pi := range c.phrases(f.si) {
		if q := &d.Phrases[pi]; q.Kind == doc.NounPhrase && q.End == to {
			objEnd = true
		}
	}
	if !objEnd {
		return false
	}
	for k := to - 1; k >= first; k-- {
		t := &d.Tokens[k]
		if p := c.tokPhrase[k]; p != 0 {
			q := &d.Phrases[p-1]
			if q.Kind == doc.VerbGroup {
				return q.End == k+1 && q.Form == "fin" && c.heads(q.Lemma, ofType("REQUEST"))
			}
			continue
		}
		switch t.UPOS {
		case "ADP", "PART", "CCONJ", "DET":
		case "PUNCT":
			if d.Form(t.Span) != "," {
				return false
			}
		default:
			return false
		}
	}
	return false
}

// conditionTarget returns, for a threat without a target of its own, the
// subject of the condition it sets: "Russia threatened to stop the
// negotiations if the United States goes ahead" threatens the United
// States. The trigger is a THREATEN entry, the infinitive after a verb
// heading one, or a harmful act in the future; the condition is a hypothetical cue conjunction ("if",
// "unless") after the trigger in its sentence, and its subject the noun
// phrase without a preposition right after it, in a language whose
// subject is a position ("subj"; a Polish subject may stand anywhere in
// its clause). nil when there is none.
func (f *frame) conditionTarget() *filler {
	c, d := f.c, f.c.d
	if c.x.Subject.Pos != "subj" {
		return nil
	}
	threat := f.e.Type == "THREATEN"
	if !threat && f.vg >= 0 {
		v := &d.Phrases[f.vg]
		g := f.governing(v)
		threat = g != nil && c.heads(g.Lemma, oneWordVerb("THREATEN")) ||
			// a harmful act announced for the future under a condition
			// is a threat too ("will boycott the elections unless the
			// president steps down": announced, threat.go), or one its
			// source is ready for ("will not hesitate to shut the
			// electricity off if …": willingTo)
			threatening[f.e.Type] && !v.Passive && (c.future(v) || f.willingTo(v))
	}
	if !threat {
		return nil
	}
	s := d.Sentences[f.si]
	k := -1
	for j := f.ti + 1; j < s.EndToken && k < 0; j++ {
		if c.conditionWord(j) {
			k = j
		}
	}
	if k < 0 {
		k = f.conditionBefore()
	}
	if k >= 0 {
		for _, pi := range c.phrases(f.si) {
			p := &d.Phrases[pi]
			if p.Kind != doc.NounPhrase || p.First != k+1 || p.Prep != "" || f.excl[pi] {
				continue
			}
			x := c.participant(pi)
			if x == nil {
				// "If … Tariffs are not dropped by Canada, I will …":
				// the agent of a passive condition
				return f.conditionAgent(k)
			}
			x.slot = "subject of the condition"
			return x
		}
	}
	return nil
}

// conditionAgent returns the agent of the passive verb of the condition
// that hypothetical conjunction k opens, for a condition whose subject
// names no party: "If other tariffs are not dropped by Canada, I will
// increase the tariffs" threatens Canada. The agent is the "by" noun
// phrase after the condition's first verb group, which is passive, and
// before the trigger. nil when there is none.
func (f *frame) conditionAgent(k int) *filler {
	c, d := f.c, f.c.d
	end := d.Sentences[f.si].EndToken
	if f.ti > k && f.ti < end {
		end = f.ti
	}
	var vg *doc.Phrase
	for _, pi := range c.phrases(f.si) {
		p := &d.Phrases[pi]
		if p.First <= k || p.End > end {
			continue
		}
		switch {
		case p.Kind == doc.VerbGroup && vg == nil:
			if !p.Passive {
				return nil
			}
			vg = p
		case vg != nil && p.Kind == doc.NounPhrase && p.Prep == "by" && !f.excl[pi]:
			x := c.participant(pi)
			if x != nil {
				x.slot = "agent of the condition"
			}
			return x
		}
	}
	return nil
}

// conditionWord reports whether token k is a hypothetical cue conjunction
// ("if", "unless"), tagged as a subordinating conjunction or, as the
// English tagger tags them, a preposition.
func (c *coder) conditionWord(k int) bool {
	t := &c.d.Tokens[k]
	return (t.UPOS == "SCONJ" || t.UPOS == "ADP") && c.cue(t.Lemma)&lang.CueHypothetical != 0
}

// conditionBefore returns the conjunction that opens a condition before
// the trigger, at the start of its sentence and closed by a comma before
// the trigger's clause: "If the United States escalates, I will shut the
// electricity off". The article's dateline, opening quotation marks and
// a coordinating conjunction may come first ("WASHINGTON — If …", "But
// if …", "„If …"; conditionStart). A condition may also open a clause
// that another subordinating conjunction introduces ("warned that if
// Canada retaliates, it will …"). -1 when there is none.
func (f *frame) conditionBefore() int {
	c, d := f.c, f.c.d
	s := d.Sentences[f.si]
	k := c.conditionStart(s.FirstToken, f.ti)
	if k >= f.ti || !c.conditionWord(k) {
		k = -1
		for j := f.ti - 1; j > s.FirstToken; j-- {
			if u := d.Tokens[j-1].UPOS; c.conditionWord(j) && (u == "SCONJ" || u == "ADP") && !c.conditionWord(j-1) {
				k = j
				break
			}
		}
		if k < 0 {
			return -1
		}
	}
	for j := k + 1; j < f.ti; j++ {
		if d.Form(d.Tokens[j].Span) == "," {
			return k
		}
	}
	return -1
}

// conditionStart returns the first token from k on (before end) that is
// not part of the article's dateline, an opening quotation mark or a
// coordinating conjunction: where a condition opening a sentence would
// start ("WASHINGTON — If …", "„And if …", "But if …").
func (c *coder) conditionStart(k, end int) int {
	d := c.d
	for k < end {
		t := &d.Tokens[k]
		switch {
		case c.dateline > 0 && t.Start <= c.dateline: // (the dash at c.dateline too)
		case t.Kind != doc.Word && openingQuote(d.Form(t.Span)):
		case t.UPOS == "CCONJ":
		default:
			return k
		}
		k++
	}
	return k
}

// threatening are the types of harmful acts whose announcement is a
// threat (announced, threat.go).
var threatening = map[string]bool{"SANCTION": true, "COERCE": true, "ASSAULT": true, "PROTEST": true}

// demandedClause reports whether verb group v is the verb of a
// clause that a subordinating conjunction opens right after a verb heading
// a REQUEST entry ("demanded that Germany refuse to recognize it",
// "insisted that the army withdraw"): the act is asked for, not done. Only
// the clause's subject (noun phrases) stands between the conjunction and
// the verb. For languages whose subject is a position (English); a Polish
// request's clause has its own rule (control.go).
func (f *frame) demandedClause(v *doc.Phrase) bool {
	c, d := f.c, f.c.d
	if c.x.Subject.Pos != "subj" {
		return false
	}
	first := d.Sentences[f.si].FirstToken
	k := v.First - 1
	for k >= first && c.tokPhrase[k] != 0 && d.Phrases[c.tokPhrase[k]-1].Kind == doc.NounPhrase {
		k--
	}
	if k == v.First-1 || k <= first || d.Tokens[k].UPOS != "SCONJ" && d.Tokens[k].XPOS != "IN" {
		return false
	}
	k--
	for k >= first && d.Tokens[k].UPOS == "ADV" {
		k--
	}
	if k < first || c.tokPhrase[k] == 0 {
		return false
	}
	q := &d.Phrases[c.tokPhrase[k]-1]
	return q.Kind == doc.VerbGroup && q.Form == "fin" && q.End == k+1 &&
		c.heads(q.Lemma, ofType("REQUEST"))
}

// clauseBoundary reports whether a conjunction that opens a clause stands
// between noun phrase p and verb group vg, both in an English sentence: p
// then belongs to the clause before it and is not vg's subject ("told a
// court on Tuesday that he tried to kill": the court tried nothing). A
// conjunction is a word tagged as a preposition or conjunction that is in
// no phrase and is followed by a noun phrase without a preposition, its
// clause's subject (a preposition's phrase carries it as its Prep; "about
// to restore" opens no clause).
//
// The subject of the verb before the conjunction may still stand for a
// pronoun subject after it, which the subject search passes over ("Nigeria
// announced that it will withdraw"); only a phrase after a finite verb, in
// its predicate ("a court" in "told a court that he …"), is refused.
func (f *frame) clauseBoundary(p, vg *doc.Phrase) bool {
	c, d := f.c, f.c.d
	after := false // p follows a finite verb: it is in that verb's predicate
	for _, pi := range c.phrases(f.si) {
		if q := &d.Phrases[pi]; q.Kind == doc.VerbGroup && q.Form == "fin" && q.End <= p.First {
			after = true
		}
	}
	if !after {
		return false
	}
	for k := p.End; k < vg.First; k++ {
		t := &d.Tokens[k]
		if t.UPOS != "ADP" && t.UPOS != "SCONJ" || c.tokPhrase[k] != 0 {
			continue
		}
		for _, pi := range c.phrases(f.si) {
			if q := &d.Phrases[pi]; q.First == k+1 && q.Kind == doc.NounPhrase && q.Prep == "" {
				return true // the subject of the clause it opens
			}
		}
	}
	return false
}

// objectController returns the noun phrase that is the subject of the
// trigger's infinitive by object control, in a language whose subject is a
// position: a finite verb, its object right after it (a noun phrase
// without a preposition, with the phrases coordinated to it), then the
// particle ("to") and the infinitive: "hired Mehdiyev to kill Alinejad",
// "forced the rebels to leave the town". The object, not the verb's
// subject, does the act. -1 when the trigger is no such infinitive.
func (f *frame) objectController() int {
	c, d := f.c, f.c.d
	if c.x.Subject.Pos != "subj" || f.vg < 0 {
		return -1
	}
	to := f.infParticle(&d.Phrases[f.vg])
	if to < 0 {
		return -1
	}
	ph := c.phrases(f.si)
	end, obj := to, -1 // walk back over the object and its coordinated phrases
	for k := len(ph) - 1; k >= 0; k-- {
		q := &d.Phrases[ph[k]]
		if q.End > end {
			continue
		}
		if q.End < end {
			// a conjunction between coordinated phrases
			if obj < 0 || q.End+1 != end || !d.Phrases[obj].Coordinated {
				break
			}
		}
		switch {
		case q.Kind == doc.NounPhrase && q.Prep == "" && (obj < 0 || d.Phrases[obj].Coordinated):
			if u := d.Tokens[q.Head].UPOS; u != "NOUN" && u != "PROPN" && u != "PRON" {
				return -1 // "is due to meet": no object
			}
			obj, end = ph[k], q.First
		case q.Kind == doc.VerbGroup && obj >= 0 && q.Form == "fin" && q.End == end && !q.Passive &&
			c.cue(q.Lemma)&lang.CueCopula == 0:
			return obj
		default:
			return -1
		}
	}
	return -1
}

// allegedAct reports whether the trigger's infinitive is what an
// accusation alleges: its chain of governing verbs ("planning to kidnap")
// starts right after a preposition that follows a verb heading an ACCUSE
// entry, with or without its object between ("were accused of planning to
// kidnap", "charged the men with plotting to kill"). The accusation is the
// event; the act alleged is none of its own. English word order only.
func (f *frame) allegedAct() bool {
	c, d := f.c, f.c.d
	if c.x.Subject.Pos != "subj" || f.vg < 0 || d.Phrases[f.vg].Form != "inf" {
		return false
	}
	top := &d.Phrases[f.vg]
	for g := f.governing(top); g != nil; g = f.governing(g) {
		top = g
		if g.Form != "inf" {
			break
		}
	}
	first := d.Sentences[f.si].FirstToken
	k := top.First - 1
	if k <= first || d.Tokens[k].UPOS != "ADP" || c.tokPhrase[k] != 0 {
		return false
	}
	k--
	for k >= first && c.tokPhrase[k] != 0 && d.Phrases[c.tokPhrase[k]-1].Kind == doc.NounPhrase {
		k--
	}
	if k < first || c.tokPhrase[k] == 0 {
		return false
	}
	q := &d.Phrases[c.tokPhrase[k]-1]
	return q.Kind == doc.VerbGroup && q.End == k+1 &&
		c.heads(q.Lemma, ofType("ACCUSE"))
}

// firstConjunct returns the first of the infinitives coordinated with
// infinitive vg ("to unite and mobilize": unite), or vg itself.
func (f *frame) firstConjunct(vg *doc.Phrase) *doc.Phrase {
	d := f.c.d
	first := d.Sentences[f.si].FirstToken
	for vg.Form == "inf" {
		end := vg.First
		if end <= first || d.Tokens[end-1].UPOS != "CCONJ" {
			return vg
		}
		var prev *doc.Phrase
		for _, pi := range f.c.phrases(f.si) {
			if q := &d.Phrases[pi]; q.Kind == doc.VerbGroup && q.Form == "inf" && q.End == end-1 {
				prev = q
			}
		}
		if prev == nil {
			return vg
		}
		vg = prev
	}
	return vg
}
