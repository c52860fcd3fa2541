package quotes

import (
	"strings"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// dashQuotes finds dialogue quotations: a sentence opening with a dash runs
// on, over several sentences if need be, to a dash followed by a speech
// verb ("– Podpisane dziś … – mówił wówczas Putin."). A dash and a speech
// verb closing a sentence that did not open with one quote the sentence
// from its start, or from a colon in it ("Daliśmy … sygnał - powiedział
// prezydent Francji").
func (a *annotator) dashQuotes() {
	for si := range a.d.Sentences {
		s := a.d.Sentences[si]
		if !a.content(si) || s.FirstToken >= s.EndToken {
			continue
		}
		if f := s.FirstToken; a.toks[f].dash && !a.toks[f].quoted {
			a.dialogue(si)
		}
	}
	for si := range a.d.Sentences {
		if a.content(si) {
			a.dashAfter(si)
		}
	}
}

// prepTail reports whether tokens from k on, before end, are a short
// prepositional phrase that closes the sentence or runs to a comma, with
// no verb: where the speaker comes from ("– mówi Jan Lis z fundacji
// WWF.").
func (a *annotator) prepTail(k, end int) bool {
	if k >= end || a.d.Tokens[k].UPOS != "ADP" || a.toks[k].cap {
		return false
	}
	for j := k + 1; j < end && j <= k+10; j++ {
		if a.sentenceEnd(j) || a.form(j) == "," {
			return j > k+1
		}
		if u := a.d.Tokens[j].UPOS; u == "VERB" || u == "AUX" || a.toks[j].quoted || a.isQuoteMark(j) || a.toks[j].dash {
			return false
		}
	}
	return false
}

// presentTense reports whether the verb at v is in the present tense: a
// turn told as it is said ("– mówi"), not a news lead's report ("–
// poinformowała agencja").
func (a *annotator) presentTense(v int) bool {
	return strings.Contains(a.d.Tokens[v].Feats, "Tense=Pres")
}

// attributionDash reports whether token k is a dash followed by a speech
// verb (after words such as "wówczas"), and returns the verb.
func (a *annotator) attributionDash(k int) (int, bool) {
	if !a.toks[k].dash || a.toks[k].quoted {
		return 0, false
	}
	sent := a.toks[k].sent
	j := k + 1
	for n := 0; n < 2 && j < len(a.toks) && a.toks[j].sent == sent && a.toks[j].kind&lang.Skip != 0; n++ {
		j++
	}
	if j < len(a.toks) && a.toks[j].sent == sent && a.closingVerb(j) && !a.toks[j].quoted {
		return j, true
	}
	// "– nie ukrywa Jan Nowak": a negation before the verb.
	if j+1 < len(a.toks) && a.toks[j].sent == sent && a.negation(j) && a.toks[j+1].sent == sent && a.closingVerb(j+1) && !a.toks[j+1].quoted {
		return j + 1, true
	}
	// "– z żalem dodaje Nawrat", "– o chłopaku mówi Maria Rytwińska": a
	// short prepositional phrase before a verb of saying (only a verb of
	// the list: "– w przyszłym roku wejdzie w życie" is no attribution).
	// "– stanowczo oświadczył", "– krótko mówi": an adverb before a verb
	// of the list.
	if j+1 < len(a.toks) && a.toks[j].sent == sent && a.toks[j].word && !a.toks[j].cap && a.d.Tokens[j].UPOS == "ADV" &&
		a.toks[j+1].sent == sent && a.verb(j+1) && !a.toks[j+1].quoted {
		return j + 1, true
	}
	if j < len(a.toks) && a.toks[j].sent == sent && a.toks[j].word && !a.toks[j].cap && a.d.Tokens[j].UPOS == "ADP" {
		for v := j + 2; v <= j+3 && v < len(a.toks) && a.toks[v].sent == sent; v++ {
			if a.verb(v) && !a.toks[v].quoted && a.closingVerb(v) {
				for w := j + 1; w < v; w++ {
					if !a.toks[w].word || a.toks[w].cap || a.verbal(w) {
						return 0, false
					}
				}
				return v, true
			}
		}
	}
	return 0, false
}

// closingVerb reports whether token j, right after a dash, attributes what
// stands before the dash: a speech verb, or any finite verb in the third
// person that, with the few words after it, closes its sentence ("– … –
// uzasadnia prezes spółki Adam Wolski.", "– … – dziwi się Jan Rybicki."),
// since news reports close a turn with whatever verb suits it.
func (a *annotator) closingVerb(j int) bool {
	if a.verb(j) {
		return true
	}
	if j < 0 || j >= len(a.toks) || !a.toks[j].word || a.toks[j].cap || a.toks[j].quoted || a.toks[j].sent < 0 {
		return false
	}
	t := a.d.Tokens[j]
	if t.UPOS != "VERB" || !strings.Contains(t.Feats, "VerbForm=Fin") || !strings.Contains(t.Feats, "Mood=Ind") ||
		strings.Contains(t.Feats, "Person=1") || strings.Contains(t.Feats, "Person=2") ||
		a.x.FirstPersonEnding(string(a.lower(a.form(j)))) {
		return false
	}
	sent := a.toks[j].sent
	for k := j + 1; k < len(a.toks) && a.toks[k].sent == sent; k++ {
		if a.sentenceEnd(k) || a.form(k) == "," {
			return true
		}
		if k-j > 8 || a.toks[k].quoted || a.isQuoteMark(k) || a.toks[k].dash {
			return false
		}
		if u := a.d.Tokens[k].UPOS; u == "VERB" || u == "AUX" {
			return false
		}
	}
	return true
}

func (a *annotator) dialogue(si int) {
	s := a.d.Sentences[si]
	opener := s.FirstToken
	block := s.Block
	for sj := si; sj < len(a.d.Sentences) && a.d.Sentences[sj].Block == block; sj++ {
		t := a.d.Sentences[sj]
		if sj > si && t.FirstToken < t.EndToken && a.toks[t.FirstToken].dash {
			break // a new turn before any attribution
		}
		for k := max(t.FirstToken, opener+1); k < t.EndToken; k++ {
			if a.toks[k].quoted {
				// Quotation marks inside the turn ("– Stanowisko … „obopólnie
				// korzystnego” projektu zostało potwierdzone – podaje Kreml"):
				// the turn is the quotation if an attribution closes it.
				continue
			}
			if k == t.FirstToken {
				continue
			}
			v, ok := a.attributionDash(k)
			if !ok {
				v, ok = a.attributionComma(k)
			}
			if ok {
				q := found{Quote: doc.Quote{Span: doc.Span{Start: a.d.Tokens[opener].End, End: a.d.Tokens[k].Start}}, verbTok: v}
				q.spkFrom, q.spkTo, q.wantPrev = a.npAfterOrNone(v)
				// A turn of one word is speech when its attribution names a
				// speaker or drops one ("- Nie - mówi pan Cyrikas.", "- Tak -
				// odparła.").
				if n := a.words(q.Start, q.End); n >= 2 || n == 1 && a.verb(v) {
					a.removeWithin(q.Span)
					a.add(q)
				}
				return
			}
		}
	}
	if a.dialogueLines(si) {
		return
	}
	a.unattributedTurn(si)
}

// dialogueLines carries a turn that its own paragraph does not close over
// the next one-sentence paragraphs, as texts laid out a sentence a line
// have it ("- Widać, że … .⏎Bardzo mi się spodobał.⏎Tacy ludzie … -
// stwierdziła."): up to four such lines, none opening with a dash or
// holding speech of its own (unless the turn opens in the first person), the last closed by a dash or a comma, a
// speech verb and its speaker.
func (a *annotator) dialogueLines(si int) bool {
	if !a.oneSentence(si) {
		return false
	}
	opener := a.d.Sentences[si].FirstToken
	// A turn in the speaker's own voice may tell what others said on a
	// line of its own ("- Sąsiedzi zaalarmowali mnie.⏎Powiedzieli, że dom
	// płonie.⏎… - opowiada Jan Lis.").
	own := a.hasFirst(opener, a.d.Sentences[si].EndToken)
	for sj := si + 1; sj < len(a.d.Sentences) && sj <= si+4; sj++ {
		t := a.d.Sentences[sj]
		if !a.content(sj) || t.FirstToken >= t.EndToken || a.toks[t.FirstToken].dash || !a.oneSentence(sj) || own && a.marked(t.FirstToken, t.EndToken) {
			return false
		}
		for k := t.FirstToken + 1; k < t.EndToken; k++ {
			v, ok := a.attributionDash(k)
			if !ok {
				v, ok = a.attributionComma(k)
			}
			if !ok {
				continue
			}
			from, to, pron := a.npAfterOrNone(v)
			end := v + 1
			if !pron && from >= 0 {
				end = to
			}
			if from >= 0 && end < t.EndToken && !a.sentenceEnd(end) && a.form(end) != "," {
				return false
			}
			if !own && a.hasSpeech(t.FirstToken, k) {
				return false
			}
			q := found{Quote: doc.Quote{Span: doc.Span{Start: a.d.Tokens[opener].End, End: a.d.Tokens[k].Start}}, verbTok: v, spkFrom: from, spkTo: to, wantPrev: pron}
			a.removeWithin(q.Span)
			return a.add(q)
		}
		if !own && a.hasSpeech(t.FirstToken, t.EndToken) {
			return false
		}
	}
	return false
}

// speechColon reports whether a speech or stance verb and a colon stand
// in tokens [from, to): "mówi: …" opens a quotation.
func (a *annotator) speechColon(from, to int) bool {
	for k := from; k+1 < to; k++ {
		if a.speechOrStance(k) && a.form(k+1) == ":" {
			return true
		}
	}
	return false
}

// marked reports whether a quotation mark stands in tokens [from, to): a
// line with a quotation of its own.
func (a *annotator) marked(from, to int) bool {
	for k := from; k < to; k++ {
		if a.isQuoteMark(k) {
			return true
		}
	}
	return false
}

// oneSentence reports whether sentence si is alone in its block.
func (a *annotator) oneSentence(si int) bool {
	b := a.d.Sentences[si].Block
	return (si == 0 || a.d.Sentences[si-1].Block != b) && (si+1 == len(a.d.Sentences) || a.d.Sentences[si+1].Block != b)
}

// attributionComma reports whether token k is a comma followed by a speech
// verb and its speaker that close the sentence ("- Musimy pomóc,
// powiedziała minister."), and returns the verb.
func (a *annotator) attributionComma(k int) (int, bool) {
	if a.form(k) != "," || a.toks[k].quoted {
		return 0, false
	}
	sent := a.toks[k].sent
	j := k + 1
	for n := 0; n < 2 && j < len(a.toks) && a.toks[j].sent == sent && a.toks[j].kind&lang.Skip != 0; n++ {
		j++
	}
	if j >= len(a.toks) || a.toks[j].sent != sent || !a.verb(j) || a.toks[j].quoted {
		return 0, false
	}
	end := j + 1
	if from, to, pron := a.npAfter(j); !pron && from >= 0 {
		end = to
	}
	if end < len(a.toks) && a.toks[end].sent == sent && !a.sentenceEnd(end) {
		return 0, false
	}
	return j, true
}

// unattributedTurn takes a dialogue turn that no attribution closes ("-
// Wolność słowa jest … ." after "- …, powiedziała." or after "Raja mówi,
// że …") as a quotation of the speaker before, when the sentence before it
// reports speech or ends a quotation, or the turn speaks in the first or
// second person. The turn runs to the end of its paragraph, or to the next
// turn or sentence with a speech verb.
func (a *annotator) unattributedTurn(si int) {
	s := a.d.Sentences[si]
	last := si
	for sj := si + 1; sj < len(a.d.Sentences) && a.d.Sentences[sj].Block == s.Block; sj++ {
		t := a.d.Sentences[sj]
		if t.FirstToken < t.EndToken && a.toks[t.FirstToken].dash || a.hasSpeech(t.FirstToken, t.EndToken) || !a.content(sj) {
			break
		}
		last = sj
	}
	// A run of turns (an interview's answers, a dialogue): the turn before
	// or after this one opens with a dash too. A turn in such a run, or one
	// that asks, is speech even when it tells what someone said ("- Dużo o
	// tym pisał Antoni Słonimski, mój stryj.").
	run := a.turnRun(si, last)
	// A turn alone among sentences of narration ("W PRL … były tępione.⏎-
	// Do dzisiaj przetrwały …, a o ich powrocie zdecydowali
	// konsumenci."): a spoken sentence after a dash is someone's words,
	// though the text does not say whose. One that holds a quotation of
	// its own ("- Wałęsa mówi: bierzcie …", "- Trener Jan Lis: „…”")
	// tells whose words follow, and the rules of those forms take them.
	// The turn opens its paragraph: a dash inside one may close a post
	// quoted from elsewhere ("… — Jan Lis 27 czerwca 2018").
	end0 := a.d.Sentences[last].EndToken
	lone := a.x.LoneTurn && !run && (si == 0 || a.d.Sentences[si-1].Block != s.Block) && a.spokenTurn(si, last) && !a.marked(s.FirstToken, end0) && !a.speechColon(s.FirstToken, end0)
	tells := !run && !a.question(si) && a.reports(s.FirstToken+1, s.EndToken)
	if tells && !lone {
		return
	}
	end := a.d.Sentences[last]
	reported := false
	if si > 0 && a.content(si-1) {
		p := a.d.Sentences[si-1]
		for k := p.FirstToken; k < p.EndToken && !reported; k++ {
			reported = a.verb(k) && !a.toks[k].quoted
		}
		for _, f := range a.found {
			reported = reported || f.End > p.Start && f.End <= p.End
		}
	}
	// An interview: a turn that asks, and the turn that answers it. Who
	// asks is not named, and who answers is not the speaker before.
	interview := a.question(si) || si > 0 && a.content(si-1) && a.question(si-1) && a.turnOpens(si-1)
	unnamed := interview || tells
	if !reported && !interview && !run && !a.hasFirst(s.FirstToken, end.EndToken) {
		if !lone {
			return
		}
		unnamed = true
	}
	q := found{Quote: doc.Quote{Span: doc.Span{Start: a.d.Tokens[s.FirstToken].End, End: end.End}}, verbTok: -1, spkFrom: -1, spkTo: -1, wantPrev: true, unnamed: unnamed}
	// An answer: a turn that does not ask, after one that does. Its
	// speaker is the interviewee, when a label named them before.
	q.answer = interview && !a.question(si)
	for q.Start < q.End && (a.d.Text[q.Start] == ' ' || a.d.Text[q.Start] == '\t') {
		q.Start++
	}
	if n := a.words(q.Start, q.End); n >= 3 || interview && n >= 1 {
		a.add(q)
	}
}

// turnRun reports whether the turn of sentences si..last stands in a run
// of turns: the content sentence before si or after last opens with a
// dash, and the turn reads as a spoken sentence (a capital first word, a
// finite verb, a closing stop), which a dashed list of items does not.
func (a *annotator) turnRun(si, last int) bool {
	if !a.spokenTurn(si, last) {
		return false
	}
	return si > 0 && a.content(si-1) && a.turnOpens(si-1) ||
		last+1 < len(a.d.Sentences) && a.content(last+1) && a.turnOpens(last+1) ||
		a.turnBefore(si)
}

// spokenTurn reports whether the turn of sentences si..last reads as a
// spoken sentence: a capital first word after the dash, a finite verb, a
// closing stop; a dashed list of items reads otherwise.
func (a *annotator) spokenTurn(si, last int) bool {
	s := a.d.Sentences[si]
	first := s.FirstToken + 1
	if first >= s.EndToken || !a.toks[first].word || !a.toks[first].cap {
		return false
	}
	return a.hasFinite(first, s.EndToken) && a.closedBefore(a.d.Sentences[last].EndToken)
}

// turnBefore reports whether a turn with no attribution opens, with a
// dash, at most three sentences before sentence si, and the sentences
// between go on from it: none of them has a verb of saying ("- Nie jestem
// zadowolony. …. …. - Liderzy twierdzą, że …", an interview laid out a
// sentence a line).
func (a *annotator) turnBefore(si int) bool {
	for sj := si - 1; sj >= 0 && sj >= si-4; sj-- {
		t := a.d.Sentences[sj]
		if !a.content(sj) {
			return false
		}
		if a.turnOpens(sj) {
			if sj == si-1 {
				return false
			}
			for _, f := range a.found {
				if f.verbTok < 0 && f.Start >= t.Start && f.Start < t.End {
					return true
				}
			}
			return false
		}
		if a.hasSpeech(t.FirstToken, t.EndToken) {
			return false
		}
	}
	return false
}

// personSays reports whether a speech verb at v has a person's mention
// as its speaker [from, to) ("… – powiedział w piątek premier Mateusz
// Morawiecki."): a person's words closed by a dash are speech in any
// person, where a medium's or an office's ("– przekazał portal", "–
// podaje PAP") are a report.
func (a *annotator) personSays(v, from, to int, pron bool) bool {
	if pron || from < 0 || !a.verb(v) {
		return false
	}
	pf, _, ok := a.personIn(from, to)
	return ok && pf >= from
}

// afterQuote reports whether a found quotation ends in the sentence before
// si, in its paragraph, or a turn opens there after a colon: si may go on
// with that quotation's words.
func (a *annotator) afterQuote(si int) bool {
	if si == 0 || a.d.Sentences[si-1].Block != a.d.Sentences[si].Block {
		return false
	}
	p := a.d.Sentences[si-1]
	for k := p.FirstToken; k+1 < p.EndToken; k++ {
		if a.form(k) == ":" && a.toks[k+1].dash {
			return true // "napisał: – … . …": a turn opened after a colon
		}
	}
	for _, f := range a.found {
		if f.End > p.Start && f.End <= p.End {
			return true
		}
	}
	return false
}

// turnOpens reports whether sentence si opens with a dash outside quotes.
func (a *annotator) turnOpens(si int) bool {
	s := a.d.Sentences[si]
	return s.FirstToken < s.EndToken && a.toks[s.FirstToken].dash && !a.toks[s.FirstToken].quoted
}

// question reports whether sentence si ends with a question mark.
func (a *annotator) question(si int) bool {
	s := a.d.Sentences[si]
	for k := s.EndToken - 1; k > s.FirstToken; k-- {
		switch f := a.form(k); {
		case f == "?":
			return true
		case a.toks[k].word || a.d.Tokens[k].Kind == doc.Number:
			return false
		}
	}
	return false
}

func (a *annotator) npAfterOrNone(v int) (int, int, bool) {
	from, to, pron := a.npAfter(v)
	if pron {
		return -1, -1, true
	}
	return from, to, false
}

// dashAfter handles "Text – powiedział X." in a sentence that did not open
// with a dash. The verb and its speaker must close the sentence (or a
// comma follow them: "powiedział prezydent Francji, który …"); the quoted
// part starts at the sentence start or after an opening mark, takes in the
// sentences before it that speak in the first person ("Wiele osób nie
// rozumie, że nadal rozmawiam z Putinem … Taka jest rola Francji -
// podkreślił Macron"), must speak in the first or second person itself
// (else it is a report: "… – przekazał portal politico.com"), hold three
// words or more and no speech verb of its own.
func (a *annotator) dashAfter(si int) {
	s := a.d.Sentences[si]
	for k := s.FirstToken + 1; k < s.EndToken; k++ {
		v, ok := a.attributionDash(k)
		if !ok {
			continue
		}
		if a.isQuoteMark(k-1) && a.quoteEndsAt(a.d.Tokens[k-1].Start) {
			continue // markQuotes attributed it
		}
		if a.form(k-1) == ":" {
			continue // "Jan Lis (7 l.): - Obiecuję …": a dash after a colon opens a turn
		}
		from, to, pron := a.npAfterOrNone(v)
		end := v + 1
		if !pron {
			end = to
		}
		if end < s.EndToken && !a.sentenceEnd(end) && a.form(end) != "," && !(a.presentTense(v) && !pron && a.personStartsAt(from) && a.prepTail(end, s.EndToken)) {
			continue
		}
		stop := k // the quotation ends before the dash, or before a closing mark
		if a.isQuoteMark(k - 1) {
			stop = k - 1
		}
		start := s.FirstToken
		turn := false // a turn opened after a colon in the sentence
		for j := stop - 1; j > s.FirstToken; j-- {
			if f := a.form(j); f == "„" || f == "\"" || f == "“" || f == "«" || f == ",," {
				start = j + 1
				break
			}
			if a.colonTurn(j) {
				start, turn = j+1, true
				break
			}
		}
		if start >= stop || a.reports(start, stop) {
			continue
		}
		if start == s.FirstToken {
			for n, sj := 0, si-1; n < 2 && sj >= 0; n, sj = n+1, sj-1 {
				t := a.d.Sentences[sj]
				if t.Block != s.Block || !a.content(sj) || a.hasSpeech(t.FirstToken, t.EndToken) || !a.hasFirst(t.FirstToken, t.EndToken) {
					break
				}
				start = t.FirstToken
			}
		}
		// A question or an exclamation closed by a speech verb is speech
		// whatever its person ("Co przeszkadza w decyzji? – pytali
		// dziennikarze"); so is a sentence whose full stop comes before
		// the dash, where a closing mark was lost ("… obaw o
		// bezpieczeństwo. – ocenił adwokat.").
		// So is a turn a colon opens ("… nie współczuje: - To jest
		// człowiek nie do życia - mówi."), and the words of someone named
		// before or by office only ("… nie powinien powstać - przekonuje.",
		// "– dodał minister.").
		if !turn && !a.hasFirst(start, stop) && !a.closedBefore(stop) &&
			!((a.personSays(v, from, to, pron) || a.saysBack(v, from, to, pron)) && !a.afterQuote(si)) {
			continue
		}
		q := found{Quote: doc.Quote{Span: doc.Span{Start: a.d.Tokens[start].Start, End: a.d.Tokens[stop].Start}}, verbTok: v, spkFrom: from, spkTo: to, wantPrev: pron}
		if a.words(q.Start, q.End) >= 3 {
			a.add(q)
		}
		return
	}
}

// colonTurn reports whether token j is a dash that opens a turn after a
// colon in mid-sentence ("Jerzy H. nie współczuje: - To jest …").
func (a *annotator) colonTurn(j int) bool {
	return j > 0 && a.toks[j].dash && !a.toks[j].quoted && a.form(j-1) == ":"
}

// saysBack reports whether the speech verb at v closing a dash speaks for
// someone the text named before: its subject dropped ("– przekonuje.") or
// an office alone ("– dodał minister."), not a medium ("– podał portal").
func (a *annotator) saysBack(v, from, to int, pron bool) bool {
	if !a.verb(v) {
		return false
	}
	if c := v + 1; c+1 < len(a.toks) && a.form(c) == "," && a.toks[c+1].kind&lang.ClauseIntro != 0 {
		return false // "X - były rzecznik - napisał, że …": the dashes set off a description
	}
	if pron {
		return true
	}
	if from < 0 || to <= from {
		return false
	}
	for k := from; k < to; k++ {
		if a.toks[k].kind&lang.Medium != 0 {
			return false
		}
	}
	return a.rolePhrase(speaker{from: from, to: to})
}

// closedBefore reports whether the token before stop is a question or an
// exclamation mark or a full stop after a word that is no abbreviation.
func (a *annotator) closedBefore(stop int) bool {
	if stop < 1 {
		return false
	}
	f := a.form(stop - 1)
	if f == "." && stop >= 2 && a.toks[stop-2].word {
		// not the point of an abbreviation ("… o 5 proc. – podał")
		_, abbr := a.l.Abbrev[string(a.lower(a.form(stop-2)))]
		return !abbr
	}
	return f == "?" || f == "!" || f == "…"
}

// hasSpeech reports whether tokens [from, to) hold a speech or stance
// verb, a dash, a quotation mark or a quoted token.
func (a *annotator) hasSpeech(from, to int) bool {
	for j := from; j < to; j++ {
		if a.speechOrStance(j) || a.toks[j].quoted || a.isQuoteMark(j) || a.toks[j].dash && j == from {
			return true
		}
	}
	return false
}

// reports is hasSpeech for the words before "– powiedział X": a verb of
// saying in the first or second person is the speaker's own ("Zwracam się
// do premiera o pomoc – powiedział."), not a report of someone's speech.
func (a *annotator) reports(from, to int) bool {
	for j := from; j < to; j++ {
		if a.speechOrStance(j) && a.firstPersonVerb(j) {
			continue
		}
		if a.speechOrStance(j) || a.toks[j].quoted || a.isQuoteMark(j) || a.toks[j].dash && j == from {
			return true
		}
	}
	return false
}

// hasFirst reports whether tokens [from, to) hold a first- or
// second-person word.
func (a *annotator) hasFirst(from, to int) bool {
	for j := from; j < to; j++ {
		t := a.toks[j]
		if !t.word {
			continue
		}
		tok := a.d.Tokens[j]
		if t.kind&lang.First != 0 || strings.Contains(tok.Feats, "Person=1") || strings.Contains(tok.Feats, "Person=2") ||
			a.x.FirstPersonEnding(string(a.lower(a.form(j)))) {
			return true
		}
	}
	return false
}

// quoteEndsAt reports whether a found quotation ends at byte off (its
// closing mark starts there).
func (a *annotator) quoteEndsAt(off int) bool {
	return a.ends[off] > 0
}

// colonQuotes finds "Macron powiedział: Decyzja należy do Ukrainy. …":
// a speech verb, a colon, and no quotation mark. The quotation runs to the
// end of the sentence and on over the next sentences of the paragraph that
// hold no speech verb, dash or quotation of their own.
func (a *annotator) colonQuotes() {
	for si := range a.d.Sentences {
		if !a.content(si) {
			continue
		}
		s := a.d.Sentences[si]
		if a.nameColon(si) {
			continue
		}
		for v := s.FirstToken; v+2 < s.EndToken; v++ {
			if !a.verb(v) || a.toks[v].quoted {
				continue
			}
			// "napisał, że …: – Ten gazociąg szkodzi …": a colon and a
			// dash later in the clause open the quotation.
			open := v + 1
			if a.form(open) != ":" {
				for k := v + 1; k+2 < s.EndToken; k++ {
					if a.toks[k].quoted || a.isQuoteMark(k) || a.speechOrStance(k) {
						break
					}
					if a.form(k) == ":" && a.toks[k+1].dash {
						open = k
						break
					}
				}
			}
			if a.form(open) != ":" {
				continue
			}
			first := open + 1
			if open > v+1 || first < s.EndToken && a.toks[first].dash && !a.toks[first].quoted {
				// "oznajmił: - To jest warte …": the dash after the
				// colon opens the quotation too.
				first = open + 2
			}
			if first >= s.EndToken || a.toks[first].quoted || !a.toks[first].word {
				continue
			}
			end := a.colonQuoteEnd(si)
			q := found{Quote: doc.Quote{Span: doc.Span{Start: a.d.Tokens[first].Start, End: end}}, verbTok: v}
			q.spkFrom, q.spkTo, q.wantPrev = a.subjectOf(v)
			// A turn the dash opens is speech however short ("mówi krótko:
			// - Miał odchyły.").
			if n := a.words(q.Start, q.End); n >= 3 || n >= 1 && first == open+2 {
				a.add(q)
			}
			break
		}
		a.labelTurn(si)
	}
}

// labelTurn finds a turn that a dash opens after a colon with no verb of
// saying before it: a speaker's label ("Jan Rokita: - Koalicja …", "TR: -
// Kino to …", "Stefan Lis (62 l.), senator: - …"), or a clause that
// introduces words ("Wszyscy jego znajomi są zgodni: - Program …"). The
// speaker is the person the label names; a label that names no one, or a
// clause, gives none.
func (a *annotator) labelTurn(si int) {
	s := a.d.Sentences[si]
	for k := s.FirstToken + 1; k+2 < s.EndToken; k++ {
		if a.form(k) != ":" || !a.colonTurn(k+1) || a.toks[k+1].quoted {
			continue
		}
		first := k + 2
		if a.toks[first].quoted || !a.toks[first].word || !a.toks[first].cap {
			return
		}
		q := found{Quote: doc.Quote{Span: doc.Span{Start: a.d.Tokens[first].Start, End: a.colonQuoteEnd(si)}}, verbTok: -1, spkFrom: -1, spkTo: -1, unnamed: true}
		if k < s.FirstToken+30 {
			// The label opens with the name, perhaps after titles ("Ks. bp
			// Jan Lis: - …", an abbreviation written without its period
			// too), not with initials it cut ("Z. R.: - …").
			start := s.FirstToken
			for start < k {
				if a.toks[start].word && a.toks[start].kind&lang.Title != 0 {
					start++
					continue
				}
				if _, abbr := a.l.Abbrev[string(a.lower(a.form(start)))]; abbr && a.toks[start].word && start+1 < k {
					if a.form(start+1) == "." {
						start += 2
						continue
					}
					// "Bp Jan Lis", and in a label written in capitals
					// "BP ANTONI DŁUGOSZ: -".
					if (!a.toks[start].cap || a.toks[start].caps && a.toks[start+1].caps) && a.toks[start+1].cap {
						start++
						continue
					}
				}
				break
			}
			// "Jan Lis, działacz związku, więziony w 1984 r.: - …": a
			// longer label is the name and its apposition after a comma,
			// with no finite verb.
			if a.initials(s.FirstToken, k) {
				// "A. K.: -", "Z. R.: -": initials name no one the
				// quotation can link; a part of them is no speaker.
			} else if pf, pt, ok := a.personIn(s.FirstToken, k); ok && pf == start &&
				(k < s.FirstToken+12 && !a.hasVerb(s.FirstToken, k) || pt < k && a.form(pt) == "," && !a.hasFinite(pt, k)) {
				q.spkFrom, q.spkTo, q.unnamed = pf, pt, false
			}
			// "Wszoła: - Udało jej się.": an interview's or a debate's
			// label may be a surname alone, which the recognizer does not
			// tag at the head of a sentence; a word the text writes
			// capitalized inside its sentences, or a proper noun, is a
			// name, and a common noun ("Facet: -", "Motto: -") is not.
			if q.unnamed && start == s.FirstToken && k == start+1 && a.isName(start) && !a.verbal(start) {
				q.spkFrom, q.spkTo, q.unnamed = start, k, false
			}
		}
		// "Jan Nowak nie ma wątpliwości: - To był błąd.": a person
		// opens the clause (a finite verb; a bare label is the rule
		// above's) before the colon, as with "… wątpliwości: „…”".
		if q.unnamed && a.hasFinite(s.FirstToken, k) && !a.hasFirst(s.FirstToken, k) {
			if pf, pt, ok := a.subjectBeforeColon(s.FirstToken, k); ok {
				q.spkFrom, q.spkTo, q.unnamed = pf, pt, false
			}
		}
		if a.words(q.Start, q.End) >= 1 {
			a.add(q)
		}
		return
	}
}

// initials reports whether tokens [from, to) are initials alone ("A.
// K.", "Z.R.").
func (a *annotator) initials(from, to int) bool {
	for k := from; k < to; k++ {
		if f := a.form(k); f != "." && (len([]rune(f)) != 1 || !a.toks[k].cap) {
			return false
		}
	}
	return to > from
}

// hasVerb reports whether tokens [from, to) hold a verb: a label before a
// colon has none, a clause does.
func (a *annotator) hasVerb(from, to int) bool {
	for k := from; k < to; k++ {
		if a.verbal(k) {
			return true
		}
	}
	return false
}

// hasFinite reports whether tokens [from, to) hold a finite verb.
func (a *annotator) hasFinite(from, to int) bool {
	for k := from; k < to; k++ {
		if a.finiteVerb(k) {
			return true
		}
	}
	return false
}

// finiteVerb reports whether token k is a finite verb.
func (a *annotator) finiteVerb(k int) bool {
	return a.verbal(k) && strings.Contains(a.d.Tokens[k].Feats, "VerbForm=Fin")
}

// colonQuoteEnd returns where a quotation opened by a colon in sentence
// si ends: at the end of the sentence and of the next sentences of its
// paragraph that hold no speech verb, dash or quotation of their own.
func (a *annotator) colonQuoteEnd(si int) int {
	s := a.d.Sentences[si]
	end := s.End
	for sj := si + 1; sj < len(a.d.Sentences) && a.d.Sentences[sj].Block == s.Block; sj++ {
		t := a.d.Sentences[sj]
		for k := t.FirstToken; k < t.EndToken; k++ {
			if a.speechOrStance(k) || a.toks[k].dash || a.toks[k].quoted || a.isQuoteMark(k) {
				return end
			}
		}
		end = t.End
	}
	return end
}

// nameColon finds "Premier Theresa May: Nie będzie drugiego referendum.",
// "Jan Lis: Nie ustąpimy." (an interview's answer, a headline): a
// sentence that opens with a person's name, perhaps after titles, and a
// colon, then three words or more with no quotation mark. The name must
// be a person's mention, so that "Brexit: parlament odrzucił umowę" is
// none, and what follows must have a finite verb, as headlines often do
// not.
func (a *annotator) nameColon(si int) bool {
	s := a.d.Sentences[si]
	// A title or heading ("Macron: Nie możemy decydować za Ukrainę")
	// repeats what the article quotes; so may the first paragraph of a
	// text whose title is not marked.
	if b := a.d.Blocks[s.Block]; b.Kind != doc.Paragraph || a.firstContentBlock(s.Block) {
		return false
	}
	colon := -1
	for k := s.FirstToken; k < s.EndToken && k < s.FirstToken+10; k++ {
		if a.form(k) == ":" {
			colon = k
			break
		}
	}
	if colon < 0 || colon >= s.FirstToken+7 && !(colon+1 < s.EndToken && a.toks[colon+1].dash) {
		return false // a longer name and description only before a turn
	}
	// "Jan Lis: – Nie ustąpimy." (a vox pop, an interview's turn): the dash
	// opens a turn, which a headline does not have.
	open := colon + 1
	turn := open < s.EndToken && a.toks[open].dash && !a.toks[open].quoted
	if turn {
		open++
	}
	if open >= s.EndToken || !a.toks[open].word || !a.toks[open].cap || a.toks[open].quoted {
		return false
	}
	from, to, ok := a.nameBeforeColon(s.FirstToken, colon)
	if !ok && turn {
		// "Dominika, masażystka, 30 lat: – …", "Olga Lis (7 l.): – …":
		// the name, then a comma or a bracket and what she is.
		for c := s.FirstToken + 1; c < colon; c++ {
			if f := a.form(c); f == "," || f == "(" {
				from, to, ok = a.nameBeforeColon(s.FirstToken, c)
				break
			}
		}
	}
	if !ok {
		return false
	}
	if pf, pt, ok := a.personIn(from, to); !ok || pf != from || pt != to {
		return false
	}
	// Headlines drop their verbs ("Trump: Niemcy niewolnikiem Rosji");
	// speech keeps them.
	finite := turn
	for k := colon + 1; k < s.EndToken && !turn; k++ {
		if a.isQuoteMark(k) || a.toks[k].quoted {
			return false
		}
		if a.finiteVerb(k) {
			finite = true
		}
	}
	if !finite {
		return false
	}
	q := found{Quote: doc.Quote{Span: doc.Span{Start: a.d.Tokens[open].Start, End: a.colonQuoteEnd(si)}}, verbTok: -1, spkFrom: from, spkTo: to}
	return a.words(q.Start, q.End) >= 3 && a.add(q)
}

// firstContentBlock reports whether block bi is the document's first
// block of content.
func (a *annotator) firstContentBlock(bi int) bool {
	for b := 0; b < bi; b++ {
		if a.d.Blocks[b].Content() {
			return false
		}
	}
	return true
}

func (a *annotator) isQuoteMark(k int) bool {
	switch a.form(k) {
	case "„", "”", "“", "\"", "«", "»", ",,", "''":
		return true
	}
	return false
}
