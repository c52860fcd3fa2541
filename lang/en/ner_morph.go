package en

import (
	"strings"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// English parts of speech come from Kronika's averaged-perceptron tagger
// (postag.go; Penn Treebank tags, weights trained on English news for
// github.com/jdkato/prose/v2), loaded on the first English sentence. It
// tags the segmenter's tokens written as in the Penn Treebank (quotation
// marks as `` and '', clitics apart: see posBuf.addTokens). Lemmas are
// made by rules over the tag (plurals, verb endings, comparatives, a list
// of irregular forms) whose candidate stems are checked against a lexicon
// of English lemmas (lemmas.go): "visited" is "visit", not "visite".

// tagger returns the tagging model, loading it once; nil if the embedded
// model cannot be read.
func tagger() *posModel {
	m, _ := posTagger()
	return m
}

// Analyzer fills Lemma, UPOS, XPOS (Penn tag) and Feats of English tokens.
type Analyzer struct{}

func analyzer() lang.Analyzer { return Analyzer{} }

// Analyze tags the tokens of one sentence.
func (Analyzer) Analyze(d *doc.Document, toks []doc.Token) {
	if len(toks) == 0 {
		return
	}
	m := tagger()
	if m == nil {
		return
	}
	b := posBufs.Get().(*posBuf)
	b.reset()
	b.fold = append(b.fold, make([]bool, len(toks))...)
	if !headlineFold(d, toks, b.fold) {
		b.fold = b.fold[:0]
	}
	b.addTokens(d, toks)
	m.tag(b)
	for i := range toks {
		t := &toks[i]
		form := d.Text[t.Start:t.End]
		if i < len(b.fold) && b.fold[i] {
			form = strings.ToLower(form) // title case: "Strikes"
		}
		tag := "."
		if b.first[i] >= 0 {
			tag = b.tags[b.first[i]]
		}
		if tag == "" {
			tag = fallbackTag(t, form)
		}
		if tag == "NN" || tag == "VB" || tag == "VBP" || tag == "JJ" {
			tag = retagPast(d, toks, i, form, tag)
		}
		if tag == "JJ" && passiveAdjective(d, toks, i, form) {
			tag = "VBN" // "is deeply disappointed by", "are very concerned about"
		}
		t.XPOS = tag
		t.UPOS, t.Feats = pennUD(tag)
		if t.UPOS == "PRON" {
			t.Feats = pronounGender(form, t.Feats)
		}
		t.Lemma = englishLemma(form, tag)
		if t.UPOS == "VERB" && (t.Lemma == "be" || t.Lemma == "have" || t.Lemma == "do") && i+1 < len(toks) {
			t.UPOS = "AUX"
		}
	}
	thatAfterVerb(d, toks)
	abbrevSubjectVerb(toks, b.first, d)
	nameSubjectVerb(toks, d)
	nameVerbTo(toks, d)           // "said Russia plans to attack": infinitive_verb.go
	quotedVerb(toks, d)           // "its service \"successfully eliminated\" X": infinitive_verb.go
	commonSubjectVerb(toks, d)    // "The junta imposed martial law": infinitive_verb.go
	commonSubjectPresent(toks, d) // "The Quad consists of": infinitive_verb.go
	relativeSubjectVerb(toks, d)
	headlineVerb(d, toks, b.fold)
	for i := range toks {
		if p := ledBy(d.Text[toks[i].Start:toks[i].End]); p != "" {
			toks[i].Lemma = p // "Saudi-led" names the Saudis (ner_groups.go)
		}
	}
	for i := range toks {
		if toks[i].Kind == doc.Word {
			if lemma := initialPlural(d, toks, i, nerData()); lemma != "" {
				// "Troops killed 20 militants": infinitive_verb.go
				setTag(&toks[i], "NNS", lemma)
				break
			}
			if initialModifier(d, toks, i, nerData()) {
				// "Total exports rose": a common word, not a name (ner_groups.go)
				toks[i].Lemma = strings.ToLower(toks[i].Lemma)
			}
			break
		}
	}
	posBufs.Put(b)
}

// abbrevSubjectVerb reads an -ed word right after an abbreviation's
// period ("The U.S. imposed sanctions") as the finite past verb when the
// sentence has no finite verb: the tagger, which has seen "U.S." mostly
// before nouns ("U.S. officials"), takes it for an adjective or a
// participle, and every sentence that reports an act has a finite verb.
// first[i] is -1 for the period of an abbreviation (posBuf.addTokens).
func abbrevSubjectVerb(toks []doc.Token, first []int, d *doc.Document) {
	if hasFinite(toks) {
		return
	}
	for i := 1; i < len(toks); i++ {
		t := &toks[i]
		form := d.Text[t.Start:t.End]
		if first[i-1] < 0 && (t.XPOS == "JJ" || t.XPOS == "VBN") && strings.HasSuffix(form, "ed") {
			setTag(t, "VBD", englishLemma(form, "VBD"))
			return
		}
	}
}

// nameSubjectVerb reads an -ed word right after a proper name ("Britain
// imposed fresh sanctions", "Canada, Britain and the EU imposed
// sanctions") as the finite past verb when the sentence still has no
// finite verb: the tagger, which has seen such words mostly as
// adjectives before nouns, takes it for one, and every sentence that
// reports an act has a finite verb (as abbrevSubjectVerb after "U.S.").
// Only the first such word is read so.
func nameSubjectVerb(toks []doc.Token, d *doc.Document) {
	if hasFinite(toks) {
		return
	}
	for i := 1; i+1 < len(toks); i++ {
		t := &toks[i]
		form := d.Text[t.Start:t.End]
		if (t.XPOS == "JJ" || t.XPOS == "VBN") && strings.HasSuffix(form, "ed") && !capitalised(form) &&
			(toks[i-1].XPOS == "NNP" || toks[i-1].XPOS == "NNPS") && toks[i+1].Kind == doc.Word {
			setTag(t, "VBD", englishLemma(form, "VBD"))
			return
		}
	}
}

// relativeSubjectVerb reads an -ed word right after the comma that closes
// a relative clause set off by commas after the sentence's first noun
// ("Russia, which signed the treaty, attacked Ukraine") as the finite past
// verb of the main clause: the tagger, which sees a comma and a name
// around it, takes it for an adjective or a participle. The clause has a
// finite verb of its own and no finite verb stands before it; a
// participle before "by" is a passive one ("…, backed by China, …").
func relativeSubjectVerb(toks []doc.Token, d *doc.Document) {
	for r := 2; r < len(toks); r++ {
		switch toks[r].XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			return // a finite verb before any relative clause
		case "WDT", "WP", "WP$":
		default:
			continue
		}
		if d.Text[toks[r-1].Start:toks[r-1].End] != "," || !strings.HasPrefix(toks[r-2].XPOS, "NN") {
			return
		}
		finite := false
		for c := r + 1; c+2 < len(toks); c++ {
			switch toks[c].XPOS {
			case "VBD", "VBZ", "VBP", "MD":
				finite = true
			}
			if d.Text[toks[c].Start:toks[c].End] != "," {
				continue
			}
			t := &toks[c+1]
			form := d.Text[t.Start:t.End]
			if finite && (t.XPOS == "JJ" || t.XPOS == "VBN") && strings.HasSuffix(form, "ed") && !capitalised(form) &&
				toks[c+2].Kind == doc.Word && !strings.EqualFold(d.Text[toks[c+2].Start:toks[c+2].End], "by") {
				setTag(t, "VBD", englishLemma(form, "VBD"))
			}
			return
		}
		return
	}
}

// hasFinite reports whether a tagged sentence has a finite verb or a modal.
func hasFinite(toks []doc.Token) bool {
	for i := range toks {
		switch toks[i].XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
	}
	return false
}

// setTag gives t the Penn tag tag, its UD tag and features, and lemma.
func setTag(t *doc.Token, tag, lemma string) {
	t.XPOS = tag
	t.UPOS, t.Feats = pennUD(tag)
	t.Lemma = lemma
}

// retagPast corrects the tag of an irregular past form that the model
// took for a noun, an adjective or a present ("withdrew", "forgave"),
// unless the form is also some word's base form ("found", "left").
func retagPast(d *doc.Document, toks []doc.Token, i int, form, tag string) string {
	past, ok := pastForms[form]
	if !ok {
		return tag
	}
	if (lemmaLexicon().classes[form]&(classN|classJ|classR) != 0 || notPast[form]) && !(tag == "NN" && pastAfterName(d, toks, i)) {
		return tag
	}
	if tag == "JJ" && past != "VBD" {
		return "VBN" // "stolen goods"
	}
	if past != "" {
		return past
	}
	// Both: a participle after have, be or get ("has fought", "was struck").
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		p := strings.ToLower(d.Text[toks[j].Start:toks[j].End])
		switch p {
		case "not", "n't", "never", "also", "already", "just", "been", "being":
			continue
		case "have", "has", "had", "having", "'ve", "'s", "'d", "is", "are", "was", "were", "be", "am", "'re", "'m",
			"get", "gets", "got", "getting":
			return "VBN"
		}
		break
	}
	return "VBD"
}

// pastAfterName reports a word between a name and a preposition or
// determiner, where a noun rarely stands and a past verb often does:
// "Donald Tusk spoke by phone with …", "Putin left for Beijing".
func pastAfterName(d *doc.Document, toks []doc.Token, i int) bool {
	if i == 0 || i+1 >= len(toks) || toks[i-1].XPOS != "NNP" {
		return false
	}
	switch strings.ToLower(d.Text[toks[i+1].Start:toks[i+1].End]) {
	case "by", "with", "to", "for", "on", "at", "in", "about", "from", "the", "a", "an", "his", "her", "their", "that":
		return true
	}
	return false
}

// notPast are irregular past forms that are also other words.
var notPast = map[string]bool{
	"found": true, "fell": true, "saw": true, "wound": true, "ground": true, "bore": true, "left": true,
	"rose": true, "spoke": true, "bound": true, "lit": true, "lay": true,
	"felt": true, "won": true, "shot": true,
}

// fallbackTag tags a token the model gave no tag (an empty token).
func fallbackTag(t *doc.Token, form string) string {
	switch t.Kind {
	case doc.Number:
		return "CD"
	case doc.Punct:
		return "."
	case doc.Symbol:
		return "SYM"
	}
	if capitalised(form) {
		return "NNP"
	}
	return "NN"
}

// pennUD maps a Penn Treebank tag to a universal tag and features.
func pennUD(tag string) (string, string) {
	switch tag {
	case "NN":
		return "NOUN", "Number=Sing"
	case "NNS":
		return "NOUN", "Number=Plur"
	case "NNP":
		return "PROPN", "Number=Sing"
	case "NNPS":
		return "PROPN", "Number=Plur"
	case "VB":
		return "VERB", "VerbForm=Inf"
	case "VBD":
		return "VERB", "Mood=Ind|Tense=Past|VerbForm=Fin"
	case "VBG":
		return "VERB", "VerbForm=Ger"
	case "VBN":
		return "VERB", "Tense=Past|VerbForm=Part"
	case "VBP":
		return "VERB", "Mood=Ind|Tense=Pres|VerbForm=Fin"
	case "VBZ":
		return "VERB", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"
	case "MD":
		return "AUX", "VerbForm=Fin"
	case "JJ":
		return "ADJ", "Degree=Pos"
	case "JJR":
		return "ADJ", "Degree=Cmp"
	case "JJS":
		return "ADJ", "Degree=Sup"
	case "RB", "WRB":
		return "ADV", ""
	case "RBR":
		return "ADV", "Degree=Cmp"
	case "RBS":
		return "ADV", "Degree=Sup"
	case "IN":
		return "ADP", ""
	case "DT", "PDT", "WDT":
		return "DET", ""
	case "PRP", "WP", "EX":
		return "PRON", ""
	case "PRP$", "WP$":
		return "PRON", "Poss=Yes"
	case "CC":
		return "CCONJ", ""
	case "CD":
		return "NUM", "NumType=Card"
	case "TO", "POS", "RP":
		return "PART", ""
	case "UH":
		return "INTJ", ""
	case "FW", "LS":
		return "X", ""
	case "SYM", "$", "#":
		return "SYM", ""
	}
	return "PUNCT", ""
}

// englishLemma is the base form of a word with Penn tag tag. Suffix rules
// propose candidate stems (visited: visit, visite; ties: ty, tie); the
// first that the lexicon (lemmas.go) knows as a lemma of the tag's class
// wins, then one known in another class, then the rule's own guess.
func englishLemma(form, tag string) string {
	if s, ok := strings.CutSuffix(bare(form), "s"); ok && tag == "NNS" && capitalised(form) && nerData().demonyms[strings.ToLower(s)] {
		return bare(form) // a people keeps its name as a proper noun does: "Ukrainians"
	}
	if tag == "NNP" || tag == "NNPS" || strings.HasPrefix(tag, "JJ") && capitalised(form) && !allCaps(form) {
		// Names and adjectives of names ("Turkish") keep their capital.
		return bare(form)
	}
	w := strings.ToLower(form)
	if tag == "" {
		return w
	}
	if l, ok := contractions[w]; ok && tag != "POS" {
		return l
	}
	lex := lemmaLexicon()
	if (tag == "VB" || tag == "VBP") && lex.classes[w]&classV != 0 {
		return w // "lay", "found", "bear" as base forms
	}
	if l, ok := irregular[tag[:1]+w]; ok {
		return l
	}
	if l, ok := lex.forms[tag[:1]+w]; ok {
		return l
	}
	var c candidates
	switch tag {
	case "NNS":
		return lex.noun(w, &c)
	case "VBZ":
		if len(w) > 3 {
			return lex.verbS(w, &c)
		}
		return strings.TrimSuffix(w, "s")
	case "VBD", "VBN":
		if s, ok := strings.CutSuffix(w, "ed"); ok && len(s) >= 2 {
			return lex.verbStem(w, s, &c)
		}
	case "VBG":
		if s, ok := strings.CutSuffix(w, "ing"); ok && len(s) >= 2 {
			return lex.verbStem(w, s, &c)
		}
	case "JJR", "RBR":
		if s, ok := strings.CutSuffix(w, "ier"); ok && len(s) >= 2 {
			return s + "y"
		}
		if s, ok := strings.CutSuffix(w, "er"); ok && len(s) >= 3 {
			return lex.comparative(s, &c)
		}
	case "JJS", "RBS":
		if s, ok := strings.CutSuffix(w, "iest"); ok && len(s) >= 2 {
			return s + "y"
		}
		if s, ok := strings.CutSuffix(w, "est"); ok && len(s) >= 3 {
			return lex.comparative(s, &c)
		}
	}
	return w
}

// candidates is a short list of possible stems, most likely first, built
// without allocating (the strings are concatenated only when tried).
type candidates struct {
	n     int
	stems [5]string
	tails [5]string
}

func (c *candidates) add(stem, tail string) {
	if c.n < len(c.stems) && len(stem)+len(tail) >= 2 {
		c.stems[c.n], c.tails[c.n] = stem, tail
		c.n++
	}
}

// pick returns the first candidate known in class, else the first known
// in any class, else fallback.
func (l *lexiconData) pick(c *candidates, class uint8, fallback string) string {
	any := -1
	for i := 0; i < c.n; i++ {
		k := l.class(c.stems[i], c.tails[i])
		if k&class != 0 {
			return c.stems[i] + c.tails[i]
		}
		if k != 0 && any < 0 {
			any = i
		}
	}
	if any >= 0 {
		return c.stems[any] + c.tails[any]
	}
	return fallback
}

// class looks stem+tail up without building the string when tail is empty.
func (l *lexiconData) class(stem, tail string) uint8 {
	if tail == "" {
		return l.classes[stem]
	}
	var buf [64]byte
	if len(stem)+len(tail) > len(buf) {
		return l.classes[stem+tail]
	}
	b := append(append(buf[:0], stem...), tail...)
	return l.classes[string(b)]
}

// verbStem chooses the lemma of a verb form w ending in -ed or -ing, s
// being w without the ending.
func (l *lexiconData) verbStem(w, s string, c *candidates) string {
	n := len(s)
	ing := strings.HasSuffix(w, "ing")
	switch {
	case !ing && strings.HasSuffix(s, "i"):
		c.add(s[:n-1], "y") // studied
		c.add(s, "e")       // died
	case ing && strings.HasSuffix(s, "y") && n <= 3:
		c.add(s[:n-1], "ie") // dying, lying, tying
		c.add(s, "")
	case n >= 3 && s[n-1] == s[n-2] && !isVowel(s[n-1]) && s[n-1] != 'y':
		c.add(s[:n-1], "") // stopped, expelled
		c.add(s, "")       // called, passed
	case shortCVC(s) && l.classes[s]&classV != 0 && l.class(s, "e")&classV != 0:
		c.add(s, "e") // hoped, hoping (hop would double its p)
		c.add(s, "")
	default:
		c.add(s, "")  // visited, offered
		c.add(s, "e") // agreed, praised, making
	}
	return l.pick(c, classV, restoreStem(s))
}

// shortCVC reports whether s is one syllable ending in a single vowel and
// a consonant that doubles before a suffix ("hop", "rat").
func shortCVC(s string) bool {
	n := len(s)
	if n < 2 || isVowel(s[n-1]) || strings.IndexByte("wxy", s[n-1]) >= 0 || !isVowel(s[n-2]) || n >= 3 && isVowel(s[n-3]) {
		return false
	}
	for i := 0; i < n-2; i++ {
		if isVowel(s[i]) {
			return false
		}
	}
	return true
}

// verbS chooses the lemma of a verb form in -s.
func (l *lexiconData) verbS(w string, c *candidates) string {
	n := len(w)
	switch {
	case strings.HasSuffix(w, "ies"):
		c.add(w[:n-3], "y")
		c.add(w[:n-1], "")
		return l.pick(c, classV, w[:n-3]+"y")
	case strings.HasSuffix(w, "es"):
		c.add(w[:n-1], "")
		c.add(w[:n-2], "")
		fallback := w[:n-1]
		if hasSibilantStem(w[:n-2]) {
			fallback = w[:n-2]
		}
		return l.pick(c, classV, fallback)
	}
	return strings.TrimSuffix(w, "s")
}

// noun chooses the lemma of a plural noun.
func (l *lexiconData) noun(w string, c *candidates) string {
	n := len(w)
	if n <= 3 || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") || !strings.HasSuffix(w, "s") {
		if strings.HasSuffix(w, "men") && n > 4 {
			return w[:n-3] + "man" // spokesmen, gunmen
		}
		return w
	}
	if pluraliaTantum[w] {
		return w // news, series, politics
	}
	switch {
	case strings.HasSuffix(w, "ies"):
		c.add(w[:n-3], "y") // countries
		c.add(w[:n-1], "")  // ties, movies
		fallback := w[:n-3] + "y"
		if n <= 5 {
			fallback = w[:n-1]
		}
		return l.pick(c, classN, fallback)
	case strings.HasSuffix(w, "ves"):
		c.add(w[:n-1], "")  // moves
		c.add(w[:n-3], "f") // leaves
		c.add(w[:n-3], "fe")
		return l.pick(c, classN, w[:n-1])
	case strings.HasSuffix(w, "es"):
		c.add(w[:n-1], "") // bases, horses
		c.add(w[:n-2], "") // boxes
		if strings.HasSuffix(w, "ses") {
			c.add(w[:n-2], "is") // crises
		}
		return l.pick(c, classN, singular(w))
	}
	return w[:n-1]
}

// comparative chooses the base of an adjective or adverb in -er or -est,
// s being the form without the ending.
func (l *lexiconData) comparative(s string, c *candidates) string {
	if u := undouble(s); u != s {
		c.add(u, "") // bigger
	}
	c.add(s, "")  // harder
	c.add(s, "e") // later, larger
	return l.pick(c, classJ|classR, undouble(s))
}

// pluraliaTantum are nouns in -s that are their own lemma.
var pluraliaTantum = map[string]bool{
	"news": true, "series": true, "species": true, "clothes": true, "thanks": true, "means": true,
	"headquarters": true, "whereabouts": true, "barracks": true, "crossroads": true, "premises": true,
	"outskirts": true, "savings": true, "earnings": true, "proceeds": true, "surroundings": true,
	"regards": true, "remains": true, "goods": true, "pants": true, "trousers": true, "scissors": true,
	"lens": true, "politics": true, "economics": true, "physics": true, "mathematics": true,
	"ethics": true, "logistics": true, "athletics": true, "electronics": true, "genetics": true,
	"linguistics": true, "aerobics": true, "gymnastics": true,
}

// contractions are the lemmas of clitics written apart ("ca" "n't").
var contractions = map[string]string{
	"n't": "not", "n’t": "not", "'s": "be", "’s": "be", "'re": "be", "’re": "be", "'m": "be", "’m": "be",
	"'ve": "have", "’ve": "have", "'ll": "will", "’ll": "will", "'d": "will", "’d": "will",
	"ca": "can", "wo": "will", "sha": "shall",
}

func singular(w string) string {
	switch {
	case len(w) <= 3 || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is"):
		return w
	case strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "es") && hasSibilantStem(w[:len(w)-2]):
		return w[:len(w)-2]
	}
	return strings.TrimSuffix(w, "s")
}

func hasSibilantStem(s string) bool {
	for _, e := range []string{"s", "x", "z", "ch", "sh", "o"} {
		if strings.HasSuffix(s, e) {
			return true
		}
	}
	return false
}

func allCaps(s string) bool { return strings.ToUpper(s) == s && strings.ToLower(s) != s }

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// undouble removes a doubled final consonant: "stopp" → "stop".
func undouble(s string) string {
	n := len(s)
	if n >= 3 && s[n-1] == s[n-2] && !isVowel(s[n-1]) && !strings.ContainsRune("lsfz", rune(s[n-1])) {
		return s[:n-1]
	}
	return s
}

// restoreStem undoes the spelling changes before -ed and -ing: a doubled
// consonant ("stopped"), a dropped e ("used", "making").
func restoreStem(s string) string {
	switch s {
	case "add", "err", "ebb", "egg":
		return s
	}
	if u := undouble(s); u != s {
		return u
	}
	n := len(s)
	if n == 2 && !isVowel(s[1]) && isVowel(s[0]) {
		return s + "e" // "used", "owed"
	}
	// consonant + (v|z|c|g|s|u) or a consonant-vowel-consonant end that
	// usually had an e: "us" → "use", "mak" → "make", "reduc" → "reduce".
	last := s[n-1]
	if strings.IndexByte("vzcg", last) >= 0 && !strings.HasSuffix(s, "ng") {
		return s + "e"
	}
	if n >= 3 && !isVowel(last) && last != 'w' && last != 'x' && last != 'y' && isVowel(s[n-2]) && !isVowel(s[n-3]) &&
		strings.IndexByte("tkrs", last) >= 0 && n <= 5 {
		return s + "e"
	}
	return s
}

// irregular maps irregular forms to their lemmas, keyed by the first
// letter of the Penn tag (V verbs, N nouns, J adjectives and adverbs) and
// the form.
var irregular = func() map[string]string {
	m := map[string]string{}
	class := "V"
	for _, line := range strings.Split(irregularText, "\n") {
		ws := strings.Fields(line)
		if len(ws) == 1 && len(ws[0]) == 1 {
			class = ws[0]
			continue
		}
		for _, w := range ws[1:] {
			m[class+w] = ws[0]
			if class == "V" {
				m["M"+w] = ws[0] // modal verbs (MD)
			}
			if class == "J" {
				m["R"+w] = ws[0]
			}
		}
	}
	return m
}()

// pastForms are the irregular past forms ("fought", "withdrew") that are
// no base form of any word, with the tag they take: VBD, VBN, or "" when
// they are both.
var pastForms = func() map[string]string {
	m := map[string]string{}
	bases := map[string]bool{}
	for _, line := range strings.Split(irregularText, "\n") {
		ws := strings.Fields(line)
		if len(ws) == 1 && len(ws[0]) == 1 {
			break // the verbs come first
		}
		if len(ws) > 0 {
			bases[ws[0]] = true
		}
	}
	for _, line := range strings.Split(irregularText, "\n") {
		ws := strings.Fields(line)
		if len(ws) == 1 && len(ws[0]) == 1 {
			break
		}
		if len(ws) < 2 || len(ws) > 3 || ws[0] == "will" || ws[0] == "can" || ws[0] == "shall" || ws[0] == "may" {
			continue
		}
		for i, w := range ws[1:] {
			if bases[w] || strings.HasSuffix(w, "s") {
				continue
			}
			tag := ""
			if len(ws) == 3 && ws[1] != ws[2] {
				tag = []string{"VBD", "VBN"}[i]
			}
			m[w] = tag
		}
	}
	return m
}()

const irregularText = `be am is are was were been being
have has had having
do does did done doing
go goes went gone
say says said
make made
take took taken
come came
see saw seen
know knew known
get got gotten
give gave given
find found
think thought
tell told
become became
leave left
feel felt
bring brought
begin began begun
keep kept
hold held
write wrote written
stand stood
hear heard
let
mean meant
set
meet met
run ran
pay paid
sit sat
speak spoke spoken
lie lay lain
lead led
grow grew grown
lose lost
fall fell fallen
send sent
build built
understand understood
draw drew drawn
break broke broken
spend spent
cut
rise rose risen
drive drove driven
buy bought
wear wore worn
choose chose chosen
seek sought
throw threw thrown
catch caught
deal dealt
win won
fight fought
flee fled
shoot shot
strike struck stricken
sell sold
teach taught
forbid forbade forbidden
forget forgot forgotten
hide hid hidden
freeze froze frozen
steal stole stolen
swear swore sworn
withdraw withdrew withdrawn
arise arose arisen
bear bore borne
beat beaten
bind bound
bite bit bitten
blow blew blown
feed fed
fly flew flown
hang hung
hit
hurt
lay laid
light lit
put
quit
read
ride rode ridden
ring rang rung
shake shook shaken
shut
sing sang sung
sink sank sunk
slide slid
spread
spring sprang sprung
stick stuck
sting stung
swim swam swum
swing swung
tear tore torn
undertake undertook undertaken
wake woke woken
weep wept
wind wound
eat ate eaten
forgive forgave forgiven
overcome overcame
override overrode overridden
oversee oversaw overseen
overthrow overthrew overthrown
overtake overtook overtaken
mislead misled
mistake mistook mistaken
undergo underwent undergone
foresee foresaw foreseen
uphold upheld
withhold withheld
withstand withstood
rebuild rebuilt
retake retook retaken
rewrite rewrote rewritten
undo undid undone
redo redid redone
awake awoke awoken
befall befell befallen
forsake forsook forsaken
broadcast
cost
burst
cast
forecast
bet
bid
split
spit spat
shed
dig dug
cling clung
fling flung
sling slung
sweep swept
sleep slept
creep crept
kneel knelt
leap leapt
lend lent
bend bent
shine shone
shrink shrank shrunk
stink stank stunk
slay slew slain
tread trod trodden
weave wove woven
bleed bled
breed bred
grind ground
stride strode stridden
strive strove striven
dwell dwelt
spin spun
speed sped
show showed shown
sow sowed sown
sew sewed sewn
mow mowed mown
swell swelled swollen
prove proved proven
dream dreamt
learn learnt
burn burnt
spell spelt
spill spilt
spoil spoilt
go went gone
will would
can could
shall should
may might
N
man men
woman women
child children
foot feet
tooth teeth
mouse mice
life lives
wife wives
knife knives
wolf wolves
half halves
leaf leaves
thief thieves
shelf shelves
self selves
loaf loaves
calf calves
wharf wharves
scarf scarves
goose geese
ox oxen
louse lice
criterion criteria
phenomenon phenomena
J
good better best
bad worse worst
far farther further farthest furthest
many more most
little less least`

// passiveAdjective reports whether the word toks[i] (form), tagged as an
// adjective, is rather the passive participle of a verb of feeling: a
// regular "-ed" form of a known verb after a form of "be" and at least one
// adverb or an opening quotation mark, followed by the preposition that
// names the cause ("is deeply disappointed by", "are very concerned
// about", "was gravely alarmed at", is “deeply disappointed” by).
// Without the adverb the tagger reads such a participle as a verb; the
// adverb turns it into an adjective, and the act's cause, the target of
// the event coder's entries for these verbs, is lost with it.
func passiveAdjective(d *doc.Document, toks []doc.Token, i int, form string) bool {
	low := strings.ToLower(form)
	quote := func(t *doc.Token) bool { // the words after toks[i] are not tagged yet
		switch d.Text[t.Start:t.End] {
		case "\"", "“", "”", "''", "``":
			return true
		}
		return false
	}
	n := i + 1
	if n < len(toks) && quote(&toks[n]) {
		n++ // the words quoted: is “deeply disappointed” by
	}
	if !strings.HasSuffix(low, "ed") || n >= len(toks) || i < 2 {
		return false
	}
	switch strings.ToLower(d.Text[toks[n].Start:toks[n].End]) {
	case "by", "about", "over", "at", "with":
	default:
		return false
	}
	j := i - 1
	for j >= 0 && (toks[j].XPOS == "RB" || quote(&toks[j])) {
		j--
	}
	if j == i-1 || j < 0 {
		return false
	}
	switch strings.ToLower(d.Text[toks[j].Start:toks[j].End]) {
	case "is", "are", "was", "were", "be", "been", "being", "am", "'re", "'m", "'s":
	default:
		return false
	}
	lemma := englishLemma(form, "VBN")
	return lemma != low && lemmaLexicon().classes[lemma]&classV != 0
}

// thatAfterVerb reads "that" between a verb and a name or a personal
// pronoun as the conjunction that opens the verb's clause, not as a
// determiner: "Russia warned that Ukraine will cut ties" (the name is the
// clause's subject, not the warning's object). A demonstrative "that" does
// not stand before a name, except a time's ("said that Monday").
func thatAfterVerb(d *doc.Document, toks []doc.Token) {
	for i := 1; i+1 < len(toks); i++ {
		t := &toks[i]
		if t.XPOS != "DT" || !strings.EqualFold(d.Text[t.Start:t.End], "that") || !strings.HasPrefix(toks[i-1].XPOS, "VB") {
			continue
		}
		n := &toks[i+1]
		if n.XPOS != "NNP" && n.XPOS != "NNPS" && n.XPOS != "PRP" || timeWords()[strings.ToLower(d.Text[n.Start:n.End])] {
			continue
		}
		setTag(t, "IN", "that")
		t.UPOS = "SCONJ" // as UD tags it: the coder reads no object past it
	}
}

// pronounGender adds the gender of a third-person singular pronoun to its
// features ("she": Gender=Fem, "his": Gender=Masc|Poss=Yes, "it":
// Gender=Neut), as UD gives it; other pronouns keep feats.
func pronounGender(form, feats string) string {
	g := ""
	switch strings.ToLower(form) {
	case "he", "him", "his", "himself":
		g = "Gender=Masc"
	case "she", "her", "hers", "herself":
		g = "Gender=Fem"
	case "it", "its", "itself":
		g = "Gender=Neut"
	default:
		return feats
	}
	if feats == "" {
		return g
	}
	return g + "|" + feats // features in alphabetical order: Gender before Poss
}
