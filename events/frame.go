package events

import (
	"slices"
	"strings"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// frame fills the slots of one trigger's entry from the noun phrases of its
// sentence.
type frame struct {
	c       *coder
	e       *lang.EventEntry
	si, ti  int
	vg      int // the trigger's verb group, -1 for a noun trigger
	nominal bool
	excl    map[int]bool // phrases that cannot fill a slot
	own     int          // the noun phrase of the trigger itself, -1 for none
	anaphor bool         // the last fill's best-fitting phrase is a pronoun ("on", "he")
	pronoun int          // that pronoun's phrase, when anaphor
	top     int          // the last fill's best-fitting phrase, named or not; -1 for none
}

// fill returns the best participant for one of slots, the earlier slots
// preferred, or nil.
func (f *frame) fill(slots []lang.Slot) *filler {
	best, _ := f.fillAny(slots)
	return best
}

// fillAny is fill that also reports whether any phrase fit a slot, even
// one that names no known actor.
func (f *frame) fillAny(slots []lang.Slot) (best *filler, fit bool) {
	bestScore, topFit := -1e9, -1e9
	f.anaphor = false
	f.top = -1
	topPhrase := -1
	for rank, sl := range slots {
		for _, pi := range f.c.near(f.si, f.ti) {
			if f.excl[pi] && !(pi == f.own && (sl.Pos == "adj" || sl.Pos == "poss")) {
				continue
			}
			p := &f.c.d.Phrases[pi]
			who := pi // the phrase whose participant fills the slot
			if p.Kind != doc.NounPhrase {
				continue
			}
			if p.Coordinated {
				// "a Kenyan and Ugandan attack": the trigger's own phrase
				// ends a list of the modifiers it shares (en_coordination.go)
				if who = f.sharedModifiers(pi, sl.Pos); who < 0 {
					continue
				}
			}
			if p.First > f.ti && f.c.cue(f.c.d.Tokens[p.Head].Lemma)&lang.CueRelative != 0 {
				continue // a relative pronoun belongs to the verb after it
			}
			score, ok := f.match(sl, pi)
			if !ok {
				continue
			}
			fit = true
			score -= 3 * float64(rank)
			if score > topFit {
				// the phrase that fits best, named or not: a pronoun there
				// points back to an earlier participant
				topFit, topPhrase = score, pi
				f.top = pi
				f.anaphor = f.c.cue(f.c.d.Tokens[p.Head].Lemma)&lang.CueAnaphor != 0
				f.pronoun = pi
			}
			if score <= bestScore {
				continue
			}
			part := f.c.participant(who)
			if part == nil {
				continue
			}
			// the article's main country stands in for a participant,
			// not for a modifier ("CAATSA sanctions")
			if part.guessed && (sl.Pos == "adj" || sl.Pos == "poss") {
				continue
			}
			part.slot = sl.String()
			best, bestScore = part, score
		}
	}
	if best != nil && topPhrase >= 0 && topPhrase != best.phrase && topFit > bestScore+0.5 && f.thingSubject(slots, topPhrase) {
		// the verb's subject is a thing, not an actor: "Wolny rynek
		// zamordował francuski przemysł" is no act of French industry
		return nil, true
	}
	if topPhrase >= 0 && f.c.cue(f.c.d.Tokens[f.c.d.Phrases[topPhrase].Head].Lemma)&lang.CueRelative != 0 {
		// a relative pronoun stands for the phrase before its comma:
		// "delegacja, która przybyła do Pjongjangu"
		best = nil
		f.excl[topPhrase] = true // it fills no other slot
		if a := f.c.antecedent(topPhrase); a >= 0 {
			if best = f.c.participant(a); best != nil {
				best.slot = "relative pronoun"
				best.how = "antecedent of " + f.c.d.Form(f.c.d.Tokens[f.c.d.Phrases[topPhrase].Head].Span) + ": " + best.how
			}
		}
	}
	return best, fit
}

// titled adds to f, named by an entity of phrase pi that the actor base
// codes by its country alone, the sector of a title before the name:
// "Bree Prime Minister Romendacil" is BRE GOV.
func (c *coder) titled(pi int, f *filler) *filler {
	if f != nil && f.part.Country != "" && f.part.Actor == f.part.Country {
		if s := c.titleSector(pi); s != "" {
			f.part.Actor = f.part.Country + s
			f.how += " + title " + s
		}
	}
	return f
}

// afterNoun reports whether noun phrase pi follows another noun phrase
// without a preposition and with no word between them, one that is no
// time expression ("W środę premier Polski zapowiedziała": no genitive of
// "środę").
func (c *coder) afterNoun(pi int) bool {
	p := &c.d.Phrases[pi]
	r := c.sentPh[p.Sentence]
	if pi-1 < r[0] || p.Prep != "" {
		return false
	}
	q := &c.d.Phrases[pi-1]
	if q.Kind != doc.NounPhrase || !c.adjacent(q.End, p.First) || q.Cases == 0 {
		return false
	}
	if c.cue(c.d.Tokens[q.Head].Lemma)&lang.CueRelative != 0 {
		return false // a relative pronoun takes no genitive: "którą | USA wspierają"
	}
	return !c.inTime(q)
}

// inflectedPlace reports whether noun phrase pi is a place name written
// in a form other than its base one, which the tagger may have read as a
// nominative of another word: "Węgier" (Węgry's genitive, or "a
// Hungarian"), "Niemiec", "Chin". Such a name after a noun is its
// genitive: "Minister spraw zagranicznych Węgier".
func (c *coder) inflectedPlace(pi int) bool {
	d := c.d
	p := &d.Phrases[pi]
	ei := c.tokEnt[p.Head]
	if ei == 0 || d.Entities[ei-1].Type != "GPE" {
		return false
	}
	start, end := d.Tokens[p.First].Start, d.Tokens[p.End-1].End
	for _, m := range d.Entities[ei-1].Mentions {
		if m.Start <= start && end <= m.End {
			return m.Lemma != "" && !strings.EqualFold(m.Lemma, d.Form(m.Span))
		}
	}
	return false
}

// inTime reports whether phrase p overlaps a date expression of its
// sentence ("W środę", "Miesiąc temu").
func (c *coder) inTime(p *doc.Phrase) bool {
	start, end := c.d.Tokens[p.First].Start, c.d.Tokens[p.End-1].End
	for _, ti := range c.sentTimes[p.Sentence] {
		if t := &c.d.Times[ti]; t.Start < end && start < t.End {
			return true
		}
	}
	return false
}

// antecedent returns the noun phrase a relative pronoun phrase pi refers
// to: the one that ends right before its comma (the name at the end of
// "prezydent Francji Emmanuel Macron, który"), or the nearest before it in
// its chain that agrees with the pronoun; -1 when none does.
func (c *coder) antecedent(pi int) int {
	d := c.d
	p := &d.Phrases[pi]
	comma := p.First - 1
	if p.Prep != "" {
		comma-- // "z którym"
	}
	r := c.sentPh[p.Sentence]
	if comma <= d.Sentences[p.Sentence].FirstToken || d.Form(d.Tokens[comma].Span) != "," {
		return -1
	}
	for k := pi - 1; k >= r[0]; k-- {
		q := &d.Phrases[k]
		if q.End == comma && q.Kind == doc.NounPhrase {
			// "który" agrees with what it stands for in gender and
			// number: in "prezydent Francji, który" it is the president,
			// back through the chain of phrases before the comma; in
			// "pierwszym w Polsce, który zawarł" it is not Poland
			for j := k; j >= r[0]; j-- {
				a := &d.Phrases[j]
				if a.Kind != doc.NounPhrase || j < k && a.End != d.Phrases[j+1].First || j < k && d.Phrases[j+1].Prep != "" {
					break
				}
				if genderNumber(p.Agree).Agrees(genderNumber(a.Agree)) {
					return j
				}
			}
			return -1
		}
		if q.End < comma {
			break
		}
	}
	return -1
}

// thingSubject reports whether phrase pi, the best fit of slots, is a
// verb's nominative subject that names no actor and leaves no doubt:
// slots are the subject alone, pi stands before an active finite verb of
// the third person, it is a
// common noun that is no time expression or pronoun and only a nominative.
func (f *frame) thingSubject(slots []lang.Slot, pi int) bool {
	c := f.c
	if f.vg < 0 || len(slots) != 1 || slots[0] != c.x.Subject || c.x.Subject.Case == "" {
		return false
	}
	v := &c.d.Phrases[f.vg]
	p := &c.d.Phrases[pi]
	if v.Passive || v.Form != "fin" || v.Agree&doc.Person3 == 0 || p.End > v.First || p.Prep != "" || p.Cases != doc.Nom && p.Cases != doc.Nom|doc.Acc {
		return false
	}
	head := &c.d.Tokens[p.Head]
	if head.UPOS != "NOUN" || c.cue(head.Lemma) != 0 || c.participant(pi) != nil {
		return false
	}
	return !c.inTime(p)
}

// match scores how well noun phrase pi fits slot sl of the trigger; ok is
// false when it cannot fill it.
func (f *frame) match(sl lang.Slot, pi int) (score float64, ok bool) {
	c, x := f.c, f.c.x
	p := &c.d.Phrases[pi]
	surface := sl.Pos == "before" // the subject as it stands: petrarch_match.go
	if surface {
		sl = x.Subject
	}
	dist := float64(tokDist(p, f.ti))
	score = 10 - 0.25*dist
	// another finite verb between the trigger and the phrase puts it in
	// another clause ("współpracują w dyskusji o projekcie, który ma
	// połączyć Rosję z Niemcami"): only a subject may come from there, as
	// in "Kim podkreślił … oraz wyraził wsparcie"
	if f.vg >= 0 {
		if across, subj := c.acrossRelative(pi, f.ti); across && !(subj && sl == x.Subject) {
			return 0, false // relative.go
		} else if across {
			score -= 4 // a subject inside the clause first
		}
	}
	crossed := f.verbBetween(pi)
	if crossed && !(f.vg >= 0 && (sl == x.Subject || f.passiveSubject(sl, p)) && p.First < f.ti) {
		// (a subject after the verb and past another one belongs to
		// that one: "zarzuciła … i oświadczyła, że argumentacja …")
		return 0, false
	}
	if crossed && x.Subject.Case != "" {
		score -= 3 // a subject past another verb, only when none nearer fits
	}
	if sl.Pos == "after" {
		return f.after(p, score)
	}
	if open, close := f.brackets(p); open >= 0 && !(open < f.ti && f.ti < close) {
		// a remark in brackets is no argument of a verb outside them:
		// "minister Brigitte Zypries (SPD)", "(sąd uznał, że …)"
		return 0, false
	}
	if sl != x.Subject && c.coAgent(pi) {
		// "wraz z mężem", "razem z prezydentem Łotwy" name one who acts
		// with the subject, no one acted on (comitative, control.go)
		return 0, false
	}
	if f.vg >= 0 && sl == x.Object && p.End <= f.ti && f.clauseObject() {
		// a verb whose object is the clause right after it has none
		// before it: "Roskomnadzor uznał ponadto, że …"
		return 0, false
	}
	if (f.vg >= 0 || f.nominal) && p.First > f.ti && f.subordinateBetween(f.ti+1, p.First) {
		// an object or argument stands in the trigger's own clause, not
		// in a clause a conjunction opens after it: "uznał, że Rosja …",
		// "zagrozili protestami, jeśli Bibi zostanie uwolniona"; nor is
		// its subject, the subject of the clause's own verb: "Merkel
		// podkreśliła w rozmowie z Putinem, że Ukraina nie może …"; a noun
		// takes no party from there either
		return 0, false
	}
	if f.vg >= 0 {
		vg := &c.d.Phrases[f.vg]
		if vg.Passive && !surface {
			// the object is the subject, the subject the agent
			switch sl {
			case x.Object:
				sl = x.Subject
			case x.Subject:
				sl = x.Agent
			}
		}
		if sl == x.Subject {
			if c.d.Tokens[p.Head].UPOS == "PROPN" && (c.inTitledPP(pi) || c.titleName(pi)) {
				// the name of a title governed by a preposition: "z
				// minister spraw zagranicznych Estonii Evą-Marią Liimets"
				return 0, false
			}
			if (p.Cases&doc.Gen != 0 || c.inflectedPlace(pi)) && f.c.afterNoun(pi) {
				// the genitive of the noun before it, not a subject:
				// "Minister obrony Niemiec zapowiedział" (a German, "Niemiec",
				// would be a nominative)
				return 0, false
			}
			return f.subject(p, vg, score)
		}
		if sl == x.Object && sl.Pos == "obj" {
			if p.Prep != "" || p.First < vg.End || p.First > vg.End+3 && p.First > c.infinitiveChain(vg.End)+1 || f.clauseAfterComma(p) {
				return 0, false
			}
			return score, true
		}
	} else {
		// a noun: its subject and object stand after it in the genitive
		// ("wizyta Putina"), or in "of"/"by" ("the visit of", "attack by")
		switch {
		case sl.Pos == "adj" || sl.Pos == "poss":
			return f.modifier(p)
		case sl == x.Subject || sl == x.Object || sl.Case == "gen" && sl.Prep == "":
			return f.genitive(p, score)
		}
	}
	switch {
	case sl.Pos == "subj" || sl.Pos == "obj" || sl.Pos == "adj" || sl.Pos == "poss":
		return 0, false
	case sl.Prep != "":
		if p.Prep != sl.Prep {
			return 0, false
		}
		if sl.Case != "" && p.Cases != 0 && p.Cases&doc.CaseOf(sl.Case) == 0 {
			// a foreign name the dictionary does not know may carry a
			// guessed case ("z Xi Jinpingiem"), and an indeclinable title
			// is followed by the name that shows the case ("z kanclerz
			// Niemiec Angelą Merkel"): the preposition decides
			if c.d.Tokens[p.Head].UPOS == "PROPN" && c.knownCaseless(p, doc.CaseOf(sl.Case)) {
				return 0, false // pl_roles.go
			}
			if c.d.Tokens[p.Head].UPOS != "PROPN" {
				if c.sectorOf(pi) == "" && c.titleNounSector(p) == "" {
					return 0, false // "ze strony RPA" is no "z" + instrumental
				}
				part := c.participant(pi)
				if part == nil || !strings.HasPrefix(part.how, "apposition") && !strings.HasPrefix(part.how, "genitive") {
					return 0, false
				}
			}
			score -= 2
		}
		if p.First < f.ti {
			if f.nominal && f.vg < 0 && f.c.x.Subject.Pos == "subj" {
				// an English noun's prepositional argument follows it:
				// "pointed to China's measures … Beijing's demands" has
				// no demand to China
				return 0, false
			}
			score -= 2 // a prepositional argument mostly follows its verb
		}
		return score, true
	default:
		if p.Prep != "" || p.Cases&doc.CaseOf(sl.Case) == 0 {
			return 0, false
		}
		if f.vg >= 0 && f.nounGenitive(pi) {
			return 0, false // the genitive of the noun before it (pl_roles.go)
		}
		return score, true
	}
}

// subject scores p as the subject of verb group vg: a nominative that
// agrees with it (Polish), or the nearest phrase before it without a
// preposition (English).
func (f *frame) subject(p *doc.Phrase, vg *doc.Phrase, score float64) (float64, bool) {
	x := f.c.x
	if p.Prep != "" {
		return 0, false
	}
	if x.Subject.Pos == "subj" {
		if p.End > vg.First || f.clauseBoundary(p, vg) || f.inRestrictiveRelative(p, vg) {
			return 0, false // (en_relative.go)
		}
		if end := f.sharedSubjectEnd(vg); end >= 0 && p.End > end {
			return 0, false // in the first predicate: en_predicates.go
		}
		if in, clause := f.enclosed(p, vg); in {
			if clause {
				return 0, false
			}
			score -= 6 // an apposition: the phrase before it first
		}
		return score + 1, true
	}
	counted := f.c.countedSubject(p)
	if p.Cases&doc.CaseOf(x.Subject.Case) == 0 && !counted {
		// a foreign name the dictionary inflects wrongly ("Zacharowa"
		// read as a genitive of "Zacharow") right before its verb, or
		// with only adverbials between ("Asia Bibi w 2010 roku została
		// skazana")
		// (or an acronym, which does not inflect: "MSZ Rosji wezwało")
		c := f.c
		if c.d.Tokens[p.Head].UPOS != "PROPN" || p.End > vg.First || !c.adjunctsOnly(p.End, vg.First) || c.tokEnt[p.Head] == 0 ||
			c.d.Entities[c.tokEnt[p.Head]-1].Type != "PERSON" && !c.acronymSubject(p, vg) {
			return 0, false
		}
		return score - 3, true
	}
	if p.End <= vg.First && p.Cases&doc.Acc != 0 && f.c.objectOfVerbBefore(p, vg) {
		// the object of the verb before, not the subject of this one:
		// "Prezydent Francji odwiedził Kijów i spotkał się z …"
		return 0, false
	}
	agree := f.c.subjectAgreement(p)
	if counted {
		// a counted subject takes the neuter singular or the plural:
		// "kilkuset demonstrantów zaatakowało", "setki zwolenników blokowały"
		agree &^= doc.Numbers | doc.Genders
	}
	if !vg.Agree.Agrees(agree) && !f.c.acronymSubject(p, vg) {
		// a woman holding an office whose title is masculine: "Kanclerz
		// Niemiec zaprosiła", "premier zapowiedziała"
		if !(agree&doc.Genders == doc.Masc1 && agree&doc.Sing != 0 && vg.Agree.Agrees(agree&^doc.Genders|doc.Fem|doc.Sing) &&
			officeSector[f.c.x.Sectors[strings.ToLower(f.c.d.Tokens[p.Head].Lemma)]] || f.c.personNamed(p, agree, vg)) {
			return 0, false
		}
		score -= 0.5
	}
	if f.plInsertion(p, vg) {
		score -= 6 // an apposition: the phrase before it first (pl_apposition.go)
	}
	if p.End <= vg.First {
		score += 1 // the usual order; the other is allowed ("Kima odwiedził Putin")
	} else if p.Cases&doc.Acc != 0 {
		// after the verb and as well its object: the subject only when
		// nothing before the verb can be ("Prezydent Francji, który wraz z
		// … odwiedził Kijów" did not host Kyiv's visit)
		score -= 3
	}
	return score, true
}

// modifier accepts an entity inside the trigger's own phrase before the
// trigger: "amerykańskie sankcje", "US sanctions", "Putin's visit".
func (f *frame) modifier(p *doc.Phrase) (float64, bool) {
	if !(p.First <= f.ti && f.ti < p.End) {
		return 0, false
	}
	for t := p.First; t < f.ti; t++ {
		if f.c.tokEnt[t] != 0 {
			return 12, true
		}
	}
	return 0, false
}

// genitive accepts the phrase right after a noun trigger (after its
// companions), without a preposition, in the genitive when the language
// has cases, or with a genitive or agent preposition ("of", "by").
func (f *frame) genitive(p *doc.Phrase, score float64) (float64, bool) {
	own := f.c.nounPhrase(f.ti)
	end := f.ti + 1
	if own >= 0 {
		end = f.c.d.Phrases[own].End
	}
	if p.First != end {
		return 0, false
	}
	if p.Cases != 0 {
		if p.Prep != "" || p.Cases&doc.Gen == 0 {
			return 0, false
		}
	} else if f.c.x.Cues[p.Prep]&lang.CueGenitive == 0 && p.Prep != f.c.x.Agent.Prep {
		return 0, false
	}
	return score + 1, true
}

func tokDist(p *doc.Phrase, ti int) int {
	switch {
	case ti < p.First:
		return p.First - ti
	case ti >= p.End:
		return ti - p.End + 1
	}
	return 0
}

// subjectAgreement returns the agreement noun phrase p asks of its verb
// as its subject: its nominative agreement where that differs, plural
// when another phrase is coordinated with it ("Polska i Niemcy").
func (c *coder) subjectAgreement(p *doc.Phrase) doc.Agreement {
	agree := p.Agree
	if p.NomAgree != 0 {
		agree = p.NomAgree
	}
	if c.hasCoordinated(p) {
		agree = agree&^doc.Numbers | doc.Plur
	}
	return agree
}

// hasCoordinated reports whether a phrase coordinated with p follows it.
func (c *coder) hasCoordinated(p *doc.Phrase) bool {
	end := c.genitivesEnd(p) // "Rząd Francji i Watykan": pl_coordination.go
	for _, pi := range c.near(p.Sentence, end) {
		q := &c.d.Phrases[pi]
		if q.Kind == doc.NounPhrase && q.Coordinated && q.First > end-1 && (q.First <= end+1 || c.english() && c.linked(end, q)) && (end == p.End || c.sameCase(p, q) && c.conjoined(q)) {
			return true
		}
	}
	return false
}

// coordinated returns the participants of the phrases coordinated with
// phrase pi ("z Kimem i Łukaszenką": Łukaszenką), in order.
func (f *frame) coordinated(pi int) []*filler {
	if pi < 0 {
		return nil
	}
	var out []*filler
	c := f.c
	head := &c.d.Phrases[pi]
	last := head.End
	r := c.sentPh[head.Sentence] // pi's own sentence: a subject may come from the one before
	k0 := pi + 1
	if end := c.genitivesEnd(head); end != head.End {
		// past the genitives that complete it, a phrase in its case:
		// "Rząd Francji i Watykan" (pl_coordination.go)
		for k0 < r[1] && c.d.Phrases[k0].End <= end {
			k0++
		}
		if k0 < r[1] && c.d.Phrases[k0].Coordinated && c.sameCase(head, &c.d.Phrases[k0]) && c.conjoined(&c.d.Phrases[k0]) {
			last = end
		} else {
			k0 = pi + 1
		}
	}
	for k := k0; k < r[1]; k++ {
		q := &c.d.Phrases[k]
		if q.Kind != doc.NounPhrase {
			continue
		}
		// one word between: "and", or the comma of a list; two: ", and"
		if !q.Coordinated || q.First > last+2 && !(c.english() && c.linked(last, q)) {
			break
		}
		if part := c.participant(k); part != nil {
			part.slot = "coordinated"
			out = append(out, part)
		}
		last = q.End
	}
	return out
}

// participant resolves noun phrase pi to an actor: an entity mentioned in
// it (its head first), else a nationality word with the sector its head
// names ("rosyjska delegacja" → RUS GOV), else a name in apposition or a
// genitive after it ("sekretarzem stanu USA Mikem Pompeo", "w stolicy Korei
// Północnej", "delegacja Rosji"). A sector noun or a name the actor base
// does not know stands, at a lower confidence, for the article's main
// country ("policja zatrzymała" in a story about Pakistan).
// countryGenitive returns the phrase right after noun phrase pi that is a
// genitive naming a country ("MSZ Litwy"), or -1.
func (c *coder) countryGenitive(pi int) int {
	d := c.d
	p := &d.Phrases[pi]
	k := pi + 1
	if k >= c.sentPh[p.Sentence][1] {
		return -1
	}
	q := &d.Phrases[k]
	if q.Kind != doc.NounPhrase || q.Prep != "" || q.First != p.End || q.Cases&doc.Gen == 0 || c.tokEnt[q.Head] == 0 {
		return -1
	}
	if g := &d.Entities[c.tokEnt[q.Head]-1]; g.Type != "GPE" || g.Country == "" || g.Actor != g.Country {
		return -1
	}
	return k
}

func (c *coder) participant(pi int) *filler {
	d := c.d
	p := &d.Phrases[pi]
	if c.inDateline(p) {
		return nil
	}
	text := d.Text[d.Tokens[p.First].Start:d.Tokens[p.End-1].End]
	head := strings.ToLower(d.Tokens[p.Head].Lemma)
	sector := c.sectorOf(pi)
	title := ""
	if sector == "" {
		title = c.titleNounSector(p)
		sector = title
	}
	if f := c.counted(pi); f != nil {
		return f // "setki zwolenników", "2 tys. demonstrantów": quantity.go
	}
	if sector == "" {
		sector = c.headcountSector(pi) // "Thousands protested": en_headcount.go
	}
	fl := &filler{phrase: pi, via: pi, agree: p.Agree}
	pick := func(ei int, how string) *filler {
		e := &d.Entities[ei]
		if e.Type == "EVENT" || e.Type == "PRODUCT" && !(c.things && ownedThing(e)) {
			return nil
		}
		fl.ent = ei + 1
		fl.thing = e.Type == "PRODUCT"
		fl.part = doc.Participant{Entity: e.ID, Actor: e.Actor, Country: e.Country, Text: text}
		fl.how = how + " " + e.ID + " " + e.Name
		if e.Type == "ORG" && e.Country != "" && strings.HasPrefix(e.Actor, e.Country) {
			// a nationality word on a body's common name says whose it
			// is: "rosyjskiego MSZ" is Russia's ministry whatever the
			// name's other mentions were linked to
			if nc := c.norpBefore(fl.via, ei); nc != "" && nc != e.Country {
				fl.part.Country = nc
				fl.part.Actor = nc + strings.TrimPrefix(e.Actor, e.Country)
				fl.how += " (" + nc + "'s, by the nationality word before it)"
			}
		}
		if e.Type == "GPE" && sector != "" && c.tokEnt[p.Head] != int32(ei+1) && e.Country != "" {
			// a country's name on a sector noun: "U.S. officials"
			fl.part.Actor = e.Country + sector
			fl.body = true
		}
		if e.Type == "NORP" {
			// a nationality word names a country's people or, with a
			// sector noun, its body: "rosyjska delegacja" is RUS GOV
			// (a group's word, "unijny", its body: pl_group.go)
			country := e.Country
			if sc := c.sharedDemonym(e); sc != "" {
				// "Dominican", "Congolese": en_demonym.go
				country = sc
				fl.part.Country = sc
			}
			if g := groupOf(e); g != "" {
				country = g
				fl.part.Country = g
			}
			fl.ent = 0
			fl.part.Entity = ""
			fl.part.Actor = country
			if sector != "" && country != "" {
				fl.part.Actor = country + sector
			}
			fl.how = "nationality " + e.Name + " + " + head
		}
		if fl.part.Country == "" && fl.part.Actor == "" && e.Type == "ORG" && c.cased() {
			if nc := c.norpBefore(fl.via, ei); nc != "" {
				// "Holenderski MSZ", a body the base does not know: its
				// nationality word names its country (pl_object.go)
				return c.nationalBody(fl, nc, sector)
			}
		}
		if fl.part.Country == "" && fl.part.Actor == "" && e.Type == "ORG" {
			// "the Copenhagen-based Alliance of Democracies": en_seat.go
			if sc := c.seatCountry(fl.via); sc != "" {
				fl.part.Country = sc
				fl.how += " (based in " + sc + ", the text says)"
			}
		}
		if fl.part.Country == "" && fl.part.Actor == "" && e.Type == "ORG" && sector != "" && c.cased() {
			if k := c.countryGenitive(pi); k >= 0 {
				// "MSZ Litwy", a body the base does not know: the
				// country in the genitive after it is whose it is
				g := &d.Entities[c.tokEnt[d.Phrases[k].Head]-1]
				fl.via, fl.body = k, true
				fl.part.Country, fl.part.Actor = g.Country, g.Country+sector
				fl.how += " (unknown to the actor base: " + g.Country + "'s, by the genitive after it)"
				return fl
			}
		}
		if fl.part.Country == "" && fl.part.Actor == "" {
			main, about := c.mainAt(p.Sentence)
			if main == "" || !(e.Type == "ORG" || how == "entity" && unknownTitled(e.Type, title)) {
				return nil
			}
			fl.part.Country, fl.guessed = main, true
			if e.Type == "PERSON" {
				fl.part.Actor = main + sector
			}
			fl.how += " (unknown to the actor base: the country of " + about + ")"
		}
		return fl
	}
	// an entity the actor base does not know leaves the nationality word
	// beside it to name the actor ("British Defence Secretary Tom King")
	if e := c.tokEnt[p.Head]; e != 0 && d.Entities[e-1].Type != "PERSON" &&
		!(d.Entities[e-1].Type == "NORP" && d.Entities[e-1].Country == "") {
		return c.titled(pi, pick(int(e-1), "entity"))
	}
	norp, unknown := -1, -1
	for t := p.First; t < p.End; t++ {
		if e := c.tokEnt[t]; e != 0 {
			if d.Entities[e-1].Type == "NORP" {
				// the first that names a country: "the Syrian Kurdish militia"
				if norp < 0 || d.Entities[norp].Country == "" {
					norp = int(e - 1)
				}
				continue
			}
			if d.Entities[e-1].Country == "" && d.Entities[e-1].Actor == "" {
				if unknown < 0 {
					unknown = int(e - 1)
				}
				continue
			}
			return c.titled(pi, pick(int(e-1), "entity"))
		}
	}
	if norp >= 0 {
		if f := pick(norp, ""); f != nil {
			return f
		}
	}
	if unknown >= 0 {
		fl = &filler{phrase: pi, via: pi, agree: p.Agree}
		if f := pick(unknown, "entity"); f != nil || !c.namedKind(pi, sector, title) {
			return f
		}
		// an unknown name on a sector noun ("3R rebels", "Seleka
		// rebels") is a description: descriptions.go
		fl = &filler{phrase: pi, via: pi, agree: p.Agree}
	}
	// a name in apposition or a genitive after it: "sekretarzem stanu USA
	// Mikem Pompeo", "w stolicy Korei Północnej", "delegacja Rosji"
	r := c.sentPh[p.Sentence]
	end := p.End
	last := pi + 3
	for k := pi + 1; k < r[1] && k <= last; k++ {
		q := &d.Phrases[k]
		field := q.First > end && c.portfolio(end, q.First)
		if q.Kind != doc.NounPhrase || q.Prep != "" && c.x.Cues[q.Prep]&lang.CueGenitive == 0 && !c.origin(q, sector) && !(k == pi+1 && c.speaksFor(p, q)) ||
			q.First != end && !(q.Prep != "" && q.First == end+1) && !(field && q.Prep == "") {
			break
		}
		end = q.End
		if field {
			// the field of an office, no owner of it: "asystentem ds.
			// energii sekretarza stanu USA" is the USA's, not energy's;
			// its genitive does not count against the reach
			last++
			continue
		}
		e := c.tokEnt[q.Head]
		if e == 0 {
			// a name inside the genitive: "the brutality of the Myanmar military"
			for t := q.First; t < q.End && e == 0; t++ {
				if x := c.tokEnt[t]; x != 0 && d.Entities[x-1].Type != "PERSON" {
					e = x
				}
			}
			if e == 0 {
				continue
			}
			if hs := c.x.Sectors[strings.ToLower(d.Tokens[q.Head].Lemma)]; hs != "" && sector == "" {
				sector = hs
			}
		}
		ent := &d.Entities[e-1]
		switch {
		case ent.Type == "PERSON" && (q.Cases == 0 || p.Cases == 0 || q.Cases&p.Cases != 0 || k == pi+1 && c.titleName(k)):
			fl.via = k
			return pick(int(e-1), "apposition")
		case ent.Type == "PERSON" && p.Prep != "" && q.Prep == "" && sector != "" && q.Cases&doc.Gen == 0:
			// a title that does not decline for a woman, its name
			// shows the case: "z kanclerz Angelą Merkel", "z sekretarz
			// stanu Condoleezzą Rice"
			fl.via = k
			return pick(int(e-1), "apposition")
		case ent.Type == "PERSON" && sector != "" && q.Cases&doc.Gen != 0 && ent.Country != "":
			// a person's people: "rodzina Asii Bibi", "rzecznik Putina"
			fl.via = k
			if f := pick(int(e-1), "genitive"); f != nil {
				f.ent, f.part.Entity, f.body = 0, "", true
				f.part.Actor = ent.Country + sector
				return f
			}
		case ent.Type == "PERSON" && sector == "" && q.Prep == "" && (q.Cases == 0 || q.Cases&doc.Gen != 0) &&
			(c.actNoun(&d.Tokens[p.Head]) || c.cue(d.Tokens[p.Head].Lemma)&lang.CueConduct != 0):
			// the one who does the act a noun names: "potępiły wizytę
			// Nancy Pelosi" acts on Pelosi's visit; so does one whose
			// conduct or stance it names ("skrytykowali decyzję
			// Kwaśniewskiego")
			fl.via = k
			return pick(int(e-1), "genitive")
		case ent.Type != "PERSON" && (q.Cases == 0 || q.Cases&doc.Gen != 0 || q.Prep == "" && (c.inflectedPlace(k) || c.things && ownedThing(ent))):
			// (a thing's name does not decline: "na budowę Nord Stream
			// 2" is its genitive whatever case the tagger chose: thing.go)
			fl.via = k
			if f := pick(int(e-1), "genitive"); f != nil {
				if sector != "" && f.part.Country != "" {
					f.part.Actor = f.part.Country + sector
					f.body = true
				}
				if c.x.Cues[head]&lang.CueRole != 0 {
					f.body = true // "prezes Gazpromu" is a person of Gazprom's
				}
				// keep looking for a person: "sekretarzem stanu USA Mikem
				// Pompeo", "z kanclerz Niemiec Angelą Merkel"
				for k2 := k + 1; k2 < r[1] && k2 <= last; k2++ {
					q2 := &d.Phrases[k2]
					if q2.Kind != doc.NounPhrase || q2.First != end || q2.Prep != "" {
						break
					}
					if e2 := c.tokEnt[q2.Head]; e2 != 0 && d.Entities[e2-1].Type == "PERSON" && d.Entities[e2-1].Country != "" {
						fl = &filler{phrase: pi, via: k2, agree: p.Agree}
						return pick(int(e2-1), "apposition")
					}
				}
				return f
			}
		}
	}
	// a body and its seat: "rządy w Mińsku", "officials in Kyiv"
	if sector != "" && title == "" && pi+1 < r[1] {
		q := &d.Phrases[pi+1]
		if q.Kind == doc.NounPhrase && q.First == p.End+1 && c.x.Cues[q.Prep]&lang.CueLocative != 0 {
			if e := c.tokEnt[q.Head]; e != 0 && d.Entities[e-1].Type == "GPE" && d.Entities[e-1].Country != "" {
				fl.via = pi + 1
				if f := pick(int(e-1), "seat"); f != nil {
					f.part.Actor = f.part.Country + sector
					f.body = true
					return f
				}
			}
		}
	}
	if code := c.x.Actors[head]; code != "" {
		// a noun that names one actor: "papież" is the Holy See
		return &filler{phrase: pi, via: pi, agree: p.Agree,
			part: doc.Participant{Actor: code, Country: code[:3], Text: text},
			how:  "the noun " + head}
	}
	if sector == "" && title == "" {
		// "członków partii", "przedstawiciele rządu": pl_genitive.go
		if gs, noun := c.genitiveSector(pi); gs != "" {
			sector = gs
			head += " " + noun
		} else if as, adj := c.adjectiveSector(pi); as != "" {
			// "rządowy projekt": pl_genitive.go
			sector = as
			head = adj + " " + head
		}
	}
	if sector == "BUS" && title == "" {
		// "przewoźnik" after "Ryanair": pl_company.go
		if f := c.companyBefore(pi); f != nil {
			return f
		}
	}
	if title == "" {
		// "The Albanian president … the president", "the country's
		// leader": en_office.go
		if f := c.countryRefBody(pi, head, sector); f != nil {
			return f
		}
		if f := c.officeBefore(pi, head, sector); f != nil {
			return f
		}
	}
	main, about := c.mainAt(p.Sentence)
	local := false
	if title == "" && (sector == "" || localSectors[sector]) {
		// police, workers, people in the place the sentence is set in
		// (setting.go)
		if sc := c.settingCountry(p.Sentence); sc != "" {
			main, about, local = sc, "a sentence set in "+sc, true
		}
	}
	if sector != "" && title == "" && main != "" {
		// a fresh filler: pick may have left a rejected entity in fl
		return &filler{phrase: pi, via: pi, agree: p.Agree, guessed: true, local: local,
			part: doc.Participant{Actor: main + sector, Country: main, Text: text},
			how:  "sector noun " + head + " in " + about}
	}
	if sector == "" && main != "" && d.Tokens[p.Head].UPOS == "NOUN" && p.Agree&doc.Genders == doc.Masc1 && !c.namedAfter(p) {
		// a noun that can only name people (Polish masculine personal:
		// "obrońcy", "zwolennicy") names civilians of the story's country
		return &filler{phrase: pi, via: pi, agree: p.Agree, guessed: true, local: local,
			part: doc.Participant{Actor: main + "CVL", Country: main, Text: text},
			how:  "a word for people, " + head + ", in " + about}
	}
	return nil
}

// namedAfter reports whether a name with a country follows phrase p
// closely, before any verb or comma: "asystentem ds. energii sekretarza
// stanu USA" belongs to that name's side, not to the article's country.
func (c *coder) namedAfter(p *doc.Phrase) bool {
	d := c.d
	end := d.Sentences[p.Sentence].EndToken
	for t := p.End; t < end && t < p.End+8; t++ {
		tok := &d.Tokens[t]
		if tok.UPOS == "VERB" || tok.UPOS == "AUX" || d.Form(tok.Span) == "," {
			return false
		}
		if e := c.tokEnt[t]; e != 0 && d.Entities[e-1].Country != "" {
			return true
		}
	}
	return false
}

// norpBefore returns the country of a nationality word in phrase pi
// before a mention of entity ei there, or "".
func (c *coder) norpBefore(pi, ei int) string {
	d := c.d
	p := &d.Phrases[pi]
	for t := p.First; t < p.End; t++ {
		e := c.tokEnt[t]
		if e == int32(ei+1) {
			return ""
		}
		if e != 0 && d.Entities[e-1].Type == "NORP" && d.Entities[e-1].Country != "" {
			return d.Entities[e-1].Country
		}
	}
	return ""
}

// inTitledPP reports whether noun phrase pi, a name without a
// preposition of its own, is in apposition to a title a preposition
// governs: the nearest noun for a person back along its chain of
// adjacent phrases has a preposition ("z minister spraw zagranicznych
// Estonii Evą-Marią Liimets"), not "minister informacji w rządzie
// Autonomii Palestyńskiej Jaser Abed Rabbo".
func (c *coder) inTitledPP(pi int) bool {
	d := c.d
	p := &d.Phrases[pi]
	if p.Prep != "" {
		return false
	}
	r := c.sentPh[p.Sentence]
	first := p.First
	for k := pi - 1; k >= r[0] && k >= pi-5; k-- {
		q := &d.Phrases[k]
		next := &d.Phrases[k+1]
		if q.Kind != doc.NounPhrase || q.End != first && !(next.Prep != "" && q.End == first-1) {
			return false
		}
		if q.Agree&doc.Masc1 != 0 && (c.sectorOf(k) != "" || c.cue(d.Tokens[q.Head].Lemma)&lang.CueRole != 0) {
			return q.Prep != ""
		}
		first = q.First
	}
	return false
}

// objectOfVerbBefore reports whether phrase p stands right after a finite
// verb other than vg, before vg, where that verb's object stands.
func (c *coder) objectOfVerbBefore(p, vg *doc.Phrase) bool {
	if p.First == 0 {
		return false
	}
	k := c.tokPhrase[p.First-1]
	if k == 0 {
		return false
	}
	v := &c.d.Phrases[k-1]
	return v.Kind == doc.VerbGroup && v != vg && v.Form == "fin" && v.End == p.First
}

// genderNumber keeps the gender and number values of an agreement.
func genderNumber(a doc.Agreement) doc.Agreement {
	return a & (doc.Genders | doc.Numbers)
}

// officeSector are the sectors whose titles name offices a woman may
// hold under a masculine title: "premier", "kanclerz", "sędzia".
var officeSector = map[string]bool{"GOV": true, "LEG": true, "JUD": true}

// governor returns the subject of the nearest finite verb before a noun
// trigger in its sentence: the one who "expressed support", "stressed
// solidarity", "does not rule out cooperation".
func (f *frame) governor(far bool) *filler {
	c := f.c
	// only a noun the verb governs directly ("wyraził poparcie"), not one
	// in a prepositional phrase ("przed inwazją", "rozmawiali o sankcjach"),
	// unless far: a meeting the subject of the sentence took part in
	// ("powiedział prezydent …, tuż po spotkaniu z premierem Ukrainy")
	if !far && f.own >= 0 && c.d.Phrases[f.own].Prep != "" {
		return nil
	}
	if c.causeNoun(f.own) {
		// "odwołał loty z powodu strajku": a cause of the act, not an
		// act of its subject
		return nil
	}
	ph := c.near(f.si, f.ti)
	for k := len(ph) - 1; k >= 0; k-- { // the nearest verb first
		pi := ph[k]
		vg := &c.d.Phrases[pi]
		if vg.Kind != doc.VerbGroup || vg.Form != "fin" || vg.End > f.ti || !far && f.ti-vg.End > 4 && !f.objectChain(vg.End) {
			continue
		}
		if f.subordinateBetween(vg.End, f.ti) {
			// the noun stands in a clause of its own: "Seibert wskazał, że
			// sankcje wobec Rosji pozostają" tells of no sanctions of his
			return nil
		}
		if c.cue(vg.Lemma)&lang.CueCopula != 0 {
			// "Polska była azylem": a copula names what its subject is,
			// not an act it does
			return nil
		}
		if c.actsOnNoun(vg.Lemma, f.e) {
			return nil // "Policja rozpędziła demonstrację": pl_governor.go
		}
		g := &frame{c: c, si: f.si, ti: vg.Head, vg: pi, excl: f.excl, own: -1}
		if s := g.fill([]lang.Slot{c.x.Subject}); s != nil {
			s.slot = "subject of " + vg.Lemma
			return s
		}
	}
	return nil
}

// objectChain reports whether the words from token from to the noun
// trigger's phrase are the verb's object and genitives that end in the
// trigger, with no preposition, comma or verb among them: "ogłosił też
// dodatkowe 500 mln dolarów bezpośredniej pomocy" governs "pomocy" as
// "wyraził poparcie" governs "poparcie". A date between them, with its
// preposition and the conjunction of two dates, is passed over:
// "zapowiedział na 4 i 5 sierpnia protesty".
func (f *frame) objectChain(from int) bool {
	c := f.c
	to := f.ti
	if f.own >= 0 {
		to = c.d.Phrases[f.own].First
		if c.d.Phrases[f.own].Prep != "" {
			return false
		}
	}
	for t := from; t < to; t++ {
		tok := &c.d.Tokens[t]
		if c.inDate(t) || (tok.UPOS == "ADP" || tok.UPOS == "CCONJ") && t+1 < to && c.inDate(t+1) {
			continue
		}
		if p := int(c.tokPhrase[t]) - 1; p >= 0 {
			if q := &c.d.Phrases[p]; q.Kind == doc.NounPhrase && q.Prep == "" {
				continue
			}
			return false
		}
		switch {
		case tok.UPOS == "PART" || tok.UPOS == "ADV":
		case c.d.Form(tok.Span) == "." && t > from && c.tokPhrase[t-1] != 0:
			// the full stop of an abbreviation: "500 mln. dolarów"
		default:
			return false
		}
	}
	return true
}

// between returns the two parties of a phrase such as "między Rosją i
// Koreą", "between Russia and China".
func (f *frame) between() (a, b *filler) {
	c := f.c
	for _, pi := range c.near(f.si, f.ti) {
		p := &c.d.Phrases[pi]
		if p.Kind != doc.NounPhrase || p.Prep == "" || c.x.Cues[p.Prep]&lang.CueBetween == 0 {
			continue
		}
		if f.nominal {
			// a noun's own "between" follows it: "rozmowy między Rosją a
			// Koreą", not "rozmowy na temat relacji między Ukrainą a Rosją"
			// (past the genitives that complete it: "podpisanie
			// porozumienia dwustronnego między Rosją i Koreą")
			end := f.ti + 1
			if f.own >= 0 {
				end = c.d.Phrases[f.own].End
			}
			for k := f.own + 1; f.own >= 0 && k < pi; k++ {
				if q := &c.d.Phrases[k]; q.Kind == doc.NounPhrase && q.Prep == "" && q.First == end {
					end = q.End
				}
			}
			if p.First != end+1 {
				continue
			}
		} else if f.vg >= 0 {
			// a verb's: in its clause, right after it or before it
			// ("rozmawiał … na temat połączenia pomiędzy Rosją a
			// Niemcami" is no talk between them)
			if p.First > c.d.Phrases[f.vg].End+3 || f.verbBetween(pi) {
				continue
			}
		}
		if a = c.participant(pi); a == nil {
			continue
		}
		a.slot = p.Prep
		if nx := f.coordinated(pi); len(nx) > 0 {
			return a, nx[0]
		}
	}
	return nil, nil
}

// afterCompanion returns the participant named by the genitive right after
// a companion noun of the trigger.
func (f *frame) afterCompanion(comp []int) *filler {
	c := f.c
	for _, k := range comp {
		np := c.nounPhrase(k)
		if np < 0 || c.d.Tokens[k].UPOS == "ADP" {
			continue
		}
		r := c.sentPh[f.si]
		if np+1 >= r[1] {
			continue
		}
		q := &c.d.Phrases[np+1]
		if q.Kind != doc.NounPhrase || q.First != c.d.Phrases[np].End || f.excl[np+1] {
			continue
		}
		genitive := q.Prep == "" && q.Cases&doc.Gen != 0 || q.Cases == 0 && c.x.Cues[q.Prep]&lang.CueGenitive != 0
		if !genitive {
			continue
		}
		if part := c.participant(np + 1); part != nil && !part.guessed {
			part.slot = "genitive after " + c.d.Tokens[k].Lemma
			return part
		}
	}
	return nil
}

// verbBetween reports whether a finite verb group other than the
// trigger's stands between the trigger and phrase pi.
func (f *frame) verbBetween(pi int) bool {
	c := f.c
	p := &c.d.Phrases[pi]
	lo, hi := p.End, f.ti
	if p.First > f.ti {
		lo, hi = f.ti+1, p.First
	}
	for _, k := range c.near(f.si, f.ti) {
		q := &c.d.Phrases[k]
		if q.Kind != doc.VerbGroup || k == f.vg || q.Form != "fin" {
			continue
		}
		if f.e != nil && len(f.e.Words) > 1 && slices.Contains(f.e.Words[1:], strings.ToLower(q.Lemma)) {
			// a companion word the tagger read as a verb: "zawieszenie
			// broni" ("bronić"), no clause of its own
			continue
		}
		if q.First >= lo && q.End <= hi {
			return true
		}
	}
	return false
}

// subordinateBetween reports whether a subordinating conjunction outside
// any phrase ("że", "iż", "jeśli", "gdy"; not one of control, "by",
// "żeby", whose clause the request's addressee acts in) stands among
// tokens lo … hi-1 of the frame's sentence.
func (f *frame) subordinateBetween(lo, hi int) bool {
	c := f.c
	for k := lo; k < hi; k++ {
		t := &c.d.Tokens[k]
		if t.UPOS == "SCONJ" && c.tokPhrase[k] == 0 && c.cue(t.Lemma)&lang.CueControl == 0 {
			return true
		}
	}
	return false
}

// brackets returns the tokens of the round brackets that enclose phrase
// p in its sentence, or -1, -1.
func (f *frame) brackets(p *doc.Phrase) (open, close int) {
	d := f.c.d
	s := d.Sentences[f.si]
	open, close = -1, -1
	for k := p.First - 1; k >= s.FirstToken; k-- {
		if w := d.Form(d.Tokens[k].Span); w == "(" {
			open = k
			break
		} else if w == ")" {
			return -1, -1
		}
	}
	if open < 0 {
		return -1, -1
	}
	for k := p.End; k < s.EndToken; k++ {
		if w := d.Form(d.Tokens[k].Span); w == ")" {
			return open, k
		} else if w == "(" {
			break
		}
	}
	return -1, -1
}

// clauseObject reports whether the trigger's verb group is followed by a
// clause that a subordinating conjunction opens, with nothing but
// adverbs, particles and a comma between: "uznał ponadto, że …".
func (f *frame) clauseObject() bool {
	c := f.c
	s := c.d.Sentences[f.si]
	for k := c.d.Phrases[f.vg].End; k < s.EndToken; k++ {
		t := &c.d.Tokens[k]
		switch {
		case t.UPOS == "ADV" || t.UPOS == "PART" || c.d.Form(t.Span) == ",":
		case t.UPOS == "SCONJ":
			return f.subordinateBetween(k, k+1)
		default:
			return false
		}
	}
	return false
}

// coAgent reports whether noun phrase pi follows a comitative word and
// its preposition ("wraz z mężem") or a word that joins a co-agent by
// itself ("alongside Uganda"), or is a genitive of such a phrase
// ("razem z prezydentem | Łotwy").
func (c *coder) coAgent(pi int) bool {
	d := c.d
	for ; pi >= 0; pi-- {
		p := &d.Phrases[pi]
		if p.First >= 1 {
			// a word that joins a co-agent by itself, tagged a preposition
			// or not: "fought alongside Uganda"
			if w := d.Tokens[p.First-1].Lemma; (p.Prep == "" || p.Prep == w) && c.cue(w)&lang.CueCompanion != 0 {
				return true
			}
		}
		if p.Prep != "" {
			return p.First >= 2 && c.cue(d.Tokens[p.First-2].Lemma)&lang.CueComitative != 0
		}
		if !c.afterNoun(pi) {
			return false
		}
	}
	return false
}

// adjunctsOnly reports whether tokens lo to hi-1 are adverbs, particles
// and prepositional phrases only (at most six tokens): "w 2010 roku",
// "w piątek", "jednak". No noun phrase of its own, verb or punctuation
// stands between.
func (c *coder) adjunctsOnly(lo, hi int) bool {
	if hi-lo > 6 {
		return false
	}
	for j := lo; j < hi; j++ {
		t := &c.d.Tokens[j]
		switch t.UPOS {
		case "ADV", "PART", "ADP":
			continue
		}
		if p := int(c.tokPhrase[j]) - 1; p >= 0 && c.d.Phrases[p].Kind == doc.NounPhrase && c.d.Phrases[p].Prep != "" {
			continue
		}
		return false
	}
	return true
}

// causeNoun reports whether noun phrase own names the cause of what its
// clause tells: governed by a preposition of the cue kind cause
// ("wskutek ataku") or the genitive of a cause noun in a prepositional
// phrase ("z powodu strajku", "w wyniku protestów").
func (c *coder) causeNoun(own int) bool {
	if own < 0 {
		return false
	}
	d := c.d
	p := &d.Phrases[own]
	if p.Prep != "" {
		return c.cue(p.Prep)&lang.CueCause != 0
	}
	k := p.First - 1
	if k < d.Sentences[p.Sentence].FirstToken || c.tokPhrase[k] == 0 {
		return false
	}
	q := &d.Phrases[c.tokPhrase[k]-1]
	return q.Kind == doc.NounPhrase && q.End == p.First && q.Prep != "" && q.Head >= 0 &&
		c.cue(d.Tokens[q.Head].Lemma)&lang.CueCause != 0
}

// acronymSubject reports whether p is headed by an acronym of an
// organisation ("MSZ", "NATO", "ONZ") that stands before verb group vg
// with at most a genitive or adverbials between ("MSZ Rosji wezwało"):
// an acronym does not inflect, and the dictionary's case and gender for it
// ("MSZ" read as a masculine genitive) say nothing of its role.
func (c *coder) acronymSubject(p, vg *doc.Phrase) bool {
	if p.Head < 0 || p.End > vg.First || vg.First-p.End > 3 || c.d.Tokens[p.Head].UPOS != "PROPN" {
		return false
	}
	e := c.tokEnt[p.Head]
	if e == 0 || c.d.Entities[e-1].Type != "ORG" {
		return false
	}
	w := c.d.Form(c.d.Tokens[p.Head].Span)
	if len([]rune(w)) < 2 || strings.ToUpper(w) != w || strings.ToLower(w) == w {
		return false
	}
	for j := p.End; j < vg.First; j++ {
		switch t := &c.d.Tokens[j]; {
		case t.UPOS == "ADV" || t.UPOS == "PART":
		case t.UPOS == "PROPN" || t.UPOS == "NOUN":
			if q := int(c.tokPhrase[j]) - 1; q < 0 || c.d.Phrases[q].Prep != "" || c.d.Phrases[q].Cases&doc.Gen == 0 {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// infinitiveChain returns the token after the infinitives that start at
// token t, coordinated or not, with the particles before them ("to close
// or suspend", "zamknąć lub zawiesić"): their object stands there, and is
// the object of the verb that governs them ("threatened to close or
// suspend U.S. operations"). It returns t when no infinitive starts there.
func (c *coder) infinitiveChain(t int) int {
	d := c.d
	end, k := t, t
	for k < len(d.Tokens) {
		tok := &d.Tokens[k]
		if p := int(c.tokPhrase[k]) - 1; p >= 0 && d.Phrases[p].Kind == doc.VerbGroup && d.Phrases[p].Form == "inf" {
			k = d.Phrases[p].End
			end = k
			continue
		}
		if tok.UPOS == "PART" || tok.UPOS == "CCONJ" && end > t {
			k++
			continue
		}
		break
	}
	return end
}
