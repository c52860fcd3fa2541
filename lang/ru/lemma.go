package ru

import (
	_ "embed"
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/internal/textutil"
	"github.com/kronika/kronika/lang"
)

// Russian names are put in their base form by suffix rules: a case ending
// is replaced by the nominative endings it may come from ("Путина" →
// "Путин", "России" → "Россия", "Северную Ирландию" → "Северная
// Ирландия"). When an ending allows several base forms, the one the word
// lists know wins, then one the document itself writes as a word of its
// own ("Джонсона" → "Джонсон" when the text also says "Джонсон"), then the
// commonest reading of the ending.

// gender of a noun or name, as far as it is known.
type gender uint8

const (
	anyGender gender = iota
	masc
	fem
	neut
)

// ending is a case ending and the nominative endings it may come from, the
// most likely first.
type ending struct {
	end  string
	noms []string
}

// The endings, from data/name-endings.tsv (its top describes them):
// mascEndings of masculine (and neuter) nouns and names and femEndings of
// feminine ones, longest first, each with the nominative endings it may
// come from (an empty one strips the case ending: "Лондона" → "Лондон";
// "=" keeps the word); adjEndings of adjectives, whose nominative is chosen
// by gender (adjNom), softAdj those of soft stems ("Верхнего"); ojStems
// the adjective stems with a stressed "-ой"; and the prepositions that
// tell a single noun's case (byPreposition).
var (
	mascEndings, femEndings   []ending
	lookupEndings             []ending // for the actor base (actors.go)
	adjEndings                []string
	softAdj                   = map[string]bool{}
	ojStems                   map[string]bool
	prepAcc, prepDat, prepGen map[string]bool
)

//go:embed data/name-endings.tsv
var nameEndingsData string

func init() {
	const file = "lang/ru/data/name-endings.tsv"
	l, err := lang.ParseLists(file, nameEndingsData, map[string]int{
		"masc": 2, "fem": 2, "lookup": 2, "adj": 2, "oj-stem": 1, "prep-acc": 1, "prep-dat": 1, "prep-gen": 1,
	})
	if err != nil {
		panic(err) // the package's tests read the same file
	}
	rules := func(list string) []ending {
		var out []ending
		for _, r := range l[list] {
			e := ending{end: r.Fields[0], noms: strings.Fields(r.Fields[1])}
			for i, n := range e.noms {
				if n == "-" {
					e.noms[i] = ""
				}
			}
			out = append(out, e)
		}
		return out
	}
	mascEndings, femEndings, lookupEndings = rules("masc"), rules("fem"), rules("lookup")
	for _, r := range l["adj"] {
		switch r.Fields[1] {
		case "soft":
			softAdj[r.Fields[0]] = true
		case "hard":
		default:
			panic(fmt.Sprintf("%s:%d: want hard or soft, got %q", file, r.Line, r.Fields[1]))
		}
		adjEndings = append(adjEndings, r.Fields[0])
	}
	ojStems = l.Set("oj-stem")
	prepAcc, prepDat, prepGen = l.Set("prep-acc"), l.Set("prep-dat"), l.Set("prep-gen")
}

// adjEnding returns the adjective ending of a lower-case word, or "".
// Only words of four letters or more before the ending count.
func adjEnding(lw string) string {
	for _, e := range adjEndings {
		if strings.HasSuffix(lw, e) && utf8.RuneCountInString(lw)-utf8.RuneCountInString(e) >= 3 {
			switch e {
			case "ом", "ем", "им", "ой", "ей":
				// Also noun endings ("Хадим", "Хафизом", "Захаровой"):
				// an adjective's stem ends in a suffix consonant
				// ("Северном", "Британским", "Российской").
				stem := lw[:len(lw)-len(e)]
				if r := lastRune(stem); !strings.ContainsRune("нкгхжшчщ", r) && !stressedOj(stem) {
					return ""
				}
			}
			return e
		}
	}
	return ""
}

// caseGroup groups the adjective endings of one case, number and gender.
// It, adjGender and plural are the adjective declension itself (grammar the
// rules are written in, not a list to extend), so they stay code.
func caseGroup(e string) int {
	switch e {
	case "ого", "его":
		return 1
	case "ому", "ему":
		return 2
	case "ым", "им":
		return 3
	case "ом", "ем":
		return 4
	case "ой", "ей":
		return 5
	case "ую", "юю":
		return 6
	case "ые", "ие":
		return 7
	case "ых", "их":
		return 8
	case "ыми", "ими":
		return 9
	}
	return 0 // nominative singular
}

// adjGender tells the gender an adjective ending shows, anyGender for the
// masculine-or-neuter oblique cases and the plural.
func adjGender(e string) gender {
	switch e {
	case "ая", "яя", "ую", "юю", "ой", "ей":
		return fem
	case "ый", "ий":
		return masc
	case "ое", "ее":
		return neut
	}
	return anyGender
}

// plural reports whether an adjective ending is plural.
func plural(e string) bool {
	switch e {
	case "ые", "ие", "ых", "их", "ыми", "ими":
		return true
	}
	return false
}

// adjNom puts an adjective (the word w, with its ending e) in the
// nominative of gender g.
func adjNom(w, e string, g gender) string {
	stem := w[:len(w)-len(e)]
	soft := softAdj[e] || velar(lastRune(stem))
	if plural(e) {
		if soft {
			return stem + "ие"
		}
		return stem + "ые"
	}
	switch g {
	case fem:
		if softAdj[e] && !velar(lastRune(stem)) && !sibilant(lastRune(stem)) {
			return stem + "яя"
		}
		return stem + "ая"
	case neut:
		if softAdj[e] {
			return stem + "ее"
		}
		return stem + "ое"
	}
	if e == "ой" || stressedOj(stem) {
		return stem + "ой"
	}
	if soft {
		return stem + "ий"
	}
	return stem + "ый"
}

// stressedOj reports whether a masculine adjective stem takes a stressed
// "-ой" in the nominative: a short list of the common ones in names.
func stressedOj(stem string) bool {
	return ojStems[strings.ToLower(stem)]
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.ToLower(r)
}

func velar(r rune) bool { return r == 'к' || r == 'г' || r == 'х' }

func sibilant(r rune) bool { return r == 'ж' || r == 'ш' || r == 'ч' || r == 'щ' || r == 'ц' }

func isVowel(r rune) bool {
	return strings.ContainsRune("аеёиоуыэюяaeiouy", unicode.ToLower(r))
}

// cyrillic reports whether w has a Cyrillic letter.
func cyrillic(w string) bool {
	for _, r := range w {
		if unicode.Is(unicode.Cyrillic, r) {
			return true
		}
	}
	return false
}

// nounCands returns the possible nominatives of one word of a name, the
// word itself among them, most likely first for gender g. Words that are
// not Cyrillic, acronyms and short words are returned as they are, but an
// acronym with a case ending loses it ("МИДа" → "МИД").
func nounCands(w string, g gender) []string {
	if strings.ContainsAny(w, "0123456789") || !cyrillic(w) {
		return []string{w}
	}
	// "Франкфурте-на-Майне": the first part inflects.
	if k := strings.Index(w, "-на-"); k > 0 {
		var out []string
		for _, c := range nounCands(w[:k], g) {
			out = append(out, c+w[k:])
		}
		return out
	}
	// Hyphenated: only the last part inflects ("Нью-Йорка", "Ла-Манша").
	if k := strings.LastIndexByte(w, '-'); k > 0 && k+1 < len(w) {
		var out []string
		for _, c := range nounCands(w[k+1:], g) {
			out = append(out, w[:k+1]+c)
		}
		return out
	}
	if a, ok := inflectedAcronym(w); ok {
		return []string{a}
	}
	if textutil.UpperCount(w) > 1 || utf8.RuneCountInString(w) < 3 {
		return []string{w}
	}
	lw := strings.ToLower(w)
	var out []string
	add := func(s string) {
		for _, o := range out {
			if o == s {
				return
			}
		}
		out = append(out, s)
	}
	// "-ия" and "-ие" are nominatives of their own.
	if strings.HasSuffix(lw, "ия") && g != masc {
		add(w)
	}
	apply := func(list []ending) {
		for _, e := range list {
			if !strings.HasSuffix(lw, e.end) || utf8.RuneCountInString(lw)-utf8.RuneCountInString(e.end) < 3 {
				continue
			}
			stem := w[:len(w)-len(e.end)]
			last := lastRune(stem)
			for _, n := range e.noms {
				switch {
				case e.end == "ым" && !surnameStem(stem):
					continue
				case n == "й" && !isVowel(last), n == "ь" && isVowel(last):
					continue
				case n == "" && isVowel(last):
					continue
				case e.end == "и" && n == "а" && !velar(last) && !sibilant(last):
					continue
				case e.end == "и" && n == "я" && !isVowel(last):
					continue
				case e.end == "е" && n == "я" && !isVowel(last):
					continue
				case e.end == "ей" && n == "а" && !sibilant(last):
					continue
				case e.end == "ей" && n == "я" && !isVowel(last) && !sibilant(last):
					// "Марией", "Кореей": after a vowel; "Ниццей" aside.
					continue
				}
				if n == "=" {
					add(w)
				} else {
					add(stem + n)
				}
			}
			break
		}
	}
	if stem := strings.TrimRight(lw, "аоуеы"); strings.HasSuffix(stem, "ств") && g != fem {
		// "Содружества", "правительству": neuter nouns in "-ство".
		add(w[:len(w)-(len(lw)-len(stem))] + "о")
	}
	switch {
	case g == fem:
		apply(femEndings)
	case g == masc || g == neut:
		apply(mascEndings)
	case strings.HasSuffix(lw, "ии") || strings.HasSuffix(lw, "ию") || strings.HasSuffix(lw, "ией") || strings.HasSuffix(lw, "ьи"):
		apply(femEndings)
		apply(mascEndings)
	default:
		apply(mascEndings)
		apply(femEndings)
	}
	add(w)
	return out
}

// surnameStem reports whether a stem ends like a Russian possessive
// surname or place name ("Путин", "Иванов", "Пушкин"). The five suffixes
// are the possessive suffix itself, grammar inside this rule, so they stay
// code; so do the endings of the other rules below (acronym endings,
// plural and surname endings), each a handful tied to its rule.
func surnameStem(s string) bool {
	ls := strings.ToLower(s)
	for _, e := range []string{"ин", "ын", "ов", "ев", "ёв"} {
		if strings.HasSuffix(ls, e) {
			return true
		}
	}
	return false
}

// inflectedAcronym splits a case ending off an acronym: "МИДа" → "МИД",
// "НАТО" is not one.
func inflectedAcronym(w string) (string, bool) {
	upper, i := 0, 0
	for k, r := range w {
		if !unicode.IsUpper(r) {
			i = k
			break
		}
		upper++
		i = len(w)
	}
	if upper < 2 || i == len(w) {
		return "", false
	}
	rest := w[i:]
	switch rest {
	case "а", "у", "ом", "е", "ой", "ы", "ом-2":
		return w[:i], true
	}
	return "", false
}

// nameLemma is the base form of a Russian name made of toks, found as an
// entity of type typ: the words of a person's name each in the
// nominative, of an organisation or place the adjectives and the head noun
// (what follows the head, a complement in the genitive, is kept:
// "Верховного суда Пакистана" → "Верховный суд Пакистана"). Quotation
// marks and punctuation are kept as written.
func nameLemma(d *doc.Document, toks []doc.Token, typ string) string {
	ws := make([]string, len(toks))
	for i, t := range toks {
		ws[i] = d.Text[t.Start:t.End]
	}
	if typ == "NORP" && len(toks) == 1 {
		return nationalityLemma(ws[0])
	}
	var out []string
	switch {
	case typ == "PERSON":
		out = personLemma(d, toks, ws)
	case typ == "EVENT" && nerData().cue(strings.ToLower(prevWord(d, toks))) == "EVENT":
		// "урагана «Катрина»", "операции Барбаросса": the name stands
		// beside its noun as written.
		out = ws
	default:
		out = phraseLemma(d, ws, prevWord(d, toks))
	}
	var b strings.Builder
	for i := range toks {
		if i > 0 && toks[i-1].SpaceAfter {
			b.WriteByte(' ')
		}
		b.WriteString(out[i])
	}
	return b.String()
}

// nationalityLemma is the dictionary form of a nationality adjective, the
// masculine singular nominative in lower case ("Британские",
// "российских" → "британский", "российский"); other words are only
// lower-cased.
func nationalityLemma(w string) string {
	lower := strings.ToLower(w)
	e := adjEnding(lower)
	if e == "" {
		return lower
	}
	stem := lower[:len(lower)-len(e)]
	switch {
	case stressedOj(stem):
		return stem + "ой"
	case softAdj[e] || velar(lastRune(stem)):
		return stem + "ий"
	}
	return stem + "ый"
}

// prevWord returns the lower-case word just before toks in d, or "".
func prevWord(d *doc.Document, toks []doc.Token) string {
	if len(toks) == 0 {
		return ""
	}
	start := toks[0].Start
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(d.Text[:start])
		if !unicode.IsSpace(r) && !strings.ContainsRune(textutil.OpeningQuotes, r) {
			break
		}
		start -= n
	}
	end := start
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(d.Text[:start])
		if !unicode.IsLetter(r) && r != '-' {
			break
		}
		start -= n
	}
	return strings.ToLower(d.Text[start:end])
}

// word reports whether s is a word (letters, maybe hyphens).
func word(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// pick chooses among candidate base forms of the word self: one the lists
// know, then one the document writes as a word (other than self), then
// the first.
func pick(d *doc.Document, self string, cands []string, known func(string) bool) string {
	if len(cands) == 0 {
		return ""
	}
	for _, c := range cands {
		if known != nil && known(strings.ToLower(c)) {
			return c
		}
	}
	if d != nil {
		p := docProfile(d)
		for _, c := range cands {
			if c != self && p.capital(strings.ToLower(c)) > 0 {
				return c
			}
		}
	}
	return cands[0]
}

// personLemma puts the words of a person's name in the nominative. The
// gender comes from a known given name, else from the endings.
func personLemma(d *doc.Document, toks []doc.Token, ws []string) []string {
	L := nerData()
	g := anyGender
	var words []int // indexes of the Cyrillic words
	for i, w := range ws {
		if word(w) && cyrillic(w) && !particle(w) {
			words = append(words, i)
		}
	}
	out := append([]string(nil), ws...)
	if len(words) == 0 {
		return out
	}
	first := ws[words[0]]
	nominative := false
	if gg, ok := L.given[strings.ToLower(first)]; ok {
		// A given name as written: the whole name is in the nominative
		// ("Вольфганг Бюхеле").
		g, nominative = gg, len(words) > 1
	} else {
		if gn := givenBase(first, L); gn != "" {
			g = L.given[strings.ToLower(gn)]
		}
	}
	if nominative {
		return out
	}
	if g == anyGender {
		g = subjectGender(d, toks)
	}
	if g == anyGender && len(words) == 2 && femininePair(d, ws[words[0]], ws[words[1]]) {
		// "Алена Новакова": an unknown first name in "-а", "-я" before
		// a feminine surname in the nominative.
		return out
	}
	// A last word ending in a consonant is a nominative or a name that
	// does not inflect ("Суэллы Браверман"); a first word of unknown
	// gender in "-а", "-я" before it is a feminine nominative.
	lastW := strings.ToLower(ws[words[len(words)-1]])
	instr := strings.HasSuffix(lastW, "ом") || strings.HasSuffix(lastW, "ем") || strings.HasSuffix(lastW, "ём") || strings.HasSuffix(lastW, "ым") || strings.HasSuffix(lastW, "им")
	if r := lastRune(lastW); len(words) > 1 && g != masc && !instr && !isVowel(r) && r != 'й' && r != 'ь' {
		words = words[:len(words)-1]
		if g == anyGender && (strings.HasSuffix(strings.ToLower(first), "а") || strings.HasSuffix(strings.ToLower(first), "я")) {
			return out
		}
		if g == anyGender {
			g = fem
		}
	}
	for _, i := range words {
		w := ws[i]
		lw := strings.ToLower(w)
		if _, ok := L.given[lw]; ok {
			continue
		}
		if i == words[0] {
			if gn := givenBase(w, L); gn != "" {
				out[i] = gn
				continue
			}
		}
		gw := g
		if gw == anyGender {
			gw = surnameGender(lw)
		}
		// Feminine surnames: "-овой", "-ской" → "-ова", "-ская".
		if gw != masc {
			if e := adjEnding(lw); e != "" && (strings.HasSuffix(lw, "ской") || strings.HasSuffix(lw, "цкой") || strings.HasSuffix(lw, "ская") || strings.HasSuffix(lw, "скую")) {
				out[i] = adjNom(w, e, fem)
				continue
			}
		}
		if gw != fem {
			if strings.HasSuffix(lw, "ского") || strings.HasSuffix(lw, "скому") || strings.HasSuffix(lw, "ским") || strings.HasSuffix(lw, "цкого") || strings.HasSuffix(lw, "цкому") || strings.HasSuffix(lw, "цким") {
				out[i] = adjNom(w, adjEnding(lw), masc)
				continue
			}
		}
		cands := nounCands(w, gw)
		switch {
		case gw == anyGender && strings.HasSuffix(lw, "а") && surnameStem(strings.TrimSuffix(lw, "а")):
			// "Захарова" is feminine where the text also writes
			// "Захаровой" or "Мария Захарова", else the genitive of
			// "Захаров".
			stem := strings.TrimSuffix(lw, "а")
			if p := docProfile(d); p.capital(stem+"ой") > 0 || p.capital(stem+"ою") > 0 || afterWomansName(d, lw) {
				cands = []string{w}
			}
		case gw != fem && (strings.HasSuffix(lw, "е") || strings.HasSuffix(lw, "и")):
			// "Барнье", "Бюхеле" do not inflect; "о Джонсоне" is
			// rare in news.
			cands = append([]string{w}, cands...)
		}
		out[i] = pick(d, w, cands, func(s string) bool { _, ok := L.given[s]; return ok })
	}
	return out
}

// givenBase returns the given name of the lists that the word w is a form
// of, spelled as w is, or "". Besides the readings of nounCands, a
// feminine name of a soft stem is tried ("Олеси", "Олесе", "Олесю",
// "Олесей" → "Олеся"), which nounCands leaves out after a consonant so as
// not to inflect "Сочи" or "Тбилиси".
func givenBase(w string, L *nerLists) string {
	if !cyrillic(w) {
		return ""
	}
	cands := nounCands(w, anyGender)
	lw := strings.ToLower(w)
	for _, e := range []string{"ей", "и", "е", "ю"} {
		if strings.HasSuffix(lw, e) {
			cands = append(cands, w[:len(w)-len(e)]+"я")
			break
		}
	}
	for _, c := range cands {
		if _, ok := L.given[strings.ToLower(c)]; ok {
			return c
		}
	}
	// A stem that loses its last vowel when the name inflects ("Павлом",
	// "Павла" → "Павел"; "Львом" → "Лев"): the vowel goes back between
	// the last two consonants, checked against the list.
	for _, c := range cands {
		if f := fleetingVowel(c, L); f != "" {
			return f
		}
	}
	return ""
}

// fleetingVowel returns the given name of the lists that a stem ending in
// two consonants is once a vowel (е, ё, о) is put back between them ("Павл"
// → "Павел", "Льв" → "Лев", the soft sign giving way to the vowel), or "".
func fleetingVowel(c string, L *nerLists) string {
	rs := []rune(c)
	n := len(rs)
	if n < 3 || isVowel(rs[n-1]) || isVowel(rs[n-2]) || rs[n-1] == 'ь' || rs[n-1] == 'й' {
		return ""
	}
	head, last := rs[:n-1], string(rs[n-1])
	if rs[n-2] == 'ь' {
		head = rs[:n-2]
	}
	for _, v := range []string{"е", "ё", "о"} {
		f := string(head) + v + last
		if _, ok := L.given[strings.ToLower(f)]; ok {
			return f
		}
	}
	return ""
}

// subjectGender tells the gender of a name that is the subject of a verb
// in the past tense right after it: "Новакова заявила" is a woman. The name counts as the subject only where it
// opens the sentence or a clause, or follows a title ("министр Новакова
// заявила"); in "позиция Новакова была ясна" the verb agrees with another
// noun. anyGender when nothing tells.
func subjectGender(d *doc.Document, toks []doc.Token) gender {
	if d == nil || len(toks) == 0 {
		return anyGender
	}
	first, last := tokenAt(d, toks[0].Start), tokenAt(d, toks[len(toks)-1].Start)
	if first < 0 || last < 0 {
		return anyGender
	}
	if first > 0 {
		pt := d.Tokens[first-1]
		pw := strings.ToLower(d.Text[pt.Start:pt.End])
		if pt.Kind == doc.Word && !clauseWord(pw) && !verbModifier(pw) && !nerData().titles.has(pw) {
			return anyGender
		}
	}
	for k := last + 1; k < len(d.Tokens) && k <= last+3; k++ {
		t := d.Tokens[k]
		w := d.Text[t.Start:t.End]
		if t.Kind != doc.Word || !cyrillic(w) || strings.ToLower(w) != w {
			return anyGender
		}
		if g := pastGender(w); g != anyGender || !verbModifier(w) {
			return g
		}
	}
	return anyGender
}

// tokenAt returns the index of the token of d that starts at offset at,
// -1 when none does (the tokens are in text order).
func tokenAt(d *doc.Document, at int) int {
	k := sort.Search(len(d.Tokens), func(k int) bool { return d.Tokens[k].Start >= at })
	if k < len(d.Tokens) && d.Tokens[k].Start == at {
		return k
	}
	return -1
}

// pastGender tells the gender a Russian verb in the past tense shows by
// its ending: "-ла", "-лась" (after a vowel) feminine; anyGender for other
// words. The masculine "-л" is left out: nouns end so too ("посол",
// "символ"), and a name before a masculine verb is read as it was anyway.
// The endings are the past-tense suffix itself, grammar inside the rule, so
// they stay code.
func pastGender(w string) gender {
	if utf8.RuneCountInString(w) < 4 {
		return anyGender
	}
	stem, ok := strings.CutSuffix(w, "ла")
	if !ok {
		stem, ok = strings.CutSuffix(w, "лась")
	}
	if r, _ := utf8.DecodeLastRuneInString(stem); ok && isVowel(r) {
		return fem
	}
	return anyGender
}

// clauseWord reports whether a word may open the clause whose subject
// follows it: a conjunction or a relative word.
func clauseWord(w string) bool {
	switch w {
	case "и", "а", "но", "что", "как", "когда", "где", "если", "хотя", "пока", "ведь", "однако":
		return true
	}
	return false
}

// verbModifier reports whether a word may stand between a subject and its
// verb without changing whose verb it is ("Новакова также заявила").
func verbModifier(w string) bool {
	switch w {
	case "не", "также", "тоже", "уже", "ранее", "позже", "вчера", "сегодня", "же", "лично", "вновь", "снова":
		return true
	}
	return false
}

// afterWomansName reports whether the document writes the lower-case
// surname lw right after a woman's given name in the nominative ("Мария
// Захарова"), which makes a lone "Захарова" elsewhere hers.
func afterWomansName(d *doc.Document, lw string) bool {
	if d == nil {
		return false
	}
	return docProfile(d).womensSurnames(d)[lw]
}

// womensSurnames returns the lower-case words d writes right after a
// woman's given name, found in one pass over its tokens at the first
// question (afterWomansName asks once per surname).
func (p *profile) womensSurnames(d *doc.Document) map[string]bool {
	p.womenOnce.Do(func() {
		L := nerData()
		p.women = map[string]bool{}
		for k := 1; k < len(d.Tokens); k++ {
			t, pt := d.Tokens[k], d.Tokens[k-1]
			if t.Kind != doc.Word || pt.Kind != doc.Word {
				continue
			}
			if g, ok := L.given[strings.ToLower(d.Text[pt.Start:pt.End])]; ok && g == fem {
				p.women[strings.ToLower(d.Text[t.Start:t.End])] = true
			}
		}
	})
	return p.women
}

// femininePair reports whether a first name in "-а", "-я" and a surname of
// the feminine possessive or adjective kind ("-ова", "-ева", "-ина",
// "-ская", "-цкая") are a woman's name in the nominative rather than a
// man's in the genitive: unless the document writes the masculine
// surname ("Новаков") or a masculine first name the first word would be the
// genitive of ("Нурсултан" for "Нурсултана") as a word of its own.
func femininePair(d *doc.Document, first, last string) bool {
	lf, ll := strings.ToLower(first), strings.ToLower(last)
	if !strings.HasSuffix(lf, "а") && !strings.HasSuffix(lf, "я") {
		return false
	}
	if d != nil {
		p := docProfile(d)
		for _, c := range nounCands(first, masc) {
			if lc := strings.ToLower(c); lc != lf && p.capital(lc) > 0 {
				return false
			}
		}
	}
	if strings.HasSuffix(ll, "ская") || strings.HasSuffix(ll, "цкая") {
		return true
	}
	stem, ok := strings.CutSuffix(ll, "а")
	if !ok || !surnameStem(stem) {
		return false
	}
	return d == nil || docProfile(d).capital(stem) == 0
}

// surnameGender guesses the gender of a person's name of unknown gender
// from its ending: "-овой", "-иной" are feminine.
func surnameGender(lw string) gender {
	for _, e := range []string{"овой", "евой", "иной", "ыной", "ской", "цкой", "ову", "еву"} {
		if strings.HasSuffix(lw, e) && e != "ову" && e != "еву" {
			return fem
		}
	}
	return anyGender
}

// phraseLemma puts a name of a place, organisation or thing in the
// nominative: leading adjectives and the head noun; the rest is kept. prev
// is the word before the name, whose case a preposition tells.
func phraseLemma(d *doc.Document, ws []string, prev string) []string {
	L := nerData()
	out := append([]string(nil), ws...)
	// The words of the phrase: indexes of tokens that are words.
	var idx []int
	for i, w := range ws {
		if word(w) {
			idx = append(idx, i)
		}
	}
	if len(idx) == 0 {
		return out
	}
	// Already a known name as written ("Нидерланды", "Карачи")?
	if L.known(strings.ToLower(strings.Join(wordsOf(ws), " "))) != "" {
		return out
	}
	head := -1
	var adjs []int
	for k, i := range idx {
		lw := strings.ToLower(ws[i])
		if e := adjEnding(lw); k < len(idx)-1 && cyrillic(lw) && textutil.UpperCount(ws[i]) <= 1 && e != "" && !strings.Contains(lw, "-") &&
			(len(adjs) == 0 || caseGroup(e) == caseGroup(adjEnding(strings.ToLower(ws[adjs[0]])))) {
			// Adjectives agree: "Верховным судом" is an adjective and
			// a noun, though "-ом" may end an adjective too.
			adjs = append(adjs, i)
			continue
		}
		head = i
		break
	}
	if head < 0 {
		return out
	}
	g := anyGender
	if len(adjs) > 0 {
		g = adjGender(adjEnding(strings.ToLower(ws[adjs[0]])))
		if g == anyGender {
			g = masc // the masculine and neuter oblique cases
		}
	}
	hw := ws[head]
	// "Голубой поток": a masculine noun in the nominative after "-ой".
	if g == fem && len(adjs) > 0 && strings.HasSuffix(strings.ToLower(ws[adjs[0]]), "ой") && !isVowel(lastRune(hw)) && lastRune(hw) != 'ь' {
		g = masc
	}
	// A digit part: "потока-2" inflects before the hyphen.
	suffix := ""
	if k := strings.LastIndexByte(hw, '-'); k > 0 && k+1 < len(hw) && strings.Trim(hw[k+1:], "0123456789") == "" {
		hw, suffix = hw[:k], hw[k:]
	}
	cands := nounCands(hw, g)
	if p := pluralNom(hw); p != hw {
		cands = append([]string{p}, cands...)
	}
	if len(adjs) == 0 {
		cands = byPreposition(cands, hw, prev)
	} else if caseGroup(adjEnding(strings.ToLower(ws[adjs[0]]))) != 0 && len(cands) > 1 && cands[0] == hw {
		// Adjectives in an oblique case: the head is in it too, not a
		// nominative as written ("Красной площади" is "площадь").
		cands = append(cands[1:len(cands):len(cands)], hw)
	}
	known := func(s string) bool { return L.known(s) != "" }
	hn := pick(d, hw, cands, known)
	if len(adjs) > 0 {
		// The phrase as a whole may be known with one reading of the head.
		for _, c := range cands {
			trial := make([]string, 0, len(adjs)+1)
			for _, a := range adjs {
				trial = append(trial, adjNom(ws[a], adjEnding(strings.ToLower(ws[a])), nounGender(c)))
			}
			if L.known(strings.ToLower(strings.Join(append(trial, c+suffix), " "))) != "" {
				hn = c
				break
			}
		}
	}
	out[head] = hn + suffix
	ng := nounGender(hn)
	// A noun in "-ь" is masculine or feminine: feminine adjectives tell
	// ("Русской православной церкви", "Красная площадь"), save a
	// masculine nominative in "-ой" before a head as written ("Святой
	// Кремль").
	if ng == masc && g == fem && lastRune(hn) == 'ь' && !(hn == hw && strings.HasSuffix(strings.ToLower(ws[adjs[0]]), "ой")) {
		ng = fem
	}
	if len(adjs) > 0 && plural(adjEnding(strings.ToLower(ws[adjs[0]]))) {
		out[head] = pluralNom(hw) + suffix
	}
	for _, a := range adjs {
		out[a] = adjNom(ws[a], adjEnding(strings.ToLower(ws[a])), ng)
	}
	return out
}

// pluralNom puts a plural noun in the nominative: "Штатах" → "Штаты".
func pluralNom(w string) string {
	lw := strings.ToLower(w)
	for _, e := range []string{"ами", "ями", "ах", "ях", "ам", "ям", "ов", "ев"} {
		if strings.HasSuffix(lw, e) {
			stem := w[:len(w)-len(e)]
			if r := lastRune(stem); velar(r) || sibilant(r) || strings.HasPrefix(e, "я") {
				return stem + "и"
			}
			return stem + "ы"
		}
	}
	return w
}

// nounGender tells the gender of a noun in the nominative by its ending.
func nounGender(n string) gender {
	switch lastRune(n) {
	case 'а', 'я':
		return fem
	case 'о', 'е':
		return neut
	}
	return masc
}

// byPreposition reorders the base forms of a single noun by the
// preposition before it: after "в", "на" an "-у" ending is a feminine
// accusative ("в Москву"), after "к", "по" a masculine dative ("к
// Лондону"); after "из", "от", "до", "для", "у" an "-а" ending is a
// masculine genitive ("из Лондона").
func byPreposition(cands []string, w, prev string) []string {
	lw := strings.ToLower(w)
	want := ""
	switch {
	case strings.HasSuffix(lw, "у") && prepAcc[prev]:
		want = "а"
	case strings.HasSuffix(lw, "у") && prepDat[prev]:
		want = "-"
	case strings.HasSuffix(lw, "е") && prepDat[prev]:
		want = "а"
	case strings.HasSuffix(lw, "а") && prepGen[prev]:
		want = "-"
	}
	if want == "" {
		return cands
	}
	for i, c := range cands {
		lc := strings.ToLower(c)
		ok := want == "а" && strings.HasSuffix(lc, "а") || want == "-" && !isVowel(lastRune(lc))
		if ok && c != w {
			out := append([]string{c}, cands[:i]...)
			return append(out, cands[i+1:]...)
		}
	}
	return cands
}

// wordsOf returns the words among ws.
func wordsOf(ws []string) []string {
	var out []string
	for _, w := range ws {
		if word(w) || strings.Trim(w, "0123456789") == "" {
			out = append(out, w)
		}
	}
	return out
}
