// Package quotes finds quotations in a document and attributes each to its
// speaker, with the speech verb and the quoted span. It reads quotation
// marks („…”, "…", “…”, «…», »…«, ‚…’), dialogue dashes ("– … – mówił Putin"),
// a speech verb's colon, and partial quotations inside reported speech; the
// words it knows come from the language's lang.SpeechLexicon.
//
// A quoted term of a few words that no speech verb governs is a scare quote
// ("ze „specjalną operacją wojskową”") and yields nothing; so does every
// quotation in boilerplate. The speaker is the name or phrase next to the
// speech verb; a pronoun, a dropped subject ("– … – powiedział.") or a bare
// title ("zaznaczyła minister") points back to the speaker of the sentences
// before; a surname alone takes the fuller name the document gave earlier
// ("Cavusoglu" → "Mevlut Cavusoglu"). A role phrase ("– dodał mecenas")
// stands for the person the document names in that office, by the
// lexicon's role classes, never for one named in another office. Where the
// lexicon asks for named speakers (option namedspeaker), a phrase that
// names no one and stands for no one named ("– mówi wicedyrektorka")
// gives no speaker at all. A word that describes a person without an
// office ("– dodał mężczyzna", "– powiedziała urzędniczka", "– podkreślił
// Francuz") stands for the person named before whatever their office; a
// noun for an organisation ("– zapewnia przewoźnik") or a written statement
// ("– głosi dokument") for the organisation named before; a dropped
// subject with nothing nearer, for the person named last, further back,
// whose first name has the verb's gender. A
// dialogue turn is closed by any finite third-person verb and its subject
// ("– … – dziwi się Jan Rybicki"), not only by a verb of saying.
// Speaker.Entity is the entity with a mention over the speaker's words,
// when entities have been found.
package quotes

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/internal/boiler"
	"github.com/kronika/kronika/lang"
)

// Annotate finds the quotations of d's content sentences and appends them
// to d.Quotes in text order. l may be nil or have no speech lexicon; then
// nothing is found.
func Annotate(d *doc.Document, l *lang.Language) {
	if l == nil || l.Speech == nil || len(d.Tokens) == 0 {
		return
	}
	a := newAnnotator(d, l)
	defer a.release()
	a.markQuotes()
	a.dashQuotes()
	a.colonQuotes()
	sort.Slice(a.found, func(i, j int) bool { return a.found[i].Start < a.found[j].Start })
	// Speakers are resolved in text order so that a continuation or a
	// dropped subject can lean on the quotation before it.
	for i := range a.found {
		a.resolve(i)
	}
	for _, q := range a.found {
		if a.x.NamedSpeaker && q.Speaker.Entity == "" && q.spkFrom >= 0 && !a.namesSomeone(q.spkFrom, q.spkTo) {
			// "– dodaje kolejny Czytelnik z Polic": someone the text
			// does not name speaks. After all quotations are resolved,
			// so that the turns that go on from this one lose it too.
			q.Speaker = doc.Speaker{}
		}
		if !q.drop {
			d.Quotes = append(d.Quotes, q.Quote)
		}
	}
}

// release returns a to the pool, keeping its buffers but nothing of the
// document.
func (a *annotator) release() {
	clear(a.found)
	*a = annotator{toks: a.toks[:0], found: a.found[:0], buf: a.buf[:0]}
	annotators.Put(a)
}

// tokInfo is what the annotator knows about one token.
type tokInfo struct {
	kind   lang.SpeechKind
	sent   int32 // sentence index, -1 outside content sentences
	cap    bool  // starts with an upper-case letter
	caps   bool  // all upper case (an acronym)
	word   bool  // a word (letters)
	dash   bool  // "–", "—", "-"
	quoted bool  // inside a found quotation
	named  bool  // inside quotation marks that hold a title or a name ("„Dziennika Gazety Prawnej”"): no speaker
	name   int8  // isName, cached: 0 not yet known, 1 yes, -1 no
}

// found is a quotation before its speaker is resolved.
type found struct {
	doc.Quote
	verbTok   int // the speech verb token, -1 when none
	spkFrom   int // speaker tokens [spkFrom, spkTo), -1 when none
	spkTo     int
	wantPrev  bool // the speaker is a pronoun, a dropped subject or a bare title
	cont      bool // a quotation with no verb of its own: continues the one before
	drop      bool // a continuation with nothing before it to continue
	unnamed   bool // an interview's question or its answer: no one named speaks
	answer    bool // an interview's answer turn: the interviewee speaks, if a label named them
	anon      bool // a role the text gives no name for speaks ("– powiedział adwokat Asii Bibi")
	firstSent int
	gender    string // the speaker's gender the verb or a pronoun gives ("Fem", "Masc"), else ""
	self      string // the gender the quotation's own first-person verbs give its speaker, else ""
}

type annotator struct {
	d     *doc.Document
	l     *lang.Language
	x     *lang.SpeechLexicon
	toks  []tokInfo
	found []found
	buf   []byte
	// capsInside and lowerWords hold the words seen capitalised inside a
	// sentence and in lower case (see usage).
	capsInside, lowerWords map[string]bool
	// Indexes that keep every lookup proportional to what it finds rather
	// than to the document (index.go); built on first use.
	spans []doc.Span  // found quotations, in text order
	ends  map[int]int // found quotations by end offset
	ix    *indexes
	bp    *boiler.Index
}

// annotators keeps annotators between documents so that their token,
// quotation and lower-case buffers are reused.
var annotators = sync.Pool{New: func() any { return new(annotator) }}

func newAnnotator(d *doc.Document, l *lang.Language) *annotator {
	a := annotators.Get().(*annotator)
	toks := a.toks
	if cap(toks) < len(d.Tokens) {
		toks = make([]tokInfo, len(d.Tokens))
	} else {
		toks = toks[:len(d.Tokens)]
		clear(toks)
	}
	*a = annotator{d: d, l: l, x: l.Speech, toks: toks, found: a.found[:0], buf: a.buf[:0], bp: boiler.New(d)}
	for i := range a.toks {
		a.toks[i].sent = -1
	}
	for si, s := range d.Sentences {
		if !a.content(si) {
			continue
		}
		for ti := s.FirstToken; ti < s.EndToken && ti < len(d.Tokens); ti++ {
			t := &d.Tokens[ti]
			ti2 := &a.toks[ti]
			ti2.sent = int32(si)
			form := d.Text[t.Start:t.End]
			r, _ := utf8.DecodeRuneInString(form)
			ti2.word = unicode.IsLetter(r)
			ti2.dash = form == "–" || form == "—" || form == "-" || form == "―"
			if !ti2.word {
				continue
			}
			ti2.cap = unicode.IsUpper(r)
			ti2.caps = ti2.cap && len(form) > 1 && allUpper(form)
			var k lang.SpeechKind
			if needsLower(form, ti2.cap) {
				k = a.x.KindBytes(a.lower(form))
			} else {
				k = a.x.Kind(form)
			}
			// Lemmas of verbs name verbs only: not infinitives,
			// imperatives ("Czytaj: …", a link), nor the nouns made of
			// them ("w oświadczeniu", VerbForm=Vnoun).
			if t.Lemma != "" && !strings.Contains(t.Feats, "VerbForm=Inf") && !strings.Contains(t.Feats, "VerbForm=Vnoun") && !strings.Contains(t.Feats, "Mood=Imp") && (a.l.XPOSInfinitive == nil || !a.l.XPOSInfinitive(t.XPOS)) {
				k |= a.x.LemmaKind(t.Lemma)
			}
			if ti2.cap && ti > s.FirstToken && !a.isOpenPunct(ti-1) {
				// "The United States": a capitalised word inside a
				// sentence is a name, not a verb.
				k &^= lang.SpeechVerb | lang.StanceVerb
			}
			if ti2.cap && len(form) == utf8.RuneLen(r) && a.initialAt(ti, s.EndToken) {
				// "A. Bibi", "W. Kowalski": an initial, not the word
				// "a" or "w".
				k = 0
			}
			ti2.kind = k
		}
	}
	return a
}

// initialAt reports whether the one capital letter at token i is a first
// name's initial: a full stop right after it, then a capitalised word,
// before end.
func (a *annotator) initialAt(i, end int) bool {
	if i+2 >= end || i+2 >= len(a.d.Tokens) || a.d.Tokens[i].End != a.d.Tokens[i+1].Start {
		return false
	}
	d := a.d.Text
	if d[a.d.Tokens[i+1].Start:a.d.Tokens[i+1].End] != "." {
		return false
	}
	r, _ := utf8.DecodeRuneInString(d[a.d.Tokens[i+2].Start:a.d.Tokens[i+2].End])
	return unicode.IsUpper(r)
}

func (a *annotator) content(si int) bool {
	s := a.d.Sentences[si]
	if s.Block < 0 || s.Block >= len(a.d.Blocks) || !a.d.Blocks[s.Block].Content() {
		return false
	}
	if s.FirstToken < 0 || s.EndToken > len(a.d.Tokens) || s.Start < 0 || s.End > len(a.d.Text) {
		return false
	}
	return !a.bp.Overlaps(s.Span)
}

// needsLower reports whether a word has an upper-case letter.
func needsLower(s string, capital bool) bool {
	if capital {
		return true
	}
	ascii := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			return true
		}
		if c >= utf8.RuneSelf {
			ascii = false
		}
	}
	return !ascii && hasUpper(s)
}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

func allUpper(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

func (a *annotator) lower(s string) []byte {
	b := a.buf[:0]
	for _, r := range s {
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	a.buf = b
	return b
}

func (a *annotator) form(i int) string {
	t := a.d.Tokens[i]
	return a.d.Text[t.Start:t.End]
}

// isOpenPunct reports whether token i is an opening quotation mark or a
// dash, after which a capital letter starts a sentence of its own.
func (a *annotator) isOpenPunct(i int) bool {
	f := a.form(i)
	return a.toks[i].dash || strings.ContainsAny(f, "„“\"«‚(:") && len(f) <= 3 || f == ",,"
}

// namesSomeone reports whether speaker tokens [from, to) hold a name: a
// word in an entity's mention ("Saif" of "Saif ul-Mulook"), or a
// capitalised word that the morphology takes for a proper noun or does
// not know and the lexicon does not give as a title or a noun for a
// person by what they are ("– mówi Czytelnik"). A description
// ("wicedyrektorka", "starszy wiekiem mężczyzna") holds none.
func (a *annotator) namesSomeone(from, to int) bool {
	if a.inMention(from, to) {
		return true
	}
	for k := max(from, 0); k < to && k < len(a.toks); k++ {
		t := a.toks[k]
		if !t.word || !t.cap || t.kind&(lang.Common|lang.Title) != 0 {
			continue
		}
		switch a.d.Tokens[k].UPOS {
		case "", "PROPN", "X":
			return true
		}
	}
	return false
}

// inMention reports whether a word of tokens [from, to) lies in the
// mention of an entity that is not a nationality.
func (a *annotator) inMention(from, to int) bool {
	if len(a.d.Entities) == 0 || from < 0 || to > len(a.d.Tokens) || from >= to {
		return false
	}
	start, end := a.d.Tokens[from].Start, a.d.Tokens[to-1].End
	for _, r := range a.mentionsFrom(start) {
		if r.start >= end {
			break
		}
		if r.end > start && a.d.Entities[r.e].Type != "NORP" {
			return true
		}
	}
	return false
}

func (a *annotator) verb(i int) bool {
	return i >= 0 && i < len(a.toks) && a.toks[i].kind&lang.SpeechVerb != 0
}

func (a *annotator) speechOrStance(i int) bool {
	return i >= 0 && i < len(a.toks) && a.toks[i].kind&(lang.SpeechVerb|lang.StanceVerb) != 0
}

const (
	seenCapsInside = 1 << iota // capitalised inside a sentence (or after a hyphen: "al-Sudani")
	seenLower                  // in lower case
)

// usage tells how the word of token i occurs in the document's content:
// capitalised inside a sentence (then a capitalised first word of a
// sentence is a name) or in lower case (then it is not: "Dodatkowo Biden").
// The word sets are built on first use, keyed by the text's own substrings.
func (a *annotator) usage(i int) uint8 {
	if a.capsInside == nil {
		a.capsInside, a.lowerWords = make(map[string]bool, len(a.toks)/8), make(map[string]bool, len(a.toks)/2)
		for k := range a.toks {
			t := a.toks[k]
			if t.sent < 0 || !t.word {
				continue
			}
			f := a.form(k)
			s := a.d.Sentences[t.sent]
			switch {
			case !t.cap:
				a.lowerWords[f] = true
			case k > s.FirstToken && !a.isOpenPunct(k-1):
				a.capsInside[f] = true
			}
			if h := strings.LastIndexByte(f, '-'); h > 0 && h+1 < len(f) {
				a.capsInside[f[h+1:]] = true // "al-Sudani"
			}
		}
	}
	w := a.form(i)
	var u uint8
	if a.capsInside[w] {
		u |= seenCapsInside
	}
	if a.lowerWords[string(a.lower(w))] {
		u |= seenLower
	}
	return u
}

// tokenAt returns the index of the first token starting at or after byte
// offset off, or len(tokens).
func (a *annotator) tokenAt(off int) int {
	return sort.Search(len(a.d.Tokens), func(i int) bool { return a.d.Tokens[i].Start >= off })
}

// tokenBefore returns the index of the last token ending at or before off,
// or -1.
func (a *annotator) tokenBefore(off int) int {
	return sort.Search(len(a.d.Tokens), func(i int) bool { return a.d.Tokens[i].End > off }) - 1
}

// add records a quotation over text [start, end) unless it overlaps one
// already found; spaces at its ends are trimmed.
func (a *annotator) add(f found) bool {
	text := a.d.Text
	for f.Start < f.End && (text[f.Start] == ' ' || text[f.Start] == '\n' || text[f.Start] == '\t') {
		f.Start++
	}
	for f.End > f.Start && (text[f.End-1] == ' ' || text[f.End-1] == '\n' || text[f.End-1] == '\t') {
		f.End--
	}
	if f.End <= f.Start {
		return false
	}
	if a.overlapsFound(f.Span) {
		return false
	}
	first, last := a.tokenAt(f.Start), a.tokenBefore(f.End)
	for i := max(first, 0); i <= last && i < len(a.toks); i++ {
		a.toks[i].quoted = true
	}
	if first < len(a.toks) {
		f.firstSent = int(a.toks[first].sent)
	}
	a.found = append(a.found, f)
	a.addSpan(f.Span)
	return true
}

// words counts the word tokens in text [start, end).
func (a *annotator) words(start, end int) int {
	n := 0
	for i := a.tokenAt(start); i < len(a.d.Tokens) && a.d.Tokens[i].End <= end; i++ {
		if a.toks[i].word || a.d.Tokens[i].Kind == doc.Number {
			n++
		}
	}
	return n
}
