package events

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
	"github.com/kronika/kronika/timex"
)

// date sets the date of candidate cd and reports whether a time
// expression dated it (directly or through a word that points back to
// one: "wtedy", "then"), and why (the line for extract --explain, "" when
// there is no date); vg is the trigger's verb group, -1 for a noun.
//
// The date is, in this order:
//   - the value of the time expression that governs the trigger's clause
//     (governs), at the precision the expression gives; for two joined
//     into a range or a pair ("od poniedziałku do środy", "8 i 9 lipca"),
//     what the two share;
//   - for a deictic word inside a quotation ("Podpisane dziś …") in a
//     sentence that points back to an earlier time outside it ("– mówił
//     wówczas Putin"), that earlier time: the quotation's "today" is the
//     day the words were said;
//   - for a sentence that points back to a time named before ("Wtedy też
//     …"), the nearest time named before that word, in its sentence or
//     the ones before in its paragraph, else the date of the last act a
//     time expression dated (thenTime);
//   - for an act told in the past tense, the time of the passage it
//     continues (passage): "W czwartek islamiści protestowali […].
//     Demonstranci zablokowali drogi"; a passage well before the article
//     only after a word that carries it on (sequelWord): "Jej sprawa
//     sięga czerwca 2009 roku, kiedy … Następnie kobieta została pobita";
//   - else the article's date; at month precision when the verb does not
//     place the act on a day: a perfect ("have blamed") or a progressive
//     ("is warning") tells of an act around the time of the article, not
//     on its day.
func (c *coder) date(cd *candidate, vg int) (dated bool, why string) {
	d := c.d
	cd.date, cd.dateFrom = d.Date, ""
	if best := c.ownTime(cd); best >= 0 {
		t := &d.Times[best]
		cd.date, cd.dateFrom, dated = timeValue(t), d.Form(t.Span), true
		if o := c.rangeEnd(best); o >= 0 {
			// "od poniedziałku do środy", "8 i 9 lipca": what both ends
			// share, as for a range written as one expression
			a, b := best, o
			if b < a {
				a, b = b, a
			}
			v := timex.EventDate(doc.Time{Type: "DATE", Value: timeValue(&d.Times[a]) + "/" + timeValue(&d.Times[b])})
			if v != "" {
				cd.date, cd.dateFrom = v, d.Text[d.Times[a].Start:d.Times[b].End]
			}
		}
		if w := c.thenOutsideQuotes(cd.sentence); w != "" && c.tokQuote[c.firstToken(t.Span)] != 0 && c.lastDate != "" && deictic(t.Value, d.Date) {
			cd.date, cd.dateFrom = c.lastDate, fmt.Sprintf("%s (in a quotation) ← %s → %s", d.Form(t.Span), w, c.lastDateFrom)
		}
	} else if v, from := c.thenTime(cd.sentence); v != "" {
		// "Wtedy też dyktator umocnił więzi": the time named before
		cd.date, cd.dateFrom, dated = v, from, true
	} else if c.pastClause(cd, vg) {
		v, from := c.passageTime(cd.sentence)
		if v != "" && before(v, d.Date) {
			// a passage well before the article goes on only where a
			// word says so: "Dwie muzułmanki odmówiły picia […].
			// Następnie kobieta została pobita", not in "W 2010 roku
			// została skazana. Sąd uniewinnił ją."
			if w := c.sequelWord(cd.sentence); w != "" {
				from = w + " → " + from
			} else {
				v = ""
			}
		}
		if v != "" {
			cd.date, cd.dateFrom, dated = v, "the passage: "+from, true
		}
	}
	if dated {
		c.lastDate, c.lastDateFrom = cd.date, cd.dateFrom
		if w := c.ongoingNoun(cd, vg); w != "" && c.modifiedTime(cd) < 0 {
			if m := monthOf(cd.date); m != cd.date && len(m) == 7 {
				// "Sunday praised the ongoing withdrawal": the
				// process was under way that month, not begun Sunday
				cd.date = m
				return true, fmt.Sprintf("date %s, the month of %q (%q: a process under way names no day)", cd.date, cd.dateFrom, w)
			}
		}
		return true, fmt.Sprintf("date %s from %q", cd.date, cd.dateFrom)
	}
	if cd.date == "" {
		return false, ""
	}
	if m := monthOf(cd.date); m != cd.date && len(m) == 7 {
		if c.ongoing(vg) {
			cd.date = m
			return false, "date " + cd.date + ": the article's month (a perfect or progressive verb names no day)"
		}
		if w := c.ongoingNoun(cd, vg); w != "" {
			cd.date = m
			return false, "date " + cd.date + ": the article's month (" + strconv.Quote(w) + ": a process under way names no day)"
		}
	}
	return false, "date " + cd.date + " of the article"
}

// timeValue is the date a time expression gives an event: a calendar date
// "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a week gives its month, a season
// its year, a range what its two ends share: timex.EventDate), or the
// value itself when it is no calendar date ("XXXX-12-09" in an undated
// text, "PAST_REF").
func timeValue(t *doc.Time) string {
	if v := timex.EventDate(*t); v != "" {
		return v
	}
	return t.Value
}

// ownTime returns the index in d.Times of the time expression that dates
// the act of cd: of the date expressions of its sentence that govern the
// trigger, the nearest in the trigger's own clause, else the nearest of
// the clause that reports it (reportTime): "Poland said on Monday that
// Russia attacked Ukraine on Sunday" dates the attack Sunday; -1 when
// none governs.
func (c *coder) ownTime(cd *candidate) int {
	d := c.d
	at := d.Tokens[cd.trigger].Start
	best, bestDist, bestOuter := -1, 0, false
	for _, i := range c.sentTimes[cd.sentence] {
		t := &d.Times[i]
		if !c.governs(t, cd.trigger) {
			continue
		}
		outer := c.reportTime(t, cd.trigger)
		dist := abs(t.Start - at)
		if best < 0 || bestOuter && !outer || outer == bestOuter && dist < bestDist {
			best, bestDist, bestOuter = i, dist, outer
		}
	}
	return best
}

// reportTime reports whether time t, which governs trigger ti, stands in
// the clause that reports the trigger's rather than in the trigger's
// own: a reporting verb (lang.CueReport) or a word that opens a clause
// (lang.TimexWord.Clause: "that", "że") stands between them ("said on
// Monday that Russia attacked", "attacked, officials said on Monday").
func (c *coder) reportTime(t *doc.Time, ti int) bool {
	d := c.d
	first := c.firstToken(t.Span)
	last := c.firstToken(doc.Span{Start: t.End - 1, End: t.End})
	if first < 0 || last < 0 {
		return false
	}
	from, to := last+1, ti
	if first > ti {
		from, to = ti+1, first
	}
	for k := from; k < to; k++ {
		tk := &d.Tokens[k]
		if (tk.UPOS == "VERB" || tk.UPOS == "AUX") && c.cue(tk.Lemma)&lang.CueReport != 0 {
			return true
		}
		if first < ti && c.l.Timex != nil {
			if w := c.l.Timex.Lookup(strings.ToLower(d.Form(tk.Span))); w != nil && w.Clause {
				return true
			}
		}
	}
	return false
}

// governs reports whether time expression t may date the act of trigger
// ti in the same sentence. It does not when
//   - it modifies a noun that is not the trigger: it stands before the
//     head of its noun phrase, and the trigger stands before that phrase
//     or after it past a finite verb or a comma ("czwartkowe spotkanie … po
//     wizycie Putina", "blamed militants for Tuesday's attack") dates
//     that noun only; a clause right after the phrase tells of it ("the
//     February 2020 pact the United States negotiated");
//   - it stands after the trigger and the predicate nearest before it is
//     another one (a verb form other than a reporting verb, participles included:
//     "blamed the administration for withdrawing in 2017", "uniewinnił
//     Asię Bibi, skazaną w 2010 roku"), or a relative pronoun ("Ukrainę,
//     która w 2014 roku straciła Krym"): it belongs to that predicate;
//   - it stands before a noun trigger in the genitive of another noun
//     (nounAttribute: "On Monday, Poland marked the anniversary of the
//     invasion");
//   - it stands before the trigger in the clause before a coordinated one
//     (otherConjunct), or before a relative clause the trigger belongs to
//     (inRelativeAfter: "On Wednesday a judge adjourned the case of a
//     journalist who criticized the president"), or inside a relative
//     clause set off by commas that ends before the trigger
//     (inRelativeBefore: "Russia, which invaded Georgia in 2008,
//     attacked Ukraine on Monday");
//   - it is a point of reference, not the act's time (reference): "before
//     the election in November", "Po 11 września zatrzymano".
func (c *coder) governs(t *doc.Time, ti int) bool {
	d := c.d
	first := c.firstToken(t.Span)
	if first < 0 {
		return false
	}
	if p := c.modified(t); p != nil && (ti < p.First || ti >= p.End && c.apart(p.End, ti)) {
		return false
	}
	if c.reference(first) {
		return false
	}
	if t.Start < d.Tokens[ti].End {
		return !c.otherConjunct(t, first, ti) && !c.inRelativeAfter(t, ti) && !c.inRelativeBefore(t, first, ti) && !c.nounAttribute(ti)
	}
	// the predicate nearest before the time decides, looking back from
	// it to the trigger
	trig := c.tokPhrase[ti]
	for k := first - 1; k > ti; k-- {
		tk := &d.Tokens[k]
		if c.cue(tk.Lemma)&lang.CueRelative != 0 {
			return false // "Ukrainę, która w 2014 roku straciła Krym"
		}
		if tk.UPOS != "VERB" && tk.UPOS != "ADJ" || trig != 0 && c.tokPhrase[k] == trig {
			continue
		}
		switch doc.Feat(tk.Feats, "VerbForm") {
		case "Fin", "Inf", "Part", "Ger", "Conv":
			if c.joinedPredicate(ti, k) {
				// "was impeached and removed from office in
				// mid-October": the time of both
				continue
			}
			// a reporting verb dates what it reports: "…, officials
			// said on Monday"; "grozi nałożeniem sankcji na firmy
			// związane z projektem – oświadczyła w czwartek"
			return c.cue(tk.Lemma)&lang.CueReport != 0
		}
	}
	return true
}

// firstToken returns the index of the first token of span s, -1 when no
// token overlaps it.
func (c *coder) firstToken(s doc.Span) int {
	toks := c.d.Tokens
	i := sort.Search(len(toks), func(i int) bool { return toks[i].End > s.Start })
	if i < len(toks) && toks[i].Start < s.End {
		return i
	}
	return -1
}

// thenOutsideQuotes returns the word of sentence si outside quotation
// marks that points back to a time named before ("– mówił wówczas
// Putin"), or "".
func (c *coder) thenOutsideQuotes(si int) string {
	s := c.d.Sentences[si]
	for k := s.FirstToken; k < s.EndToken; k++ {
		if c.tokQuote[k] == 0 && c.cue(c.d.Tokens[k].Lemma)&lang.CueThen != 0 {
			return c.d.Form(c.d.Tokens[k].Span)
		}
	}
	return ""
}

// deictic reports whether a time value is the article's own date (the
// value "dziś", "today" get), at whatever precision the article has.
func deictic(v, article string) bool {
	return article != "" && v == article
}

// ongoing reports whether verb group vg tells of an act without placing
// it on a day: a present-tense auxiliary with a participle or gerund,
// the perfect ("have blamed"), the progressive ("is warning") and the
// present passive ("are held"), read from the UD features.
func (c *coder) ongoing(vg int) bool {
	if vg < 0 {
		return false
	}
	d := c.d
	p := &d.Phrases[vg]
	if p.Form != "fin" || p.Tense == "past" || p.Tense == "fut" || p.Mood == "cnd" {
		return false
	}
	h := &d.Tokens[p.Head]
	if f := doc.Feat(h.Feats, "VerbForm"); f != "Part" && f != "Ger" {
		return false
	}
	for k := p.First; k < p.Head; k++ {
		t := &d.Tokens[k]
		if t.UPOS == "AUX" && doc.Feat(t.Feats, "Tense") == "Pres" {
			return true
		}
	}
	return false
}

// modified returns the noun phrase time expression t modifies, standing
// before its head, a common noun ("czwartkowe spotkanie", "Tuesday's
// attack", "the 2015 deal"), or nil when t is no attribute (a name after
// it is no head it modifies: "on Tuesday Poland condemned").
func (c *coder) modified(t *doc.Time) *doc.Phrase {
	d := c.d
	first := c.firstToken(t.Span)
	if first < 0 {
		return nil
	}
	if pi := c.tokPhrase[first]; pi != 0 {
		p := &d.Phrases[pi-1]
		if p.Kind == doc.NounPhrase && p.Head >= 0 && p.Head < len(d.Tokens) && t.End <= d.Tokens[p.Head].Start && d.Tokens[p.Head].UPOS == "NOUN" {
			return p
		}
	}
	return nil
}

// passageReach is how many sentences back a passage's time is looked for.
const passageReach = 3

// passageTime returns the date of the passage sentence si continues, and the
// words that give it: the time expression that governs the main verb (the
// first finite one in the past tense: a sentence about the present or
// the future tells no past act) of the nearest sentence before it in its paragraph,
// at most passageReach back, that has one naming a calendar date outside
// quotation marks and after no deadline preposition ("by May 1"), or the
// time named before when that sentence points back to it ("wtedy").
// A date after the article's is no passage of past acts: "".
func (c *coder) passageTime(si int) (string, string) {
	d := c.d
	blk := d.Sentences[si].Block
	for k := si - 1; k >= 0 && k >= si-passageReach && d.Sentences[k].Block == blk; k-- {
		// the first finite verb in the past tense: a sentence with none
		// tells no past act, and its time is no passage's ("Ankara's
		// test Monday will make it unlikely …")
		head := -1
		for _, pi := range c.phrases(k) {
			if p := &d.Phrases[pi]; p.Kind == doc.VerbGroup && p.Form == "fin" && p.Tense == "past" {
				head = p.Head
				break
			}
		}
		best, bestDist := -1, 0
		for _, i := range c.sentTimes[k] {
			t := &d.Times[i]
			v := timeValue(t)
			if head < 0 || v == "" || v[0] < '0' || v[0] > '9' || c.tokQuote[c.firstToken(t.Span)] != 0 || c.deadline(t) || !c.governs(t, head) {
				continue
			}
			if dist := abs(t.Start - d.Tokens[head].Start); best < 0 || dist < bestDist {
				best, bestDist = i, dist
			}
		}
		if best < 0 {
			if w := c.thenWord(k); w != "" && c.lastDate != "" {
				// "Wtedy też dyktator umocnił więzi. […] Po wszystkim
				// politycy ogłosili podpisanie"
				return c.lastDate, w + " → " + c.lastDateFrom
			}
			continue
		}
		t := &d.Times[best]
		v := timeValue(t)
		if n := min(len(v), len(d.Date)); d.Date != "" && v[:n] > d.Date[:n] {
			return "", ""
		}
		return v, d.Form(t.Span)
	}
	return "", ""
}

// deadline reports whether time t follows a deadline preposition
// (lang.TimexWord.Deadline: "by May 1"): a limit, not a time at which
// an act was.
func (c *coder) deadline(t *doc.Time) bool {
	first := c.firstToken(t.Span)
	if c.l.Timex == nil || first <= 0 || c.sentenceOf(first-1) != c.sentenceOf(first) {
		return false
	}
	w := c.l.Timex.Lookup(strings.ToLower(c.d.Form(c.d.Tokens[first-1].Span)))
	return w != nil && w.Deadline
}

// pastClause reports whether the act of cd is told in the past tense: its
// verb group's, or for a noun the nearest finite verb before it in its
// sentence, else the first after it ("Po wszystkim politycy ogłosili
// podpisanie"; "To z kolei wywołało […] protesty", where "To" may be
// read as a present-tense verb).
func (c *coder) pastClause(cd *candidate, vg int) bool {
	d := c.d
	if vg >= 0 {
		return d.Phrases[vg].Tense == "past"
	}
	tense := ""
	for _, pi := range c.phrases(cd.sentence) {
		p := &d.Phrases[pi]
		if p.Kind != doc.VerbGroup || p.Form != "fin" {
			continue
		}
		if p.Head > cd.trigger {
			if tense == "" {
				tense = p.Tense
			}
			break
		}
		tense = p.Tense
	}
	return tense == "past"
}

// sequelWord returns the word of sentence si, outside quotation marks,
// that places its clause after a time told before ("Następnie",
// "Later"; lang.TimexWord.Sequel), or "". One that ends a time expression
// counts from that expression instead ("dwa lata później"), and is none.
func (c *coder) sequelWord(si int) string {
	d := c.d
	if c.l.Timex == nil {
		return ""
	}
	s := d.Sentences[si]
	for k := s.FirstToken; k < s.EndToken; k++ {
		t := &d.Tokens[k]
		if c.tokQuote[k] != 0 || t.Kind != doc.Word {
			continue
		}
		w := c.l.Timex.Lookup(strings.ToLower(d.Form(t.Span)))
		if w == nil || !w.Sequel {
			continue
		}
		if k > s.FirstToken && c.inAnyTime(d.Tokens[k-1].Span) {
			continue
		}
		return d.Form(t.Span)
	}
	return ""
}

// inAnyTime reports whether span s lies inside a time expression of any
// type (a duration included).
func (c *coder) inAnyTime(s doc.Span) bool {
	for i := range c.d.Times {
		if t := &c.d.Times[i]; t.Start <= s.Start && s.End <= t.End {
			return true
		}
	}
	return false
}

// inDate reports whether token k lies inside a time expression of type
// DATE ("5 sierpnia", "w piątek"; not a duration). The tokens are marked
// once a document, so that the words the modality and the object chain
// pass over cost no walk over all its times each.
func (c *coder) inDate(k int) bool {
	if c.dateTok == nil {
		d := c.d
		c.dateTok = make([]bool, len(d.Tokens))
		for i := range d.Times {
			t := &d.Times[i]
			if t.Type != "DATE" {
				continue
			}
			j := sort.Search(len(d.Tokens), func(j int) bool { return d.Tokens[j].Start >= t.Start })
			for ; j < len(d.Tokens) && d.Tokens[j].Start < t.End; j++ {
				if d.Tokens[j].End <= t.End {
					c.dateTok[j] = true
				}
			}
		}
	}
	return k >= 0 && k < len(c.dateTok) && c.dateTok[k]
}

// within reports whether calendar date a ("2024-07-10") lies inside the
// coarser date b ("2024-07", "2024").
func within(a, b string) bool {
	return len(b) >= 4 && len(a) > len(b) && a[len(b)] == '-' && strings.HasPrefix(a, b)
}

// rangeEnd returns the index in d.Times of the time joined to time i as
// the other end of a range or a pair: a calendar date next to it with at
// most a dash or one temporal connecting word between ("od poniedziałku
// do środy", "July 8 and 9"); -1 when there is none.
func (c *coder) rangeEnd(i int) int {
	d := c.d
	calendar := func(t *doc.Time) bool {
		v := timeValue(t)
		return t.Type == "DATE" && v != "" && v[0] >= '0' && v[0] <= '9'
	}
	if !calendar(&d.Times[i]) {
		return -1
	}
	joined := func(a, b *doc.Time) bool { // a ends before b starts
		if a.End > b.Start {
			return false
		}
		between := strings.TrimSpace(d.Text[a.End:b.Start])
		switch {
		case between == "-" || between == "–" || between == "—":
			return true
		case between == "" || strings.ContainsAny(between, " \t\n"):
			return false
		}
		if c.l.Timex == nil {
			return false
		}
		w := c.l.Timex.Lookup(strings.ToLower(between))
		return w != nil && (w.Coord || w.YearPrep)
	}
	for _, k := range []int{i - 1, i + 1} {
		if k < 0 || k >= len(d.Times) || !calendar(&d.Times[k]) {
			continue
		}
		if k < i && joined(&d.Times[k], &d.Times[i]) || k > i && joined(&d.Times[i], &d.Times[k]) {
			return k
		}
	}
	return -1
}

// otherConjunct reports whether time t, which begins at token first
// before trigger ti, belongs to an earlier clause joined to the
// trigger's by a coordinating word with a subject of its own: "Russia
// attacked Ukraine on Monday and Poland condemned Russia" (a finite verb
// before the time; after it, before any noun, a conjunction, then a noun
// and a finite verb). A time before
// both clauses ("On Monday Russia attacked and Poland condemned") and
// one before a verb that shares its subject ("spotkał się w czwartek z
// Kimem i podpisał umowę") date both.
func (c *coder) otherConjunct(t *doc.Time, first, ti int) bool {
	d := c.d
	if c.l.Timex == nil {
		return false
	}
	s := d.Sentences[c.sentenceOf(ti)]
	verbBefore := false
	for k := s.FirstToken; k < first; k++ {
		if tk := &d.Tokens[k]; (tk.UPOS == "VERB" || tk.UPOS == "AUX") && doc.Feat(tk.Feats, "VerbForm") == "Fin" {
			verbBefore = true
			break
		}
	}
	if !verbBefore {
		return false
	}
	last := c.firstToken(doc.Span{Start: t.End - 1, End: t.End})
	for k := last + 1; k < ti; k++ {
		if u := d.Tokens[k].UPOS; u == "NOUN" || u == "PROPN" || u == "PRON" {
			return false // "said on Monday that Lithuania and Latvia imposed": a conjunction of phrases
		}
		w := c.l.Timex.Lookup(strings.ToLower(d.Form(d.Tokens[k].Span)))
		if w == nil || !w.Coord {
			continue
		}
		// a subject of its own, and a finite verb after it: the trigger
		// or one before it ("oraz przedstawicielstwo Ukrainy, we
		// współpracy" joins two phrases, no clauses)
		subject, verb := false, doc.Feat(d.Tokens[ti].Feats, "VerbForm") == "Fin"
		for j := k + 1; j < ti; j++ {
			switch tj := &d.Tokens[j]; {
			case tj.UPOS == "NOUN" || tj.UPOS == "PROPN" || tj.UPOS == "PRON":
				subject = true
			case subject && doc.Feat(tj.Feats, "VerbForm") == "Fin":
				verb = true
			}
		}
		return subject && verb
	}
	return false
}

// apart reports whether a finite verb or a clause mark stands among the
// tokens [from, to).
func (c *coder) apart(from, to int) bool {
	for k := from; k < to; k++ {
		t := &c.d.Tokens[k]
		if doc.Feat(t.Feats, "VerbForm") == "Fin" {
			return true
		}
		if f := c.d.Form(t.Span); f == "," || f == ";" || f == ":" || f == "–" || f == "—" || f == "-" || f == "(" {
			return true
		}
	}
	return false
}

// articleDated reports whether two mentions may date one act because one
// of them has only the article's date (no words of its text date it: a
// headline "Turkey threatens US", "the attack" told again) and the other
// falls in the same month: the text-dated one says when the act was.
func articleDated(p, cd *candidate) bool {
	if p.dateFrom != "" && cd.dateFrom != "" {
		return false
	}
	m := monthOf(p.date)
	return len(m) == 7 && m == monthOf(cd.date)
}

// textDates reports whether mention cd, dated by words of the text, should
// give its date to the event first reported by p, whose date (still
// date) is only the article's.
func textDates(p *candidate, date string, cd *candidate) bool {
	return p.dateFrom == "" && cd.dateFrom != "" && date == p.date && articleDated(p, cd)
}

// joinedPredicate reports whether the predicate at token k is joined to
// the trigger ti before it by a coordinating conjunction alone, with only
// auxiliaries, adverbs and particles beside it ("was impeached and
// removed", "został zatrzymany i aresztowany"): the two share their
// subject and the times that follow them.
func (c *coder) joinedPredicate(ti, k int) bool {
	conj := 0
	for j := ti + 1; j < k; j++ {
		switch c.d.Tokens[j].UPOS {
		case "CCONJ":
			conj++
		case "AUX", "ADV", "PART":
		default:
			return false
		}
	}
	return conj == 1
}

// thenTime returns the date a word of sentence si that points back to a
// time named before ("wtedy", "wówczas", "then") stands for, and the
// words that give it: the nearest time expression naming a calendar date
// before that word, outside quotation marks, in its sentence or in the
// sentences before it in its paragraph (at most passageReach back),
// whether or not it dated an act ("Gazociąg ma być gotowy pod koniec 2019
// roku i wtedy też Rosja zamierza …"); else the date of the last act a
// time expression dated. "", "" when the sentence has no such word or
// nothing was named before.
func (c *coder) thenTime(si int) (string, string) {
	w := c.thenWord(si)
	if w == "" {
		return "", ""
	}
	d := c.d
	s := d.Sentences[si]
	at := -1
	for k := s.FirstToken; k < s.EndToken; k++ {
		if c.cue(d.Tokens[k].Lemma)&lang.CueThen != 0 {
			at = d.Tokens[k].Start
			break
		}
	}
	blk := s.Block
	for k := si; k >= 0 && k >= si-passageReach && d.Sentences[k].Block == blk; k-- {
		ts := c.sentTimes[k]
		for x := len(ts) - 1; x >= 0; x-- {
			t := &d.Times[ts[x]]
			if k == si && (at < 0 || t.End > at) {
				continue
			}
			v := timeValue(t)
			if v == "" || v[0] < '0' || v[0] > '9' || c.tokQuote[c.firstToken(t.Span)] != 0 {
				continue
			}
			return v, w + " → " + d.Form(t.Span)
		}
	}
	if c.lastDate != "" {
		return c.lastDate, w + " → " + c.lastDateFrom
	}
	return "", ""
}

// reference reports whether the time expression that begins at token
// first is a point of reference after a relative preposition
// (lang.TimexWord.Relative: "before", "after", "przed", "po"): right after
// it ("Po 11 września zatrzymano 360 osób"), or after the noun phrase it
// governs, joined by a preposition of time ("before the presidential
// election in November", "po wyborach w listopadzie"). The act is then
// before or after that time, not at it. A phrase whose nouns are all
// words of time ("after midnight on Monday") is no such noun phrase.
func (c *coder) reference(first int) bool {
	d := c.d
	x := c.l.Timex
	if x == nil || first <= 0 {
		return false
	}
	word := func(k int) *lang.TimexWord {
		return x.Lookup(strings.ToLower(d.Form(d.Tokens[k].Span)))
	}
	s := d.Sentences[c.sentenceOf(first)]
	k := first - 1
	if k < s.FirstToken {
		return false
	}
	if w := word(k); w != nil && w.Relative {
		return true
	}
	if w := word(k); w == nil || !w.YearPrep || d.Tokens[k].UPOS != "ADP" {
		return false
	}
	noun := false
	for j := k - 1; j >= s.FirstToken && j >= k-5; j-- {
		tk := &d.Tokens[j]
		switch tk.UPOS {
		case "NOUN", "PROPN":
			if word(j) == nil {
				noun = true
			}
			continue
		case "DET", "ADJ", "NUM":
			continue
		}
		w := word(j)
		return noun && w != nil && w.Relative
	}
	return false
}

// inRelativeAfter reports whether trigger ti stands in a relative clause
// that begins after time t: a relative pronoun (a clause word of the
// timex lexicon that is a pronoun or determiner, "who", "which",
// "który"; not the conjunction "that", "że" of a reported clause) between
// them, no finite verb other than an auxiliary between that pronoun
// and the trigger, and the trigger a verb in the past tense. The time
// dates the clause the relative one hangs on:
// "W czwartek sąd, który uniewinnił Bibi, …", not the relative clause's
// act; a verb after the relative clause is the main clause's again ("On
// Monday the man who led the protest was arrested").
func (c *coder) inRelativeAfter(t *doc.Time, ti int) bool {
	d := c.d
	x := c.l.Timex
	if x == nil {
		return false
	}
	last := c.firstToken(doc.Span{Start: t.End - 1, End: t.End})
	if last < 0 {
		return false
	}
	rel := -1
	for k := last + 1; k < ti; k++ {
		tk := &d.Tokens[k]
		if rel >= 0 && tk.UPOS == "VERB" && doc.Feat(tk.Feats, "VerbForm") == "Fin" {
			rel = -1 // the relative clause's own verb: the trigger is past it
		}
		if tk.UPOS != "PRON" && tk.UPOS != "DET" {
			continue
		}
		if w := x.Lookup(strings.ToLower(d.Form(tk.Span))); w != nil && w.Clause {
			rel = k
		}
	}
	if rel < 0 {
		return false
	}
	// a relative clause in the past tense tells of an act of its own;
	// one in the present describes the noun at the time of the clause it
	// hangs on ("adopted on Thursday a draft that includes articles that
	// violate the constitution")
	pi := c.tokPhrase[ti]
	return pi != 0 && d.Phrases[pi-1].Kind == doc.VerbGroup && d.Phrases[pi-1].Tense == "past"
}

// inRelativeBefore reports whether time t, which begins at token first
// before trigger ti, stands in a relative clause set off by commas that
// ends before the trigger: a comma, then a relative pronoun (a clause
// word of the timex lexicon that is a pronoun or determiner: "which",
// "who", "który") before the time, a finite verb of the clause's own
// between the pronoun and the trigger, and a comma after the time that
// closes the clause. The time is that clause's act's: "Russia, which
// invaded Georgia in 2008, attacked Ukraine on Monday".
func (c *coder) inRelativeBefore(t *doc.Time, first, ti int) bool {
	d := c.d
	x := c.l.Timex
	if x == nil {
		return false
	}
	last := c.firstToken(doc.Span{Start: t.End - 1, End: t.End})
	if last < 0 || last >= ti {
		return false
	}
	from := d.Sentences[c.sentenceOf(ti)].FirstToken
	rel := -1
	for k := first - 1; k > from; k-- {
		tk := &d.Tokens[k]
		if tk.UPOS != "PRON" && tk.UPOS != "DET" {
			continue
		}
		if w := x.Lookup(strings.ToLower(d.Form(tk.Span))); w != nil && w.Clause && d.Form(d.Tokens[k-1].Span) == "," {
			rel = k
			break
		}
	}
	if rel < 0 {
		return false
	}
	closed, verb := false, false
	for k := rel + 1; k < ti; k++ {
		tk := &d.Tokens[k]
		if k > last && d.Form(tk.Span) == "," {
			closed = true
		}
		if !closed && (tk.UPOS == "VERB" || tk.UPOS == "AUX") && doc.Feat(tk.Feats, "VerbForm") == "Fin" {
			verb = true
		}
	}
	return closed && verb
}

// nounAttribute reports whether noun trigger ti heads a genitive (a
// phrase in the genitive case, or after a genitive preposition, "of")
// that follows another noun phrase right before it: "the anniversary of
// the invasion", "ofiary rosyjskiego ataku". The act is what that noun
// is of, told of at another time than its clause's; a noun that counts
// ("thousands of attacks", "setki ataków") is no such noun, nor is a verb
// before it ("dokonała ataku").
func (c *coder) nounAttribute(ti int) bool {
	d := c.d
	pi := c.tokPhrase[ti]
	if pi < 2 {
		return false
	}
	q, p := &d.Phrases[pi-1], &d.Phrases[pi-2]
	if q.Kind != doc.NounPhrase || q.Head != ti || q.Coordinated || p.Kind != doc.NounPhrase || p.Head < 0 || p.Head >= len(d.Tokens) {
		return false
	}
	if q.First-p.End > 1 || d.Tokens[p.Head].UPOS != "NOUN" || c.quantityToken(p.Head) {
		return false
	}
	if q.Prep != "" {
		return c.cue(q.Prep)&lang.CueGenitive != 0
	}
	return q.Cases != 0 && q.Cases&doc.Gen != 0
}

// ongoingNoun returns the adjective before the noun trigger of cd that
// makes its act a process under way (lang.TimexWord.Ongoing: "the ongoing
// withdrawal", "trwające rozmowy"), or "" when there is none or the
// trigger is a verb (vg ≥ 0). Only adjectives, adverbs and determiners
// may stand between them.
func (c *coder) ongoingNoun(cd *candidate, vg int) string {
	d := c.d
	if vg >= 0 || c.l.Timex == nil {
		return ""
	}
	s := d.Sentences[cd.sentence]
	for k := cd.trigger - 1; k >= s.FirstToken && k >= cd.trigger-3; k-- {
		tk := &d.Tokens[k]
		if w := c.l.Timex.Lookup(strings.ToLower(d.Form(tk.Span))); w != nil && w.Ongoing {
			return d.Form(tk.Span)
		}
		switch tk.UPOS {
		case "ADJ", "ADV", "DET":
			continue
		}
		return ""
	}
	return ""
}

// modifiedTime returns the index in d.Times of a time expression that
// modifies the noun trigger of cd itself ("the ongoing May offensive"),
// -1 when none does: such a time is the act's own and is kept.
func (c *coder) modifiedTime(cd *candidate) int {
	for _, i := range c.sentTimes[cd.sentence] {
		if p := c.modified(&c.d.Times[i]); p != nil && p.Head == cd.trigger {
			return i
		}
	}
	return -1
}
