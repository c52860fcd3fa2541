package events

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// modality sets the candidate's date and modality: negated when its verb
// is or a word before it refuses it (a refused cooperative act, or a
// negated consent, is then REJECT: refusal.go), hypothetical or future from the cue words before the trigger in its
// clause and from the verb's mood and tense, historical when its date lies
// before the article's; the date comes from the time expression of the
// clause that governs the trigger, else the article's (see date).
// modalityCues are the cue kinds that tell an act's modality (modality).
const modalityCues = lang.CueNegation | lang.CueRefusal | lang.CueHypothetical | lang.CueObligation | lang.CueControl | lang.CueFuture | lang.CueHistorical

func (c *coder) modality(cd *candidate, vg int) {
	d := c.d
	s := d.Sentences[cd.sentence]
	dated, dateWhy := c.date(cd, vg) // events/dates.go
	mod, why := "asserted", ""
	var v *doc.Phrase
	if vg >= 0 {
		v = &d.Phrases[vg]
	}
	// cue words before the trigger, back to the start of its clause
	cues := lang.CueKind(0)
	cueWord := ""
	// n counts the words back from the trigger; those of a date, with its
	// preposition and the conjunction of two dates, count for none
	// ("zapowiedzieli na 4 i 5 sierpnia protesty"; a duration does count:
	// "miało miejsce około miesiąc po wizycie" keeps "miało" far)
	n := 0
	for k := cd.trigger - 1; k >= s.FirstToken && n < 6; k-- {
		t := &d.Tokens[k]
		if t.UPOS == "PUNCT" && !openingQuote(d.Form(t.Span)) {
			break
		}
		if c.inDate(k) || (t.UPOS == "ADP" || t.UPOS == "CCONJ") && k+1 < cd.trigger && c.inDate(k+1) {
			continue
		}
		n++
		// (only the kinds that tell a modality: another cue, "of", "to",
		// "he", is no cue word of the act's)
		kind := c.cue(t.Lemma) & modalityCues
		if v == nil || v.Form != "fin" {
			kind &^= lang.CueControl // "Aby zakończyć protesty": the protests are real
		}
		if n > 3 {
			// farther back, only the conjunction that opens a wished-for
			// clause: "chce, by Unia Europejska nałożyła sankcje"
			kind &= lang.CueControl
		}
		if kind&lang.CueObligation != 0 && strings.Contains(t.Feats, "Person=1") {
			// "Musimy pomóc Ukrainie": the speakers' own commitment, the
			// act's modality its verb's
			kind &^= lang.CueObligation
		}
		if kind&lang.CueObligation != 0 && pastTense(t) {
			// "musiała wycofać" tells an act done under constraint,
			// "będzie musiało zwiększyć" a necessity foreseen: no
			// obligation stated now
			kind &^= lang.CueObligation
			if p := c.tokPhrase[k]; p != 0 && d.Phrases[p-1].Tense == "fut" {
				kind |= lang.CueFuture
			}
		}
		if kind&lang.CueObligation != 0 && cd.obliged == 0 {
			cd.obliged = k + 1
		}
		if kind != 0 {
			if cueWord == "" || cues&^lang.CueNegation == 0 && kind&^lang.CueNegation != 0 {
				cueWord = d.Form(t.Span)
			}
			cues |= kind
		}
	}
	// an act its subject must or should do is owed, not done, whether
	// or not the obligation is negated ("nie powinien atakować"); one a
	// request asks for is wished, not done
	asker := c.askedClause(cd, vg)
	eager := v != nil && v.Form == "inf" && v.First-1 > s.FirstToken && d.Tokens[v.First-1].UPOS == "PART" && c.eagerTo(cd.sentence, v.First-1)
	switch {
	case eager && cues&(lang.CueHypothetical|lang.CueObligation) == 0:
		// "will not hesitate to shut the electricity off": the negation
		// affirms the act (threat.go, eagerTo)
		mod, why = "future", "negated reluctance before the infinitive"
		if p := c.tokPhrase[v.First-2]; p != 0 && d.Phrases[p-1].Kind == doc.VerbGroup && d.Phrases[p-1].Tense != "fut" {
			mod, why = "asserted", "" // "did not hesitate to strike"
		}
	case v != nil && v.Negated && cues&(lang.CueHypothetical|lang.CueObligation) == 0:
		mod, why = "negated", "negated verb"
	case cues&(lang.CueNegation|lang.CueRefusal) != 0 && cues&(lang.CueHypothetical|lang.CueObligation) == 0:
		mod, why = "negated", fmt.Sprintf("cue %q", cueWord)
	case asker != "":
		mod, why = "hypothetical", fmt.Sprintf("asked for by %q", asker)
		cd.asked = true
	case cues&(lang.CueHypothetical|lang.CueControl) != 0:
		mod, why = "hypothetical", fmt.Sprintf("cue %q", cueWord)
	case cues&lang.CueObligation != 0:
		mod, why = "hypothetical", fmt.Sprintf("obligation %q", cueWord)
	case v != nil && v.Mood == "cnd":
		mod, why = "hypothetical", "conditional mood"
	case cues&lang.CueFuture != 0:
		mod, why = "future", fmt.Sprintf("cue %q", cueWord)
	case v != nil && v.Tense == "fut":
		mod, why = "future", "future tense"
	case dated && before(cd.date, d.Date):
		mod, why = "historical", fmt.Sprintf("date %s before the article's %s", cd.date, d.Date)
	case cues&lang.CueHistorical != 0:
		mod, why = "historical", fmt.Sprintf("cue %q", cueWord)
	}
	// acts that did not happen (yet) are reported less reliably: on the
	// tuning gold, predicted negated, hypothetical and future acts were
	// right less than a third of the time
	switch mod {
	case "negated", "hypothetical":
		cd.confidence -= 0.3
	case "future":
		cd.confidence -= 0.2
	}
	cd.modality = mod
	if why != "" {
		cd.explain = append(cd.explain, "modality "+mod+": "+why)
	}
	if dateWhy != "" {
		cd.explain = append(cd.explain, dateWhy)
	}
	c.refusal(cd, v, cues)
}

// askedClause returns the request verb whose clause the trigger's verb
// opens with a subordinating conjunction, or "": "Związkowcy oczekują, że
// szef MSWiA przystąpi do rozmów", "Polska zażądała, by Niemcy wycofały
// wojska". The act is asked for, not done nor announced by its subject.
// Between the conjunction and the trigger stand only noun phrases, and
// between the request's finite verb and the conjunction a comma or
// adverbs.
func (c *coder) askedClause(cd *candidate, vg int) string {
	d := c.d
	first := d.Sentences[cd.sentence].FirstToken
	k := cd.trigger - 1
	if vg >= 0 {
		k = d.Phrases[vg].First - 1
	}
	for k >= first && c.tokPhrase[k] != 0 && d.Phrases[c.tokPhrase[k]-1].Kind == doc.NounPhrase {
		k--
	}
	if k <= first || d.Tokens[k].UPOS != "SCONJ" || c.tokPhrase[k] != 0 {
		return ""
	}
	for k--; k >= first && (d.Tokens[k].UPOS == "ADV" || d.Form(d.Tokens[k].Span) == ","); k-- {
	}
	if k < first || c.tokPhrase[k] == 0 {
		return ""
	}
	q := &d.Phrases[c.tokPhrase[k]-1]
	if q.Kind != doc.VerbGroup || q.Form != "fin" || q.End != k+1 || q.Negated || !c.heads(q.Lemma, ofType("REQUEST")) {
		return ""
	}
	return d.Form(d.Tokens[q.Head].Span)
}

// pastTense reports whether the token is a verb form of the past ("musiała",
// and the "musiało" of a future "będzie musiało").
func pastTense(t *doc.Token) bool {
	return strings.Contains(t.Feats, "Tense=Past")
}

// before reports whether date a lies well before b. Each value is read
// as the stretch of days it covers (periodOf); a period that contains b,
// overlaps it or follows it is never before it. When both are days or
// weeks, "well before" is four weeks or more: an act of last Monday, or of
// last week, is news, even in the month before. When either is a month or
// coarser, any earlier period is history except one that ends the day
// before b begins: "in April" read on 1 May. So the 1961 treaty and last
// month's talks are history, and "this week" (2024-W18) in an article of
// 2024-05-01 is not.
func before(a, b string) bool {
	pa, oka := periodOf(a)
	pb, okb := periodOf(b)
	if !oka || !okb || !pa.end.Before(pb.start) {
		return false
	}
	gap := pb.start.Sub(pa.end)
	if pa.fine && pb.fine {
		return gap >= 28*24*time.Hour
	}
	return gap > 24*time.Hour
}

// monthOf returns a date value at month precision at most: "2024-06-12"
// → "2024-06", "2024-W25" → "2024-06", "2024-Q2" → "2024-04", "199"
// (the 1990s) → "199"; "" for values that name no date (PAST_REF,
// XXXX-12-07).
func monthOf(v string) string {
	if len(v) < 3 || v[0] < '0' || v[0] > '9' {
		return ""
	}
	if len(v) < 4 || v[3] < '0' || v[3] > '9' {
		return v[:3] // a decade
	}
	y, rest := v[:4], v[4:]
	switch {
	case rest == "":
		return y
	case strings.HasPrefix(rest, "-W") && len(rest) >= 4 && isDigit(rest[2]) && isDigit(rest[3]):
		w := int(rest[2]-'0')*10 + int(rest[3]-'0')
		return fmt.Sprintf("%s-%02d", y, min(12, (w-1)*12/52+1))
	case strings.HasPrefix(rest, "-Q") && len(rest) >= 3 && rest[2] >= '1' && rest[2] <= '4':
		return fmt.Sprintf("%s-%02d", y, int(rest[2]-'0')*3-2)
	case len(rest) >= 3 && rest[0] == '-' && rest[1] >= '0' && rest[1] <= '9':
		return y + rest[:3]
	}
	return y
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// attribution returns who reports the act of trigger ti: the speaker of
// the quotation it stands in, the phrase after an "according to" word
// ("według TASS"), or the subject of a reporting verb of its sentence
// ("podała agencja KCNA").
func (c *coder) attribution(si, ti, vg int, excl map[int]bool) *doc.Participant {
	d := c.d
	if q := c.tokQuote[ti]; q != 0 {
		sp := d.Quotes[q-1].Speaker
		if sp.Text != "" {
			p := &doc.Participant{Entity: sp.Entity, Text: sp.Text}
			if i, ok := c.entityByID[sp.Entity]; ok {
				p.Actor, p.Country = d.Entities[i].Actor, d.Entities[i].Country
			}
			return p
		}
	}
	first := d.Sentences[si].FirstToken
	for _, pi := range c.near(si, ti) {
		p := &d.Phrases[pi]
		switch {
		case p.Kind == doc.NounPhrase && p.Prep != "" && c.x.Cues[p.Prep]&lang.CueAccording != 0,
			p.Kind == doc.NounPhrase && p.First > first && c.cue(d.Tokens[p.First-1].Lemma)&lang.CueAccording != 0:
			if f := c.participant(pi); f != nil {
				return &f.part
			}
		case p.Kind == doc.VerbGroup && pi != vg && c.cue(p.Lemma)&lang.CueReport != 0:
			// the reporter is the verb's own subject; a pronoun ("he
			// said") or a phrase of the event itself names no one new
			f := &frame{c: c, si: si, ti: p.Head, vg: pi, excl: excl, own: -1}
			if s, _ := f.fillAny([]lang.Slot{c.x.Subject}); s != nil && !f.anaphor {
				return &s.part
			}
		}
	}
	return nil
}

// thenWord returns the word of sentence si that points back to a time
// named before ("wtedy", "then"), or "".
func (c *coder) thenWord(si int) string {
	if c.thenSent == si {
		return c.then
	}
	c.thenSent, c.then = si, ""
	s := c.d.Sentences[si]
	for k := s.FirstToken; k < s.EndToken; k++ {
		if c.cue(c.d.Tokens[k].Lemma)&lang.CueThen != 0 {
			c.then = c.d.Form(c.d.Tokens[k].Span)
			break
		}
	}
	return c.then
}

// openingQuote reports whether s is an opening quotation mark, which does
// not end the clause a cue word is looked for in.
func openingQuote(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return s == "\"" || unicode.Is(unicode.Pi, r) || unicode.Is(unicode.Ps, r) && r != '(' && r != '['
}
