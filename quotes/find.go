package quotes

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// closers returns the marks that may close an opening quotation mark, or
// "" when r opens none. Typography in the wild mixes them ("killed and
// injured 1,000"), so a closer of a related style is accepted too.
func closers(r rune) string {
	switch r {
	case '„':
		return "”“\""
	case '“':
		return "”\""
	case '"':
		return "\"”"
	case '«':
		return "»"
	case '»':
		return "«"
	case '‚':
		return "’‘"
	}
	return ""
}

// markQuotes finds the spans between quotation marks in each content block
// and keeps those that are quotations: attributed by a speech verb after
// them ("…" – powiedział Biden; "…," Cavusoglu said), governed by one
// before them (powiedział, iż „…”; walczących o „…”; said: "…"), or a
// sentence that continues the quotation before.
//
// A quotation over several paragraphs opens each of them with a mark and
// closes only the last ("„… ¶ „… ” – zapowiedział Lis"): a paragraph left
// open, followed by one that opens with a mark, is a quotation of the
// same speaker as the quotation that paragraph opens with.
func (a *annotator) markQuotes() {
	var pending []doc.Span // paragraphs left open, waiting for the one that closes
	lastBlock := -1
	for bi, b := range a.d.Blocks {
		if !b.Content() || a.bp.Overlaps(b.Span) {
			continue
		}
		if lastBlock >= 0 && lastBlock != bi-1 {
			pending = pending[:0]
		}
		lastBlock = bi
		first := b.Start
		for first < b.End && first < len(a.d.Text) && (a.d.Text[first] == ' ' || a.d.Text[first] == '\t' || a.d.Text[first] == '\n') {
			first++
		}
		open, openAt, openEnd := rune(0), 0, 0
		for i := b.Start; i < b.End && i < len(a.d.Text); {
			r, size := a.markRune(i, b.End)
			if open == 0 {
				if r == '”' && a.opensWord(i, size) {
					r = '“' // ”…”: a closing mark typed for both
				}
				if closers(r) != "" {
					open, openAt, openEnd = r, i, i+size
				} else if r == '”' {
					n := len(a.found)
					a.strayCloser(i, i+size)
					if len(pending) > 0 && len(a.found) > n && a.found[len(a.found)-1].Start == first {
						a.addPending(pending, a.found[len(a.found)-1])
					}
					pending = pending[:0]
				}
			} else if r == '"' && open != '"' && a.opensWord(i, size) {
				// „Porozumienie "Chequers" jest martwe”: straight marks
				// inside others quote a name; the outer mark closes later.
				if j := strings.IndexByte(a.d.Text[i+size:min(b.End, len(a.d.Text))], '"'); j >= 0 {
					i += size + j + 1
					continue
				}
			} else if containsRune(closers(open), r) {
				n := len(a.found)
				a.markQuote(bi, openAt, openEnd, i, i+size)
				if openAt == first && len(pending) > 0 && len(a.found) > n {
					a.addPending(pending, a.found[len(a.found)-1])
				}
				pending = pending[:0]
				open = 0
			}
			i += size
		}
		if open == 0 || openAt != first {
			pending = pending[:0]
		}
		if open != 0 && (openAt == first || openAt > 0 && a.d.Text[openAt-1] == '\n') {
			// To the end of the paragraph, or of the line in a text laid
			// out a sentence a line.
			end := min(b.End, len(a.d.Text))
			if nl := strings.IndexByte(a.d.Text[openEnd:end], '\n'); nl >= 0 {
				end = openEnd + nl
			}
			a.unclosed(openAt, openEnd, end)
		}
		if open != 0 {
			if end := min(b.End, len(a.d.Text)); a.words(openEnd, end) >= 3 {
				pending = append(pending, doc.Span{Start: openEnd, End: end})
			} else {
				pending = pending[:0]
			}
		}
	}
}

// unclosed takes a paragraph that opens with a quotation mark no mark
// closes, the closing one lost, as a quotation to its end when an
// attribution between dashes stands inside it ("" W poznańskich zawodach
// - mówi H. Wawrzyniak - gdzie … zrobić."): both parts are the speaker's.
func (a *annotator) unclosed(oa, oe, end int) {
	tOpen, tEnd := a.tokenAt(oa), a.tokenBefore(end)
	if tOpen >= len(a.toks) || tEnd <= tOpen || a.toks[tOpen].sent < 0 {
		return
	}
	d1, v, d2, ok := a.innerAttribution(tOpen+1, tEnd+1)
	if !ok {
		return
	}
	q := found{Quote: doc.Quote{Span: doc.Span{Start: oe, End: end}}, verbTok: v}
	q.spkFrom, q.spkTo, q.wantPrev = a.npAfterOrNone(v)
	first, second := q, q
	first.End, second.Start = a.d.Tokens[d1].Start, a.d.Tokens[d2].End
	a.add(first)
	a.add(second)
}

// markRune returns the character at byte i of the text and its size,
// reading the two-character marks of plain keyboards as the marks they
// stand for: two commas as „ and two apostrophes as ”.
func (a *annotator) markRune(i, end int) (rune, int) {
	t := a.d.Text
	if i+1 < end && i+1 < len(t) {
		if t[i] == ',' && t[i+1] == ',' {
			return '„', 2
		}
		if t[i] == '\'' && t[i+1] == '\'' {
			return '”', 2
		}
	}
	return utf8.DecodeRuneInString(t[i:])
}

// opensWord reports whether the mark at [i, i+size) stands before a word
// and after a space, a line's start or a dash: an opening mark, whatever
// its shape.
func (a *annotator) opensWord(i, size int) bool {
	t := a.d.Text
	if i+size >= len(t) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(t[i+size:])
	if !unicode.IsLetter(next) && !unicode.IsDigit(next) {
		return false
	}
	if i == 0 {
		return true
	}
	prev, _ := utf8.DecodeLastRuneInString(t[:i])
	return unicode.IsSpace(prev) || prev == '(' || prev == '–' || prev == '-'
}

// addPending adds the paragraphs of a quotation left open before the
// paragraph of quotation q that closes it, with q's verb and speaker.
func (a *annotator) addPending(pending []doc.Span, q found) {
	for _, sp := range pending {
		p := found{Quote: doc.Quote{Span: sp}, verbTok: q.verbTok, spkFrom: q.spkFrom, spkTo: q.spkTo, wantPrev: q.wantPrev, cont: q.cont}
		a.add(p)
	}
}

// strayCloser takes a closing mark at [ca, ce) that no mark opened ("…
// sprawą Asii Bibi” oświadczył minister.", the opening mark lost) as the
// end of a quotation from the start of its sentence, when a speech verb
// attributes it right after.
func (a *annotator) strayCloser(ca, ce int) {
	tClose := a.tokenBefore(ce)
	if tClose < 0 || a.toks[tClose].sent < 0 {
		return
	}
	s := a.d.Sentences[a.toks[tClose].sent]
	if s.Start >= ca || a.words(s.Start, ca) < 3 {
		return
	}
	v, from, to, ok := a.attributionAfter(tClose+1, endsWithStop(a.d.Text[s.Start:ca]))
	if !ok {
		return
	}
	a.add(found{Quote: doc.Quote{Span: doc.Span{Start: s.Start, End: ca}}, verbTok: v, spkFrom: from, spkTo: to, wantPrev: from < 0})
}

func containsRune(s string, r rune) bool {
	for _, c := range s {
		if c == r {
			return true
		}
	}
	return false
}

// markQuote decides about the text between an opening mark at [oa, oe) and
// a closing one at [ca, ce).
func (a *annotator) markQuote(block, oa, oe, ca, ce int) {
	if ca <= oe {
		return
	}
	tOpen, tClose := a.tokenAt(oa), a.tokenBefore(ce)
	if tOpen >= len(a.toks) || tClose < 0 || a.toks[tOpen].sent < 0 {
		return
	}
	n := a.words(oe, ca)
	if n == 0 {
		return
	}
	// "z dziennikiem „Tagesspiegel”": the name of a medium.
	// "w wywiadzie dla „Dziennika Gazety Prawnej” powiedział", "the
	// anthem, “O Canada,” could": a few words, each capitalised, inside
	// a sentence and not after a colon, are a title or a name.
	if n <= 4 && tOpen > 0 && a.toks[tOpen-1].sent == a.toks[tOpen].sent && a.toks[tOpen-1].kind&lang.Medium != 0 ||
		n <= 4 && tOpen > a.d.Sentences[a.toks[tOpen].sent].FirstToken && a.form(tOpen-1) != ":" && a.allCapitalised(oe, ca) ||
		// "„Rz” zwraca uwagę, że …": a title right before a verb of
		// saying is its subject, at the start of a sentence too.
		// A word or a comma before the closing mark ("“Absolutely,”
		// said Smith") is a quotation's.
		n <= 4 && a.allCapitalised(oe, ca) && tClose > tOpen+1 && a.toks[tClose-1].word && tClose+1 < len(a.toks) && a.toks[tClose+1].sent == a.toks[tOpen].sent && a.speechOrStance(tClose+1) {
		for k := tOpen; k <= tClose; k++ {
			a.toks[k].named, a.toks[k].name = true, -1
		}
		return
	}
	q := found{Quote: doc.Quote{Span: doc.Span{Start: oe, End: ca}}, verbTok: -1, spkFrom: -1, spkTo: -1}

	// "„Nie zgadzamy się – powiedział Lis – na takie traktowanie”": an
	// attribution between dashes inside the marks splits the quotation
	// in two, both the speaker's.
	if d1, v, d2, ok := a.innerAttribution(tOpen+1, tClose); ok {
		q.verbTok = v
		q.spkFrom, q.spkTo, q.wantPrev = a.npAfterOrNone(v)
		first, second := q, q
		first.End, second.Start = a.d.Tokens[d1].Start, a.d.Tokens[d2].End
		a.add(first)
		a.add(second)
		return
	}

	// After: "…" – powiedział Biden / "…," said X / "…," X said.
	if v, from, to, ok := a.attributionAfter(tClose+1, endsWithStop(a.d.Text[oe:ca])); ok {
		q.verbTok, q.spkFrom, q.spkTo = v, from, to
		q.wantPrev = from < 0
		a.add(q)
		return
	}

	// "„…” – zdaniem prof. Jana Lisa z UW.", "„…”, według niego.": a
	// word of whose view after the marks, and the speaker.
	if from, to, pron, ok := a.sourceAfter(tClose+1, endsWithStop(a.d.Text[oe:ca])); ok && n >= 3 {
		q.spkFrom, q.spkTo, q.wantPrev = from, to, pron
		a.add(q)
		return
	}

	// "„…” – to słowa szefa Ryanaira Michaela O'Leary'ego": a dash, the
	// words noun and whose they are.
	if from, to, ok := a.wordsAfterDash(tClose + 1); ok {
		q.spkFrom, q.spkTo = from, to
		a.add(q)
		return
	}

	// Before: a speech or stance verb earlier in the sentence governs it.
	s := a.d.Sentences[a.toks[tOpen].sent]
	v := -1
	intro, prep, colon := false, false, false
	for k := tOpen - 1; k >= s.FirstToken; k-- {
		if a.speechOrStance(k) && !a.toks[k].quoted {
			v = k
			break
		}
		if a.toks[k].kind&lang.ClauseIntro != 0 || a.form(k) == ":" {
			intro = true
		}
	}
	// "miała powiedzieć: „…”", "was quoted as saying: "…"": an
	// infinitive of a verb of saying, a colon, the quotation.
	if k := tOpen - 2; k >= s.FirstToken && a.form(k+1) == ":" && a.infinitiveOfSaying(k) && (v < 0 || v < k) {
		v, intro = k, true
	}
	if tOpen-1 >= s.FirstToken {
		prep = a.toks[tOpen-1].kind&lang.PrepIntro != 0
		colon = a.form(tOpen-1) == ":"
		// "Jak podkreślił, „…”": the verb, a comma, the quotation; "Jak
		// powiedział w środę minister Jan Nowak, „…”": "jak" before the
		// verb, and its clause up to the comma.
		if v >= 0 && a.form(tOpen-1) == "," && (v == tOpen-2 || v > s.FirstToken && a.toks[v-1].kind&lang.AsIntro != 0 && a.clauseEnd(v+1) == tOpen-1) {
			intro = true
		}
	}
	// "Rosja – jak mówił – „świetnie rozumie realia”", "Jak zapewnił,
	// po uruchomieniu gazociągu „…”": a clause of saying opened by "jak"
	// and closed by a comma or a dash frames the rest of the sentence
	// ("jak tłumaczy się wyrażenie „…”" is no such clause).
	if v > s.FirstToken && a.toks[v-1].kind&lang.AsIntro != 0 && n >= 3 && a.clauseClosed(v+1, tOpen) {
		intro = true
	}
	// "Kobieta odparła wówczas, „że Jezus …”": the reported clause's
	// "że" inside the marks.
	if v >= 0 && tOpen+1 < tClose && a.toks[tOpen+1].kind&lang.ClauseIntro != 0 {
		intro = true
	}
	// "uznały, że woda stała się „nieczysta”": where the lexicon says
	// so, one word in marks inside a sentence is a scare quote, whatever
	// verb stands before.
	single := a.x.NoOneWord && n == 1 && !colon && tOpen > s.FirstToken
	if v >= 0 && !single {
		// "zapowiedział „stanowczą odpowiedź na …”", "podkreślił
		// konieczność „przezwyciężenia …”": the marks right after the
		// verb or after one lower-case word, its object, and a phrase
		// of at least three words that starts in lower case (a title
		// starts with a capital: "zapowiedział film „Ostatni …”").
		direct := n >= 3 && tOpen+1 <= tClose && a.toks[tOpen+1].word && !a.toks[tOpen+1].cap &&
			(v == tOpen-1 || v == tOpen-2 && a.toks[tOpen-1].word && !a.toks[tOpen-1].cap && a.toks[tOpen-1].kind == 0)
		ok := intro && (a.verb(v) || n <= 12 || colon) ||
			prep && n >= 3 ||
			direct ||
			a.x.BareClause && n >= 2
		if ok {
			q.verbTok = v
			q.spkFrom, q.spkTo, q.wantPrev = a.subjectOf(v)
			// "Rosja – jak mówił Putin – „…”": after "jak", the speaker
			// follows the verb.
			if v > s.FirstToken && a.toks[v-1].kind&lang.AsIntro != 0 {
				q.spkFrom, q.spkTo, q.wantPrev = a.npAfterOrNone(v)
			}
			a.add(q)
			return
		}
	}

	// "„…” – odpowiedział Szczerski – „…”": after the attribution of the
	// quotation before and a dash, the same speaker goes on.
	if v >= 0 && tOpen-1 > v && a.toks[tOpen-1].dash {
		for j := len(a.found) - 1; j >= 0; j-- {
			if p := a.found[j]; p.verbTok == v {
				q.verbTok, q.spkFrom, q.spkTo, q.wantPrev = v, p.spkFrom, p.spkTo, p.wantPrev
				a.add(q)
				return
			}
		}
	}

	// "Kowalski: „…”", "Premier Jan Nowak: „…”": a name and a colon
	// open the sentence.
	if colon && v < 0 {
		if from, to, ok := a.nameBeforeColon(s.FirstToken, tOpen-1); ok {
			q.spkFrom, q.spkTo = from, to
			a.add(q)
			return
		}
		// "Jan Nowak nie ma wątpliwości: „To był błąd …”", "Minister
		// Jan Nowak w rozmowie z radiem: „…”": a person opens the
		// sentence, a colon and a whole sentence in marks end it.
		if from, to, ok := a.subjectBeforeColon(s.FirstToken, tOpen-1); ok && n >= 3 && a.toks[tOpen+1].cap && a.endsSentence(tClose) {
			q.spkFrom, q.spkTo = from, to
			a.add(q)
			return
		}
	}

	// "Zdaniem ministra, … to „…”", "According to the minister, … “…”":
	// whose view the sentence gives.
	if v < 0 && !single {
		if from, to, pron, ok := a.sourceOf(s.FirstToken, tOpen, n); ok {
			q.spkFrom, q.spkTo, q.wantPrev = from, to, pron
			a.add(q)
			return
		}
	}

	// "Reakcja była według niego „nieszczęsna”": whose view, inside the
	// sentence.
	if v < 0 && n <= 12 && !single {
		if from, to, pron, ok := a.sourceInside(s.FirstToken, tOpen); ok {
			q.spkFrom, q.spkTo, q.wantPrev = from, to, pron
			a.add(q)
			return
		}
	}

	// A sentence of its own with no verb: the quotation before goes on.
	if n >= 3 && tOpen == s.FirstToken && a.endsSentence(tClose) {
		q.cont = true
		a.add(q)
	}
}

// wordsAfterDash reads "– to słowa X", "– tak brzmiała wypowiedź X",
// "– taka informacja nadeszła z MSZ" from token j on: a dash, at most two
// words, a words noun ("słowa", "informacja") and a name, or else an
// entity's mention, in the rest of the sentence, which it returns.
func (a *annotator) wordsAfterDash(j int) (int, int, bool) {
	for j < len(a.toks) && a.isPunct(j) && !a.toks[j].dash && !a.sentenceEnd(j) {
		j++
	}
	if j >= len(a.toks) || !a.toks[j].dash || a.toks[j].sent < 0 {
		return 0, 0, false
	}
	sent := a.toks[j].sent
	s := a.d.Sentences[sent]
	for k := j + 1; k < s.EndToken && k <= j+3; k++ {
		if a.toks[k].kind&lang.Words != 0 {
			// The name qualifies the noun or is the subject after "tak"
			// ("to słowa prezydenta Bidena", "tak rzecznik rządu Jan
			// Lis odpowiadał"), with no preposition before it.
			if f, t, ok := a.nameIn(k+1, s.EndToken, false); ok && !a.stopBetween(k+1, f) {
				return f, t, true
			}
			// "– taka informacja nadeszła z niemieckiego MSZ": a body's
			// name the recognizer found.
			return a.lastBody(k+1, s.EndToken)
		}
		if !a.toks[k].word || a.toks[k].quoted {
			break
		}
	}
	return 0, 0, false
}

// lastBody returns the tokens of the last mention in [from, to) of an
// entity that is a person, an organisation or a place (not a nationality:
// "z niemieckiego MSZ" is the ministry's; not a name in the locative).
func (a *annotator) lastBody(from, to int) (int, int, bool) {
	if len(a.d.Entities) == 0 || from >= to {
		return 0, 0, false
	}
	start, end := a.d.Tokens[from].Start, a.d.Tokens[to-1].End
	bf, bt := -1, -1
	for _, r := range a.mentionsFrom(start) {
		if r.start >= end {
			break
		}
		if r.start < start || r.end > end || a.d.Entities[r.e].Type == "NORP" {
			continue
		}
		// Not a place where something happened ("– te słowa miała
		// wypowiedzieć po wyjściu z więzienia w Multanie"): a name in
		// the locative says where, not who.
		if mf, mt := a.tokenAt(r.start), a.tokenBefore(r.end)+1; mf < mt && caseOf(a.d.Tokens[mf].Feats) != "Loc" {
			bf, bt = mf, mt
		}
	}
	return bf, bt, bf >= 0
}

// innerAttribution finds, in tokens [from, to) inside quotation marks, a
// dash, a speech verb and its speaker, and a dash or comma after them,
// with two words or more of the quotation on either side; it returns the
// first dash, the verb and the token that closes the attribution.
func (a *annotator) innerAttribution(from, to int) (d1, v, d2 int, ok bool) {
	for k := from + 1; k < to; k++ {
		if !a.toks[k].dash {
			continue
		}
		j, isVerb := a.attributionDash(k)
		if !isVerb || !a.verb(j) {
			continue
		}
		end := j + 1
		if sf, st, pron := a.npAfterOrNone(j); !pron && sf >= 0 {
			end = st
		}
		// "tylko – inaczej niż my – uważa, że …": a verb whose comma
		// opens a reported clause goes on with the quotation's own
		// sentence; an attribution takes the quotation as what was said.
		if end+1 < to && a.form(end) == "," && a.toks[end+1].kind&lang.ClauseIntro != 0 {
			continue
		}
		if end < to && (a.form(end) == "," || a.sentenceEnd(end)) {
			// "– mówi Jan Lis. – …", "– powiedział Adam Nowak, rzecznik
			// ministerstwa. – …": the quotation goes on after the next
			// dash that opens a sentence or follows a comma.
			if d := a.nextTurnDash(end+1, to); d >= 0 {
				end = d
			}
		}
		if end >= to || !a.toks[end].dash && a.form(end) != "," {
			continue
		}
		if a.words(a.d.Tokens[from].Start, a.d.Tokens[k].Start) >= 2 && a.words(a.d.Tokens[end].End, a.d.Tokens[to-1].End) >= 2 {
			return k, j, end, true
		}
	}
	return 0, 0, 0, false
}

// nextTurnDash returns the first dash in tokens [from, to), at most ten
// tokens on, that follows the end of a sentence or a comma, with no
// quotation mark before it; or -1.
func (a *annotator) nextTurnDash(from, to int) int {
	for j := from; j < to && j <= from+10; j++ {
		if a.isQuoteMark(j) || a.toks[j].quoted {
			return -1
		}
		if a.toks[j].dash && j > 0 && (a.sentenceEnd(j-1) || a.form(j-1) == ",") {
			return j
		}
	}
	return -1
}

// clauseClosed reports whether a comma or a dash stands in tokens
// [from, to).
func (a *annotator) clauseClosed(from, to int) bool {
	for k := from; k < to; k++ {
		if a.form(k) == "," || a.toks[k].dash {
			return true
		}
	}
	return false
}

// nameBeforeColon reports whether tokens [from, colon) are a speaker's
// name, perhaps after titles, and nothing else ("Kowalski", "Premier Jan
// Nowak", "Secretary-General Guterres"), or a person's name and a
// prepositional phrase of up to four words ("Donald Tusk na Twitterze",
// "Jan Nowak w oświadczeniu"), and returns the name.
func (a *annotator) nameBeforeColon(from, colon int) (int, int, bool) {
	if p := a.prepAfterName(from, colon); p > from {
		if pf, pt, ok := a.personIn(from, p); ok && pt == p {
			return pf, pt, true
		}
		// "Ryanair w oświadczeniu: „…”": an organisation's name that
		// opens the sentence.
		if a.orgMention(from, p) {
			return from, p, true
		}
		return 0, 0, false
	}
	if colon-from < 1 || colon-from > 5 {
		return a.describedBeforeColon(from, colon)
	}
	k := a.skipTitles(from, colon)
	if k == colon {
		return 0, 0, false
	}
	for j := k; j < colon; j++ {
		if !a.isName(j) && !(a.toks[j].caps && a.toks[j].word) {
			return a.describedBeforeColon(from, colon)
		}
	}
	return k, colon, true
}

// subjectBeforeColon finds the person whose mention, in the nominative,
// opens the clause before a colon (after at most three words of title:
// "Minister finansów Jan Nowak w rozmowie z radiem RMF:"), when no other
// person is named there and no quotation stands there; it returns the
// mention.
func (a *annotator) subjectBeforeColon(from, colon int) (int, int, bool) {
	if colon-from < 2 || colon-from > 16 {
		return 0, 0, false
	}
	for j := from; j < colon; j++ {
		if a.toks[j].quoted || a.isQuoteMark(j) || a.toks[j].kind&lang.ClauseIntro != 0 {
			return 0, 0, false
		}
	}
	pf, pt, ok := a.personIn(from, colon)
	if !ok || pf > from+3 || !a.nominativeName(pf, pt) {
		return 0, 0, false
	}
	if _, _, other := a.personIn(pt, colon); other {
		return 0, 0, false
	}
	return pf, pt, true
}

// orgMention reports whether tokens [from, to) are one mention of an
// organisation.
func (a *annotator) orgMention(from, to int) bool {
	if len(a.d.Entities) == 0 || from >= to {
		return false
	}
	start, end := a.d.Tokens[from].Start, a.d.Tokens[to-1].End
	for _, r := range a.mentionsFrom(start) {
		if r.start > start {
			break
		}
		if r.start == start && r.end == end && a.d.Entities[r.e].Type == "ORG" {
			return true
		}
	}
	return false
}

// describedBeforeColon finds "Górnik z Jastrzębia Adam Kowalczyk: „…”":
// a description of up to eight words with no verb, ending in a person's
// mention right before the colon; it returns the mention.
func (a *annotator) describedBeforeColon(from, colon int) (int, int, bool) {
	if colon-from < 2 || colon-from > 8 {
		return 0, 0, false
	}
	for j := from; j < colon; j++ {
		if u := a.d.Tokens[j].UPOS; !a.toks[j].word || u == "VERB" || u == "AUX" || a.toks[j].quoted {
			return 0, 0, false
		}
	}
	for k := colon - 2; k >= from; k-- {
		if pf, pt, ok := a.personIn(k, colon); ok && pt == colon {
			return pf, pt, true
		}
	}
	return 0, 0, false
}

// skipTitles returns the first token in [from, end) after the title words
// that open it ("Premier", "Secretary-General"), or end.
func (a *annotator) skipTitles(from, end int) int {
	k := from
	for k < end && a.toks[k].word && a.toks[k].kind&lang.Title != 0 {
		k++
	}
	return k
}

// prepAfterName returns where a prepositional phrase starts in tokens
// [from, end) that follows titles and a name and runs to end: a
// preposition and up to five words, no verb ("na Twitterze", "w
// rozmowie z BBC"); or from when there is none.
func (a *annotator) prepAfterName(from, end int) int {
	k := a.skipTitles(from, end)
	n := k
	for k < end && (a.isName(k) || a.toks[k].caps && a.toks[k].word) {
		k++
	}
	if k == n || k >= end || end-k > 6 || a.d.Tokens[k].UPOS != "ADP" || a.toks[k].cap {
		return from
	}
	for j := k; j < end; j++ {
		if u := a.d.Tokens[j].UPOS; !a.toks[j].word || u == "VERB" || u == "AUX" || a.toks[j].quoted {
			return from
		}
	}
	return k
}

// sourceOf finds the phrase after a word such as "zdaniem", "według",
// "according (to)" that opens a sentence or follows its first word,
// before token end: up to six words, to a comma (a prepositional phrase
// before the comma left out), or, for a quotation of n ≥ 3 words, up to
// the end of a name that lower-case words follow ("Zdaniem premiera
// Morawieckiego projekt …"). pron is true when the phrase is a pronoun
// ("Według niej", "Jego zdaniem").
func (a *annotator) sourceOf(from, end, n int) (int, int, bool, bool) {
	for k := from; k < end && k < from+2; k++ {
		if a.toks[k].kind&lang.Source == 0 || a.toks[k].quoted {
			continue
		}
		// "Jego zdaniem „…”": a pronoun before the word, whose lemma the
		// lexicon lists ("on").
		if p := a.d.Tokens[max(k-1, 0)]; k > from && p.UPOS == "PRON" && a.x.Kind(strings.ToLower(p.Lemma))&lang.Pronoun != 0 {
			return -1, -1, true, true
		}
		f := k + 1
		for f < end && (a.toks[f].kind&lang.Skip != 0 || f == k+1 && (a.d.Tokens[f].UPOS == "ADP" || a.toks[f].kind&lang.Stop != 0)) {
			f++ // "according to the minister"
		}
		t := f
		for t < end && t-f < 6 && a.toks[t].word && !a.toks[t].quoted && (t == f || a.toks[t].kind&lang.Stop == 0) {
			t++
		}
		if t < end && t > f && a.form(t) != "," && a.toks[t].word && a.d.Tokens[t].UPOS == "ADP" {
			// "Według przedstawiciela lotnictwa cywilnego w Multan, …":
			// a place or body after a preposition, to the comma; the
			// speaker is the phrase before it.
			if e := a.clauseEnd(t); e < end && e-f <= 9 && a.form(e) == "," {
				return f, t, false, true
			}
		}
		if t > f && t <= end && (t == end || a.form(t) != ",") && n >= 3 {
			// "Zdaniem premiera Morawieckiego projekt … „…”": no comma;
			// the phrase ends with the name, before a word in lower case
			// or the quotation itself ("Według wiceministra energii
			// Michała Kurtyki „…”").
			n := f
			title := a.toks[f].kind&lang.Title != 0 || a.x.Kind(strings.ToLower(a.d.Tokens[f].Lemma))&lang.Title != 0
			for n < t && !a.isName(n) && !a.toks[n].cap && (n == f && a.toks[f].kind&lang.Title != 0 || title) {
				n++
			}
			e := n
			for e < t && a.isName(e) {
				e++
			}
			if e > n && (e < end && !a.toks[e].cap && a.toks[e].word || e == end && n > f) {
				return f, e, false, true
			}
		}
		if t == f || t >= end || a.form(t) != "," {
			return 0, 0, false, false
		}
		if t-f == 1 && a.toks[f].kind&lang.Pronoun != 0 {
			return -1, -1, true, true
		}
		return f, t, false, true
	}
	return 0, 0, false, false
}

// sourceInside finds a word such as "według" inside the sentence, in
// tokens [from, end), followed by a pronoun or a name that runs up to the
// quotation or to a comma ("była według niego „…”", "jest według
// Kowalskiego „…”").
func (a *annotator) sourceInside(from, end int) (int, int, bool, bool) {
	for k := end - 2; k >= from; k-- {
		if a.toks[k].quoted || a.isQuoteMark(k) {
			return 0, 0, false, false
		}
		if a.toks[k].kind&lang.Source == 0 {
			continue
		}
		f := k + 1
		if a.toks[f].kind&lang.Pronoun != 0 {
			return -1, -1, true, true
		}
		t := f
		for t < end && a.isName(t) {
			t++
		}
		if t > f && (t == end || a.form(t) == "," || t+1 == end) {
			return f, t, false, true
		}
		return 0, 0, false, false
	}
	return 0, 0, false, false
}

// sourceAfter reads a word such as "zdaniem", "według" right after a
// closing mark at token j, past a dash or a comma, in the quotation's
// sentence, and the phrase after it, which must end the sentence (a
// prepositional phrase after it allowed) and hold a name or be a pronoun:
// "„…” – zdaniem prof. Marka Nowaka z UJ.", "„…”, według niego.". A
// quotation that ends with its own full stop takes it only after a dash.
func (a *annotator) sourceAfter(j int, stopped bool) (int, int, bool, bool) {
	mark := j - 1
	if mark < 0 || mark >= len(a.toks) || a.toks[mark].sent < 0 {
		return 0, 0, false, false
	}
	sent := a.toks[mark].sent
	dash := false
	for k := 0; k < 2 && j < len(a.toks) && a.toks[j].sent == sent && a.isPunct(j) && !a.sentenceEnd(j) && !a.isQuoteMark(j); k++ {
		dash = dash || a.toks[j].dash
		j++
	}
	if j == mark+1 || j+1 >= len(a.toks) || a.toks[j].sent != sent || a.toks[j+1].sent != sent || stopped && !dash {
		return 0, 0, false, false
	}
	if a.toks[j].quoted || a.toks[j].kind&lang.Source == 0 || !a.toks[j].word {
		return 0, 0, false, false
	}
	f := j + 1
	if a.toks[f].kind&lang.Pronoun != 0 {
		if f+1 >= len(a.toks) || a.toks[f+1].sent != sent || a.sentenceEnd(f+1) {
			return -1, -1, true, true
		}
		return 0, 0, false, false
	}
	t := a.speakerPhraseEnd(f)
	if t == f {
		return 0, 0, false, false
	}
	named := false
	for k := f; k < t; k++ {
		named = named || a.isName(k)
	}
	e := t
	for e < len(a.toks) && a.toks[e].sent == sent && !a.sentenceEnd(e) {
		p := a.prepPhraseEnd(e)
		if p == e {
			break
		}
		e = p
	}
	if !named || e < len(a.toks) && a.toks[e].sent == sent && !a.sentenceEnd(e) {
		return 0, 0, false, false
	}
	return f, t, false, true
}

// allCapitalised reports whether every word in text [start, end) starts
// with an upper-case letter.
func (a *annotator) allCapitalised(start, end int) bool {
	for i := a.tokenAt(start); i < len(a.d.Tokens) && a.d.Tokens[i].End <= end; i++ {
		if a.toks[i].word && !a.toks[i].cap {
			return false
		}
	}
	return true
}

// infinitiveOfSaying reports whether token k is the infinitive of a verb
// of saying (those are left out of the verbs: "chce powiedzieć, że").
func (a *annotator) infinitiveOfSaying(k int) bool {
	t := a.d.Tokens[k]
	inf := strings.Contains(t.Feats, "VerbForm=Inf") || a.l.XPOSInfinitive != nil && a.l.XPOSInfinitive(t.XPOS)
	return inf && t.Lemma != "" && a.x.LemmaKind(t.Lemma)&lang.SpeechVerb != 0
}

// endsSentence reports whether only punctuation follows token i in its
// sentence.
func (a *annotator) endsSentence(i int) bool {
	si := a.toks[i].sent
	if si < 0 {
		return false
	}
	s := a.d.Sentences[si]
	for k := i + 1; k < s.EndToken; k++ {
		if a.d.Tokens[k].Kind == doc.Word || a.d.Tokens[k].Kind == doc.Number {
			return false
		}
	}
	return true
}

// isPunct reports whether token i is punctuation.
func (a *annotator) isPunct(i int) bool {
	return a.d.Tokens[i].Kind == doc.Punct || a.d.Tokens[i].Kind == doc.Symbol
}

// sentenceEnd reports whether token i is a full stop, question or
// exclamation mark that ends its sentence (only punctuation after it; the
// period of "U.S." does not).
func (a *annotator) sentenceEnd(i int) bool {
	f := a.form(i)
	if f != "." && f != "?" && f != "!" && f != "…" {
		return false
	}
	si := a.toks[i].sent
	if si < 0 {
		return true
	}
	s := a.d.Sentences[si]
	for k := i + 1; k < s.EndToken; k++ {
		if !a.isPunct(k) {
			return false
		}
	}
	return true
}

// endsWithStop reports whether quoted text ends with a full stop, question
// or exclamation mark (spaces aside).
func endsWithStop(s string) bool {
	s = strings.TrimRight(s, " \n\t")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "…")
}

// attributionAfter looks for a speech verb right after a closing mark
// (from token j): a verb then its speaker, or a speaker then the verb. It
// returns the verb and the speaker tokens (from = -1 when the subject is a
// pronoun or dropped).
func (a *annotator) attributionAfter(j int, stopped bool) (v, from, to int, ok bool) {
	// Punctuation and dashes between the mark and the verb. A quotation
	// that ends with its own full stop takes an attribution only after a
	// dash ("„…!” – krzyczał"); otherwise what follows is a new sentence.
	dash := false
	mark := j - 1
	for k := 0; k < 3 && j < len(a.toks) && a.isPunct(j) && !a.sentenceEnd(j); k++ {
		dash = dash || a.toks[j].dash
		j++
	}
	if j >= len(a.toks) || a.toks[j].sent < 0 || a.toks[j].quoted || stopped && !dash {
		return 0, 0, 0, false
	}
	// "Tusk: „…”" as a title, the article after it: the next sentence
	// without a dash, or the next paragraph, attributes nothing.
	if mark >= 0 && a.toks[mark].sent >= 0 && a.toks[mark].sent != a.toks[j].sent &&
		(!dash || a.d.Sentences[a.toks[mark].sent].Block != a.d.Sentences[a.toks[j].sent].Block) {
		return 0, 0, 0, false
	}
	if a.toks[j].kind&lang.Stop != 0 || a.isQuoteMark(j) {
		return 0, 0, 0, false
	}
	// "„…” – lakonicznie informują Rosjanie": an adverb before the verb.
	if j+1 < len(a.toks) && a.toks[j+1].sent == a.toks[j].sent && a.adverb(j) && (a.verb(j+1) || dash && a.closingVerb(j+1)) {
		j++
	}
	// "„…” – nie ma wątpliwości Jan Nowak": a negation before the verb.
	if dash && j+1 < len(a.toks) && a.toks[j+1].sent == a.toks[j].sent && a.negation(j) && a.closingVerb(j+1) {
		j++
	}
	if a.verb(j) || dash && a.closingVerb(j) {
		from, to, pron := a.npAfter(j)
		if pron {
			return j, -1, -1, true
		}
		return j, from, to, true
	}
	// A speaker of at most ten tokens, then the verb.
	sent := a.toks[j].sent
	for k := j; k < len(a.toks) && k < j+16 && a.toks[k].sent == sent; k++ {
		if a.sentenceEnd(k) || a.toks[k].quoted || a.isQuoteMark(k) {
			break
		}
		if a.verb(k) && k > j {
			from, to := j, k
			// "Milos Davidovic, professor of law …, told VOA": the name
			// before the apposition.
			for c := j; c < k; c++ {
				if a.form(c) == "," {
					to = c
					break
				}
			}
			for from < to && a.toks[from].kind&lang.Skip != 0 {
				from++
			}
			if to-from == 1 && a.toks[from].kind&lang.Pronoun != 0 {
				return k, -1, -1, true
			}
			if to-from == 1 && a.toks[from].kind&lang.Words != 0 {
				// "– tak skomentował decyzję premier Jan Nowak": the
				// speaker after the verb.
				if nf, nt, pron := a.npAfter(k); !pron {
					return k, nf, nt, true
				}
				return k, -1, -1, true
			}
			if to-from > 10 || from >= to {
				return 0, 0, 0, false
			}
			return k, from, to, true
		}
	}
	return 0, 0, 0, false
}

// speakerPhraseEnd returns the end of the speaker phrase that starts at
// token from: up to eight tokens of words (and abbreviations with their
// point), to a stop word, a verb of saying, or a lower-case word after a
// name.
func (a *annotator) speakerPhraseEnd(from int) int {
	sent := a.toks[from].sent
	k := from
	for k < len(a.toks) && a.toks[k].sent == sent && k-from < 8 {
		t := a.toks[k]
		if a.abbrevPoint(k) && k > from {
			k++ // "minister ds. brexitu Dominic Raab"
			continue
		}
		if !t.word || t.quoted || t.kind&(lang.Stop|lang.SpeechVerb) != 0 && k > from {
			break
		}
		// After a name, a lower-case word ends the phrase: "mówił
		// Andrzej Duda podczas konferencji".
		// A particle name goes on ("Saif ul-Mulook", "al-Sudani").
		// A body's name before an office and a name goes on: "said
		// Acme spokesman John Roe".
		if k > from && !t.cap && a.toks[k-1].cap && a.toks[k-1].kind&lang.Title == 0 && !a.nameWord(k) && !a.titleBeforeName(k) {
			break
		}
		k++
	}
	return k
}

// npAfter reads the speaker phrase after a speech verb at v ("mówił
// wówczas Putin", "said international relations lecturer Soli Ozel of …",
// "podkreślił urzędnik"). pron is true when there is none (a dropped
// subject) or it is a pronoun.
func (a *annotator) npAfter(v int) (from, to int, pron bool) {
	sent := a.toks[v].sent
	if imps := a.impersonal(v); a.firstPlural(v) || imps {
		// "– czytamy w oświadczeniu Ministerstwa …", "we read in …",
		// "– podkreślono w komunikacie MSZ": the writer is the name in
		// the phrase after the verb; not the first of a list of
		// signers ("napisano w liście podpisanym przez X, Y, Z").
		if v+1 < len(a.toks) && a.toks[v+1].sent == sent {
			end := a.clauseEnd(v + 1)
			if nf, nt, ok := a.nameIn(v+1, end, false); ok && !(imps && (a.listAfter(nt) || a.placeAt(nf))) {
				return nf, nt, false
			}
			// "– czytamy w artykule wstępnym gazety": the medium named
			// before ("dziennika „Dawn”").
			if nf, nt, ok := a.mediumBefore(v+1, a.clauseEnd(v+1)); ok {
				return nf, nt, false
			}
		}
		return -1, -1, true
	}
	// "– podsumowuje „Dawn”": a medium's title right after the verb.
	if k := v + 1; k < len(a.toks) && a.toks[k].sent == sent {
		// Only at the end of the sentence: "wyjaśnia „Rzeczpospolitej”
		// wiceminister" names whom he told.
		// So too before the comma that closes "Jak podaje „FT”, …".
		if e := a.quotedTitle(k); e >= 0 && (e+1 >= len(a.toks) || a.toks[e+1].sent != sent || a.sentenceEnd(e+1) ||
			a.form(e+1) == "," && v > 0 && a.toks[v-1].kind&lang.AsIntro != 0) {
			return k + 1, e, false
		}
	}
	k := a.skipBeforeSpeaker(v + 1)
	// "– powiedział w rozmowie z „Guardianem” Jan Nowak": past the rest
	// of a medium's title in a phrase skipped.
	if k > v+1 && k < len(a.toks) && a.toks[k].sent == sent && a.isQuoteMark(k-1) {
		if e := a.quotedTitle(k - 1); e >= 0 && e+1 < len(a.toks) && a.toks[e+1].sent == sent && a.toks[e+1].word {
			k = e + 1
		}
	}
	// "– wyjaśnia „Rzeczpospolitej” wiceminister Jan Lis": past the
	// title of the medium told.
	if k < len(a.toks) && a.toks[k].sent == sent {
		if e := a.quotedTitle(k); e >= 0 && e+1 < len(a.toks) && a.toks[e+1].sent == sent && a.toks[e+1].word {
			k = e + 1
		}
	}
	if k < len(a.toks) && a.toks[k].sent == sent && a.form(k) == "," {
		// "– zapewnił, cytowany przez agencję PAP, minister Jan Bąk.": a
		// phrase between commas, then the speaker to the end.
		// A reported clause ("Ocenił, że UE potrzebuje …, a nie „…”")
		// is no such phrase.
		for j := k + 1; j < len(a.toks) && j < k+9 && a.toks[j].sent == sent && !a.toks[j].quoted && !a.isQuoteMark(j) && a.toks[j].kind&lang.ClauseIntro == 0 && (!a.verb(j) || strings.Contains(a.d.Tokens[j].Feats, "VerbForm=Part")); j++ {
			if a.form(j) == "," {
				if e := a.clauseEnd(j + 1); j > k+1 && e > j+1 && (e >= len(a.toks) || a.toks[e].sent != sent || a.sentenceEnd(e)) {
					k = j + 1
				}
				break
			}
		}
	}
	// "– mówił Kubikowi Jan Lis", "– pytał Miszę mężczyzna": a name in
	// the dative or accusative is whom the words were said to; the
	// subject follows it.
	if k < len(a.toks) && a.toks[k].sent == sent {
		if e, ok := a.addresseeName(k); ok {
			k = e
		}
	}
	// "– rozkłada ręce Jan Lis", "– zwraca uwagę Wolski": the verb's
	// object before its subject.
	if k < len(a.toks) && a.toks[k].sent == sent && a.objectNoun(k) {
		k++
		// "– powiedział korespondentce RMF FM jeden z dyplomatów": the
		// medium or body of the one spoken to, a name that is no
		// person's, before a subject in lower case.
		// So too a place in a prepositional phrase and the name of
		// the one spoken to ("korespondentce RMF FM w Brukseli Katarzynie
		// Nowak wysoki rangą dyplomata").
		if caseOf(a.d.Tokens[k-1].Feats) == "Dat" {
			if e := a.addresseeTail(k); e > k && e < len(a.toks) && a.toks[e].sent == sent && a.toks[e].word && !a.toks[e].cap && !a.toks[e].quoted &&
				caseOf(a.d.Tokens[e].Feats) == "Nom" {
				k = e
			}
		}
	}
	if k >= len(a.toks) || a.toks[k].sent != sent || !a.toks[k].word || a.toks[k].quoted {
		return -1, -1, true
	}
	// "– powiedział w rozmowie z „Bild am Sonntag”.": the title of the
	// medium spoken to, in quotation marks, is no speaker.
	if a.toks[k].kind&lang.Pronoun != 0 || a.toks[k].named || k > 0 && a.isQuoteMark(k-1) && a.toks[k-1].sent == sent && a.opensQuote(k-1) {
		return -1, -1, true
	}
	from = k
	k = a.speakerPhraseEnd(from)
	if k == from {
		return -1, -1, true
	}
	// "– przekazał PAP rzecznik resortu Jan Nowak": a body's name whom
	// it was said to, then the title of who said it.
	// "– przekazał AFP jej adwokat": a possessive before the title.
	t := k
	if t+2 < len(a.toks) && a.toks[t].sent == sent && a.toks[t].word && !a.toks[t].cap && a.toks[t+1].sent == sent &&
		(a.d.Tokens[t].UPOS == "PRON" || a.d.Tokens[t].UPOS == "DET") && !strings.Contains(a.d.Tokens[t].Feats, "Reflex=Yes") &&
		a.toks[t+1].kind&lang.Title != 0 && a.bodyName(from) && a.bodyName(k-1) {
		t++
	}
	if t+1 < len(a.toks) && a.toks[t].sent == sent && a.toks[t].word && !a.toks[t].cap && a.toks[t].kind&lang.Title != 0 &&
		a.d.Tokens[t].UPOS == "NOUN" && a.nominative(t) && a.bodyName(from) && a.bodyName(k-1) {
		from = k
		k = a.speakerPhraseEnd(from)
	}
	// "pisze rosyjski dziennik „Wiedomosti”": a medium speaks, its
	// name in quotation marks after the word for it.
	if a.toks[k-1].kind&lang.Medium != 0 && k+1 < len(a.toks) && a.isQuoteMark(k) && a.toks[k+1].named {
		return k + 1, a.namedEnd(k + 1), false
	}
	// "powiedział duński minister energii i klimatu Jan Lis", "dyrektor
	// Centrum Pokoju w Lahore, dominikanin o. Jan Lis": a description
	// cut short by a small word or a comma, the person's name after it.
	if nf, nt, ok := a.nameAfterRole(from, k); ok {
		return nf, nt, false
	}
	// "– dopytywała zaskoczona": an adjective with no noun after the
	// verb says how the speaker spoke; the subject is dropped.
	if a.onlyAdjectives(from, k) {
		return -1, -1, true
	}
	// "powiedział prawnik Bibi, Saiful Mulook.": a described speaker
	// whose name follows after a comma.
	if !a.toks[from].cap && k+1 < len(a.toks) && a.form(k) == "," {
		e := k + 1
		for e < len(a.toks) && a.toks[e].sent == sent && a.isName(e) {
			e++
		}
		if e-(k+1) >= 2 && (e >= len(a.toks) || a.toks[e].sent != sent || a.sentenceEnd(e) || a.form(e) == ",") {
			return k + 1, e, false
		}
	}
	return from, k, false
}

// onlyAdjectives reports whether the words of [from, to) are all
// adjectives or participles in lower case by the morphology, no noun among
// them ("zaskoczona", "wyraźnie poruszony").
func (a *annotator) onlyAdjectives(from, to int) bool {
	n := 0
	for k := from; k < to; k++ {
		if !a.toks[k].word {
			continue
		}
		t := a.d.Tokens[k]
		switch {
		case a.toks[k].cap || a.toks[k].kind&lang.Title != 0:
			return false
		case t.UPOS == "ADJ" || t.UPOS == "VERB" && strings.Contains(t.Feats, "VerbForm=Part"):
			n++
		case t.UPOS == "ADV":
		default:
			return false
		}
	}
	return n > 0
}

// nameAfterRole finds, for a speaker phrase [from, k) that opens in
// lower case with a title among its first three words and holds no
// person's mention, the name of a
// person (two words or more) that follows it within eight tokens of the
// same sentence, past lower-case words, small words, abbreviations and
// one comma, and ends the clause: the holder the description belongs to.
func (a *annotator) nameAfterRole(from, k int) (int, int, bool) {
	if from >= k || a.toks[from].cap || len(a.d.Entities) == 0 {
		return 0, 0, false
	}
	title := false
	for j := from; j < k && j < from+3 && !title; j++ {
		title = a.toks[j].kind&lang.Title != 0 && !a.toks[j].cap
	}
	if !title {
		return 0, 0, false
	}
	if _, _, ok := a.personIn(from, k); ok {
		return 0, 0, false
	}
	sent := a.toks[from].sent
	commas := 0
	for j := k; j < len(a.toks) && j < k+8 && a.toks[j].sent == sent; j++ {
		t := a.toks[j]
		switch {
		case t.quoted || a.isQuoteMark(j) || a.speechOrStance(j) || a.d.Tokens[j].UPOS == "VERB":
			return 0, 0, false
		case a.form(j) == ",":
			if commas++; commas > 1 {
				return 0, 0, false
			}
			continue
		case a.abbrevPoint(j) || !t.word:
			if !a.abbrevPoint(j) {
				return 0, 0, false
			}
			continue
		}
		pf, pt, ok := a.personIn(j, min(j+4, a.d.Sentences[sent].EndToken))
		if ok && pf == j && pt-pf >= 2 {
			if pt >= len(a.toks) || a.toks[pt].sent != sent || a.sentenceEnd(pt) || a.form(pt) == "," {
				return pf, pt, true
			}
			return 0, 0, false
		}
		if t.cap && a.isName(j) && !a.bodyName(j) {
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// objectNoun reports whether token k is a common noun, no title, in the
// accusative, instrumental or dative: no subject ("ręce", "głową").
func (a *annotator) objectNoun(k int) bool {
	t := a.d.Tokens[k]
	if !a.toks[k].word || a.toks[k].cap || t.UPOS != "NOUN" || a.toks[k].kind&(lang.Title|lang.Medium) != 0 {
		return false
	}
	switch caseOf(t.Feats) {
	case "Acc", "Ins", "Dat":
		return !strings.Contains(t.Feats, "Case=Nom")
	}
	return false
}

// addresseeName reports whether tokens from k, at most three capitalised
// words, are a name the morphology inflects (its lemma is not its form)
// in the dative, accusative or instrumental and in no other case, with a
// word in the nominative right after it in the same sentence that is not
// part of the same mention: the person spoken to or asked, whom a verb of
// saying takes before its subject ("– mówił Kubikowi Jan Lis", "–
// pytał Miszę mężczyzna"). It returns the token after the name.
// Uninflected names, which the tagger may give any case, are left alone.
func (a *annotator) addresseeName(k int) (int, bool) {
	sent := a.toks[k].sent
	e := k
	for e < len(a.toks) && e < k+3 && a.toks[e].sent == sent && a.toks[e].word && a.toks[e].cap && !a.toks[e].quoted {
		t := a.d.Tokens[e]
		if t.UPOS != "PROPN" && t.UPOS != "NOUN" || t.Lemma == "" || strings.EqualFold(t.Lemma, a.form(e)) ||
			a.toks[e].kind&(lang.Title|lang.Medium) != 0 || !a.addresseeCase(e) {
			break
		}
		e++
	}
	if e == k || e >= len(a.toks) || a.toks[e].sent != sent || !a.toks[e].word || a.toks[e].quoted {
		return 0, false
	}
	t := a.d.Tokens[e]
	if t.UPOS != "PROPN" && t.UPOS != "NOUN" && t.UPOS != "ADJ" || caseOf(t.Feats) != "Nom" {
		return 0, false
	}
	start, next := a.d.Tokens[k].Start, a.d.Tokens[e].Start
	for _, r := range a.mentionsFrom(start) {
		if r.start > start {
			break
		}
		if r.start == start && r.end > next {
			return 0, false
		}
	}
	return e, true
}

// addresseeTail returns the token after what follows a noun in the
// dative naming whom the words were said to, from token k: names that are
// no person's (the medium or body: "RMF FM"), a preposition with names in
// a case other than the nominative after it ("w Brukseli"), and a
// person's name that opens inflected in a case other than the nominative
// ("Katarzynie Nowak"); k when none follows.
func (a *annotator) addresseeTail(k int) int {
	if k >= len(a.toks) {
		return k // the document ends at the noun ("– powiedział dziennikarce")
	}
	sent := a.toks[k].sent
	in := func(j int) bool { return j < len(a.toks) && a.toks[j].sent == sent && !a.toks[j].quoted }
	e := k
	for n := 0; n < 6 && in(e); n++ {
		t := a.d.Tokens[e]
		switch {
		case a.toks[e].word && a.toks[e].cap && a.personStartsAt(e):
			m := a.mentionEndAt(e)
			if m <= e || caseOf(t.Feats) == "" || strings.Contains(t.Feats, "Case=Nom") || t.Lemma == "" || strings.EqualFold(t.Lemma, a.form(e)) {
				return e
			}
			e = m
		case a.toks[e].word && a.toks[e].cap:
			for in(e) && a.toks[e].word && a.toks[e].cap && !a.personStartsAt(e) {
				e++
			}
		case t.UPOS == "ADP" && in(e+1) && a.toks[e+1].word && a.toks[e+1].cap && caseOf(a.d.Tokens[e+1].Feats) != "Nom" && !a.personStartsAt(e+1):
			e++
			for in(e) && a.toks[e].word && a.toks[e].cap && caseOf(a.d.Tokens[e].Feats) != "Nom" && !a.personStartsAt(e) {
				e++
			}
		default:
			return e
		}
	}
	return e
}

// mentionEndAt returns the token after the longest entity mention that
// starts at token k, or k.
func (a *annotator) mentionEndAt(k int) int {
	start, end := a.d.Tokens[k].Start, -1
	for _, r := range a.mentionsFrom(start) {
		if r.start > start {
			break
		}
		if r.start == start && r.end > end {
			end = r.end
		}
	}
	if end < 0 {
		return k
	}
	return a.tokenBefore(end) + 1
}

// addresseeCase reports whether token k is tagged in the dative,
// accusative or instrumental and in no other case.
func (a *annotator) addresseeCase(k int) bool {
	f := a.d.Tokens[k].Feats
	switch caseOf(f) {
	case "Dat", "Acc", "Ins":
		return strings.Count(f, "Case=") == 1 && !strings.Contains(f, "Case=Nom")
	}
	return false
}

// abbrevPoint reports whether token k is the full stop of an abbreviation
// inside a sentence ("ds.", "gen."): right after a lower-case word, with
// the sentence going on.
func (a *annotator) abbrevPoint(k int) bool {
	if k <= 0 || k+1 >= len(a.toks) || a.form(k) != "." || a.sentenceEnd(k) || a.toks[k+1].sent != a.toks[k].sent {
		return false
	}
	p := k - 1
	if a.toks[p].word && a.toks[p].cap && a.d.Tokens[p].End-a.d.Tokens[p].Start == 1 && !a.d.Tokens[p].SpaceAfter && a.toks[k+1].cap {
		return true // an initial before a surname: "mówi H. Wawrzyniak"
	}
	if a.toks[p].word && a.toks[p].cap && a.toks[p].kind&lang.Title != 0 && !a.d.Tokens[p].SpaceAfter && a.toks[k+1].cap {
		return true // a title cut short before a name: "said Gen. John Roe"
	}
	return a.toks[p].word && !a.toks[p].cap && !a.d.Tokens[p].SpaceAfter && a.toks[p].sent == a.toks[k].sent
}

// titleBeforeName reports whether the lower-case words from token k, at
// most three and no stop word among them, hold an office word and a name
// follows them in the sentence ("public affairs chief Jane Doe").
func (a *annotator) titleBeforeName(k int) bool {
	sent := a.toks[k].sent
	title := false
	j := k
	for ; j < len(a.toks) && j < k+3 && a.toks[j].sent == sent && a.toks[j].word && !a.toks[j].cap; j++ {
		if a.toks[j].kind&(lang.Stop|lang.Skip|lang.SpeechVerb|lang.Pronoun) != 0 || a.toks[j].quoted {
			return false
		}
		if a.toks[j].kind&lang.Title != 0 {
			title = true
		}
	}
	return title && j < len(a.toks) && a.toks[j].sent == sent && a.toks[j].word && a.toks[j].cap && !a.toks[j].quoted && a.isName(j)
}

// opensQuote reports whether the quotation mark at token k opens: a
// space or the sentence's start before it, none after it.
func (a *annotator) opensQuote(k int) bool {
	t := a.d.Tokens[k]
	return !t.SpaceAfter && (k == 0 || a.d.Tokens[k-1].SpaceAfter || a.toks[k-1].sent != a.toks[k].sent)
}

// mediumBefore finds, when tokens [from, to) hold a word for a medium
// and no name ("w artykule wstępnym gazety"), the title of a medium given
// in quotation marks after such a word in the three sentences before
// ("na łamach dziennika „Dawn”"), and returns its tokens.
func (a *annotator) mediumBefore(from, to int) (int, int, bool) {
	medium := false
	for k := from; k < to; k++ {
		medium = medium || a.toks[k].kind&lang.Medium != 0
	}
	if !medium || a.toks[from].sent < 0 {
		return 0, 0, false
	}
	first := a.d.Sentences[max(int(a.toks[from].sent)-3, 0)].FirstToken
	for k := from - 1; k > first; k-- {
		if a.toks[k].named && a.isQuoteMark(k-1) && k >= 2 && a.toks[k-2].kind&lang.Medium != 0 {
			return k, a.namedEnd(k), true
		}
	}
	return 0, 0, false
}

// quotedTitle returns, when the quotation mark at token k opens a title
// of one to four capitalised words of its sentence ("„Rzeczpospolitej”",
// "„Bild am Sonntag”" is not one: "am"), the token of the mark that
// closes it; else -1.
func (a *annotator) quotedTitle(k int) int {
	if k >= len(a.toks) || !a.isQuoteMark(k) {
		return -1
	}
	sent := a.toks[k].sent
	e := k + 1
	for e < len(a.toks) && e-k <= 4 && a.toks[e].sent == sent && a.toks[e].word && a.toks[e].cap {
		e++
	}
	if e > k+1 && e < len(a.toks) && a.isQuoteMark(e) {
		return e
	}
	return -1
}

// namedEnd returns the end of the run of named tokens from k, before a
// quotation mark: the title of a medium after its opening mark.
func (a *annotator) namedEnd(k int) int {
	e := k
	for e < len(a.toks) && a.toks[e].named && !a.isQuoteMark(e) {
		e++
	}
	return e
}

// impersonal reports whether the verb at v is an impersonal form
// ("napisano", "podkreślono"): it has no subject.
func (a *annotator) impersonal(v int) bool {
	return v >= 0 && strings.Contains(a.d.Tokens[v].Feats, "Person=0")
}

// placeAt reports whether token k starts the mention of a place ("–
// zaznaczono w Berlinie"): where it was said, not who said it.
func (a *annotator) placeAt(k int) bool {
	ei := a.entityIndexAt(k)
	if ei < 0 {
		return false
	}
	t := a.d.Entities[ei].Type
	return t == "GPE" || t == "LOC"
}

// signers reports whether the phrase after the impersonal verb at v
// names a list of people ("napisano w liście podpisanym przez X, Y i
// Z"): several wrote, none is the speaker.
func (a *annotator) signers(v int) bool {
	if v+1 >= len(a.toks) {
		return false
	}
	end := a.clauseEnd(v + 1)
	nf, nt, ok := a.nameIn(v+1, end, false)
	return ok && nf < nt && a.listAfter(nt)
}

// listAfter reports whether another name follows the name ending at
// token k in its sentence, after a comma or a conjunction: a list.
func (a *annotator) listAfter(k int) bool {
	if k <= 0 || k+1 >= len(a.toks) {
		return false
	}
	sent := a.toks[k-1].sent
	if a.toks[k].sent != sent || a.toks[k+1].sent != sent {
		return false
	}
	f := a.form(k)
	return (f == "," || a.toks[k].kind&lang.Stop != 0 && !a.toks[k].cap) && a.isName(k+1)
}

// firstPlural reports whether the verb at v is in the first person
// plural ("czytamy").
func (a *annotator) firstPlural(v int) bool {
	f := a.d.Tokens[v].Feats
	return strings.Contains(f, "Person=1") && strings.Contains(f, "Number=Plur")
}

// clauseEnd returns the first token from k on that ends k's clause: a
// comma, a sentence end or another sentence.
func (a *annotator) clauseEnd(k int) int {
	if k >= len(a.toks) {
		return len(a.toks)
	}
	sent := a.toks[k].sent
	for k < len(a.toks) && a.toks[k].sent == sent && a.form(k) != "," && !a.sentenceEnd(k) && !a.toks[k].quoted {
		k++
	}
	return k
}

// prepPhraseEnd returns the token after a prepositional phrase at k
// ("na Twitterze", "w rozmowie z PAP", "w poniedziałek w Brukseli") when
// what follows it in the clause is the speaker, a dropped subject's end
// of clause, or another such phrase; else k. The phrase is a preposition
// and up to four words, none a title, after which a title, a name in the
// nominative, a comma or the end of the sentence follows.
func (a *annotator) prepPhraseEnd(k int) int {
	if k >= len(a.toks) || a.d.Tokens[k].UPOS != "ADP" || a.toks[k].cap {
		return k
	}
	sent := a.toks[k].sent
	for j := k + 1; j < len(a.toks) && j <= k+5 && a.toks[j].sent == sent; j++ {
		t := a.toks[j]
		if t.quoted || t.kind&(lang.SpeechVerb|lang.Pronoun) != 0 {
			return k
		}
		// A title that ends the sentence is the subject whatever case
		// the tagger gave it ("napisał na Twitterze polityk": not the
		// genitive of "polityka").
		if j > k+1 && (t.kind&lang.Title != 0 && !t.cap && a.d.Tokens[j].UPOS == "NOUN" && (a.nominative(j) || j+1 < len(a.toks) && a.sentenceEnd(j+1)) ||
			a.sentenceEnd(j) || a.form(j) == "," || a.d.Tokens[j].UPOS == "ADP" && !t.cap) {
			return j
		}
		if t.kind&lang.Title != 0 && !t.cap {
			return k
		}
		// A noun in the nominative after the phrase's first word is the
		// subject ("napisali w oświadczeniu przedstawiciele pilotów").
		if j > k+1 && a.d.Tokens[j].UPOS == "NOUN" && caseOf(a.d.Tokens[j].Feats) == "Nom" && a.d.Tokens[j-1].UPOS != "ADP" {
			return j
		}
		if j > k+1 && a.isName(j) && caseOf(a.d.Tokens[j].Feats) == "Nom" && !a.isName(j-1) && a.d.Tokens[j-1].UPOS != "ADP" {
			return j
		}
		// "– oświadczyła w Berlinie Sandra Oudkirk": a name in the
		// nominative after the object's name in another case that no
		// subject takes.
		if j > k+1 && a.isName(j) && caseOf(a.d.Tokens[j].Feats) == "Nom" && a.isName(j-1) && a.obliqueCase(j-1) && a.personStartsAt(j) {
			return j
		}
	}
	return k
}

// personStartsAt reports whether a PERSON mention starts at token j.
func (a *annotator) personStartsAt(j int) bool {
	start := a.d.Tokens[j].Start
	for _, r := range a.mentionsFrom(start) {
		if r.start > start {
			break
		}
		if r.start == start && a.d.Entities[r.e].Type == "PERSON" {
			return true
		}
	}
	return false
}

// skipBeforeSpeaker returns the first token from k on (in k's sentence)
// past what may stand between a speech verb and its speaker: words such
// as "wówczas", adverbs ("równocześnie"), a time ("said Wednesday",
// "powiedział w czwartek") and the medium spoken to ("powiedział agencji
// Reutera", "dziennikowi „Fakt”").
func (a *annotator) skipBeforeSpeaker(k int) int {
	if k >= len(a.toks) {
		return k
	}
	sent := a.toks[k].sent
	in := func(k int) bool { return k < len(a.toks) && a.toks[k].sent == sent }
	for n := 0; n < 6 && in(k); n++ {
		t := a.toks[k]
		tok := a.d.Tokens[k]
		switch {
		case t.kind&lang.Skip != 0:
			k++
		case numberCompound(a.form(k)) && in(k+1):
			// "– mówi 16-letnia Patrycja": an age before the name.
			k++
		case a.inTime(k):
			for in(k) && a.inTime(k) {
				k++
			}
		case tok.UPOS == "ADP" && !t.cap && in(k+1) && a.inTime(k+1):
			k++
		case (tok.UPOS == "ADV" || tok.UPOS == "" && a.x.AdverbEnding(string(a.lower(a.form(k))))) && !t.cap && t.kind&(lang.Pronoun|lang.Title) == 0:
			k++
		case tok.UPOS == "ADP" && !t.cap && a.prepPhraseEnd(k) > k:
			k = a.prepPhraseEnd(k)
		case !t.cap && strings.Contains(tok.Feats, "VerbForm=Part") && strings.Contains(tok.Feats, "Voice=Pass") && in(k+1) && a.prepPhraseEnd(k+1) > k+1:
			// "– powiedział cytowany przez agencję Reutera wicepremier
			// Jan Lis": a passive participle and its agent.
			k = a.prepPhraseEnd(k + 1)
		case t.kind&lang.Medium != 0 && !t.cap:
			k++
			for in(k) && a.d.Tokens[k].UPOS == "ADJ" && !a.toks[k].cap {
				k++
			}
			// Not a person named after the medium ("– mówi gazecie
			// Jewhen Mahda"): the name of the medium is no person's.
			for in(k) && (a.toks[k].word && a.toks[k].cap || a.isQuoteMark(k)) && !a.personStartsAt(k) {
				k++
			}
		default:
			return k
		}
	}
	return k
}

// adverb reports whether token k is an adverb in lower case (by the
// morphology, or by its ending where there is none).
func (a *annotator) adverb(k int) bool {
	t, tok := a.toks[k], a.d.Tokens[k]
	if !t.word || t.cap || t.kind&(lang.Pronoun|lang.Title|lang.SpeechVerb) != 0 {
		return false
	}
	return tok.UPOS == "ADV" || tok.UPOS == "" && a.x.AdverbEnding(string(a.lower(a.form(k))))
}

// inPrepPhrase reports whether a preposition stands among the three
// words before token k, from start on ("z dziennikiem", "w rozmowie z
// brytyjskim dziennikiem").
func (a *annotator) inPrepPhrase(start, k int) bool {
	for j := k - 1; j >= start && j >= k-3; j-- {
		if a.d.Tokens[j].UPOS == "ADP" {
			return true
		}
	}
	return false
}

// personEndingAt returns the tokens of a person's mention inside
// [from, end) that ends at end, in whatever case the tagger read it.
func (a *annotator) personEndingAt(from, end int) (int, int, bool) {
	if len(a.d.Entities) == 0 || from >= end {
		return 0, 0, false
	}
	start, stop := a.d.Tokens[from].Start, a.d.Tokens[end-1].End
	for _, r := range a.mentionsFrom(start) {
		if r.start >= stop {
			break
		}
		if r.start < start || r.end != stop || a.d.Entities[r.e].Type != "PERSON" {
			continue
		}
		if mf := a.tokenAt(r.start); mf < end && !a.quotedRange(mf, end) {
			return mf, end, true
		}
	}
	return 0, 0, false
}

// negation reports whether token k is a particle of negation in lower
// case ("nie", by its Polarity feature).
func (a *annotator) negation(k int) bool {
	t := a.d.Tokens[k]
	return a.toks[k].word && !a.toks[k].cap && t.UPOS == "PART" && strings.Contains(t.Feats, "Polarity=Neg")
}

// inTime reports whether token i lies in a time expression found in d.
func (a *annotator) inTime(i int) bool {
	t := a.d.Tokens[i]
	ix := a.timeIndex()
	// the last time starting at or before the token; any before it may
	// reach over the token too, hence the running largest end.
	k := sort.Search(len(ix.times), func(k int) bool { return ix.times[k].Start > t.Start }) - 1
	return k >= 0 && ix.timeEnd[k] >= t.End
}

// subjectOf finds who speaks through the verb at v: the name before it in
// its clause ("Dmytro Kułeba w rozmowie z … powiedział"), a pronoun right
// before it ("he said": pron), the phrase after a speech verb that opens
// its clause ("zapowiedział minister Dmytro Kułeba", "Jak przekazał Jake
// Sullivan"), else the phrase just before it ("the U.S. statement said").
func (a *annotator) subjectOf(v int) (from, to int, pron bool) {
	s := a.d.Sentences[a.toks[v].sent]
	start := s.FirstToken
	for k := v - 1; k >= s.FirstToken; k-- {
		if a.toks[k].quoted || a.toks[k].kind&lang.ClauseIntro != 0 || a.form(k) == ";" {
			start = k + 1
			break
		}
	}
	// "Brytyjski dziennik „The Times” pisze, że „…”": a medium's title
	// in quotation marks right before the verb, after the word for it.
	if b := v - 1; b-2 >= start && a.isQuoteMark(b) {
		o := b - 1
		for o > start && b-o <= 4 && a.toks[o].word && a.toks[o].cap {
			o--
		}
		// Not "w rozmowie z dziennikiem „Tagesspiegel” powiedział":
		// the word for the medium in the nominative, no preposition
		// before it.
		if o < b-1 && o > start && a.isQuoteMark(o) && a.toks[o-1].kind&lang.Medium != 0 &&
			strings.Contains(a.d.Tokens[o-1].Feats, "Case=Nom") && !a.inPrepPhrase(start, o-1) {
			return o + 1, b, false
		}
	}
	// "… Jeremy Corbyn, który stwierdził, że „…”": a relative pronoun
	// right before the verb, after a comma, stands for the person whose
	// mention ends at the comma.
	if k := v - 1; k > start && strings.Contains(a.d.Tokens[k].Feats, "PronType=Rel") && a.form(k-1) == "," {
		// Not "rzecznik Jana Nowaka, który …": a title in another case
		// than the name is the head ("wiceprezesa Gazpromu Aleksandra
		// Miedwiediewa, który" is one person).
		if pf, pt, ok := a.personEndingAt(max(start, k-7), k-1); ok {
			if !(pf > start && a.toks[pf-1].kind&lang.Title != 0 && !a.sameCase(pf-1, pt-1)) {
				return pf, pt, false
			}
			// The title is the antecedent: the one who speaks is not
			// the person named after it, whatever their gender.
			return pf - 1, pf, false
		}
	}
	// Where word order is free and subjects drop (Polish, Russian), a
	// person's mention is a surer sign of the subject than the first
	// name; in English the name before the verb is.
	// "one odpowiedziały": a pronoun right before the verb is its
	// subject, whoever is named before it (where subjects drop and a
	// pronoun is there only to be that).
	if k := a.beforeVerb(start, v); a.x.ProDrop && k >= start && a.toks[k].kind&lang.Pronoun != 0 {
		return -1, -1, true
	}
	if bf, bt, ok := a.subjectPersonBefore(start, v); ok && a.x.ProDrop {
		if a.disagrees(v, bf, bt) || a.ownVerb(bt, v) {
			return -1, -1, true
		}
		return bf, bt, false
	}
	if bf, bt, ok := a.nameIn(start, v, true); ok {
		if a.x.ProDrop && (a.disagrees(v, bf, bt) || a.ownVerb(bt, v)) {
			return -1, -1, true
		}
		return bf, bt, false
	}
	if k := a.beforeVerb(start, v); k >= start && a.toks[k].kind&lang.Pronoun != 0 {
		return -1, -1, true
	}
	empty := true
	for j := start; j < v; j++ {
		t := a.toks[j]
		if t.word && t.kind&(lang.Skip|lang.Stop) == 0 && !a.inTime(j) && !t.quoted {
			empty = false
			break
		}
	}
	if empty {
		if a.verb(v) {
			if af, at, p := a.npAfter(v); !p {
				return af, at, false
			}
		}
		return -1, -1, true
	}
	// The phrase just before the verb, back to a word in a case no
	// subject takes ("… z sekretarzem NATO Jensem Stoltenbergiem
	// prezydent USA skrytykował": "prezydent USA").
	// Adverbs right before the verb are no part of it ("a jednocześnie
	// podkreślił": no subject at all).
	e := v
	for e > start && a.adverb(e-1) {
		e--
	}
	k := e
	for k > start && a.toks[k-1].word && a.toks[k-1].kind&(lang.Stop|lang.SpeechVerb|lang.StanceVerb) == 0 && e-k < 4 && !a.obliqueName(k-1) && !a.notInSubject(k-1) {
		k--
	}
	for k < e && a.toks[k].kind&lang.Skip != 0 {
		k++
	}
	if a.x.ProDrop {
		k = a.headStart(k, e)
	}
	if k < e && k > start && a.x.ProDrop && a.d.Tokens[k-1].UPOS == "ADP" && !a.toks[k-1].cap && !a.anyNomTag(k, e) {
		// "a poproszony o uzasadnienie odparł": the words right after a
		// preposition, none in the nominative, are its object; the
		// subject is dropped ("na własne źródła gazeta podkreśla" has
		// one).
		return -1, -1, true
	}
	if k < e && a.x.ProDrop && a.genitiveTail(start, k, e) {
		// "Podczas przesłuchania przed Komisją Spraw Zagranicznych
		// Senatu USA stwierdził": words in the genitive after another
		// word depend on it; the subject is dropped.
		return -1, -1, true
	}
	if k < e && !(k == s.FirstToken && e-k == 1 && !a.isName(k) && !a.subjectWord(k)) {
		return k, e, false
	}
	return -1, -1, true
}

// anyNomTag reports whether a token of [k, e) is tagged in the
// nominative.
func (a *annotator) anyNomTag(k, e int) bool {
	for j := k; j < e; j++ {
		if strings.Contains(a.d.Tokens[j].Feats, "Case=Nom") {
			return true
		}
	}
	return false
}

// headStart returns where the subject starts in tokens [k, e) before a
// verb when a nominative noun or name ends them: after a preposition and
// its object, and after words in the genitive before that noun ("z
// Pakistanu papież powiedział": "papież"). Otherwise k.
func (a *annotator) headStart(k, e int) int {
	nom := -1
	for j := e - 1; j >= k; j-- {
		if t := a.d.Tokens[j]; caseOf(t.Feats) == "Nom" && (t.UPOS == "NOUN" || t.UPOS == "PROPN") {
			nom = j
		}
	}
	if nom <= k {
		return k
	}
	for j := k; j < nom; j++ {
		switch t := a.d.Tokens[j]; {
		case t.UPOS == "ADP", caseOf(t.Feats) == "Gen":
		default:
			return k
		}
	}
	return nom
}

// genitiveTail reports whether tokens [k, e), after a noun of the clause
// that starts at start, are all outside the nominative and one of them
// is a genitive the morphology inflects: the complement of a noun before
// them, no subject. A name the morphology does not inflect ("Pompeo")
// may be tagged genitive by chance, and a clause's first words are left
// alone.
func (a *annotator) genitiveTail(start, k, e int) bool {
	if k <= start || !a.toks[k-1].word {
		return false
	}
	// The head before them is a noun ("Komisją"); after a preposition
	// ("Jeden z cytowanych ekspertów") they are its object, and the
	// subject is further back.
	if u := a.d.Tokens[k-1].UPOS; u != "NOUN" && u != "PROPN" {
		return false
	}
	gen := false
	for j := k; j < e; j++ {
		t := a.d.Tokens[j]
		switch caseOf(t.Feats) {
		case "Nom", "":
			return false
		case "Gen":
			if t.Lemma != "" && !strings.EqualFold(t.Lemma, a.form(j)) {
				gen = true
			}
		}
	}
	return gen
}

// beforeVerb returns the last token before the verb at v, from start on,
// that is not a skip word, a time word or a comma; or start-1.
func (a *annotator) beforeVerb(start, v int) int {
	k := v - 1
	for k >= start && (a.toks[k].kind&lang.Skip != 0 || a.inTime(k) || a.form(k) == ",") {
		k--
	}
	return k
}

// ownVerb reports whether a finite verb between a name ending at token
// end and the verb at v disagrees with v in gender or number: the name is
// that verb's subject, not v's ("powiedziała, że Jezus oddał życie i
// zapytała": not Jezus).
func (a *annotator) ownVerb(end, v int) bool {
	g, n := genderOf(a.d.Tokens[v].Feats), feature(a.d.Tokens[v].Feats, "Number=")
	if g == "" && n == "" {
		return false
	}
	for k := end; k < v; k++ {
		t := a.d.Tokens[k]
		if a.toks[k].quoted || (t.UPOS != "VERB" && t.UPOS != "AUX") || !strings.Contains(t.Feats, "VerbForm=Fin") {
			continue
		}
		kg, kn := genderOf(t.Feats), feature(t.Feats, "Number=")
		if g != "" && kg != "" && kg != g || n != "" && kn != "" && kn != n {
			return true
		}
	}
	return false
}

// disagrees reports whether the verb at v cannot have the name at tokens
// [from, to) as its subject by gender: the verb's past form is feminine
// and the name's first word a masculine first name, or the other way
// round ("…, że Piotr Wrona oddał życie i zapytała:": not Wrona). Only
// the first word of a name of two or more is asked, as surnames are
// tagged at random.
func (a *annotator) disagrees(v, from, to int) bool {
	g := genderOf(a.d.Tokens[v].Feats)
	if g == "" || to-from < 2 || strings.Contains(a.d.Tokens[v].Feats, "Number=Plur") {
		return false
	}
	// A first name the morphology knows: in the nominative, its own
	// lemma ("Piotr", "Maria"); a guess at a foreign one ("Dmytro" as
	// a feminine vocative) says nothing.
	t := a.d.Tokens[from]
	if t.UPOS != "PROPN" || caseOf(t.Feats) != "Nom" || t.Lemma != a.form(from) {
		return false
	}
	ng := genderOf(t.Feats)
	return ng != "" && ng != "Neut" && g != "Neut" && ng != g
}

// subjectWord reports whether a capitalised word opening a sentence right
// before a speech verb is its subject: the morphology says it is a noun or
// a name, or (without morphology) the language does not drop subjects.
func (a *annotator) subjectWord(k int) bool {
	if !a.toks[k].cap {
		return false
	}
	switch a.d.Tokens[k].UPOS {
	case "PROPN", "NOUN", "X":
		return true
	case "":
		return !a.x.ProDrop
	}
	return false
}

// isName reports whether token i may be part of a name: a capitalised
// word (or a particle such as "al-Sudani") that is not a title, a verb, a
// month or a weekday, and, at the start of a sentence or after an opening
// mark, is seen capitalised inside a sentence elsewhere or followed by
// another name word ("Ahmed Kico, a political …").
func (a *annotator) isName(i int) bool {
	switch a.toks[i].name {
	case 1:
		return true
	case -1:
		return false
	}
	ok := a.isNameUncached(i)
	a.toks[i].name = -1
	if ok {
		a.toks[i].name = 1
	}
	return ok
}

func (a *annotator) isNameUncached(i int) bool {
	if a.toks[i].sent < 0 || a.toks[i].named || !a.nameWord(i) {
		return false
	}
	s := a.d.Sentences[a.toks[i].sent]
	if i == s.FirstToken || i > 0 && a.isOpenPunct(i-1) {
		u := a.usage(i)
		if u&seenCapsInside != 0 {
			return true
		}
		if u&seenLower != 0 {
			return false
		}
		// An adverb, conjunction, particle or preposition the morphology knows
		// ("Jednocześnie Jakóbik podkreślił", "Tymczasem Anna Lis
		// zapowiedziała") is the sentence's first word, not a name's.
		switch a.d.Tokens[i].UPOS {
		case "ADV", "CCONJ", "SCONJ", "PART", "ADP":
			return false
		}
		// A proper noun by the morphology ("Kułeba w rozmowie z …").
		return a.d.Tokens[i].UPOS == "PROPN" || i+1 < s.EndToken && a.nameWord(i+1) && a.toks[i+1].cap
	}
	return true
}

func (a *annotator) nameWord(i int) bool {
	t := a.toks[i]
	if t.word && a.d.Tokens[i].End-a.d.Tokens[i].Start == 1 {
		return false // "X", an initial
	}
	if !t.word || t.caps || t.kind&(lang.Title|lang.SpeechVerb|lang.StanceVerb|lang.Pronoun|lang.Stop|lang.Skip) != 0 {
		return false
	}
	if !t.cap {
		// "al-Sudani", "bin-Salman"
		f := a.form(i)
		h := strings.IndexByte(f, '-')
		if h <= 0 || h+1 >= len(f) || !isUpperASCII(f[h+1]) && f[h+1] < 0x80 {
			return false
		}
		r, _ := utf8.DecodeRuneInString(f[h+1:])
		if !unicode.IsUpper(r) {
			return false
		}
	}
	if tm := a.l.Timex; tm != nil {
		if w := tm.Lookup(string(a.lower(a.form(i)))); w != nil && (w.Month != 0 || w.Weekday != 0) {
			return false
		}
	}
	return true
}

func isUpperASCII(c byte) bool { return c >= 'A' && c <= 'Z' }

// nameIn finds the name in tokens [from, to): the first run of name words
// that no title follows ("Turkish Foreign Minister Mevlut Cavusoglu" skips
// "Turkish"); for a subject, one in the nominative when the morphology
// tells cases, looked for in the last stretch between commas that has one
// ("Pytany o …, Macron powiedział"; "Dodik's lawyer, Anto Nobilo, said").
// A run of three or more words after a title, or whose tail the document
// gives as a name of its own, loses its first word ("prezydent Ukrainy
// Wołodymyr Zełenski", "Niemiec Annalena Baerbock"). A one-word run that
// goes on with "of"/"to the" and more capitalised words is an
// organisation's name and is taken whole ("U.S. Mission to the United
// Nations").
func (a *annotator) nameIn(from, to int, subject bool) (int, int, bool) {
	bf, bt := -1, -1
	if subject {
		end := to
		for k := to - 1; k >= from-1; k-- {
			if k >= from && a.form(k) != "," {
				continue
			}
			// A stretch opening in lower case is an apposition or a
			// participle ("president of …", "posting on X").
			if k < from || !a.lowerStart(k+1, end) && !a.appositionGoesOn(from, k) {
				if f, t, ok := a.firstRun(k+1, end, true); ok {
					bf, bt = f, t
					break
				}
			}
			end = k
		}
	} else {
		bf, bt, _ = a.firstRun(from, to, false)
	}
	if bf < 0 {
		return -1, -1, false
	}
	bf = a.trimRun(bf, bt)
	if bt-bf == 1 {
		// An organisation: "Mission to the United Nations".
		e := bt
		for e < to && a.toks[e].kind&(lang.Stop|lang.Skip) != 0 && !a.toks[e].cap && e-bt < 3 {
			e++
		}
		if e > bt && e < to && a.nameWord(e) {
			for e < to && a.nameWord(e) {
				e++
			}
			bt = e
			for bf > from && (a.toks[bf-1].cap && a.toks[bf-1].word ||
				a.form(bf-1) == "." && bf-2 >= from && !a.d.Tokens[bf-2].SpaceAfter && a.toks[bf-2].cap) {
				bf--
			}
		}
	}
	return bf, bt, true
}

// lowerStart reports whether the first word in [from, to) is in lower
// case.
func (a *annotator) lowerStart(from, to int) bool {
	for k := from; k < to; k++ {
		if a.toks[k].word {
			return !a.toks[k].cap
		}
	}
	return false
}

// trimRun drops the first word of a run of three or more name words that
// follows a lower-case title or whose tail is a name of its own elsewhere,
// and returns the run's new start.
func (a *annotator) trimRun(bf, bt int) int {
	// "Według O'Leary'ego", "Zdaniem Kowalskiego": a word of the
	// lexicon capitalised where it opens the sentence is no name's.
	for bt-bf >= 2 && a.toks[bf].kind&(lang.Source|lang.Stop|lang.Skip|lang.AsIntro) != 0 {
		bf++
	}
	// "UOKiK Marek Niechciał", "Ukrainy Wołodymyr Zełenski": a name in
	// the genitive before a name in the nominative qualifies a title.
	for bt-bf >= 2 && caseOf(a.d.Tokens[bf].Feats) == "Gen" && a.nominative(bt-1) {
		bf++
	}
	if bt-bf >= 3 && (bf > 0 && a.toks[bf-1].kind&lang.Title != 0 && !a.toks[bf-1].cap || a.isRunElsewhere(bf+1, bt)) {
		return bf + 1
	}
	return bf
}

// verbal reports whether the morphology reads token k as a verb.
func (a *annotator) verbal(k int) bool {
	u := a.d.Tokens[k].UPOS
	return u == "VERB" || u == "AUX"
}

// firstRun returns the first run of name words in [from, to) that no title
// follows (and, for a subject, in the nominative when cases are known).
func (a *annotator) firstRun(from, to int, subject bool) (int, int, bool) {
	for k := from; k < to; {
		if !a.isName(k) {
			k++
			continue
		}
		e := k
		for e < to && a.isName(e) {
			e++
		}
		// A title after the run, or after one lower-case word after it
		// ("White House press secretary Karen Bell"): the run qualifies
		// the title.
		// A title word the morphology reads as a verb is none ("Bibi nie
		// była obecna": "była" is "was", not "former").
		titled := e < len(a.toks) && a.toks[e].word && a.toks[e].kind&lang.Title != 0 && !a.verbal(e) ||
			e+1 < len(a.toks) && a.toks[e].word && !a.toks[e].cap && a.toks[e].kind&(lang.Stop|lang.Skip) == 0 &&
				a.toks[e+1].sent == a.toks[e].sent && a.toks[e+1].word && a.toks[e+1].kind&lang.Title != 0 && !a.toks[e+1].cap && !a.verbal(e+1)
		// A run opening in the genitive is a subject only if it ends in
		// the nominative ("Bundestagu Gyde Jensen"), not when a word inside
		// is read as one ("Komisji Praw Człowieka").
		// A genitive opening such a run closes the phrase before it ("w
		// parlamencie Bundestagu Gyde Jensen"): the preposition there is
		// not the name's.
		nom := a.nominative(e-1) || a.anyNominative(k, e) && caseOf(a.d.Tokens[k].Feats) != "Gen"
		head := k
		for head+1 < e && caseOf(a.d.Tokens[head].Feats) == "Gen" && a.nominative(e-1) {
			head++
		}
		// A run ending in a possessive ("VOA's query", "the EU's new
		// president Jane Roe") is whose the subject is, not the subject.
		if subject && e < to && a.possessive(e-1) {
			titled = true
		}
		if !titled && (!subject || !a.oblique(head, from) && (nom || k == from && a.d.Tokens[k].UPOS == "PROPN")) {
			return k, e, true
		}
		k = e
	}
	return -1, -1, false
}

// oblique reports whether the name starting at token k belongs to a
// prepositional phrase or to a phrase about a medium ("w rozmowie z
// agencją Reuters", "dla BBC"): a preposition or a medium word before it,
// over at most three lower-case words, and no further back than from.
func (a *annotator) oblique(k, from int) bool {
	for j, n := k-1, 0; j >= from && n < 4; j, n = j-1, n+1 {
		t := a.toks[j]
		if !t.word || t.cap || a.prepObject(j) {
			return false
		}
		if a.d.Tokens[j].UPOS == "ADP" || t.kind&lang.Medium != 0 {
			return true
		}
	}
	return false
}

// prepObject reports whether token j is a personal or demonstrative
// pronoun in a case a preposition governs: it is the whole object of a
// preposition before it, and the words after it are no part of that
// phrase ("Wypowiedział się o niej nawet papież Benedykt XVI": the pope
// is the subject).
func (a *annotator) prepObject(j int) bool {
	t := a.d.Tokens[j]
	if t.UPOS != "PRON" || strings.Contains(t.Feats, "Reflex=Yes") {
		return false
	}
	switch caseOf(t.Feats) {
	case "", "Nom":
		return false
	}
	return true
}

// obliqueCases reports whether every word of tokens [from, to) is tagged
// in a case no subject takes whatever the tagger's doubts: instrumental,
// dative or locative ("z sekretarzem generalnym NATO Jensem
// Stoltenbergiem prezydent USA skrytykował": Stoltenberg is no subject).
// Genitive and accusative are left alone: the tagger gives them to
// uninflected foreign names in the nominative ("Zacharowa", "Einhorn").
// A word whose lemma is its own form is one the morphology does not know
// ("Stoltenbergiem"), and follows the case of the others.
func (a *annotator) obliqueCases(from, to int) bool {
	n := 0
	for k := from; k < to; k++ {
		if !a.toks[k].word {
			continue
		}
		if a.obliqueCase(k) {
			n++
		} else if t := a.d.Tokens[k]; t.Lemma != "" && t.Lemma != a.form(k) {
			return false
		}
	}
	return n > 0
}

// notInSubject reports whether token k is a verb, pronoun or
// conjunction, which a subject phrase before its verb does not hold
// ("podczas którego miała powiedzieć").
func (a *annotator) notInSubject(k int) bool {
	switch a.d.Tokens[k].UPOS {
	case "VERB", "AUX", "PRON", "SCONJ":
		return true
	}
	return false
}

// obliqueName reports whether token k is in a case no subject takes, or
// is a capitalised word the morphology does not know after one
// ("Jensem Stoltenbergiem").
func (a *annotator) obliqueName(k int) bool {
	if a.obliqueCase(k) {
		return true
	}
	t := a.d.Tokens[k]
	return a.toks[k].cap && t.Lemma == a.form(k) && k > 0 && a.toks[k-1].cap && a.obliqueCase(k-1)
}

func (a *annotator) obliqueCase(k int) bool {
	switch caseOf(a.d.Tokens[k].Feats) {
	case "Ins", "Dat", "Loc":
		return true
	}
	return false
}

// anyNominative reports whether a word of tokens [from, to) is tagged
// nominative ("Fawad Chaudry": the tagger knows the first name better).
func (a *annotator) anyNominative(from, to int) bool {
	for k := from; k < to; k++ {
		if a.nominalCase(k) {
			return true
		}
	}
	return false
}

// nominalCase reports whether token k is in the nominative, or is a name
// read as a vocative outside quotations: narration calls no one by name,
// so such a reading is the tagger's mistake for a nominative it does not
// know ("Dmytro Kułeba", "Petro" as the vocatives of "Dmytra", "Petra").
func (a *annotator) nominalCase(k int) bool {
	return caseOf(a.d.Tokens[k].Feats) == "Nom" || a.vocativeName(k)
}

// vocativeName reports whether token k is a proper noun outside
// quotations that the tagger reads as a vocative.
func (a *annotator) vocativeName(k int) bool {
	t := a.d.Tokens[k]
	return t.UPOS == "PROPN" && caseOf(t.Feats) == "Voc" && !a.toks[k].quoted
}

// caseOf returns the value of the Case feature, or "".
func caseOf(feats string) string { return feature(feats, "Case=") }

// feature returns the value of the feature named by key ("Case=") in a
// FEATS string, or "".
func feature(feats, key string) string {
	i := strings.Index(feats, key)
	if i < 0 {
		return ""
	}
	v := feats[i+len(key):]
	if j := strings.IndexByte(v, '|'); j >= 0 {
		v = v[:j]
	}
	return v
}

// nominative reports whether token i may be in the nominative: its
// features say so, there are none, or its lemma is its form.
func (a *annotator) nominative(i int) bool {
	t := a.d.Tokens[i]
	if !strings.Contains(t.Feats, "Case=") || a.nominalCase(i) {
		return true
	}
	// A name whose lemma is its form is uninflected as far as can be
	// told, whatever case a guesser gave it ("Kułeba"); so is a word of
	// a person's mention that is a word of the person's base name
	// ("Bibi" of "Asia Bibi", read as the genitive of "Bibia").
	return strings.EqualFold(t.Lemma, a.d.Text[t.Start:t.End]) || a.baseNameWord(i)
}

// baseNameWord reports whether token i is a person's mention of one word
// written as a word of the person's base name ("Bibi" of "Asia Bibi"); a
// name of more words is asked by its first word (nominativeName).
func (a *annotator) baseNameWord(i int) bool {
	if len(a.d.Entities) == 0 {
		return false
	}
	t := a.d.Tokens[i]
	form := a.d.Text[t.Start:t.End]
	for _, r := range a.mentionsFrom(t.Start) {
		if r.start > t.Start {
			break
		}
		if r.end < t.End || a.d.Entities[r.e].Type != "PERSON" {
			continue
		}
		if r.start == t.Start && r.end == t.End && strings.Contains(" "+a.d.Entities[r.e].Name+" ", " "+form+" ") {
			return true
		}
	}
	return false
}

// isRunElsewhere reports whether the name words [from, to) stand
// somewhere else in the document as a run of their own, with no name word
// right before or after them.
func (a *annotator) isRunElsewhere(from, to int) bool {
	n := to - from
	var key strings.Builder
	for j := from; j < to; j++ {
		key.WriteString(a.form(j))
		key.WriteByte(0)
	}
	ix := a.index()
	if ix.runs == nil {
		ix.runs = map[string][2]int{}
	}
	found, ok := ix.runs[key.String()]
	if !ok {
		// The first two places where the words stand alone; whatever from
		// is, one of them is elsewhere if there are two.
		found = [2]int{-1, -1}
		nf := 0
		for _, k := range a.formTokens(a.form(from)) {
			if k+n > len(a.toks) {
				break
			}
			same := true
			for j := 1; j < n && same; j++ {
				same = a.toks[k+j].sent == a.toks[k].sent && a.form(k+j) == a.form(from+j)
			}
			if !same {
				continue
			}
			before := k > 0 && a.toks[k-1].sent == a.toks[k].sent && a.isName(k-1)
			after := k+n < len(a.toks) && a.toks[k+n].sent == a.toks[k].sent && a.isName(k+n)
			if !before && !after && a.isName(k) {
				found[nf] = k
				if nf++; nf == 2 {
					break
				}
			}
		}
		ix.runs[key.String()] = found
	}
	return found[0] >= 0 && found[0] != from || found[1] >= 0 && found[1] != from
}

// numberCompound reports whether form is digits, a hyphen and a word
// ("16-letnia", "30-year-old"), an age or size said of the speaker.
func numberCompound(form string) bool {
	i := 0
	for i < len(form) && form[i] >= '0' && form[i] <= '9' {
		i++
	}
	if i == 0 || i+1 >= len(form) || form[i] != '-' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(form[i+1:])
	return unicode.IsLower(r)
}

// appositionGoesOn reports whether the comma at token k closes a stretch
// opening in lower case after another comma, no further back than from:
// an apposition after a person's name, which the name after k goes on
// ("Jane Doe, deputy director for health, Acme Relief, said": Acme Relief
// is where she works, not who speaks). A stretch opening with a stop
// word, a clause's first word, a pronoun or a verb is a clause, no
// apposition.
func (a *annotator) appositionGoesOn(from, k int) bool {
	for j := k - 1; j >= from; j-- {
		if a.form(j) != "," {
			continue
		}
		// A person's name before the apposition.
		if _, _, ok := a.personEndingAt(max(from, j-4), j); j+1 >= k || !ok || !a.lowerStart(j+1, k) {
			return false
		}
		// Not a clause ("while most people agree", "who is from X").
		for w := j + 1; w < k; w++ {
			if a.toks[w].word {
				return a.toks[w].kind&(lang.Stop|lang.ClauseIntro|lang.Pronoun) == 0 && !a.verbal(w)
			}
		}
		return false
	}
	return false
}
