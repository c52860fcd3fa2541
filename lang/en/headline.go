package en

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// English headlines are often in title case: "Russia Strikes Ukraine Power
// Grid", "Police Shoot and Kill Gang Leader After Jailbreak". The tagger,
// trained on running text, reads every capitalised word inside a sentence
// as a proper noun, so such a headline has no verb. headlineFold finds the
// words of a title-case title or heading that running text would write in
// lower case; the tagger and the lemmatizer see them so (Analyze), while
// the document's text and offsets stay as they are.

// Title case: of the words of four letters or more after the first, at
// least titleMinWords, and at least titleShare of them capitalised.
const (
	titleMinWords = 2
	titleShare    = 0.75
)

// headlineFold sets fold[i] for each token i of toks (one sentence of d)
// that is a common word capitalised only by the title case of a headline,
// and reports whether it set any. fold has len(toks) entries.
func headlineFold(d *doc.Document, toks []doc.Token, fold []bool) bool {
	if len(toks) < 3 || !inHeading(d, toks[0].Start) || !titleCase(d, toks) {
		return false
	}
	L := nerData()
	var body *bodyText
	any := false
	first := true
	for i := range toks {
		t := &toks[i]
		if t.Kind != doc.Word {
			continue
		}
		if first {
			first = false // capitalised in running text too
			continue
		}
		w := bare(d.Text[t.Start:t.End])
		if !titleWord(w) {
			continue
		}
		low := strings.ToLower(w)
		if titleFunctionWords[low] {
			fold[i] = true
			any = true
			continue
		}
		if !commonWord(low) || knownName(w, low, L) {
			continue
		}
		if body == nil {
			body = newBodyText(d)
		}
		if body.nameLike(w) {
			continue // "Trump", "State" of "Islamic State" in the article
		}
		fold[i] = true
		any = true
	}
	if !any {
		return false
	}
	// A title stays capitalised before a name ("President Erdogan").
	for i := range toks {
		if !fold[i] || !L.titles[strings.ToLower(d.Text[toks[i].Start:toks[i].End])] {
			continue
		}
		if j := i + 1; j < len(toks) && toks[j].Kind == doc.Word && !fold[j] && capitalised(d.Text[toks[j].Start:toks[j].End]) {
			fold[i] = false
		}
	}
	return true
}

// inHeading reports whether offset at lies in the title or a heading of d.
// The blocks are in text order: a binary search finds the one holding at,
// so that asking for every sentence stays linear in the document.
func inHeading(d *doc.Document, at int) bool {
	i := sort.Search(len(d.Blocks), func(i int) bool { return d.Blocks[i].End > at })
	if i == len(d.Blocks) {
		return false
	}
	b := d.Blocks[i]
	return (b.Kind == doc.Title || b.Kind == doc.Heading) && b.Start <= at
}

// titleCase reports whether most words of four letters or more after the
// first are capitalised and the line is not all in capitals.
func titleCase(d *doc.Document, toks []doc.Token) bool {
	long, caps, lower := 0, 0, 0
	first := true
	for i := range toks {
		if toks[i].Kind != doc.Word {
			continue
		}
		w := d.Text[toks[i].Start:toks[i].End]
		if hasLower(w) {
			lower++
		}
		if first {
			first = false
			continue
		}
		if utf8.RuneCountInString(bare(w)) < 4 {
			continue
		}
		long++
		if capitalised(w) {
			caps++
		}
	}
	return lower > 0 && long >= titleMinWords && float64(caps) >= titleShare*float64(long)
}

// titleFunctionWords are the prepositions, conjunctions, articles,
// pronouns, auxiliaries and modals (not "May", also a month) that some
// headlines capitalise too ("Clash With Police In").
var titleFunctionWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "nor": true,
	"of": true, "in": true, "on": true, "at": true, "to": true, "for": true, "with": true, "by": true,
	"from": true, "into": true, "onto": true, "over": true, "under": true, "after": true, "before": true,
	"against": true, "amid": true, "as": true, "about": true, "near": true, "off": true, "out": true,
	"up": true, "down": true, "without": true, "through": true, "toward": true, "towards": true,
	"despite": true, "during": true, "between": true, "behind": true, "beyond": true, "across": true,
	"if": true, "than": true, "that": true, "its": true, "his": true, "her": true, "their": true,
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "has": true, "have": true,
	"had": true, "will": true, "not": true, "no": true,
	"can": true, "could": true, "would": true, "should": true, "must": true, "might": true,
}

// titleWord reports whether w is written as title case writes a common
// word: an ASCII upper-case letter, then only lower-case ones ("Strikes";
// not "NATO", "McCain", "F-35", "al-Sudani").
func titleWord(w string) bool {
	if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for _, r := range w[1:] {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

func hasLower(w string) bool {
	for _, r := range w {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// commonWord reports whether the lemma lexicon knows the lower-case word
// low, as it is or as an inflected form of a lemma it knows, or of an
// irregular verb.
func commonWord(low string) bool {
	lx := lemmaLexicon()
	if lx.classes[low] != 0 {
		return true
	}
	if _, ok := pastForms[low]; ok {
		return true
	}
	if irregularVerbs()[low] {
		return true
	}
	for _, tag := range [...]string{"NNS", "VBZ", "VBD", "VBG"} {
		if lm := englishLemma(low, tag); lm != low && (lx.classes[lm] != 0 || irregularVerbs()[lm]) {
			return true
		}
	}
	return false
}

// knownName reports whether a word (w as written, low in lower case) is a
// name the recognizer's lists or the gazetteer know: a country, a place, a
// people, an organisation.
func knownName(w, low string, L *nerLists) bool {
	if L.places[low] || L.locations[low] || L.demonyms[low] || L.orgs[low] || L.products[low] {
		return true
	}
	return lang.KnownPlace != nil && lang.KnownPlace(w)
}

// bodyText is the text of a document outside its title and headings, with
// ASCII letters in lower case (same offsets), for counting how the
// article writes a word.
type bodyText struct {
	text, lower string
}

func newBodyText(d *doc.Document) *bodyText {
	var sb strings.Builder
	last := 0
	for _, b := range d.Blocks {
		if b.Kind == doc.Title || b.Kind == doc.Heading {
			if b.Start > last {
				sb.WriteString(d.Text[last:b.Start])
			}
			last = max(last, b.End)
		}
	}
	if last < len(d.Text) {
		sb.WriteString(d.Text[last:])
	}
	text := sb.String()
	low := []byte(text)
	for i, c := range low {
		if 'A' <= c && c <= 'Z' {
			low[i] = c + 'a' - 'A'
		}
	}
	return &bodyText{text: text, lower: string(low)}
}

// nameLike reports whether the article writes w capitalised inside its
// sentences more often than in lower case: a name, or a word of one.
func (b *bodyText) nameLike(w string) bool {
	pat := strings.ToLower(w[:1]) + w[1:]
	caps, lower := 0, 0
	for from := 0; ; {
		k := strings.Index(b.lower[from:], pat)
		if k < 0 {
			break
		}
		k += from
		from = k + len(pat)
		if k > 0 && letterByte(b.lower[k-1]) || from < len(b.lower) && letterByte(b.lower[from]) && !possessiveAt(b.lower, from) {
			continue // inside a longer word
		}
		if b.text[k] != w[0] {
			lower++
			continue
		}
		if !sentenceStart(b.text, k) {
			caps++
		}
	}
	return caps > lower
}

func letterByte(c byte) bool {
	return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c >= utf8.RuneSelf
}

// possessiveAt reports whether an apostrophe of a possessive starts at s[i:].
func possessiveAt(s string, i int) bool {
	return strings.HasPrefix(s[i:], "'") || strings.HasPrefix(s[i:], "’")
}

// sentenceStart reports whether the word at offset k of s starts a
// sentence, a paragraph or a quotation.
func sentenceStart(s string, k int) bool {
	for k > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:k])
		k -= n
		switch {
		case r == ' ' || r == '\t':
			continue
		case r == '\n' || r == '.' || r == '!' || r == '?' || r == ':' || r == '"' || r == '“' || r == '‘' || r == '(' || r == '—':
			return true
		}
		return false
	}
	return true
}

// headlineVerb makes the verb of a headline that the tagger found none in:
// headlines drop articles, so the tagger, which has seen "shakes" and
// "orders" mostly as plural nouns after a noun, reads "Constitutional crisis
// shakes Bosnia" or "Malawi High Court Orders Schools to Allow" as one noun
// phrase. The first plural noun that the lexicon knows as a verb, right
// after a noun and before the words that follow a verb (a name, a noun, a
// determiner, a preposition), is taken for the present verb (VBZ). toks is
// one sentence of d, already tagged; folded tells the tokens that were read
// in lower case (headlineFold).
func headlineVerb(d *doc.Document, toks []doc.Token, folded []bool) {
	if len(toks) < 3 || !inHeading(d, toks[0].Start) || hasFinite(toks) {
		return
	}
	lx := lemmaLexicon()
	for i := 1; i+1 < len(toks); i++ {
		t := &toks[i]
		if t.Kind != doc.Word || t.XPOS != "NNS" && !(t.XPOS == "NNP" && i < len(folded) && folded[i]) {
			continue
		}
		switch toks[i-1].XPOS {
		case "NN", "NNS", "NNP", "NNPS":
		case ".":
			if !abbrevPeriod(d, toks, i-1) {
				continue
			}
		default:
			continue
		}
		switch toks[i+1].XPOS {
		case "NN", "NNS", "NNP", "NNPS", "DT", "IN", "TO", "CD", "PRP", "PRP$", "RB", "RP", "JJ":
		default:
			continue
		}
		low := strings.ToLower(d.Text[t.Start:t.End])
		if !strings.HasSuffix(low, "s") || strings.HasSuffix(low, "ss") {
			continue
		}
		lemma := englishLemma(low, "VBZ")
		if lemma == low || lx.classes[lemma]&classV == 0 && !irregularVerbs()[lemma] {
			continue
		}
		setTag(t, "VBZ", lemma)
		return
	}
}

// irregularVerbs are the lemmas of the irregular verbs (ner_morph.go),
// some of which the lemma lexicon lacks ("shake").
var irregularVerbs = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for k, lemma := range irregular {
		if k[0] == 'V' {
			m[lemma] = true
		}
	}
	return m
})
