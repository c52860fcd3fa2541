// Package entities fills a document's entities: it asks the language's
// recognizer for the names in every sentence of article text, gives each
// mention its base form and merges the mentions of one thing into one entity.
// Boilerplate and header blocks yield nothing.
package entities

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kronika/kronika/actors"
	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/internal/boiler"
	"github.com/kronika/kronika/lang"
)

// mention is a recognised name before merging.
type mention struct {
	span  doc.Span
	typ   string
	lemma string
	words []string // lemma split into words, lower-cased
	sure  bool     // the lemma comes from the dictionary or a nominative form
	form  string   // the mention as written
	tok   int      // index of its first token in d.Tokens
	// expands, for an abbreviation the document introduces after a
	// name ("Polska Agencja Prasowa (PAP)"), is that name's words.
	expands []string
	// common: a one-word mention whose dictionary lemma is a common
	// word ("Komisji": "komisja").
	common bool
}

// entity collects merged mentions.
type entity struct {
	// mentions point into the document's list of mentions (merge's ms),
	// which no longer grows; each mention belongs to one entity left.
	mentions []*mention
	variants []mention // mentions with distinct lower-cased lemma and type
	// order holds the types in order of first mention, for ties, and
	// counts the mentions of each: an entity has one type or a few, which
	// a short list holds without the two maps per entity it took.
	order  []string
	counts []int
	first  string // type of the first mention, for ties
	name   mention
	last   int // index of the latest mention, for choosing among candidates
	seq    int // order of creation: es stays in this order
	gone   bool
}

// Annotate recognises the names in d's article text and sets d.Entities:
// one entity per thing named, with IDs E1, E2, ... in order of first
// mention. It does nothing for a language without a recognizer.
func Annotate(d *doc.Document, l *lang.Language) {
	if l == nil || l.NER == nil {
		return
	}
	// The mentions are gathered in a buffer kept between documents: what
	// merge returns holds nothing of it.
	buf := mentionBufs.Get().(*[]mention)
	ms := (*buf)[:0]
	lemmas := map[string]lemmaOf{} // by type and words: repeated names are lemmatized once
	var content [][2]int           // token ranges of the sentences annotated
	covered := make([]bool, len(d.Tokens))
	bp := boiler.New(d)
	for i := range d.Sentences {
		s := &d.Sentences[i]
		if s.Block < 0 || s.Block >= len(d.Blocks) || !d.Blocks[s.Block].Content() || bp.Overlaps(s.Span) {
			continue
		}
		if s.FirstToken < 0 || s.EndToken > len(d.Tokens) || s.FirstToken >= s.EndToken {
			continue
		}
		content = append(content, [2]int{s.FirstToken, s.EndToken})
		toks := d.Tokens[s.FirstToken:s.EndToken]
		for _, ns := range l.NER.Recognize(d, toks) {
			if ns.Start < 0 || ns.End > len(toks) || ns.Start >= ns.End {
				continue
			}
			a, b := ns.Start, ns.End
			// Quotation marks around a title are not part of its
			// name ("Rzeczpospolita" for „Rzeczpospolitej”, «Коммерсантъ»);
			// the mention keeps the span the recognizer gave.
			for b-a > 1 && quoteMark(d, toks[a]) {
				a++
			}
			for b-a > 1 && quoteMark(d, toks[b-1]) {
				b--
			}
			if parts := splitCoordinated(d, l, toks[a:b], ns.Type, lemmas); parts != nil {
				for _, p := range parts {
					p.tok = s.FirstToken + a + p.tok
					ms = append(ms, p)
				}
				for k := ns.Start; k < ns.End; k++ {
					covered[s.FirstToken+k] = true
				}
				continue
			}
			m := newMention(d, l, toks[a:b], ns.Type, lemmas)
			if a != ns.Start || b != ns.End {
				// the mention's base form keeps the marks it is written with
				m.span = doc.Span{Start: toks[ns.Start].Start, End: toks[ns.End-1].End}
				m.form = d.Text[m.span.Start:m.span.End]
				m.lemma = d.Text[m.span.Start:toks[a].Start] + m.lemma + d.Text[toks[b-1].End:m.span.End]
			}
			m.tok = s.FirstToken + ns.Start
			ms = append(ms, m)
			for k := ns.Start; k < ns.End; k++ {
				covered[s.FirstToken+k] = true
			}
		}
	}
	ms = extendPersons(d, l, ms, content, covered, lemmas)
	ms = shortPersons(d, l, ms, content, covered, lemmas)
	ms, abbrevs := introducedAbbrevs(d, l, ms, covered, lemmas)
	ms = repeatNames(d, l, ms, content, covered, lemmas)
	ms = knownNames(d, l, ms, content, covered, lemmas)
	ms = joinPlaces(d, l, ms, content, covered, lemmas)
	ms = statePairs(d, l, ms, content, covered, lemmas)
	ms = lowerPlaces(d, ms, content, covered)
	for k := range ms {
		ms[k].expands = abbrevs[ms[k].form]
	}
	d.Entities = merge(ms)
	clear(ms) // the buffer keeps no strings of this document
	*buf = ms[:0]
	mentionBufs.Put(buf)
}

var mentionBufs = sync.Pool{New: func() any { return new([]mention) }}

// splitCoordinated returns the two mentions of a name the recognizer
// read across a coordinating conjunction ("Naczelny Sąd Administracyjny i
// Rzecznik Praw Obywatelskich", "Telewizja Polska i Polskie Radio"), when
// the actor base knows the name on each side and not the whole (as it
// knows "Prawo i Sprawiedliwość"); nil otherwise. The mentions' tok is
// their first token's index in toks.
func splitCoordinated(d *doc.Document, l *lang.Language, toks []doc.Token, typ string, cache map[string]lemmaOf) []mention {
	k := -1
	for i := 1; i+1 < len(toks); i++ {
		if r, _ := utf8.DecodeRuneInString(d.Text[toks[i+1].Start:toks[i+1].End]); toks[i].UPOS == "CCONJ" && unicode.IsUpper(r) {
			if k >= 0 {
				return nil // a list of three is left as read
			}
			k = i
		}
	}
	if k < 0 {
		return nil
	}
	kb := actors.Default()
	known := func(m mention) bool {
		for _, name := range []string{m.lemma, m.form} {
			for _, f := range kb.Lookup(name) {
				if !f.Adjective {
					return true
				}
			}
		}
		return false
	}
	whole := newMention(d, l, toks, typ, cache)
	if known(whole) {
		return nil
	}
	left, right := newMention(d, l, toks[:k], typ, cache), newMention(d, l, toks[k+1:], typ, cache)
	if !known(left) || !known(right) {
		return nil
	}
	left.tok, right.tok = 0, k+1
	return []mention{left, right}
}

// extendPersons widens a person's mention over the capitalised word just
// before it that the recognizer left out, when with it the mention is a
// full name the document writes elsewhere: "Kim Dzong Un podkreślił" at
// the start of a sentence, where "Kim" reads as a pronoun and only
// "Dzong Un" was found, after "Kim Dzong Una" in another sentence.
func extendPersons(d *doc.Document, l *lang.Language, ms []mention, content [][2]int, covered []bool, cache map[string]lemmaOf) []mention {
	var full [][]string // words of persons named by several words
	for _, m := range ms {
		if m.typ == "PERSON" && len(m.words) > 1 {
			full = append(full, m.words)
		}
	}
	if len(full) == 0 {
		return ms
	}
	for k := range ms {
		m := &ms[k]
		if m.typ != "PERSON" || m.tok <= 0 || covered[m.tok-1] {
			continue
		}
		prev := m.tok - 1
		if !sameSentence(content, prev, m.tok) || d.Tokens[prev].Kind != doc.Word {
			continue
		}
		form := d.Text[d.Tokens[prev].Start:d.Tokens[prev].End]
		if r, _ := utf8.DecodeRuneInString(form); !unicode.IsUpper(r) {
			continue
		}
		words := append([]string{strings.ToLower(form)}, m.words...)
		for _, f := range full {
			if len(f) == len(words) && sameWords(words, f) {
				end := m.tok
				for end < len(d.Tokens) && d.Tokens[end].Start < m.span.End {
					end++
				}
				n := newMention(d, l, d.Tokens[prev:end], "PERSON", cache)
				n.tok = prev
				*m = n
				covered[prev] = true
				break
			}
		}
	}
	return ms
}

// sameSentence reports whether tokens a and b are in one of the content
// sentences.
func sameSentence(content [][2]int, a, b int) bool {
	for _, c := range content {
		if a >= c[0] && a < c[1] {
			return b >= c[0] && b < c[1]
		}
	}
	return false
}

// shortPersons adds the mentions of people by one word that the recognizer
// missed: a capitalised word inside a sentence, outside any name, that is
// an inflected form of the first or last word of a person named by several
// words elsewhere in the document ("Miesiąc temu Kima odwiedził Putin"
// after "Kim Dzong Un"). The result is in text order.
func shortPersons(d *doc.Document, l *lang.Language, ms []mention, content [][2]int, covered []bool, cache map[string]lemmaOf) []mention {
	// Lower-cased first and last words of multi-word persons, each once,
	// in order of first mention, filed under their first three letters
	// (what sameWord with a stem of 3 needs them to share).
	edges := map[string][]string{}
	seen := map[string]bool{}
	for _, m := range ms {
		if m.typ == "PERSON" && len(m.words) > 1 {
			for _, w := range []string{m.words[0], m.words[len(m.words)-1]} {
				if !seen[w] && utf8.RuneCountInString(w) >= 3 {
					seen[w] = true
					edges[prefix3(w)] = append(edges[prefix3(w)], w)
				}
			}
		}
	}
	if len(edges) == 0 {
		return ms
	}
	added := false
	for _, c := range content {
		for i := c[0] + 1; i < c[1]; i++ {
			t := &d.Tokens[i]
			form := d.Text[t.Start:t.End]
			if covered[i] || t.Kind != doc.Word {
				continue
			}
			if r, _ := utf8.DecodeRuneInString(form); !unicode.IsUpper(r) {
				continue
			}
			lf := strings.ToLower(form)
			for _, w := range edges[prefix3(lf)] {
				if sameWord(lf, w, 3) {
					m := newMention(d, l, d.Tokens[i:i+1], "PERSON", cache)
					m.tok = i
					if !sameWord(m.words[0], w, 3) {
						// The lemmatizer read it as another word: the
						// name's own form is the better base form.
						m.lemma, m.words, m.sure = w, []string{w}, false
						m.lemma = capitalLike(w, form)
					}
					ms = append(ms, m)
					covered[i] = true // not found again by repeatNames
					added = true
					break
				}
			}
		}
	}
	if added {
		sort.SliceStable(ms, func(a, b int) bool { return ms[a].span.Start < ms[b].span.Start })
	}
	return ms
}

// repeatNames adds the mentions the recognizer missed of a name it found
// elsewhere in the document: a run of tokens outside any name, written
// exactly as a mention found (the same words, case and spacing), gets that
// mention's type ("Gazprom" after "że" in a quote, when "Gazprom" was
// found in the lead). A document uses a name for one thing. Nationality
// words and names of one letter are left alone. The result is in text
// order.
func repeatNames(d *doc.Document, l *lang.Language, ms []mention, content [][2]int, covered []bool, cache map[string]lemmaOf) []mention {
	type name struct {
		words []string // the tokens as written
		space []bool   // whether each token but the last has a space after it
		typ   string
	}
	byFirst := map[string][]name{}
	seen := map[string]bool{}
	for _, m := range ms {
		if m.typ == "NORP" || utf8.RuneCountInString(m.form) < 2 || seen[m.form] {
			continue
		}
		seen[m.form] = true
		end := m.tok
		for end < len(d.Tokens) && d.Tokens[end].Start < m.span.End {
			end++
		}
		if end <= m.tok {
			continue
		}
		n := name{words: make([]string, 0, end-m.tok), space: make([]bool, 0, end-m.tok)}
		for t := m.tok; t < end; t++ {
			n.words = append(n.words, d.Text[d.Tokens[t].Start:d.Tokens[t].End])
			n.space = append(n.space, d.Tokens[t].SpaceAfter)
		}
		n.typ = m.typ
		byFirst[n.words[0]] = append(byFirst[n.words[0]], n)
	}
	if len(byFirst) == 0 {
		return ms
	}
	written := func(i int, n name, end int) bool {
		if i+len(n.words) > end {
			return false
		}
		for k, w := range n.words {
			t := d.Tokens[i+k]
			if covered[i+k] || d.Text[t.Start:t.End] != w || k < len(n.words)-1 && t.SpaceAfter != n.space[k] {
				return false
			}
		}
		// A name does not continue into the next word: "Nord Stream" is not
		// found inside "Nord Stream 2".
		if j := i + len(n.words); j < end && !n.space[len(n.words)-1] && d.Tokens[j].Kind == doc.Word {
			return false
		}
		return true
	}
	added := false
	for _, c := range content {
		for i := c[0]; i < c[1]; i++ {
			if covered[i] {
				continue
			}
			t := d.Tokens[i]
			for _, n := range byFirst[d.Text[t.Start:t.End]] {
				if !written(i, n, c[1]) {
					continue
				}
				// The name must not be part of a longer name the
				// recognizer left out: "Gazprom Nieft" is not "Gazprom",
				// "Nord Stream 2" not "Nord Stream".
				if j := i + len(n.words); j < c[1] && (capitalised(d, j) || number(d, j)) || i > c[0] && capitalised(d, i-1) && !covered[i-1] && i-1 != c[0] {
					continue
				}
				m := newMention(d, l, d.Tokens[i:i+len(n.words)], n.typ, cache)
				m.tok = i
				ms = append(ms, m)
				for k := i; k < i+len(n.words); k++ {
					covered[k] = true
				}
				added = true
				break
			}
		}
	}
	if added {
		sort.SliceStable(ms, func(a, b int) bool { return ms[a].span.Start < ms[b].span.Start })
	}
	return ms
}

// introducedAbbrevs finds the abbreviations the document introduces in
// brackets right after a name ("Tehreek-e-Labbaik Pakistan (TLP)",
// "Polska Agencja Prasowa (PAP)"): one word, mostly capitals, whose
// letters are, in order, letters of the name and whose first letter
// starts it. The abbreviation becomes a mention of the name's type where
// the recognizer left it out; the result maps each abbreviation as
// written to the words of its name, so that all its mentions join the
// name's entity (see matches).
func introducedAbbrevs(d *doc.Document, l *lang.Language, ms []mention, covered []bool, cache map[string]lemmaOf) ([]mention, map[string][]string) {
	var out map[string][]string
	n := len(ms)
	for k := 0; k < n; k++ {
		m := ms[k]
		if m.typ == "NORP" || len(m.words) == 0 {
			continue
		}
		end := m.tok
		for end < len(d.Tokens) && d.Tokens[end].Start < m.span.End {
			end++
		}
		if end+2 >= len(d.Tokens) || d.Form(d.Tokens[end].Span) != "(" || d.Form(d.Tokens[end+2].Span) != ")" {
			continue
		}
		a := d.Tokens[end+1]
		form := d.Form(a.Span)
		if a.Kind != doc.Word || !abbreviationOf(form, m.form) {
			continue
		}
		if out == nil {
			out = map[string][]string{}
		}
		if _, ok := out[form]; ok {
			continue
		}
		out[form] = m.words
		if !covered[end+1] {
			am := newMention(d, l, d.Tokens[end+1:end+2], m.typ, cache)
			am.tok = end + 1
			ms = append(ms, am)
			covered[end+1] = true
		}
	}
	if len(ms) > n {
		sort.SliceStable(ms, func(a, b int) bool { return ms[a].span.Start < ms[b].span.Start })
	}
	return ms, out
}

// abbreviationOf reports whether abbr, written with at least two capitals
// and more capitals than small letters, abbreviates name: its first letter
// begins the name and its letters are, in order, letters of the name
// (case aside).
func abbreviationOf(abbr, name string) bool {
	upper, lower, n := 0, 0, 0
	for _, r := range abbr {
		n++
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		default:
			return false
		}
	}
	if upper < 2 || upper <= lower || n > 8 {
		return false
	}
	a := []rune(strings.ToLower(abbr))
	b := []rune(strings.ToLower(name))
	if len(b) <= len(a) || b[0] != a[0] {
		return false
	}
	i := 0
	for _, r := range b {
		if i < len(a) && r == a[i] {
			i++
		}
	}
	return i == len(a)
}

// capitalised reports whether token i is a word that starts with a capital.
func capitalised(d *doc.Document, i int) bool {
	t := d.Tokens[i]
	r, _ := utf8.DecodeRuneInString(d.Text[t.Start:t.End])
	return t.Kind == doc.Word && unicode.IsUpper(r)
}

// number reports whether token i is written with a digit first.
func number(d *doc.Document, i int) bool {
	t := d.Tokens[i]
	r, _ := utf8.DecodeRuneInString(d.Text[t.Start:t.End])
	return unicode.IsDigit(r)
}

// prefix3 returns the first three letters of w.
func prefix3(w string) string {
	n := 0
	for i := range w {
		if n == 3 {
			return w[:i]
		}
		n++
	}
	return w
}

// lemmaOf is a lemmatized name. Within a document, mentions of one type
// written the same way get the same base form.
type lemmaOf struct {
	lemma string
	sure  bool
}

func newMention(d *doc.Document, l *lang.Language, toks []doc.Token, typ string, cache map[string]lemmaOf) mention {
	m := mention{span: doc.Span{Start: toks[0].Start, End: toks[len(toks)-1].End}, typ: typ}
	m.form = d.Text[m.span.Start:m.span.End]
	// The key is built in a buffer on the stack: looking it up then
	// allocates nothing, and most names are met before.
	var kbuf [96]byte
	key := append(append(append(kbuf[:0], typ...), 0), m.form...)
	if c, ok := cache[string(key)]; ok {
		m.lemma, m.sure = c.lemma, c.sure
	} else {
		m.lemma, m.sure = lemmatize(d, l, toks, typ)
		cache[string(key)] = lemmaOf{m.lemma, m.sure}
	}
	m.words = strings.Fields(strings.ToLower(m.lemma))
	if len(toks) == 1 {
		r, _ := utf8.DecodeRuneInString(toks[0].Lemma)
		m.common = unicode.IsLower(r)
	}
	return m
}

// unquote returns name without the quotation marks around it.
func unquote(name string) string {
	if t := strings.Trim(name, quoteMarks+" "); t != "" {
		return t
	}
	return name
}

// quoteMarks are the quotation marks of Polish, English and Russian text.
const quoteMarks = "\"„”“«»‚‘’'"

// quoteMark reports whether token t is a quotation mark alone.
func quoteMark(d *doc.Document, t doc.Token) bool {
	f := d.Text[t.Start:t.End]
	return f != "" && strings.Trim(f, quoteMarks) == ""
}

// lemmatize gives the base form of a name and whether it is sure.
func lemmatize(d *doc.Document, l *lang.Language, toks []doc.Token, typ string) (lemma string, sure bool) {
	switch {
	case typ == "NORP" && (l.Morph != nil || l.LemmatizeName == nil):
		// A nationality is its word's lemma: "rosyjskiej" → "rosyjski".
		lemma, sure = tokenLemmas(d, toks, typ)
	case l.LemmatizeName != nil:
		// Without morphology the name lemmatizer knows nationality words
		// too ("британских" → "британский").
		lemma = l.LemmatizeName(d, toks, typ)
		sure = lemma != ""
	}
	if lemma == "" && len(toks) == 1 {
		lemma, sure = tokenLemmas(d, toks, typ)
	}
	if strings.TrimSpace(lemma) == "" {
		lemma = d.Text[toks[0].Start:toks[len(toks)-1].End]
	}
	return lemma, sure
}

// tokenLemmas is the base form of a name when the language has no name
// lemmatizer: each word's lemma when the dictionary gave a proper noun or a
// noun (capitalised as in the text), else the word as written.
func tokenLemmas(d *doc.Document, toks []doc.Token, typ string) (string, bool) {
	var b strings.Builder
	sure := true
	for i, t := range toks {
		form := d.Text[t.Start:t.End]
		w := form
		switch {
		case t.Lemma == "":
			sure = sure && len(toks) == 1 && t.UPOS == ""
		case typ == "NORP" || len(toks) == 1 && t.UPOS == "ADJ":
			w = t.Lemma
			if typ == "NORP" && (t.UPOS == "NOUN" || t.UPOS == "PROPN") {
				// A people keeps its capital: "Ukrainians" → "Ukrainian".
				w = capitalLike(w, form)
			}
		case t.UPOS == "PROPN" || t.UPOS == "NOUN" || t.UPOS == "ADJ" && len(toks) > 1:
			w = capitalLike(t.Lemma, form)
		default:
			sure = false
		}
		if i > 0 && toks[i-1].SpaceAfter {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String(), sure
}

// capitalLike upper-cases the first letter of w when form starts with an
// upper-case letter.
func capitalLike(w, form string) string {
	f, _ := utf8.DecodeRuneInString(form)
	r, n := utf8.DecodeRuneInString(w)
	if unicode.IsUpper(f) && unicode.IsLower(r) {
		return string(unicode.ToUpper(r)) + w[n:]
	}
	return w
}

// merge groups mentions into entities in order of first mention.
func merge(ms []mention) []doc.Entity {
	var es []*entity
	// byWord holds each entity under the first letters of every word it
	// may match on (see candidates), so that a mention is compared with
	// the few entities that share a word start, not with all of them.
	byWord := map[string][]*entity{}
	var cands []*entity // the candidates of each mention in turn
	for k := range ms {
		m := &ms[k]
		var into *entity
		var also []*entity // further entities a multi-word mention joins
		cands = candidates(*m, byWord, cands[:0])
		for _, e := range cands {
			if !matches(*m, e) {
				continue
			}
			switch {
			case into == nil:
				into = e
			case len(m.words) > 1:
				// "Kim Dzong Una" after both "Dzong Un" and "Kima": one
				// person.
				also = append(also, e)
			case e.last > into.last:
				// A single word ("Kim") goes to the latest of the people
				// it may name.
				into = e
			}
		}
		if into == nil {
			if p := surnameOf(*m, cands); p != nil {
				into, m.typ = p, "PERSON"
			} else if ev := namedEventOf(*m, cands); ev != nil {
				into, m.typ = ev, "EVENT"
			} else if o := headOf(*m, cands); o != nil {
				into = o
			}
		}
		if into == nil {
			into = &entity{first: m.typ, name: *m, seq: len(es)}
			es = append(es, into)
		}
		for _, o := range also {
			for _, om := range o.mentions {
				into.add(om, o.last)
				index(byWord, into, om.words)
			}
			o.gone = true
		}
		into.add(m, k)
		index(byWord, into, m.words)
		index(byWord, into, into.name.words)
		index(byWord, into, m.expands)
	}
	laterSurnames(es)
	es = slices.DeleteFunc(es, func(e *entity) bool { return e.gone })
	out := make([]doc.Entity, 0, len(es))
	for i, e := range es {
		de := doc.Entity{ID: "E" + strconv.Itoa(i+1), Type: e.typ(), Name: unquote(e.name.lemma)}
		if de.Type == "PERSON" {
			e.writtenBaseForms()
			de.Name = e.personName()
		}
		for _, m := range e.mentions {
			de.Mentions = append(de.Mentions, doc.Mention{Span: m.span, Lemma: m.lemma})
		}
		// Entities joined by a later mention bring earlier ones along.
		sort.SliceStable(de.Mentions, func(a, b int) bool { return de.Mentions[a].Start < de.Mentions[b].Start })
		out = append(out, de)
	}
	return out
}

// wordKey is what two words sameWord holds equal share: their first two
// letters (or the whole word when it is shorter).
func wordKey(w string) string {
	n := 0
	for i := range w {
		if n == 2 {
			return w[:i]
		}
		n++
	}
	return w
}

// index files e under the keys of words.
func index(byWord map[string][]*entity, e *entity, words []string) {
	for _, w := range words {
		k := wordKey(w)
		l := byWord[k]
		if !slices.Contains(l, e) {
			byWord[k] = append(l, e)
		}
	}
}

// candidates returns the live entities filed under a key of one of m's
// words or of the name it abbreviates, in order of creation. Every entity
// m matches is among them: matching words share their first two letters,
// and a match compares some word of m (or of the name it abbreviates)
// with a word of one of the entity's mentions, of its name, or of the
// name one of its mentions abbreviates.
// They are appended to out, a buffer the caller reuses.
func candidates(m mention, byWord map[string][]*entity, out []*entity) []*entity {
	for _, words := range [2][]string{m.words, m.expands} {
		for _, w := range words {
			for _, e := range byWord[wordKey(w)] {
				if !e.gone && !slices.Contains(out, e) {
					out = append(out, e)
				}
			}
		}
	}
	slices.SortFunc(out, func(a, b *entity) int { return a.seq - b.seq })
	return out
}

// add adds mention m, the k-th of the document, to e.
func (e *entity) add(m *mention, k int) {
	e.mentions = append(e.mentions, m)
	t := slices.Index(e.order, m.typ)
	if t < 0 {
		t = len(e.order)
		e.order = append(e.order, m.typ)
		e.counts = append(e.counts, 0)
	}
	if !slices.ContainsFunc(e.variants, func(v mention) bool { return v.typ == m.typ && slices.Equal(v.words, m.words) }) {
		e.variants = append(e.variants, *m)
	}
	e.counts[t]++
	e.last = max(e.last, k)
	if better(*m, e.name) {
		e.name = *m
	}
}

// personName builds a person's name from the longest mention, each word
// replaced by its shortest form among the mentions: when the lemmatizer
// did not know a foreign name, its nominative is usually the shortest
// form seen ("Joe Bidenem" and "Biden" → "Joe Biden"). A form the text
// writes is preferred to a shorter one it does not: "Kułeba", written
// and the base form of "Kułebą", over "Kułeb", a misreading of "Kułeba"
// as a genitive. Between two written forms, one left as written beside a
// declined word ("Cyfki" in "Rafała Cyfki") gives way to the other
// ("Rafał Cyfka").
func (e *entity) personName() string {
	written, oblique := e.writtenWords()
	words := strings.Fields(e.name.lemma)
	for k, w := range words {
		lw := strings.ToLower(w)
		for _, v := range e.variants {
			for _, x := range strings.Fields(v.lemma) {
				lx := strings.ToLower(x)
				if !sameWord(lx, lw, 2) {
					continue
				}
				lcur := strings.ToLower(words[k])
				cur := written[lcur]
				shorter := utf8.RuneCountInString(x) < utf8.RuneCountInString(words[k])
				if written[lx] && !cur || written[lx] == cur && (oblique[lcur] && !oblique[lx] || oblique[lx] == oblique[lcur] && shorter) {
					words[k] = x
				}
			}
		}
	}
	return strings.Join(words, " ")
}

// writtenWords returns the set of the lower-cased words of e's mentions
// as written, and the subset of them left as written in a mention another
// word of which the lemmatizer declined: words that mention shows in an
// oblique case, which a form of the word written elsewhere outranks
// ("Rafał Cyfka", not the "Cyfki" of "Rafała Cyfki", whose first name
// shows the genitive).
func (e *entity) writtenWords() (written, oblique map[string]bool) {
	written, oblique = map[string]bool{}, map[string]bool{}
	for _, m := range e.mentions {
		forms, lemma := strings.Fields(m.form), strings.Fields(m.lemma)
		declined := len(forms) == len(lemma) && !slices.EqualFunc(forms, lemma, strings.EqualFold)
		for i, w := range forms {
			lw := strings.ToLower(w)
			written[lw] = true
			if declined && strings.EqualFold(w, lemma[i]) {
				oblique[lw] = true
			}
		}
	}
	return written, oblique
}

// writtenBaseForms corrects the base forms of a person's mentions by the
// document: a word written as it is in one mention and given as the base
// form of another mention's word is a nominative, so it is its own base
// form wherever it is written ("Kułeba powiedział" after "z Kułebą":
// "Kułeba", not the genitive reading's "Kułeb").
func (e *entity) writtenBaseForms() {
	base := map[string]bool{} // lower-cased base-form words other mentions give
	for _, m := range e.mentions {
		forms := strings.Fields(m.form)
		for i, w := range m.words {
			if i >= len(forms) || strings.ToLower(forms[i]) != w {
				base[w] = true
			}
		}
	}
	for _, m := range e.mentions {
		forms, lemma := strings.Fields(m.form), strings.Fields(m.lemma)
		if len(forms) != len(lemma) {
			continue
		}
		changed := false
		for i, f := range forms {
			if lf := strings.ToLower(f); lf != strings.ToLower(lemma[i]) && base[lf] && sameWord(lf, strings.ToLower(lemma[i]), 3) {
				lemma[i] = f
				changed = true
			}
		}
		if changed {
			m.lemma = strings.Join(lemma, " ")
			m.words = strings.Fields(strings.ToLower(m.lemma))
			for j := range e.variants {
				if e.variants[j].span == m.span {
					e.variants[j] = *m
				}
			}
			if e.name.span == m.span {
				e.name = *m
			}
		}
	}
}

// typ is the type most mentions have; the first mention's on a tie.
func (e *entity) typ() string {
	// The types in order of first mention stand for the mentions: a type
	// can win only where it first occurs.
	best, n := e.first, e.count(e.first)
	for i, t := range e.order {
		if c := e.counts[i]; c > n {
			best, n = t, c
		}
	}
	return best
}

// count returns the number of e's mentions of type t.
func (e *entity) count(t string) int {
	if i := slices.Index(e.order, t); i >= 0 {
		return e.counts[i]
	}
	return 0
}

// compatible reports whether mentions of types a and b may name one thing:
// the same type, or two kinds of organisation and place the recognizer may
// confuse.
func compatible(a, b string) bool {
	place := func(t string) bool { return t == "GPE" || t == "LOC" || t == "ORG" }
	return a == b || place(a) && place(b)
}

// better reports whether mention m names its entity better than the
// current name: more words, then a sure lemma over a guessed one.
func better(m, cur mention) bool {
	if len(m.words) != len(cur.words) {
		return len(m.words) > len(cur.words)
	}
	return m.sure && !cur.sure
}

// matches reports whether mention m names entity e: the same words (up to
// inflection) as one of its mentions, or, for people, the first or last
// word of a longer name ("Kim", "Kima" → "Kim Dzong Un"; "Putin" →
// "Władimir Putin"), or a longer name whose first or last word is e's
// one-word name.
func matches(m mention, e *entity) bool {
	for _, o := range e.variants {
		if compatible(m.typ, o.typ) && sameWords(m.words, o.words) || oneName(m, o) ||
			m.expands != nil && slices.Equal(m.expands, o.words) || o.expands != nil && slices.Equal(o.expands, m.words) {
			return true
		}
	}
	if m.typ != "PERSON" || e.typ() != "PERSON" {
		return false
	}
	full := e.name.words
	switch {
	case len(m.words) < len(full):
		return edgeOf(m.words, full)
	case len(m.words) > len(full):
		return edgeOf(full, m.words)
	}
	return false
}

// surnameOf returns the person among cands whose name, of several words,
// ends with the one word of mention m, which the recognizer typed as an
// organisation or a place: after "Angela Merkel" the document's "Merkel"
// is her, not a company. A word the gazetteer knows as a place keeps its
// type ("Washington" after "George Washington"); nil when no person or
// several people end so.
func surnameOf(m mention, cands []*entity) *entity {
	if len(m.words) != 1 || m.typ != "ORG" && m.typ != "GPE" && m.typ != "LOC" {
		return nil
	}
	// The person first: most single-word places match none, and the
	// gazetteer's lookup costs more than the walk over cands.
	p := onlyNamed(m, cands, "PERSON", 2, func(full []string) []string { return full[len(full)-1:] })
	if p == nil || lang.KnownPlace != nil && lang.KnownPlace(m.lemma) {
		return nil
	}
	return p
}

// laterSurnames joins to a person the entities that surnameOf would have
// given to that person had the full name come first: a one-word name
// typed as an organisation or a place, every mention of it that one
// word, that is the last name of exactly one person the document names
// in full after it (a headline's "Merkel" before the text's "Angela
// Merkel"). The mentions become the person's.
func laterSurnames(es []*entity) {
	for _, e := range es {
		if e.gone || len(e.name.words) != 1 || slices.ContainsFunc(e.mentions, func(m *mention) bool {
			return m.typ == "PERSON" || !slices.Equal(m.words, e.name.words)
		}) {
			continue
		}
		p := surnameOf(e.name, es)
		if p == nil || p == e || p.gone {
			continue
		}
		for _, m := range e.mentions {
			m.typ = "PERSON"
			p.add(m, p.last)
		}
		e.gone = true
	}
}

// namedEventOf returns the event among cands whose name ends with the
// one word of mention m, which the recognizer typed
// as a person: storms and operations are named like people, and after
// "Hurricane Katrina" or "huragan Katrina" the document's "Katrina" is
// the storm. nil when no event or several end so.
func namedEventOf(m mention, cands []*entity) *entity {
	if len(m.words) != 1 || m.typ != "PERSON" {
		return nil
	}
	return onlyNamed(m, cands, "EVENT", 1, func(full []string) []string { return full[len(full)-1:] })
}

// headOf returns the organisation among cands whose name, of several
// words, begins with the one word of the organisation mention m, a
// common word capitalised: after "Komisja Europejska" the document's
// "Komisja" is that commission, after "Izba Gmin" its "Izba". nil when
// none or several begin so ("Rada" after "Rada Europejska" and "Rada
// UE"), and for a word that is a name of its own ("Gazprom" after
// "Gazprom Export").
func headOf(m mention, cands []*entity) *entity {
	if len(m.words) != 1 || m.typ != "ORG" || !m.common {
		return nil
	}
	return onlyNamed(m, cands, "ORG", 2, func(full []string) []string { return full[:1] })
}

// onlyNamed returns the one entity of type typ among cands whose name, of
// at least min words, has the words of mention m where word picks them
// from (its last word, its first); nil when none or several have.
func onlyNamed(m mention, cands []*entity, typ string, min int, word func(full []string) []string) *entity {
	var found *entity
	for _, e := range cands {
		full := e.name.words
		if e.typ() != typ || len(full) < min || !sameWords(m.words, word(full)) {
			continue
		}
		if found != nil {
			return nil
		}
		found = e
	}
	return found
}

// oneName reports whether two mentions the recognizer typed as a person
// and as a place or organisation are one name all the same: the same base
// form, word for word. A document uses a name for one thing, so the
// entity takes one type, its mentions' most frequent ("Kułeba" typed
// PERSON once is not a place three sentences later).
func oneName(m, o mention) bool {
	named := func(t string) bool { return t == "PERSON" || t == "GPE" || t == "LOC" || t == "ORG" }
	return named(m.typ) && named(o.typ) && slices.Equal(m.words, o.words)
}

// edgeOf reports whether the words of part begin or end the words of
// whole, up to inflection.
func edgeOf(part, whole []string) bool {
	n := len(part)
	return sameWords(part, whole[:n]) || sameWords(part, whole[len(whole)-n:])
}

func sameWords(a, b []string) bool {
	if len(a) != len(b) || len(a) == 0 {
		return false
	}
	stem := 3
	if len(a) > 1 {
		stem = 2 // "Una" and "Un" inside "Kima Dzong Una"
	}
	for i := range a {
		if !sameWord(a[i], b[i], stem) {
			return false
		}
	}
	return true
}

// vowel reports whether r is a vowel of the Latin or Cyrillic alphabets.
func vowel(r rune) bool {
	return strings.ContainsRune("aeiouyąęóáéíúöüäаеёиоуыэюяіїє", unicode.ToLower(r))
}

// sameWord reports whether two words are forms of one name: equal ignoring
// case, or sharing a stem and differing only in short endings ("Kima" and
// "Kim", "Putinem" and "Putin", "Zełenskiego" and "Zełenski"). A shared
// stem has at least stem letters.
func sameWord(a, b string, stem int) bool {
	if a == b {
		return true
	}
	// a and b are lower-cased; p counts the runes of their common prefix.
	p, i := 0, 0
	for i < len(a) && i < len(b) {
		ra, na := utf8.DecodeRuneInString(a[i:])
		rb, _ := utf8.DecodeRuneInString(b[i:])
		if ra != rb {
			break
		}
		i += na
		p++
	}
	la, lb := p+utf8.RuneCountInString(a[i:]), p+utf8.RuneCountInString(b[i:])
	short := min(la, lb)
	if p < stem || la-p > 4 || lb-p > 4 {
		return false
	}
	// Two different final consonants are two names, not two endings
	// ("Davis" and "David", "Дэвис" and "Дэвид").
	if la-p == 1 && lb-p == 1 {
		ra, _ := utf8.DecodeLastRuneInString(a)
		rb, _ := utf8.DecodeLastRuneInString(b)
		if !vowel(ra) && !vowel(rb) {
			return false
		}
	}
	// The shorter word is the stem itself, or both lose at most two
	// letters of a longer stem.
	return p == short && (p >= 3 || max(la, lb)-p <= 2) || p >= short-2 && p >= 4
}
