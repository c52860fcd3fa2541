package pl

import (
	_ "embed"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/internal/textutil"
	"github.com/kronika/kronika/lang"
)

// EVENT and PRODUCT names come from rules, since the NKJP annotation the
// model learns from has neither type:
//
//   - the hand-written list data/ner-names.tsv (wars, holidays, pipelines);
//   - words made like "Brexit" (Polexit, Grexit, brexitu): EVENT;
//   - inside a sentence, a capitalised noun for a happening or a document
//     followed by capitalised words, a name or an adjective ("Mistrzostwa
//     Europy", "Traktat lizboński"): EVENT or PRODUCT;
//   - a name of two or more words that the model found and whose first
//     noun denotes a happening ("Powstanie Styczniowe",
//     "szczyt NATO", "Mistrzostwa Europy"): EVENT;
//   - a name right after a word for a made object ("gazociąg Jamał",
//     "samolot Boeing 737"): PRODUCT;
//   - a person's or an unknown name right after a word for a named
//     happening ("huragan Katrina", "operacja Barbarossa"): EVENT;
//   - at a sentence's start, where every word is capitalised, an event or
//     document noun followed by a person's name or by capitalised words
//     the model left out ("Operacja Barbarossa rozpoczęła się", "Plan
//     Marshalla pomógł"): EVENT or PRODUCT.
//
// A rule's name replaces the model's names it overlaps.

//go:embed data/ner-names.tsv
var nerNamesData string

// listName is one name of ner-names.tsv.
type listName struct {
	typ   string
	words []string   // as written in the list
	match []listWord // how each word matches a token
	first rune       // the first letter in lower case
	upper bool       // the name starts with a capital
}

// listWord is what a token must look like to match a word of a list name:
// the word itself in capitals (II), else a lower-case prefix.
type listWord struct {
	exact  string // non-empty: the token must be this
	prefix string // lower case; the token, folded, starts with it
	whole  string // lower case; the token folded may also be just this
	maxLen int    // at most this many letters
}

func newListWord(w string) listWord {
	// One capital letter is enough here ("I wojna światowa"), unlike
	// textutil.Acronym, which the analyzer uses.
	if textutil.AllCaps(w) {
		return listWord{exact: w}
	}
	lw := strings.ToLower(w)
	rs := []rune(lw)
	n := len(rs)
	k := min(n, max(4, n-2))
	return listWord{prefix: string(rs[:k]), whole: lw, maxLen: n + 3}
}

// matches reports whether a token's form matches the word.
func (lw *listWord) matches(form string) bool {
	if lw.exact != "" {
		return form == lw.exact
	}
	if strings.EqualFold(form, lw.whole) {
		return true
	}
	// form starts with prefix, ignoring case, and is not too long.
	p := lw.prefix
	n := 0
	for _, r := range form {
		n++
		if p != "" {
			pr, size := utf8.DecodeRuneInString(p)
			if unicode.ToLower(r) != pr {
				return false
			}
			p = p[size:]
		}
	}
	return p == "" && n <= lw.maxLen
}

var (
	nerNamesOnce sync.Once
	nerNames     []listName // longest first
	// nerByFirst indexes nerNames by their first letter in lower case,
	// each list in the order of nerNames (longest first), so that a token
	// tries only the names that can start with it.
	nerByFirst map[rune][]*listName
)

func parseNERNames(s string) ([]listName, error) {
	var out []listName
	for n, line := range strings.Split(s, "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || line[0] == '#' {
			continue
		}
		typ, name, ok := strings.Cut(line, "\t")
		if !ok || (typ != "EVENT" && typ != "PRODUCT" && typ != "ORG") || len(strings.Fields(name)) == 0 {
			return nil, fmt.Errorf("lang/pl/data/ner-names.tsv:%d: want EVENT, PRODUCT or ORG, a tab and a name", n+1)
		}
		ln := listName{typ: typ, words: strings.Fields(name)}
		r, _ := utf8.DecodeRuneInString(ln.words[0])
		ln.first, ln.upper = unicode.ToLower(r), unicode.IsUpper(r)
		for _, w := range ln.words {
			ln.match = append(ln.match, newListWord(w))
		}
		out = append(out, ln)
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i].words) > len(out[j].words) })
	return out, nil
}

func loadNERNames() []listName {
	nerNamesOnce.Do(func() {
		l, err := parseNERNames(nerNamesData)
		if err != nil {
			panic(err)
		}
		nerNames = l
		nerByFirst = indexByFirst(l)
	})
	return nerNames
}

// indexByFirst groups names by their first letter in lower case, keeping
// their order within each group.
func indexByFirst(names []listName) map[rune][]*listName {
	idx := make(map[rune][]*listName)
	for n := range names {
		ln := &names[n]
		idx[ln.first] = append(idx[ln.first], ln)
	}
	return idx
}

// wordMatches reports whether a token's form matches a word of a list name.
func wordMatches(form, word string) bool {
	lw := newListWord(word)
	return lw.matches(form)
}

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// matchList returns the end of the longest list name starting at token i,
// and the name; end 0 when none.
func matchList(d *doc.Document, tokens []doc.Token, i int) (int, *listName) {
	loadNERNames()
	form := d.Form(tokens[i].Span)
	r, _ := utf8.DecodeRuneInString(form)
	upper, first := unicode.IsUpper(r), unicode.ToLower(r)
	for _, ln := range nerByFirst[first] {
		if i+len(ln.words) > len(tokens) || ln.upper && !upper {
			continue
		}
		ok := true
		for k := range ln.match {
			if !ln.match[k].matches(d.Form(tokens[i+k].Span)) {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		end := i + len(ln.words)
		// A number after a product is part of its name: Nord Stream 2,
		// Nord Stream-2.
		if ln.typ == "PRODUCT" {
			if end < len(tokens) && allDigits(d.Form(tokens[end].Span)) {
				end++
			} else if end+1 < len(tokens) && d.Form(tokens[end].Span) == "-" && allDigits(d.Form(tokens[end+1].Span)) {
				end += 2
			}
		}
		return end, ln
	}
	return 0, nil
}

// isExitWord reports whether a word is made like "Brexit": a few letters
// and "exit", declined (Brexitu, Brexicie).
func isExitWord(form string) bool { return exitStem(form) != "" }

// exitStem returns the letters of an "-exit" word before "exit" as
// written ("Br" of "Brexicie"), or "".
func exitStem(form string) string {
	if !strings.Contains(form, "exi") && !strings.Contains(form, "EXI") {
		return ""
	}
	f := strings.ToLower(form)
	k := strings.Index(f, "exi")
	if k < 1 || k > 6 || len(f) != len(form) {
		return ""
	}
	for _, r := range f[:k] {
		if !unicode.IsLetter(r) {
			return ""
		}
	}
	// The declension of "exit" is a closed set of six endings inside this
	// rule, not a list to extend, so it stays code.
	switch f[k:] {
	case "exit", "exitu", "exitem", "exitowi", "exicie", "exity", "exitów":
		return form[:k]
	}
	return ""
}

// ruleNameLemma returns the base form of a name the rules found: the list's
// form (and the number after a product's name), or the "-exit" word's
// nominative; "" for other names.
func ruleNameLemma(d *doc.Document, toks []doc.Token) string {
	if len(toks) == 1 {
		if stem := exitStem(d.Form(toks[0].Span)); stem != "" {
			// A name: "brexitu" has the base form "Brexit".
			r, n := utf8.DecodeRuneInString(stem)
			return string(unicode.ToUpper(r)) + stem[n:] + "exit"
		}
	}
	end, ln := matchList(d, toks, 0)
	if end != len(toks) {
		return ""
	}
	name := strings.Join(ln.words, " ")
	// "Nord Stream-2" as one token keeps its number.
	if last := d.Form(toks[len(ln.words)-1].Span); strings.Contains(last, "-") && !strings.Contains(ln.words[len(ln.words)-1], "-") {
		name += last[strings.Index(last, "-"):]
	}
	if rest := len(ln.words); rest < end {
		sep := " "
		if !toks[rest-1].SpaceAfter {
			sep = ""
		}
		name += sep + d.Text[toks[rest].Start:toks[end-1].End]
	}
	return name
}

// Lemmas of the name rules, from data/ner-words.tsv: eventHeads name
// happenings (a multi-word name headed by one is an event), productCues
// made objects (the name right after one is a product), documentHeads
// documents, which are products ("Traktat Lizboński", "Konstytucja RP").
var (
	eventHeads    = nerWords.Words("event-head")
	eventCues     = nerWords.Words("event-cue")
	productCues   = nerWords.Words("product-cue")
	documentHeads = nerWords.Words("document-head")
)

// headedName finds a name that starts inside a sentence with a capitalised
// event or document noun followed by capitalised words, a name of the
// model or one adjective ("Mistrzostwa Europy", "Powstanie Styczniowe",
// "Traktat lizboński"), and returns its end and type; end 0 when none.
func headedName(d *doc.Document, tokens []doc.Token, i int, names []lang.NameSpan) (int, string) {
	if !isTitle(d.Form(tokens[i].Span)) {
		return 0, ""
	}
	if i == 0 {
		return initialHeadedName(d, tokens, names)
	}
	typ := ""
	switch {
	case lemmaIn(d, &tokens[i], eventHeads):
		typ = "EVENT"
	case lemmaIn(d, &tokens[i], documentHeads):
		typ = "PRODUCT"
	default:
		return 0, ""
	}
	j := i + 1
	for j < len(tokens) {
		if k := nameAt(names, j); k >= 0 {
			j = names[k].End
			continue
		}
		f := d.Form(tokens[j].Span)
		if tokens[j].Kind == doc.Word && isTitle(f) || j > i+1 && allDigits(f) {
			j++
			continue
		}
		break
	}
	if j == i+1 && j < len(tokens) && tokens[j].UPOS == "ADJ" {
		j++
	}
	if j == i+1 {
		return 0, ""
	}
	return j, typ
}

// initialHeadedName is headedName at a sentence's start, where the
// capital of the noun says nothing: the name is the noun and a person's
// name the model found right after it ("Plan Marshalla", "Operacja
// Barbarossa") or capitalised words that no name of the model covers
// ("Powódź Tysiąclecia"); a place or an organisation after the noun is
// its complement ("Wojna Rosji z Ukrainą", "Szczyt NATO"), not a name.
func initialHeadedName(d *doc.Document, tokens []doc.Token, names []lang.NameSpan) (int, string) {
	typ := ""
	switch {
	case lemmaIn(d, &tokens[0], eventHeads), lemmaIn(d, &tokens[0], eventCues):
		typ = "EVENT"
	case lemmaIn(d, &tokens[0], documentHeads):
		typ = "PRODUCT"
	default:
		return 0, ""
	}
	if len(tokens) < 2 {
		return 0, ""
	}
	if end, _ := matchList(d, tokens, 1); end > 0 {
		return 0, "" // "Epidemia COVID-19": the listed name alone
	}
	if k := nameAt(names, 1); k >= 0 {
		if t := names[k].Type; t != "PERSON" && t != "EVENT" {
			return 0, ""
		}
		return names[k].End, typ
	}
	j := 1
	for j < len(tokens) && tokens[j].Kind == doc.Word && isTitle(d.Form(tokens[j].Span)) && !inName(names, j) {
		j++
	}
	if j == 1 {
		return 0, ""
	}
	return j, typ
}

// inName reports whether token i is inside a name.
func inName(names []lang.NameSpan, i int) bool {
	for _, s := range names {
		if s.Start <= i && i < s.End {
			return true
		}
	}
	return false
}

// quotedName finds a name in quotation marks after an event or document
// noun, in either case: "operacja „Burza Pustyni”", "plan „Ład”": the
// quoted words, from a capitalised first word to the closing mark, typed
// by the noun; end 0 when none.
func quotedName(d *doc.Document, tokens []doc.Token, i int) (start, end int, typ string) {
	// The quotation mark and the capital first: they rule out almost
	// every token at the cost of a comparison, the head lists at a scan.
	if i+2 >= len(tokens) || !textutil.OpeningQuote(d.Form(tokens[i+1].Span)) || !isTitle(d.Form(tokens[i+2].Span)) {
		return 0, 0, ""
	}
	switch {
	case lemmaIn(d, &tokens[i], eventHeads):
		typ = "EVENT"
	case lemmaIn(d, &tokens[i], documentHeads):
		typ = "PRODUCT"
	default:
		return 0, 0, ""
	}
	for j := i + 2; j < len(tokens) && j < i+10; j++ {
		switch f := d.Form(tokens[j].Span); {
		case textutil.ClosingQuote(f):
			if j == i+2 {
				return 0, 0, ""
			}
			return i + 2, j, typ
		case f == "." || f == "!" || f == "?":
			return 0, 0, ""
		}
	}
	return 0, 0, ""
}

// nameAt returns the index of the name starting at token i, or -1.
func nameAt(names []lang.NameSpan, i int) int {
	for k := range names {
		if names[k].Start == i {
			return k
		}
	}
	return -1
}

// lemmaIn reports whether a token's lemma or form is one of lemmas,
// ignoring case (the form for nouns the analyzer reads otherwise:
// "Powstanie" as a gerund of "powstać").
func lemmaIn(d *doc.Document, t *doc.Token, lemmas []string) bool {
	f := d.Form(t.Span)
	for _, x := range lemmas {
		// Polish letters keep their length in either case: compare only
		// strings of the same length.
		if len(t.Lemma) == len(x) && strings.EqualFold(t.Lemma, x) || len(f) == len(x) && strings.EqualFold(f, x) {
			return true
		}
	}
	return false
}

// firstNoun returns the first noun of tokens [start, end), or start when
// there is none: the head of "II wojna światowa", "Muzeum Powstania".
func firstNoun(tokens []doc.Token, start, end int) int {
	for i := start; i < end; i++ {
		if u := tokens[i].UPOS; u == "NOUN" || u == "PROPN" {
			return i
		}
	}
	return start
}

// applyNameRules adds the rules' EVENT and PRODUCT names to the model's
// names (in order, without overlaps) and returns the result.
func applyNameRules(d *doc.Document, tokens []doc.Token, names []lang.NameSpan) []lang.NameSpan {
	// Retype the model's names first.
	for k := range names {
		s := &names[k]
		if s.Type == "NORP" {
			continue
		}
		if s.End-s.Start >= 2 && lemmaIn(d, &tokens[firstNoun(tokens, s.Start, s.End)], eventHeads) {
			s.Type = "EVENT"
		}
		if s.Start > 0 && lemmaIn(d, &tokens[s.Start-1], productCues) && s.Type != "PERSON" && s.Type != "EVENT" {
			s.Type = "PRODUCT"
		}
		if s.Start > 0 && s.Type == "PERSON" && lemmaIn(d, &tokens[s.Start-1], eventCues) {
			// "huragan Katrina", "operacja Barbarossa"
			s.Type = "EVENT"
		}
		if s.Start == 0 && s.End-s.Start >= 2 && peopleNoun(d, &tokens[0]) {
			// "Bojownicy Państwa Islamskiego": a plural noun for people
			// that opens the sentence is no part of the name after it.
			s.Start = 1
		}
		if s.Type == "PERSON" && s.End-s.Start == 1 && lang.KnownPlace != nil && lang.KnownPlace(tokens[s.Start].Lemma) &&
			!dictionaryMan(d.Form(tokens[s.Start].Span)) {
			// one word the model took for a person that the gazetteer
			// knows as a state, a province or a city of 100,000 people:
			// "Rosyjskie wojska ostrzelały Chersoń"; not a form the
			// dictionary knows as a man's ("Stalina", once a city's name;
			// "Kamil", "Wajda")
			s.Type = "GPE"
		}
		if s.Type == "PERSON" && s.Start == 1 && interrogativeName(d, &tokens[0]) {
			// "Kim Dzong Un podkreślił": a sentence does not open with the
			// interrogative "kim" before a name; it is the name's first word.
			s.Start = 0
		}
	}
	names = splitPlaceBeforePerson(d, tokens, names)
	names = joinParticleNames(d, tokens, names)
	var rules []lang.NameSpan
	for i := 0; i < len(tokens); i++ {
		if tokens[i].Kind != doc.Word {
			continue
		}
		if end := knownPlaceRun(d, tokens, i, names); end > 0 {
			rules = append(rules, lang.NameSpan{Start: i, End: end, Type: "GPE"})
			i = end - 1
			continue
		}
		if end, ln := matchList(d, tokens, i); end > 0 {
			rules = append(rules, lang.NameSpan{Start: i, End: end, Type: ln.typ})
			i = end - 1
			continue
		}
		if isExitWord(d.Form(tokens[i].Span)) {
			rules = append(rules, lang.NameSpan{Start: i, End: i + 1, Type: "EVENT"})
			continue
		}
		if start, end, typ := quotedName(d, tokens, i); end > 0 {
			rules = append(rules, lang.NameSpan{Start: start, End: end, Type: typ})
			i = end - 1
			continue
		}
		if end, typ := headedName(d, tokens, i, names); end > 0 {
			rules = append(rules, lang.NameSpan{Start: i, End: end, Type: typ})
			i = end - 1
		}
	}
	if len(rules) == 0 {
		return names
	}
	out := make([]lang.NameSpan, 0, len(names)+len(rules))
	for _, s := range names {
		overlapped := false
		for _, r := range rules {
			if s.Start < r.End && r.Start < s.End {
				overlapped = true
				break
			}
		}
		if !overlapped {
			out = append(out, s)
		}
	}
	out = append(out, rules...)
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// splitPlaceBeforePerson splits a person's name of three words or more
// whose first word is a place the gazetteer knows (lang.KnownPlace) and
// not a man's form into that place and the person: "gubernator Teksasu
// Greg Abbott", "gubernator stanu Ohio Mike DeWine".
func splitPlaceBeforePerson(d *doc.Document, tokens []doc.Token, names []lang.NameSpan) []lang.NameSpan {
	if lang.KnownPlace == nil {
		return names
	}
	for k := 0; k < len(names); k++ {
		s := names[k]
		if s.Type != "PERSON" || s.End-s.Start < 3 || strings.Contains(tokens[s.Start].Feats, "Animacy=Hum") {
			continue
		}
		// the person after the place: two words or more, no initials
		// ("Ewa S." is one person)
		rest := 0
		for _, t := range tokens[s.Start+1 : s.End] {
			if t.Kind != doc.Word || utf8.RuneCountInString(d.Form(t.Span)) < 2 {
				rest = -1
				break
			}
			rest++
		}
		if rest < 2 {
			continue
		}
		if !lang.KnownPlace(LemmatizeName([]string{d.Form(tokens[s.Start].Span)})) {
			continue
		}
		names = slices.Insert(names, k, lang.NameSpan{Start: s.Start, End: s.Start + 1, Type: "GPE"})
		names[k+1].Start++
		k++
	}
	return names
}

// dictionaryMan reports whether the dictionary reads a form as a noun of
// a man (m1), as it reads men's names and surnames; guessed readings of
// unknown words do not count.
func dictionaryMan(form string) bool {
	rs, _ := Dictionary().Lookup([]byte(form), nil, nil)
	for _, r := range rs {
		for _, tr := range expandTag(r.Tag) {
			if tr.m.Class == "subst" && tr.m.Vals[Gender] == "m1" {
				return true
			}
		}
	}
	return false
}

// knownPlaceRun returns the end of the longest run of two to four
// capitalised words from token i that the gazetteer knows, in its base
// form, as a state, a province or a city of 100,000 people
// (lang.KnownPlace) and that the model left out or read as a nationality
// word: "Zjednoczonego Królestwa", "Republika Czeska"; 0 when none. A run
// that overlaps another name the model found is left to the model ("Partia
// Pracy Wielkiej Brytanii").
func knownPlaceRun(d *doc.Document, tokens []doc.Token, i int, names []lang.NameSpan) int {
	if lang.KnownPlace == nil {
		return 0
	}
	end := i
	for end < len(tokens) && end-i < 4 && capitalWord(d, &tokens[end]) {
		end++
	}
	for ; end-i >= 2; end-- {
		free := true
		for _, s := range names {
			if s.Start < end && i < s.End && s.Type != "NORP" || s.Type == "NORP" && (s.Start < i && i < s.End || s.Start < end && end < s.End) {
				free = false
				break
			}
		}
		if !free {
			continue
		}
		words := make([]string, 0, end-i)
		for _, t := range tokens[i:end] {
			words = append(words, d.Form(t.Span))
		}
		if lang.KnownPlace(LemmatizeName(words)) {
			return end
		}
	}
	return 0
}

// capitalWord reports a word token written with a capital first.
func capitalWord(d *doc.Document, t *doc.Token) bool {
	r, _ := utf8.DecodeRuneInString(d.Form(t.Span))
	return t.Kind == doc.Word && unicode.IsUpper(r)
}

// interrogativeName reports a capitalised word that the tagger read as an
// interrogative pronoun ("Kim": whom), which before a person's name at the
// start of a sentence is part of the name.
func interrogativeName(d *doc.Document, t *doc.Token) bool {
	r, _ := utf8.DecodeRuneInString(d.Form(t.Span))
	return t.Kind == doc.Word && unicode.IsUpper(r) && t.UPOS == "PRON" && (t.Lemma == "kto" || t.Lemma == "co")
}

// peopleNoun reports a common noun for a group of people in the plural
// ("Bojownicy", "Mieszkańcy"), capitalised only because it opens the
// sentence.
func peopleNoun(d *doc.Document, t *doc.Token) bool {
	r, _ := utf8.DecodeRuneInString(t.Lemma)
	return t.UPOS == "NOUN" && unicode.IsLower(r) && strings.Contains(t.Feats, "Animacy=Hum") && strings.Contains(t.Feats, "Number=Plur")
}

// joinParticleNames joins a person's name, the lower-case particles of a
// foreign name after it (data/names.tsv: "von der", "bin", "de") and the
// capitalised word or name after them into one person: "Ursulą von der
// Leyen", "Osamy bin Ladena", where the model ends the name before the
// particle. Particles that are also Polish words ("da" gives, "ten") do
// not join.
func joinParticleNames(d *doc.Document, tokens []doc.Token, names []lang.NameSpan) []lang.NameSpan {
	for k := 0; k < len(names); k++ {
		s := &names[k]
		if s.Type != "PERSON" {
			continue
		}
		j := s.End
		for j < len(tokens) && j-s.End < 3 && tokens[j].Kind == doc.Word && joiningParticle(d.Form(tokens[j].Span)) &&
			(j == s.End || tokens[j-1].SpaceAfter) {
			j++
		}
		if j == s.End || j >= len(tokens) || !tokens[j-1].SpaceAfter || !capitalWord(d, &tokens[j]) {
			continue
		}
		end := j + 1
		drop := -1
		if k+1 < len(names) && names[k+1].Start == j {
			if t := names[k+1].Type; t != "PERSON" && t != "GPE" && t != "LOC" {
				continue
			}
			end, drop = names[k+1].End, k+1
		} else if k+1 < len(names) && names[k+1].Start < end {
			continue
		}
		s.End = end
		if drop >= 0 {
			names = append(names[:drop], names[drop+1:]...)
		}
	}
	return names
}

// joiningParticle reports whether a word is a particle of foreign names
// that is no Polish word.
func joiningParticle(w string) bool {
	switch w {
	case "da", "ten", "la", "le", "des":
		return false
	}
	return nameParticles[w]
}
