package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// What follows a candidate sentence end, seen past opening quotes,
// brackets and dashes.
type follow uint8

const (
	fLower follow = iota // a lower-case word or continuing punctuation: the sentence goes on
	fUpper               // a capitalised word
	fDigit               // a number
	fOther               // anything else: a symbol, a caseless script, the end
)

// splitter decides the sentence boundaries among the tokens of one block.
type splitter struct {
	text   string
	toks   []doc.Token
	abbrev map[string]lang.AbbrevKind
	// ordinary caches the answers of ordinaryWord by word.
	ordinary map[string]bool
}

// split appends to d.Sentences the sentences of the tokens d.Tokens[first:],
// which all belong to block.
func split(d *doc.Document, l *lang.Language, first, block int) {
	toks := d.Tokens[first:]
	n := len(toks)
	if n == 0 {
		return
	}
	s := splitter{text: d.Text, toks: toks}
	if l != nil {
		s.abbrev = l.Abbrev
	}
	sentFirst := len(d.Sentences)
	emit := func(a, b int) {
		d.Sentences = append(d.Sentences, doc.Sentence{
			Span:       doc.Span{Start: toks[a].Start, End: toks[b-1].End},
			FirstToken: first + a, EndToken: first + b, Block: block,
		})
	}
	start := 0
	for k := 0; k < n; k++ {
		t := toks[k]
		if k > start && t.Start-toks[k-1].End >= 2 && blankLine(d.Text[toks[k-1].End:t.Start]) {
			emit(start, k)
			start = k
		}
		if t.Kind != doc.Punct {
			continue
		}
		r := s.first(k)
		if !isTerminator(r) {
			continue
		}
		// The run of final punctuation and closing quotes and brackets
		// that sticks to it: "?!", "...", ".”", "?)".
		dots, strong := 0, false
		if r == '.' {
			dots = 1
		} else {
			strong = true
		}
		j := k + 1
		for j < n && toks[j].Start == toks[j-1].End && toks[j].Kind == doc.Punct {
			r2 := s.first(j)
			if isTerminator(r2) {
				if r2 == '.' {
					dots++
				} else {
					strong = true
				}
			} else if !isCloser(r2) {
				break
			}
			j++
		}
		if j < n && s.boundary(start, k, j, dots, strong) {
			emit(start, j)
			start = j
		}
		k = j - 1
	}
	if start < n {
		emit(start, n)
	}
	s.mergeDialogue(d, sentFirst)
}

// blankLine reports whether the white space gap holds an empty line.
func blankLine(gap string) bool {
	nl := 0
	for i := 0; i < len(gap); i++ {
		if gap[i] == '\n' {
			nl++
		}
	}
	return nl >= 2
}

// first returns the first rune of token k.
func (s *splitter) first(k int) rune {
	t := s.toks[k]
	c := s.text[t.Start]
	if c < utf8.RuneSelf {
		return rune(c)
	}
	r, _ := utf8.DecodeRuneInString(s.text[t.Start:t.End])
	return r
}

// boundary reports whether a sentence that began at token start ends
// before token j, after the final punctuation run toks[k:j] (dots periods;
// strong when it holds "?", "!" or "…").
func (s *splitter) boundary(start, k, j, dots int, strong bool) bool {
	nx, w := s.next(j)
	if nx == fLower {
		return false
	}
	attached := k > 0 && s.toks[k-1].End == s.toks[k].Start
	if strong || dots > 1 {
		// An elision mark "(...)" or "[…]" inside a sentence.
		if attached && s.toks[k-1].Kind == doc.Punct {
			if r := s.first(k - 1); r == '(' || r == '[' {
				return false
			}
		}
		return true
	}
	if !attached {
		return true
	}
	p := s.toks[k-1]
	switch p.Kind {
	case doc.Number:
		// "19. czerwca" is caught above; "w 1961. Potem" ends, but the
		// number of a list item, "3. Udowodnić", starts its sentence.
		return nx != fDigit && k-1 != start
	case doc.Word:
		form := s.text[p.Start:p.End]
		if p.End-p.Start <= 2 && utf8.RuneCountInString(form) == 1 && isUpper(s.first(k-1)) {
			// An initial: "A. Duda", "J. R. R. Tolkien". After a word it
			// may also be a shortened surname or a one-letter name that
			// ends the sentence ("zatrzymano Tomasza K. Grozi mu…", "on
			// the platform X. He added…"), told from an initial by the
			// word that follows.
			if k >= 2 && nx == fUpper && s.toks[k-2].Kind == doc.Word && s.toks[k-2].End < s.toks[k-1].Start &&
				s.toks[w].End-s.toks[w].Start > 1 {
				return !s.nameRun(w) && s.ordinaryWord(w)
			}
			return false
		}
		switch kind := s.abbrevKind(form); kind {
		case lang.Inner:
			return false
		case lang.Final, lang.Numeric:
			// Before a number the abbreviation goes on ("art. 5"); after
			// a date that opens the sentence too ("W 1492 r. Kolumb…").
			if nx == fDigit || kind == lang.Final && s.leadingDate(start, k-1) {
				return false
			}
			// A dash after a date goes on with the sentence: "w 1916 r. –
			// Asty Film", "z dnia 4 sierpnia 2008 r. — G-Star przeciwko…".
			if kind == lang.Final && s.afterNumber(k-1) && s.toks[j].Kind == doc.Punct && isDash(s.first(j)) {
				return false
			}
			// A unit goes on before an acronym: "3 proc. PKB", "5 mln USD".
			if kind == lang.Numeric && nx == fUpper && s.toks[w].Kind == doc.Word && acronym(s.text[s.toks[w].Start:s.toks[w].End]) {
				return false
			}
			// An acronym spelled with periods mostly begins a name ("the
			// U.S. State Department", "U.N. Security Council"): it ends a
			// sentence only before an ordinary word that does not begin a
			// run of capitalised words. After a capitalised word inside the
			// sentence it closes a name instead ("w Banku PKO S.A.") and
			// ends sentences as any final abbreviation does.
			closesName := k-3 >= start && s.toks[k-2].Kind == doc.Word && isUpper(s.first(k-2)) &&
				(s.toks[k-3].Kind == doc.Word || s.toks[k-3].Kind == doc.Number)
			if nx == fUpper && dottedAcronym(form) && !closesName {
				return !s.nameRun(w) && s.ordinaryWord(w)
			}
			return true
		}
		if initials(form) || vowelless(form) {
			return false
		}
	}
	return true
}

// afterNumber reports whether the token before token a is a number or a
// Roman numeral: "1916 r.", "XX w.".
func (s *splitter) afterNumber(a int) bool {
	if a < 1 {
		return false
	}
	t := s.toks[a-1]
	return t.Kind == doc.Number || t.Kind == doc.Word && roman(s.text[t.Start:t.End])
}

// acronym reports whether form is two or more capital letters and nothing
// else ("PKB", "USD").
func acronym(form string) bool {
	n := 0
	for _, r := range form {
		if !isUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// dottedAcronym reports whether form is capital letters joined by periods,
// as "U.S" or "U.N".
func dottedAcronym(form string) bool {
	dot, letter := false, false
	for _, r := range form {
		if r == '.' {
			dot = true
		} else if isUpper(r) {
			letter = true
		} else {
			return false
		}
	}
	return dot && letter
}

// nameRun reports whether the capitalised word at token w goes on as a
// name: another capitalised word follows, directly or after one or two
// short lower-case words ("State Department", "Secretary of State", "Mission
// to the United Nations").
func (s *splitter) nameRun(w int) bool {
	for i := w + 1; i < len(s.toks) && i <= w+3; i++ {
		t := s.toks[i]
		if t.Kind != doc.Word {
			return false
		}
		r := s.first(i)
		if isUpper(r) {
			return true
		}
		if i == w+3 || t.End-t.Start > 3 || !isLower(r) {
			return false
		}
	}
	return false
}

// ordinaryWord reports whether the capitalised word at token j is, by the
// evidence of the whole document, an ordinary word capitalised only because
// it starts a sentence: it occurs in lower case more often than it occurs
// capitalised after a lower-case word. "Now", "But", "The" are ordinary;
// "State", "President", "Security" in a news story about the U.S. are not.
func (s *splitter) ordinaryWord(j int) bool {
	t := s.toks[j]
	word := s.text[t.Start:t.End]
	if s.toks[j].Kind != doc.Word || len(word) > 64 {
		return false
	}
	r, n := utf8.DecodeRuneInString(word)
	var buf [72]byte
	lower := string(append(utf8.AppendRune(buf[:0], unicode.ToLower(r)), word[n:]...))
	if v, ok := s.ordinary[word]; ok {
		return v
	}
	// The evidence comes from the text around the word, so that the cost
	// stays bounded in a long document.
	text := s.text[max(0, t.Start-evidenceWindow):min(len(s.text), t.End+evidenceWindow)]
	v := countWord(text, lower, false) > countWord(text, word, true)
	if s.ordinary == nil {
		s.ordinary = map[string]bool{}
	}
	s.ordinary[word] = v
	return v
}

// evidenceWindow is how far, in bytes, ordinaryWord looks either side of a
// word for its other occurrences.
const evidenceWindow = 4 << 10

// countWord counts the occurrences of word in text as a whole word; with
// afterLower, only those that follow a word ending in a lower-case letter.
func countWord(text, word string, afterLower bool) int {
	n := 0
	for i := 0; ; {
		k := strings.Index(text[i:], word)
		if k < 0 {
			return n
		}
		a, b := i+k, i+k+len(word)
		i = b
		if a > 0 {
			if r, _ := utf8.DecodeLastRuneInString(text[:a]); isWordRune(r) {
				continue
			}
		}
		if b < len(text) {
			if r, _ := utf8.DecodeRuneInString(text[b:]); isWordRune(r) {
				continue
			}
		}
		if afterLower {
			p := strings.TrimRight(text[:a], " ")
			if r, _ := utf8.DecodeLastRuneInString(p); p == "" || !isLower(r) {
				continue
			}
		}
		n++
	}
}

// leadingDate reports whether toks[start:a] is a short date phrase opening
// a sentence, so that the abbreviation at a does not end it: "W 1492 r.
// Kolumb…", "W styczniu 2011 r. Blunt…", "Już w 1926 r. Meyer…", "9 września
// 2009 r. Aldrin…", "W V w. p.n.e. Grecja…". The phrase opens with a number,
// a capitalised word of one or two letters, or a capitalised word and one of
// one or two letters; then come only numbers, Roman numerals, words of one
// or two letters and the word right before a number.
func (s *splitter) leadingDate(start, a int) bool {
	n := a - start
	if n < 1 || n > 6 {
		return false
	}
	short := func(i int) bool {
		t := s.toks[i]
		return t.Kind == doc.Word && t.End-t.Start <= 4 && utf8.RuneCountInString(s.text[t.Start:t.End]) <= 2
	}
	first := s.toks[start]
	switch {
	case first.Kind == doc.Number:
	case first.Kind != doc.Word || !isUpper(s.first(start)):
		return false
	case short(start):
	case n >= 2 && short(start+1) && isLower(s.first(start+1)):
	default:
		return false
	}
	num := first.Kind == doc.Number
	for i := start + 1; i < a; i++ {
		t := s.toks[i]
		form := s.text[t.Start:t.End]
		switch {
		case t.Kind == doc.Number || roman(form):
			num = true
		case short(i):
		case t.Kind == doc.Word && i+1 < a && s.toks[i+1].Kind == doc.Number:
		case t.Kind == doc.Punct && form == ".":
			// the period of an abbreviation inside the phrase: "V w. p.n.e."
		default:
			return false
		}
	}
	return num
}

// roman reports whether form is a Roman numeral in capitals.
func roman(form string) bool {
	if form == "" || len(form) > 8 {
		return false
	}
	for i := 0; i < len(form); i++ {
		switch form[i] {
		case 'I', 'V', 'X', 'L', 'C', 'D', 'M':
		default:
			return false
		}
	}
	return true
}

// next classifies what follows a candidate sentence end at token j and
// returns the index of the token that decided it.
func (s *splitter) next(j int) (follow, int) {
	// Look a few tokens ahead at most, so that a long run of quotation
	// marks, dashes or elisions cannot make the pass quadratic.
	for stop := min(len(s.toks), j+8); j < stop; j++ {
		r := s.first(j)
		switch s.toks[j].Kind {
		case doc.Word, doc.Number:
			switch {
			case isUpper(r):
				return fUpper, j
			case isLower(r):
				return fLower, j
			case isDigit(r):
				return fDigit, j
			}
			return fOther, j
		case doc.Punct:
			if r == '(' || r == '[' {
				if e := s.elision(j); e > j {
					j = e - 1 // "(...)" and "[…]" stand for left-out text
					continue
				}
			}
			if isOpener(r) || isDash(r) {
				continue
			}
			switch r {
			case ',', ';', ':', ')', ']', '}', '”', '»', '’', '.', '?', '!', '…':
				return fLower, j
			}
			return fOther, j
		default:
			return fOther, j
		}
	}
	return fOther, j
}

// elision returns the end of the elision mark "(...)", "(…)", "[...]" or
// "[…]" that starts at token j, or j when there is none.
func (s *splitter) elision(j int) int {
	for i := j + 1; i < len(s.toks) && i <= j+4; i++ {
		if s.toks[i].Start != s.toks[i-1].End || s.toks[i].Kind != doc.Punct {
			return j
		}
		switch s.first(i) {
		case '.', '…':
			continue
		case ')', ']':
			if i > j+1 {
				return i + 1
			}
		}
		return j
	}
	return j
}

// abbrevKind looks form up, lower-cased, in the abbreviation list.
func (s *splitter) abbrevKind(form string) lang.AbbrevKind {
	if len(s.abbrev) == 0 || len(form) > 48 {
		return 0
	}
	lower := true
	for i := 0; i < len(form); i++ {
		if c := form[i]; c >= utf8.RuneSelf || ascii[c]&cUpper != 0 {
			lower = false
			break
		}
	}
	if lower {
		return s.abbrev[form]
	}
	var buf [64]byte
	b := buf[:0]
	for _, r := range form {
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return s.abbrev[string(b)]
}

// initials reports whether form is an initial or a run of initials joined
// by periods: "A", "J.R.R".
func initials(form string) bool {
	seg := 0
	for _, r := range form {
		if r == '.' {
			if seg != 1 {
				return false
			}
			seg = 0
			continue
		}
		if seg > 0 || !isUpper(r) {
			return false
		}
		seg++
	}
	return seg == 1
}

// vowelless reports whether form is a lower-case word of two or more letters
// with no vowel ("płk", "mjr", "pkt"): an abbreviation, not a word that can
// end a sentence.
func vowelless(form string) bool {
	n := 0
	for _, r := range form {
		if !isLower(r) || isVowel(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// mergeDialogue joins the sentences of a paragraph that opens with a
// dialogue dash up to the one that names the speaker: in "– Podpisane
// dziś porozumienie… Federacja nie wyklucza… – mówił wówczas Putin." the
// quotation and its attribution form one sentence.
func (s *splitter) mergeDialogue(d *doc.Document, sentFirst int) {
	sents := d.Sentences[sentFirst:]
	if len(sents) < 2 || s.toks[0].Kind != doc.Punct || !isDash(s.first(0)) || !s.toks[0].SpaceAfter {
		return
	}
	if len(s.toks) > 1 && isLower(s.first(1)) {
		return // "– powiedział X." closes the quotation of the paragraph before
	}
	base := sents[0].FirstToken
	for m := 0; m < len(sents) && m < 16; m++ {
		a, b := sents[m].FirstToken-base, sents[m].EndToken-base
		if m > 0 && s.toks[a].Kind == doc.Punct && isDash(s.first(a)) {
			return // another turn of dialogue
		}
		if !s.attribution(a, b) {
			continue
		}
		if m == 0 {
			return
		}
		sents[0].EndToken = sents[m].EndToken
		sents[0].End = sents[m].End
		d.Sentences = append(d.Sentences[:sentFirst+1], sents[m+1:]...)
		return
	}
}

// attribution reports whether toks[a:b] holds " – verb…", a dash followed
// by a lower-case word near the end of the sentence.
func (s *splitter) attribution(a, b int) bool {
	for i := a + 1; i+1 < b; i++ {
		t := s.toks[i]
		if t.Kind != doc.Punct || !isDash(s.first(i)) || !t.SpaceAfter || !s.toks[i-1].SpaceAfter {
			continue
		}
		w := s.toks[i+1]
		if w.Kind == doc.Word && isLower(s.first(i+1)) && b-i <= 24 {
			return true
		}
	}
	return false
}
