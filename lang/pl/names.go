package pl

import (
	"encoding/binary"
	"github.com/kronika/kronika/internal/textutil"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Multi-word name lemmatization. A Polish name phrase inflects as a noun
// phrase: the head noun and the adjectives and appositive names that agree
// with it take the phrase's case, while complements keep theirs:
//
//	Parlamencie Europejskim          → Parlament Europejski
//	Federacją Rosyjską               → Federacja Rosyjska
//	Kim Dzong Una                    → Kim Dzong Un
//	niemieckiego MSZ                 → niemieckie MSZ
//	Partii Niepodległości Wielkiej Brytanii → Partia Niepodległości Wielkiej Brytanii
//
// NameLemmas tries every case and number for the phrase, picks the head (the
// first noun), extends the agreeing part over adjectives that agree with the
// head in case, number and gender and over further proper names (apposition:
// "Władimira Putina"), and scores each choice by the readings it uses. The
// words of the best choice are put in the nominative of their number and
// gender; the rest stay as written.

// nameReading is one reading of a word of a name.
type nameReading struct {
	lemma  string
	m      Morph
	score  float64
	proper bool // a name: capitalised lemma, or guessed for a capitalised word
	indecl bool // taken as it is in any case (acronyms, foreign names)
	// common: the capitalised lemma is also a common noun ("Partia",
	// "Niepodległość"): a name made of a common word, not a person's.
	common bool
	// pre and post are parts of a hyphenated or apostrophed word kept as
	// written around the inflected part: "Chrześcijańsko-" + "Narodowym",
	// "Chałasińskiej" + "-Macukow"; "Chomsky" + "'ego" dropped.
	pre, post string
	part      string // the inflected part of the word
	form      string // the word as written (set by nameLemmas)
	guessed   bool
	// transparent: an abbreviation such as "św." that neither agrees nor
	// breaks agreement.
	transparent bool
}

// Name lemmatization weights, tuned on KPWr (the tune split).
const (
	// nameFoldedPenalty: inside a name, a capitalised word is more likely a
	// proper name than the common word of the same spelling.
	nameFoldedPenalty = -1.0
	// indeclPenalty: reading a word as uninflected costs this much against
	// its best reading.
	indeclPenalty = 0.3
	// rareFoldedPenalty: a capitalised word whose lower-case reading is a
	// rare word ("Kima": kima) is all the more likely a name.
	rareFoldedPenalty = -1.0
	// nameMascBonus favours a man's name in the genitive or accusative
	// for a word in consonant + "a" ("Jana", "Pawła"; see
	// mascGenitiveBonus).
	nameMascBonus = 1.0
	// commonLemmaCount: a lemma seen this often in NKJP is a common word,
	// so a capitalised form of it is that word, not an unknown name.
	commonLemmaCount = 30
	// nameNomBonus: names are cited in the nominative more than in any
	// other case.
	nameNomBonus = 1.0
	// namePluralPenalty: a name is rarely plural.
	namePluralPenalty = -1.0
)

// nominal classes that take part in a name's agreement. They are classes
// of the NKJP tagset, the grammar this package's code is written in, not a
// word list, so they stay here.
var nameClasses = map[string]bool{
	"subst": true, "depr": true, "ger": true, "adj": true, "ppas": true, "pact": true,
	"num": true, "numcol": true,
}

func isAdjLike(class string) bool {
	return class == "adj" || class == "ppas" || class == "pact"
}

func isNounLike(class string) bool {
	return class == "subst" || class == "depr" || class == "ger"
}

// nameReadings returns the readings of one word of a name, including the
// parts of hyphenated and apostrophed words.
func nameReadings(word string) []nameReading {
	if i := strings.LastIndexAny(word, "'’"); i > 0 {
		_, size := utf8.DecodeRuneInString(word[i:])
		base, end := word[:i], word[i+size:]
		switch {
		case isApostropheEnding(end):
			// "Chomsky'ego", "WordPress’a", "O'Leary'ego": the name
			// before the last apostrophe, the ending after it dropped.
			return []nameReading{{lemma: base, indecl: true, proper: isTitle(base)}}
		case strings.IndexAny(base, "'’") < 0 && utf8.RuneCountInString(base) <= 2 && isTitle(end):
			// "O'Leary", "O'Neilla", "O'Learym", "D'Alemy": a particle
			// apostrophed to a name that inflects as a word of its own.
			var out []nameReading
			for _, r := range wordReadings(end) {
				if r.indecl {
					r.lemma = word[:i+size] + r.lemma
				} else {
					r.pre, r.part = word[:i+size], end
				}
				out = append(out, r)
			}
			return out
		case end == "":
			return wordReadings(base)
		}
		return []nameReading{{lemma: word, indecl: true, proper: isTitle(word)}}
	}
	out := wordReadings(word)
	exact := false
	for _, r := range out {
		if !r.indecl && r.score > -100 && !r.guessed {
			exact = true
		}
	}
	if i := strings.LastIndexByte(word, '-'); i > 0 && i < len(word)-1 && !exact {
		first, last := word[:i], word[i+1:]
		if _, ok := hyphenEndings[last]; !ok {
			var firsts []nameReading
			if isTitle(first) {
				firsts = wordReadings(first)
			}
			for _, r := range wordReadings(last) {
				r.pre, r.part = first+"-", last
				// A capitalised adjective before a noun it agrees with
				// takes the noun's case with it: "Północnej-Westfalii"
				// → "Północna-Westfalia".
				if isNounLike(r.m.Class) && !r.indecl {
					for _, fr := range firsts {
						if fr.m.Class == "adj" && !fr.indecl && fr.m.Vals[Case] == r.m.Vals[Case] && fr.m.Vals[Number] == r.m.Vals[Number] && fr.m.Vals[Case] != "nom" && genderAgrees(fr.m.Vals[Gender], r.m.Vals[Gender]) {
							r.pre = matchCase(nominative(first, fr), first) + "-"
							break
						}
					}
				}
				out = append(out, r)
			}
			if isTitle(last) {
				for _, r := range wordReadings(first) {
					r.post, r.part = "-"+last, first
					out = append(out, r)
				}
			}
		}
	}
	return out
}

// isApostropheEnding reports whether s, written after an apostrophe, is a
// Polish case ending added to a foreign name ("ego", "a", "owi"): a few
// lower-case letters.
func isApostropheEnding(s string) bool {
	n := 0
	for _, r := range s {
		if !unicode.IsLower(r) {
			return false
		}
		n++
	}
	return n > 0 && n <= 4
}

// wordReadings returns the readings of a word without hyphen handling.
func wordReadings(word string) []nameReading {
	if word == "" || isPunct(word) {
		return nil
	}
	loadModel()
	if isDigits(word) || isRoman(word) {
		return []nameReading{{lemma: word, indecl: true, proper: true}}
	}
	d := Dictionary()
	var out []nameReading
	add := func(lemma, tag string, bias float64) {
		for _, tr := range expandTag(tag) {
			if !nameClasses[tr.m.Class] {
				continue
			}
			l := lemma
			out = append(out, nameReading{lemma: l, m: tr.m, score: tr.prior + bias + classBias[tr.m.Class],
				proper: isTitle(l)})
		}
	}
	rs, _ := d.Lookup([]byte(word), nil, nil)
	for _, r := range rs {
		add(string(r.Lemma), r.Tag, 0)
	}
	exact := len(out)
	if lower := strings.ToLower(word); lower != word {
		rs, _ := d.Lookup([]byte(lower), nil, nil)
		for _, r := range rs {
			bias := nameFoldedPenalty
			if lemmaFreq[string(r.Lemma)] == 0 {
				bias += rareFoldedPenalty
			}
			add(string(r.Lemma), r.Tag, bias)
		}
		if textutil.Acronym(word) {
			rs, _ := d.Lookup([]byte(titleCase(word)), nil, nil)
			for _, r := range rs {
				add(string(r.Lemma), r.Tag, 0)
			}
		}
	}
	// A capitalised word known only in lower case is a common word in a
	// name ("Europejskim", "Wielkiej") when it is an adjective; otherwise it
	// may be a foreign name ("Kima" is not "kima") and guesses compete.
	common := false
	for _, r := range out[exact:] {
		_, pron := pronominal[r.lemma]
		if isAdjLike(r.m.Class) && utf8.RuneCountInString(r.lemma) >= 4 || !pron && lemmaFreq[r.lemma] >= commonLemmaCount {
			common = true
		}
	}
	guessed := false
	if exact == 0 && !common && (isTitle(word) || len(out) == 0) {
		for _, a := range guess(word) {
			if !nameClasses[a.Morph.Class] {
				continue
			}
			out = append(out, nameReading{lemma: a.Lemma, m: a.Morph, score: a.Score, proper: isTitle(word), guessed: true})
			guessed = true
		}
		if guessed && isTitle(word) {
			out = inflectedNameReadings(word, out)
		}
	}
	// Readings of one lemma and class share their probability (see
	// groupScores).
	as := make([]Analysis, len(out))
	for i, r := range out {
		as[i] = Analysis{Lemma: r.lemma, Morph: r.m, Score: r.score}
	}
	groupScores(as)
	best := math.Inf(-1)
	for i := range out {
		r := &out[i]
		r.score = as[i].Score
		switch {
		case r.m.Vals[Case] == "nom":
			r.score += nameNomBonus
		}
		if r.m.Vals[Number] == "pl" && !r.m.Ptan {
			r.score += namePluralPenalty
		}
		if r.proper && r.m.Vals[Gender] == "m1" && (r.m.Vals[Case] == "gen" || r.m.Vals[Case] == "acc") &&
			mascGenitiveShape(word) {
			r.score += nameMascBonus
		}
		if r.proper && !r.guessed && nkjpLemmaOf(word, r.lemma) {
			// Two names of one form and reading ("Jacka": Jacek, Jack):
			// the one NKJP reads the form as.
			r.score += nkjpNameBonus
		}
		best = math.Max(best, r.score)
	}
	for i := range out {
		if !out[i].proper {
			continue
		}
		low := strings.ToLower(out[i].lemma)
		for _, r := range out {
			if r.lemma == low && isNounLike(r.m.Class) {
				out[i].common = true
				break
			}
		}
	}
	if guessed && exact == 0 && len(out) == guessedCount(out) && isTitle(word) {
		out = citedNameReadings(word, out, best)
	}
	short := utf8.RuneCountInString(word) <= 3 // "Kim", "Un", "Wu"
	foreign := guessed && !mascGenitiveShape(word) && (short || !hasNameCaseEnding(word))
	if foreign || textutil.Acronym(word) || hasInnerCapital(word) || len(out) == 0 {
		if len(out) == 0 {
			best = 0
		}
		score := best - indeclPenalty
		if foreign && !endsInConsonant(word) && !mascGenitiveShape(word) && !hasNameCaseEnding(word) {
			// "Oviedo", "Kutaisi", "Gustavo": a foreign name in a vowel
			// that no Polish ending explains is cited as it is.
			score += nameNomBonus
		}
		out = append(out, nameReading{lemma: word, indecl: true, proper: isTitle(word), score: score})
	}
	return out
}

// instEndingIdentityPenalty: an unknown name in "-em" or "-iem" is far
// more often a man's name in the instrumental ("Blinkenem", "Bidenem")
// than a name cited as it is; the guesser's unchanged nominative reading
// of such a word loses this much.
const instEndingIdentityPenalty = 4.0

// inflectedNameReadings adjusts the guessed readings of an unknown
// capitalised word with the endings names take in the instrumental:
// "-em"/"-iem" after a consonant makes the unchanged nominative unlikely
// when an inflected reading exists, and "-ym" is also the instrumental or
// locative of a name in "-y" ("Antonym" → "Antony", "Burym" → "Bury"),
// which the dictionary's endings do not propose.
func inflectedNameReadings(word string, out []nameReading) []nameReading {
	inst := false
	for _, e := range []string{"iem", "em"} {
		if s, ok := strings.CutSuffix(word, e); ok && utf8.RuneCountInString(s) >= 2 {
			r, _ := utf8.DecodeLastRuneInString(s)
			inst = unicode.IsLetter(r) && !strings.ContainsRune("aeiouyąęó", unicode.ToLower(r))
			break
		}
	}
	// Adjectival surnames in the instrumental: "Zełenskim", "Nawrockim".
	for _, e := range []string{"skim", "ckim", "dzkim"} {
		if strings.HasSuffix(word, e) && utf8.RuneCountInString(word) > len(e)+1 {
			inst = true
		}
	}
	if inst {
		inflected := false
		for _, r := range out {
			if r.lemma != word && r.m.Vals[Case] == "inst" {
				inflected = true
			}
		}
		// A capitalised unknown word in the instrumental is a man's name
		// more often than a thing's: read the guessed m3 instrumental as
		// m1 too, so that it agrees with a surname ("Wołodymyrem
		// Zełenskim").
		for _, r := range out {
			if r.guessed && r.lemma != word && r.m.Vals[Case] == "inst" && r.m.Vals[Gender] == "m3" {
				c := r
				c.m.Vals[Gender] = "m1"
				// A man's surname in "-owem" is in "-ow" ("Durowem" →
				// "Durow", as "Pieskow", "Ławrow"): "-ów" is the ending
				// of place names ("Tarnów"), not of surnames.
				if stem, ok := strings.CutSuffix(c.lemma, "ów"); ok && strings.HasSuffix(word, "owem") {
					c.lemma = stem + "ow"
				}
				out = append(out, c)
			}
		}
		if inflected {
			for i := range out {
				if out[i].lemma == word && out[i].m.Vals[Case] == "nom" {
					out[i].score -= instEndingIdentityPenalty
				}
			}
		}
	}
	// Men's names of the "-a" declension inflect as women's do ("Kuby",
	// "Kubą"): the guesser reads an unknown one in an oblique case as a
	// woman's only, which then disagrees with the man's surname after it
	// ("Osamy bin Ladena"). Read such a guessed genitive, accusative or
	// instrumental also as a man's.
	for _, r := range out {
		if r.guessed && r.lemma != word && strings.HasSuffix(r.lemma, "a") && r.m.Vals[Number] == "sg" &&
			r.m.Vals[Gender] == "f" && (r.m.Vals[Case] == "gen" || r.m.Vals[Case] == "acc" || r.m.Vals[Case] == "inst") {
			c := r
			c.m.Vals[Gender] = "m1"
			out = append(out, c)
		}
	}
	if s, ok := strings.CutSuffix(word, "ym"); ok && utf8.RuneCountInString(s) >= 2 {
		lemma := s + "y"
		best := math.Inf(-1)
		for _, r := range out {
			best = math.Max(best, r.score)
		}
		for _, x := range []string{"subst:sg:inst:m1", "subst:sg:loc:m1"} {
			a := fixed(lemma, x)
			out = append(out, nameReading{lemma: lemma, m: a.Morph, score: best, proper: true, guessed: true})
		}
	}
	return out
}

// citedNameReadings adds the word as written as a nominative, of a woman's
// or a man's name, to the readings of a capitalised word in consonant +
// "a" that only the guesser reads, and only as a genitive or accusative
// ("Theresa" as Theres's; best is the best reading's score): women's
// first names and Slavic men's surnames end so ("Theresa", "Kułeba"). The reading starts
// citedNamePenalty below the word's best, so alone the word stays a
// man's genitive ("Putina"); a subject's place (caseHintBonus) or a
// following word that is only a nominative (strayNomPenalty) decides.
func citedNameReadings(word string, out []nameReading, best float64) []nameReading {
	if !mascGenitiveShape(word) || math.IsInf(best, -1) {
		return out
	}
	for _, r := range out {
		if r.m.Vals[Case] == "nom" && r.m.Vals[Number] == "sg" {
			return out
		}
	}
	for _, x := range []string{"subst:sg:nom:f", "subst:sg:nom:m1"} {
		a := fixed(word, x)
		out = append(out, nameReading{lemma: word, m: a.Morph, score: best - citedNamePenalty, proper: true, guessed: true})
	}
	return out
}

const (
	// citedNamePenalty: see citedNameReadings.
	citedNamePenalty = 2.0
	// caseHintBonus: a name read in the case its place in the sentence
	// suggests gains this much; less than citedNamePenalty, so that a
	// fronted object in the genitive ("Putina skrytykował Biden") keeps
	// its case.
	caseHintBonus = 1.0
	// strayNomPenalty: a word after the head left as written although it
	// can only be a nominative ("May" of "Theresa May" read as "Theres
	// May") makes an oblique reading of the name less likely by this much.
	strayNomPenalty = 1.5
	// undeclinedSurnamePenalty: a man's name in an oblique case before a
	// surname in a consonant left as written (see undeclinedSurname) is
	// no Polish; the reading loses this much, more than a man's
	// genitive gains over a name cited in the nominative.
	undeclinedSurnamePenalty = 3.0
)

// nkjpNameBonus breaks ties between proper names the dictionary gives
// one form with the same reading: too small to outweigh anything else.
const nkjpNameBonus = 0.01

// nkjpLemmaOf reports whether NKJP reads form as a form of lemma
// (data/nkjp-forms.tsv: the forms the dictionary leaves ambiguous).
func nkjpLemmaOf(form, lemma string) bool {
	for _, p := range formPrefs[form] {
		if p.lemma == lemma {
			return true
		}
	}
	return false
}

// guessedCount counts the guessed readings.
func guessedCount(rs []nameReading) int {
	n := 0
	for _, r := range rs {
		if r.guessed {
			n++
		}
	}
	return n
}

// manly reports whether a reading is a man's name (women's surnames in
// a consonant do not decline: "Agnieszki Gozdek").
func manly(r *nameReading) bool {
	return r.proper && !r.indecl && r.m.Vals[Gender] == "m1"
}

// undeclinedSurname reports whether r reads a capitalised word in a
// consonant as it is written: a man's surname so ending declines with his given
// name ("Jana Nowaka"), so after a man's name in an oblique case it
// tells that the name is a woman's or cited in the nominative ("Jana
// Nowak", "Maulana Sami-ul-Hak", "Asma Jehangir"), not "Jan", "Maulan",
// "Asm".
func undeclinedSurname(r *nameReading) bool {
	if r.transparent || !r.proper || !isTitle(r.form) || !endsInConsonant(r.form) || textutil.Acronym(r.form) || hasInnerCapital(r.form) {
		return false
	}
	// As written, or read as an oblique case identical to its base form
	// (the guesser's "Singh" in the genitive).
	return r.indecl || strings.EqualFold(r.lemma, r.form) && r.m.Vals[Case] != "nom"
}

// lastDeclinedIn reports whether a choice reads the last word it takes
// of a name, which carries a person's case, as a declined form of case c
// ("Kułeba" of "Dmytro Kułeba"), not as uninflected ("Pilawskiego" left
// as written).
func lastDeclinedIn(rs [][]nameReading, chosen []int, c string) bool {
	for i := len(chosen) - 1; i >= 0; i-- {
		k := chosen[i]
		if k < 0 {
			// left as written: only a word that is nothing but a
			// nominative ("May" of "Theresa May") may close a
			// nominative name
			if len(rs[i]) > 0 && rs[i][0].transparent {
				continue
			}
			return c == "nom" && nominativeOnly(rs[i])
		}
		if rs[i][k].transparent {
			continue
		}
		return !rs[i][k].indecl && rs[i][k].m.Vals[Case] == c
	}
	return false
}

// nominativeOnly reports whether every reading of a word is a proper
// name's nominative.
func nominativeOnly(rs []nameReading) bool {
	if len(rs) == 0 {
		return false
	}
	for _, r := range rs {
		if r.indecl || r.transparent || !r.proper || r.m.Vals[Case] != "nom" {
			return false
		}
	}
	return true
}

// nameCaseEndings are endings of inflected Polish forms; a word with one
// is not taken for an uninflected foreign name (data/names.tsv).
var nameCaseEndings = nameWords.Words("case-ending")

func hasNameCaseEnding(w string) bool {
	for _, e := range nameCaseEndings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

func isRoman(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !strings.ContainsRune("IVXLCDM", r) {
			return false
		}
	}
	return true
}

// genderAgrees reports whether an adjective's gender fits a noun's.
func genderAgrees(adj, noun string) bool {
	return adj == "" || noun == "" || adj == noun
}

// coverageBonus rewards a reading of the phrase for every word it puts in
// agreement: a phrase is more likely one name than a name and strays.
const coverageBonus = 1.0

// nameChoice is one way of reading a name phrase.
type nameChoice struct {
	score  float64
	chosen []int // reading index per word, -1 for words left as written
	// adjOnly: the phrase is an adjective without a noun ("polskiej"),
	// whose base form is the adjective's lemma.
	adjOnly bool
}

// placeHint, as the hint of nameLemmas, says the name is a place's.
const placeHint = "place"

// NameLemmas returns the base form of each word of a name phrase: the words
// that agree with the phrase's head in the nominative, the others as
// written. The result has one entry per word.
func NameLemmas(words []string) []string { return nameLemmas(words, "") }

// nameLemmas is NameLemmas with the case the name's context suggests
// (hint; "" for none): a singular reading in that case whose last word
// is declined gains caseHintBonus.
func nameLemmas(words []string, hint string) []string {
	out := append([]string(nil), words...)
	if len(words) == 0 {
		return out
	}
	// Units: a hyphen written as its own token joins its neighbours into
	// one word ("warmińsko - mazurskim"); a period after a short lower-case
	// word makes an abbreviation ("św .", "im ."), which stands aside.
	type unit struct {
		word        string
		first, last int // token range
		abbrev      bool
	}
	var units []unit
	for i := 0; i < len(words); i++ {
		w := words[i]
		u := unit{word: w, first: i, last: i}
		for u.last+2 < len(words) && words[u.last+1] == "-" && isWordish(u.word) && isWordish(words[u.last+2]) {
			u.word += "-" + words[u.last+2]
			u.last += 2
		}
		if u.last == u.first && nameParticles[w] {
			u.abbrev = true // "de Gaulle", "von Teubern": stands aside
		}
		if u.last == u.first && isAbbrev(w) {
			u.abbrev = true
			if i+1 < len(words) && words[i+1] == "." {
				u.last++
			}
		}
		units = append(units, u)
		i = u.last
	}
	rs := make([][]nameReading, len(units))
	for i, u := range units {
		if u.abbrev {
			rs[i] = []nameReading{{lemma: u.word, indecl: true, transparent: true}}
			continue
		}
		rs[i] = nameReadings(u.word)
		for k := range rs[i] {
			rs[i][k].form = u.word
		}
		if hint == placeHint && slices.ContainsFunc(rs[i], func(r nameReading) bool {
			return r.proper && !r.guessed && !r.indecl && isNounLike(r.m.Class) && r.m.Vals[Gender] != "m1"
		}) {
			// A place's name is no man's: "Polski" of a country is
			// Polska's, not the surname Polski, where the dictionary
			// gives the word a name of another gender (the guesser's
			// readings and a name known only as a man's, "Gazprom",
			// stay).
			rs[i] = slices.DeleteFunc(rs[i], func(r nameReading) bool {
				return !r.indecl && r.m.Vals[Gender] == "m1"
			})
		}
		// Scores become regrets against the word's best reading plus the
		// coverage bonus, so that choices covering different numbers of
		// words compare fairly.
		best := math.Inf(-1)
		for _, r := range rs[i] {
			best = math.Max(best, r.score)
		}
		for k := range rs[i] {
			rs[i][k].score += coverageBonus - best
		}
	}
	// A word in consonant + "y" before a man's genitive ("Osamy bin
	// Ladena") is the genitive of a name in "-a", not a foreign name cited
	// in a vowel ("Kennedy", "Bundy").
	for i := range units {
		if !aGenitive(units[i].word, rs[i]) {
			continue
		}
		for j := i + 1; j < len(units); j++ {
			if !units[j].abbrev && mascGenitiveShape(units[j].word) {
				for k := range rs[i] {
					if rs[i][k].indecl && rs[i][k].lemma == units[i].word {
						rs[i][k].score -= nameNomBonus
					}
				}
				break
			}
		}
	}
	best := nameChoice{score: math.Inf(-1)}
	for _, c := range []string{"nom", "gen", "dat", "acc", "inst", "loc", "voc"} {
		for _, n := range []string{"sg", "pl"} {
			ch, ok := chooseName(rs, c, n)
			if !ok {
				continue
			}
			if c == hint && n == "sg" && lastDeclinedIn(rs, ch.chosen, c) {
				ch.score += caseHintBonus
			}
			// A reading with a head noun beats any adjective-only one.
			if best.chosen == nil || best.adjOnly && !ch.adjOnly || ch.adjOnly == best.adjOnly && ch.score > best.score {
				best = ch
			}
		}
	}
	if best.chosen == nil {
		return out
	}
	for i, k := range best.chosen {
		if k < 0 || rs[i][k].transparent {
			continue
		}
		u, r := units[i], rs[i][k]
		var lemma string
		if best.adjOnly && !r.indecl {
			lemma = r.pre + matchCase(r.lemma, u.word) + r.post
		} else {
			lemma = nominative(u.word, r)
		}
		if u.first == u.last {
			out[u.first] = lemma
			continue
		}
		// Spread a hyphenated lemma back over its tokens.
		parts := strings.Split(lemma, "-")
		if len(parts) == (u.last-u.first)/2+1 {
			for j, p := range parts {
				out[u.first+2*j] = p
			}
		}
	}
	return out
}

// isWordish reports whether a token has a letter or digit.
func isWordish(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// isAbbrev reports a short lower-case word that, followed by a period or
// ending in one, is an abbreviation in a name: "św.", "im.", "gen.", "ks.".
func isAbbrev(w string) bool {
	w = strings.TrimSuffix(w, ".")
	n := utf8.RuneCountInString(w)
	if n == 0 || n > 4 || isTitle(w) {
		return false
	}
	_, known := abbrevInNames[w]
	return known
}

// nameParticles are the lower-case particles of foreign names, which do
// not inflect: "Charles'a de Gaulle'a", "Marga von Teubern"
// (data/names.tsv).
var nameParticles = nameWords.Set("particle")

// abbrevInNames are abbreviations that stand before names and do not
// inflect with them (data/names.tsv).
var abbrevInNames = nameWords.Set("abbreviation")

// LemmatizeName returns the base form of a name phrase given as words
// ("Kim", "Dzong", "Una" → "Kim Dzong Un"), joined with spaces except
// before closing and after opening punctuation and around hyphens.
func LemmatizeName(words []string) string { return lemmatizeNameAs(words, "") }

// lemmatizeNameAs is LemmatizeName with the case the context suggests
// ("nom" for the subject of the verb after the name; "" for none).
func lemmatizeNameAs(words []string, hint string) string {
	key := hint + "\x00" + nameCacheKey(words)
	nameCache.mu.Lock()
	lemma, ok := nameCache.m[key]
	nameCache.mu.Unlock()
	if ok {
		return lemma
	}
	lemma = JoinWords(nameLemmas(words, hint))
	nameCache.mu.Lock()
	if len(nameCache.m) >= nameCacheSize {
		clear(nameCache.m)
	}
	nameCache.m[key] = lemma
	nameCache.mu.Unlock()
	return lemma
}

// nameCache holds LemmatizeName's results across documents. The base form
// of a name depends only on its words (and the embedded dictionary and
// models, which never change once loaded), so a name met again is not
// lemmatized again. The cache is emptied when full, which bounds memory
// and changes no result.
var nameCache = struct {
	mu sync.Mutex
	m  map[string]string
}{m: map[string]string{}}

const nameCacheSize = 1 << 16

// nameCacheKey encodes words unambiguously: each word is preceded by its
// length, so no two word lists share a key.
func nameCacheKey(words []string) string {
	n := 0
	for _, w := range words {
		n += len(w) + binary.MaxVarintLen64
	}
	b := make([]byte, 0, n)
	for _, w := range words {
		b = binary.AppendUvarint(b, uint64(len(w)))
		b = append(b, w...)
	}
	return string(b)
}

// JoinWords joins the words of a phrase as they would be written.
func JoinWords(words []string) string {
	var b strings.Builder
	for i, w := range words {
		if i > 0 && !noSpaceBefore(w) && !noSpaceAfter(words[i-1]) {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

func noSpaceBefore(w string) bool {
	switch w {
	case ".", ",", ")", "]", ":", ";", "!", "?", "-", "”", "'s":
		return true
	}
	return false
}

func noSpaceAfter(w string) bool {
	switch w {
	case "(", "[", "-", "„":
		return true
	}
	return false
}

// chooseName reads the phrase in case c and number n: a noun reading in c
// and n is the head; before it only agreeing adjectives may stand, after it
// agreeing adjectives and, after a name, further names of the same kind
// (apposition). Every head position is tried. It reports false when the
// first word does not fit.
func chooseName(rs [][]nameReading, c, n string) (nameChoice, bool) {
	fits := func(r *nameReading) bool {
		return r.indecl || r.m.Vals[Case] == c && (r.m.Vals[Number] == n || r.m.Ptan && n == "pl")
	}
	isAdj := func(r *nameReading) bool {
		return r.transparent || fits(r) && !r.indecl && isAdjLike(r.m.Class)
	}
	var best nameChoice
	found := false
	newChoice := func() nameChoice {
		ch := nameChoice{chosen: make([]int, len(rs))}
		for i := range ch.chosen {
			ch.chosen[i] = -1
		}
		return ch
	}
	for head := 0; head < len(rs); head++ {
		for h, hr := range rs[head] {
			if hr.transparent {
				continue
			}
			if !fits(&hr) || !(hr.indecl || isNounLike(hr.m.Class)) {
				continue
			}
			g := hr.m.Vals[Gender]
			acronym := hr.indecl || textutil.Acronym(hr.lemma)
			agrees := func(r *nameReading) bool {
				return r.transparent || isAdj(r) && (acronym || genderAgrees(r.m.Vals[Gender], g))
			}
			pick := func(rs []nameReading, ok func(*nameReading) bool) int {
				k := bestReading(rs, ok)
				if k >= 0 && acronym && isAdjLike(rs[k].m.Class) {
					// An acronym's gender is its expansion's: "MSZ"
					// (ministerstwo) is neuter; prefer that reading.
					if j := bestReading(rs, func(r *nameReading) bool { return ok(r) && r.m.Vals[Gender] == "n" }); j >= 0 && rs[j].score >= rs[k].score-1e-6 {
						k = j
					}
				}
				return k
			}
			ch := newChoice()
			ok := true
			for i := 0; i < head; i++ {
				k := pick(rs[i], agrees)
				if k < 0 {
					ok = false
					break
				}
				ch.chosen[i] = k
				ch.score += rs[i][k].score
			}
			if !ok {
				continue
			}
			ch.chosen[head] = h
			ch.score += hr.score
			for i := head + 1; i < len(rs); i++ {
				k := pick(rs[i], func(r *nameReading) bool {
					if agrees(r) || r.transparent {
						return true
					}
					return apposition(&hr, r) && fits(r)
				})
				if k < 0 {
					break
				}
				ch.chosen[i] = k
				ch.score += rs[i][k].score
			}
			for i := head + 1; i < len(rs); i++ {
				if ch.chosen[i] < 0 && obliqueOnly(rs[i]) {
					ch.score -= strayPenalty
				}
				if ch.chosen[i] < 0 && c != "nom" && manly(&hr) && nominativeOnly(rs[i]) {
					ch.score -= strayNomPenalty
				}
				if k := ch.chosen[i]; k >= 0 && c != "nom" && manly(&hr) && undeclinedSurname(&rs[i][k]) {
					ch.score -= undeclinedSurnamePenalty
				}
			}
			if !found || ch.score > best.score {
				best, found = ch, true
			}
		}
		// A later head needs adjectives before it.
		adj := false
		for _, r := range rs[head] {
			if isAdj(&r) {
				adj = true
			}
		}
		if !adj {
			break
		}
	}
	if !found && len(rs) > 0 {
		// An adjective-only phrase ("Europejskiej"): the agreeing prefix.
		ch := newChoice()
		for i := range rs {
			k := bestReading(rs[i], isAdj)
			if k < 0 {
				break
			}
			ch.chosen[i] = k
			ch.score += rs[i][k].score
		}
		ch.adjOnly = true
		return ch, ch.chosen[0] >= 0
	}
	return best, found
}

// strayPenalty: a name word left as written after the head although it
// can only be a dative, instrumental or locative ("Joe Bidenem" read as
// "Joe" and a stray "Bidenem") is no complement of the name, which would
// be a genitive; the reading that leaves it out loses this much.
const strayPenalty = 0.5

// obliqueOnly reports whether every reading of a word is a name's dative,
// instrumental or locative.
func obliqueOnly(rs []nameReading) bool {
	if len(rs) == 0 {
		return false
	}
	for _, r := range rs {
		if r.indecl || r.transparent || !r.proper {
			return false
		}
		switch r.m.Vals[Case] {
		case "dat", "inst", "loc":
		default:
			return false
		}
	}
	return true
}

// apposition reports whether r may stand beside head as another part of
// the same name: names of people ("Władimira Putina"), foreign names taken
// as they are ("Kim Dzong Una"), guessed names.
func apposition(head, r *nameReading) bool {
	if !head.proper || !r.proper || !(r.indecl || isNounLike(r.m.Class)) {
		return false
	}
	if head.indecl || r.indecl {
		return true
	}
	hg, rg := head.m.Vals[Gender], r.m.Vals[Gender]
	return hg == rg && (hg == "m1" || hg == "f" && !head.common)
}

func bestReading(rs []nameReading, ok func(*nameReading) bool) int {
	k := -1
	for i := range rs {
		if ok(&rs[i]) && (k < 0 || rs[i].score > rs[k].score) {
			k = i
		}
	}
	return k
}

// nominative returns word in the nominative of reading r's number and
// gender, spelt with word's capitalisation.
func nominative(word string, r nameReading) string {
	if r.indecl {
		return r.lemma
	}
	if r.part != "" {
		return r.pre + nominative(r.part, nameReading{lemma: r.lemma, m: r.m, proper: r.proper}) + r.post
	}
	if r.m.Vals[Case] == "nom" {
		return word
	}
	var base string
	switch {
	case isNounLike(r.m.Class) && r.m.Vals[Number] == "sg" && !r.m.Ptan:
		base = r.lemma
	default:
		base = inflectNominative(word, r)
	}
	return matchCase(base, word)
}

// Endings stripped and added when a nominative is rebuilt from an oblique
// form, in the order they are tried (data/names.tsv); every candidate is
// checked against the dictionary.
var (
	obliqueEndings    = endings(nameWords, "oblique-ending")
	nominativeEndings = endings(nameWords, "nom-ending")
)

// inflectNominative rebuilds the nominative of r's number and gender from
// word by swapping endings, keeping the first candidate the dictionary
// confirms. Without confirmation it falls back to the lemma for nouns and
// to a rule-built form for adjectives.
func inflectNominative(word string, r nameReading) string {
	lw := strings.ToLower(word)
	d := Dictionary()
	n, g := r.m.Vals[Number], r.m.Vals[Gender]
	for _, e := range obliqueEndings {
		if !strings.HasSuffix(lw, e) || len(lw)-len(e) < 2 {
			continue
		}
		stem := lw[:len(lw)-len(e)]
		for _, ne := range nominativeEndings {
			cand := stem + ne
			rs, _ := d.Lookup([]byte(cand), nil, nil)
			for _, x := range rs {
				if !strings.EqualFold(string(x.Lemma), r.lemma) {
					continue
				}
				for _, tr := range expandTag(x.Tag) {
					if tr.m.Class == r.m.Class && tr.m.Vals[Case] == "nom" &&
						(tr.m.Vals[Number] == n || r.m.Ptan) && (g == "" || tr.m.Vals[Gender] == g) {
						return cand
					}
				}
			}
		}
	}
	if isAdjLike(r.m.Class) && r.m.Class == "adj" {
		return adjectiveForm(r.lemma, n, g)
	}
	if isNounLike(r.m.Class) {
		return r.lemma
	}
	return word
}

// adjectiveForm builds the nominative of an adjective lemma (masculine
// singular) for another number and gender by the regular pattern:
// "rosyjski" → "rosyjska", "rosyjskie"; "nowy" → "nowa", "nowe".
func adjectiveForm(lemma, number, gender string) string {
	if number == "sg" && (gender == "m1" || gender == "m2" || gender == "m3" || gender == "") {
		return lemma
	}
	fem := number == "sg" && gender == "f"
	switch {
	case strings.HasSuffix(lemma, "y"):
		if fem {
			return lemma[:len(lemma)-1] + "a"
		}
		return lemma[:len(lemma)-1] + "e"
	case strings.HasSuffix(lemma, "ki") || strings.HasSuffix(lemma, "gi"):
		if fem {
			return lemma[:len(lemma)-1] + "a"
		}
		return lemma + "e"
	case strings.HasSuffix(lemma, "i"):
		if fem {
			return lemma + "a"
		}
		return lemma + "e"
	}
	return lemma
}

// matchCase spells s with the capitalisation pattern of model: all
// capitals, a capital first letter, or lower case. Lemmas that carry
// capitals of their own inside ("McDonald") are kept.
func matchCase(s, model string) string {
	switch {
	case textutil.Acronym(model):
		return strings.ToUpper(s)
	case isTitle(model):
		if hasInnerCapital(s) {
			return s
		}
		r, n := utf8.DecodeRuneInString(s)
		return string(unicode.ToUpper(r)) + s[n:]
	default:
		if isTitle(s) && !hasInnerCapital(s) {
			return strings.ToLower(s)
		}
		return s
	}
}

// aGenitive reports whether a word in consonant + "y" is read by the
// guesser as the genitive of a name in "-a" ("Osamy" of "Osama", as
// "Kuby" of "Kuba").
func aGenitive(word string, rs []nameReading) bool {
	stem, ok := strings.CutSuffix(word, "y")
	if !ok || !endsInConsonant(stem) {
		return false
	}
	for _, r := range rs {
		if r.guessed && r.lemma == stem+"a" && r.m.Vals[Case] == "gen" && r.m.Vals[Number] == "sg" {
			return true
		}
	}
	return false
}
