package pl

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/internal/textutil"
)

// The tagger's transitions link neighbours only, so an adjective separated
// from its noun by another adjective, or a noun whose case a preposition
// two words back decides, can come out in a reading that agrees with
// nothing ("w nowym, dużym domu"). agreeNounPhrases walks each run of
// adjectives ending in a noun and gives the run one case, number and
// gender: the case a preposition before the run governs, else the noun's.

// adjLike reports whether an NKJP tag inflects like an adjective.
func adjLike(x string) bool {
	return strings.HasPrefix(x, "adj:") || strings.HasPrefix(x, "pact:") || strings.HasPrefix(x, "ppas:")
}

// nounLike reports whether an NKJP tag heads a noun phrase.
func nounLike(x string) bool {
	return strings.HasPrefix(x, "subst:") || strings.HasPrefix(x, "ger:") || strings.HasPrefix(x, "depr:")
}

// agreeNounPhrases revises the adjectives (and, after a preposition, the
// noun) of each noun phrase of one sentence.
func agreeNounPhrases(d *doc.Document, tokens []doc.Token) {
	for i := 0; i < len(tokens); i++ {
		if !adjLike(tokens[i].XPOS) {
			continue
		}
		// The run of adjectives i..j-1 and its noun j.
		j := i
		for j < len(tokens) && (adjLike(tokens[j].XPOS) || tokens[j].XPOS == "interp" &&
			d.Text[tokens[j].Start:tokens[j].End] == "," && j+1 < len(tokens) && adjLike(tokens[j+1].XPOS)) {
			j++
		}
		if j < len(tokens) && nounLike(tokens[j].XPOS) {
			if !agreeRun(d, tokens, i, j) && i > 0 && strings.HasPrefix(tokens[i-1].XPOS, "subst:") {
				// An adjective that cannot agree with the noun after it
				// belongs to the one before ("skoczni pokrytej śniegiem").
				agreePostposed(d, tokens, i-1, i, j)
			}
		} else if i > 0 && strings.HasPrefix(tokens[i-1].XPOS, "subst:") {
			agreePostposed(d, tokens, i-1, i, j)
		} else if h := nounAfterPhrase(d, tokens, j); h >= 0 {
			// "ubrany w granatowe okrycie koń", "największy na świecie
			// producent": the adjectives agree with the noun after the
			// phrase between.
			hm := morphOf(tokens[h].XPOS)
			num := hm.agreeNumber()
			setRun(d, tokens, i, j, hm.Vals[Case], num, hm.Vals[Gender])
		}
		i = j
	}
}

// agreeRun makes the adjectives first..head-1 agree with the noun at head
// and reports whether they could.
func agreeRun(d *doc.Document, tokens []doc.Token, first, head int) bool {
	noun := &tokens[head]
	nm := morphOf(noun.XPOS)
	var cases []string
	if first > 0 && strings.HasPrefix(tokens[first-1].XPOS, "prep:") {
		cases = append(cases, morphOf(tokens[first-1].XPOS).Vals[Case])
	}
	cases = append(cases, nm.Vals[Case])
	if len(cases) == 1 || cases[0] == cases[1] {
		// Nothing to do when every adjective agrees already.
		num := nm.agreeNumber()
		agree := true
		for k := first; k < head && agree; k++ {
			if x := tokens[k].XPOS; x != "interp" {
				m := morphOf(x)
				agree = m.Vals[Case] == nm.Vals[Case] && m.Vals[Number] == num && m.Vals[Gender] == nm.Vals[Gender]
			}
		}
		if agree {
			return true
		}
	}
	nounForm := d.Text[noun.Start:noun.End]
	for ci, c := range cases {
		if ci > 0 && c == cases[0] {
			continue
		}
		var n *Analysis
		nas := cachedAnalyses(nounForm, head == 0)
		for k := range nas {
			a := &nas[k]
			if a.Lemma == noun.Lemma && a.Morph.Class == nm.Class && a.Morph.Vals[Case] == c &&
				(c != nm.Vals[Case] || a.Morph.Vals[Number] == nm.Vals[Number] && a.Morph.Vals[Gender] == nm.Vals[Gender]) {
				n = a
				break
			}
		}
		if n == nil {
			continue
		}
		num, gen := n.Morph.agreeNumber(), n.Morph.Vals[Gender]
		if !setRun(d, tokens, first, head, c, num, gen) {
			continue
		}
		if c != nm.Vals[Case] {
			noun.Lemma, noun.XPOS = n.Lemma, n.TokenXPOS()
			noun.UPOS, noun.Feats = n.UD()
		}
		return true
	}
	return false
}

// agreePostposed makes the adjectives first..end-1 that follow the noun at
// head without a noun of their own agree with it ("roku szkolnego"), or
// as many of them as can.
func agreePostposed(d *doc.Document, tokens []doc.Token, head, first, end int) {
	nm := morphOf(tokens[head].XPOS)
	num := nm.agreeNumber()
	// The longest run that can agree: a participle may end it and begin
	// a phrase of its own ("kończyn dolnych określaną jako ...").
	for e := end; e > first; e-- {
		if tokens[e-1].XPOS != "interp" && setRun(d, tokens, first, e, nm.Vals[Case], num, nm.Vals[Gender]) {
			return
		}
	}
}

// agreeNumber returns the number of the words that agree with noun m: a
// plurale tantum takes the plural ("te drzwi", "ostatnie wybory"),
// whatever the number of its tag.
func (m *Morph) agreeNumber() string {
	if m.Ptan {
		return "pl"
	}
	return m.Vals[Number]
}

// setRun gives the adjectives first..end-1 (commas between them skipped)
// the case, number and gender given, keeping each one's lemma and class,
// when every one of them has such a reading; it reports whether they had.
func setRun(d *doc.Document, tokens []doc.Token, first, end int, c, num, gen string) bool {
	for k := first; k < end; k++ {
		if tokens[k].XPOS != "interp" && !hasReading(d, &tokens[k], k == 0, c, num, gen) {
			return false
		}
	}
	for k := first; k < end; k++ {
		if tokens[k].XPOS == "interp" {
			continue
		}
		lemma := tokens[k].Lemma
		class := morphOf(tokens[k].XPOS).Class
		setCachedReading(d, &tokens[k], k == 0, func(a *Analysis) bool {
			return a.Lemma == lemma && a.Morph.Class == class && a.Morph.Vals[Case] == c &&
				a.Morph.Vals[Number] == num && a.Morph.Vals[Gender] == gen
		})
	}
	return true
}

// hasReading reports whether the adjective token t can be read in the
// case, number and gender given, with its current lemma and class.
func hasReading(d *doc.Document, t *doc.Token, initial bool, c, num, gen string) bool {
	class := morphOf(t.XPOS).Class
	for _, a := range cachedAnalyses(d.Text[t.Start:t.End], initial) {
		if a.Morph.Vals[Case] == c && a.Morph.Vals[Number] == num && a.Morph.Vals[Gender] == gen &&
			a.Morph.Class == class && a.Lemma == t.Lemma {
			return true
		}
	}
	return false
}

// setCachedReading replaces the token's reading with the best of its
// analyses that ok accepts and reports whether there was one.
func setCachedReading(d *doc.Document, t *doc.Token, initial bool, ok func(*Analysis) bool) bool {
	as := cachedAnalyses(d.Text[t.Start:t.End], initial)
	for k := range as {
		if a := &as[k]; ok(a) {
			t.Lemma, t.XPOS = a.Lemma, a.TokenXPOS()
			t.UPOS, t.Feats = a.UD()
			return true
		}
	}
	return false
}

// analysisCache holds the analyses the agreement pass looks up, up to
// analysisCacheMax forms.
var analysisCache = formCache[[]Analysis]{max: analysisCacheMax}

const analysisCacheMax = 100_000

// cachedAnalyses returns Analyze(form, initial), cached.
func cachedAnalyses(form string, initial bool) []Analysis {
	if as, ok := analysisCache.load(form, initial); ok {
		return as
	}
	as := Analyze(form, initial)
	analysisCache.store(form, initial, as)
	return as
}

// copulas link a subject to a nominative predicate ("jest lekarzem",
// "został prezydentem" take other cases, but "to jest dom" does not take
// an object): the list "copula" of data/tagger-words.tsv.
var copulas = taggerWords.Set("copula")

// subjectVerb returns the person, number and gender a verb tag demands of
// its subject, and whether it has one at all (an infinitive or an
// impersonal form has none).
func subjectVerb(x string) (person, number, gender string, has bool) {
	m := morphOf(x)
	switch m.Class {
	case "fin", "bedzie":
		return m.Vals[Person], m.Vals[Number], "", true
	case "praet", "winien":
		return "ter", m.Vals[Number], m.Vals[Gender], true
	case "impt":
		return "sec", m.Vals[Number], "", false
	}
	return "", "", "", false
}

// nomAccClauses settles nouns whose nominative and accusative look alike
// ("dom", "okno", "ustawy") by their place in the clause: after a verb
// that already has its subject, or cannot have one, such a noun is its
// object; before the verb, agreeing with it, its subject.
func nomAccClauses(d *doc.Document, tokens []doc.Token) {
	eachClause(d, tokens, nomAccClause)
}

// eachClause calls pass on each clause of tokens, from and to its first
// token and its end: the clauses end at a clauseEnd that stands outside
// a phrase (insidePhrase), the last at the end of tokens.
func eachClause(d *doc.Document, tokens []doc.Token, pass func(d *doc.Document, tokens []doc.Token, from, to int)) {
	start := 0
	for i := 0; i <= len(tokens); i++ {
		if i < len(tokens) && (!clauseEnd(d, &tokens[i]) || insidePhrase(d, tokens, i)) {
			continue
		}
		pass(d, tokens, start, i)
		start = i + 1
	}
}

// insidePhrase reports whether the punctuation at i stands inside a noun
// phrase rather than between clauses: a hyphen inside a word
// ("biało-zielony") or a comma between two adjectives ("kolorowy,
// plastikowy mikrofon").
func insidePhrase(d *doc.Document, tokens []doc.Token, i int) bool {
	if i == 0 || i+1 >= len(tokens) {
		return false
	}
	switch d.Text[tokens[i].Start:tokens[i].End] {
	case "-":
		return !tokens[i-1].SpaceAfter && !tokens[i].SpaceAfter
	case ",":
		p, n := &tokens[i-1], &tokens[i+1]
		if !adjLike(p.XPOS) || !adjLike(n.XPOS) {
			return false
		}
		switch n.Lemma {
		case "który", "jaki", "czyj", "co":
			return false
		}
		return true
	}
	return false
}

// clauseEnd reports whether t closes a clause: punctuation other than
// quotation marks, or a subordinating word.
func clauseEnd(d *doc.Document, t *doc.Token) bool {
	switch t.XPOS {
	case "interp":
		switch d.Text[t.Start:t.End] {
		case "„", "”", "\"", "«", "»":
			return false
		}
		return true
	case "comp":
		return true
	}
	return false
}

func nomAccClause(d *doc.Document, tokens []doc.Token, from, to int) {
	// The first verb of the clause that can have a subject, for nouns
	// before it.
	verb := -1
	for k := from; k < to; k++ {
		if x := tokens[k].XPOS; verbTag(x) && !strings.HasPrefix(x, "inf:") {
			verb = k
			break
		}
	}
	// A clause without any verb form ("Czarne kontury urwisk.", a caption,
	// a heading, an apposition) names things: its nouns are nominative.
	verbless := true
	for k := from; k < to && verbless; k++ {
		x := tokens[k].XPOS
		verbless = !verbTag(x) && !strings.HasPrefix(x, "imps:") && x != "pred" && !strings.HasPrefix(x, "aglt:")
	}
	if verbless {
		// Its adjectives and participles too ("Ubrany na czarno.").
		for k := from; k < to; k++ {
			x := tokens[k].XPOS
			if !adjLike(x) || governedByPrep(tokens, from, k) {
				continue
			}
			m := morphOf(x)
			if m.Vals[Case] != "acc" {
				continue
			}
			lemma, class := tokens[k].Lemma, m.Class
			setCachedReading(d, &tokens[k], k == 0, func(a *Analysis) bool {
				return a.Lemma == lemma && a.Morph.Class == class && a.Morph.Vals[Case] == "nom" &&
					a.Morph.Vals[Number] == m.Vals[Number] && a.Morph.Vals[Gender] == m.Vals[Gender] &&
					a.Morph.Vals[Degree] == m.Vals[Degree] && a.Morph.Vals[Negation] == m.Vals[Negation]
			})
		}
	}
	// A clause that opens with its verb right after a dash is, in news,
	// the attribution of the words before it ("– podaje ministerstwo",
	// "– dodał premier"): its agreeing noun is the speaker, whatever
	// object the verb usually takes.
	attribution := from > 0 && from < to && verbTag(tokens[from].XPOS) && textutil.Dash(d.Text[tokens[from-1].Start:tokens[from-1].End])
	subject := false      // a nominative seen so far in the clause
	lastVerb := -1        // the nearest verb before the current word
	object := false       // an accusative noun seen so far
	var vc verbCaseCounts // the cases after lastVerb (verbCasesOf)
	noObject := false     // lastVerb takes no object (intransitive)
	for k := from; k < to; k++ {
		x := tokens[k].XPOS
		if verbTag(x) || strings.HasPrefix(x, "imps:") || x == "pred" {
			lastVerb = k
			refl := reflexiveAt(d, tokens, k)
			vc = verbCasesOf(tokens[k].Lemma, refl)
			noObject = intransitive(tokens[k].Lemma, refl, vc)
			continue
		}
		if strings.HasPrefix(x, "ppron") && morphOf(x).Vals[Case] == "nom" {
			subject = true
			continue
		}
		if (strings.HasPrefix(x, "ppron") || relativeWords[tokens[k].Lemma]) && morphOf(x).Vals[Case] == "acc" {
			object = true // "jakie daje im Fundusz"
			continue
		}
		// A relative pronoun that can only be nominative ("która",
		// "którzy") is the subject of its clause ("firmy, która rozbiera
		// wiadukt").
		if tokens[k].Lemma == "który" && morphOf(x).Vals[Case] == "nom" && nominativeForm(d, &tokens[k], k == 0) {
			subject = true
			continue
		}
		// An adjective standing for a noun before the verb ("Mała
		// prezentuje swój repertuar") is a subject too.
		if adjLike(x) && lastVerb < 0 && morphOf(x).Vals[Case] == "nom" && tokens[k].Lemma != "który" &&
			(k+1 >= to || !nounLike(tokens[k+1].XPOS) && !adjLike(tokens[k+1].XPOS)) {
			subject = true
			continue
		}
		if !strings.HasPrefix(x, "subst:") && !strings.HasPrefix(x, "ger:") {
			continue
		}
		m := morphOf(x)
		c := m.Vals[Case]
		if c != "nom" && c != "acc" || governedByPrep(tokens, from, k) {
			continue
		}
		want := ""
		switch {
		case c == "acc" && verbless:
			want = "nom"
		case c == "nom" && lastVerb >= 0 && !copulaAt(d, tokens, lastVerb) && tokens[lastVerb].Lemma != "to":
			if !subject && (noObject || attribution && lastVerb == from) && canBeSubject(tokens, lastVerb, m, false) {
				break // "z bramy wychodził tłum", "– podaje ministerstwo"
			}
			if objectAfter(tokens, lastVerb, subject, m) || !object && vc.takesObject() && !pronounNouns[tokens[k].Lemma] {
				want = "acc"
			}
		case c == "acc" && lastVerb >= 0 && !subject && noObject:
			// A verb that takes no object: its noun is its subject
			// ("krążą cienie").
			if canBeSubject(tokens, lastVerb, m, false) {
				want = "nom"
			}
		case c == "nom" && lastVerb < 0 && verb >= 0 && subject && !canBeSubject(tokens, verb, m, false):
			// A second nominative before the verb that cannot be its
			// subject is its object put first ("Inwestorzy pomysł ten
			// zwalczali").
			want = "acc"
		case c == "acc" && lastVerb < 0 && verb >= 0 && !subject:
			if canBeSubject(tokens, verb, m, false) {
				want = "nom"
			}
		case c == "acc" && lastVerb >= 0 && !subject && reflexiveAt(d, tokens, lastVerb):
			// "powtórzył się ten błąd": a reflexive verb's noun is its
			// subject, unless the verb with "się" takes an object
			// ("planuje się ograniczenie").
			if canBeSubject(tokens, lastVerb, m, false) && !vc.takesObject() {
				want = "nom"
			}
		}
		if want != "" {
			lemma := tokens[k].Lemma
			reading := func(sameGender bool) func(a *Analysis) bool {
				return func(a *Analysis) bool {
					return a.Lemma == lemma && a.Morph.Class == m.Class && a.Morph.Vals[Case] == want &&
						a.Morph.Vals[Number] == m.Vals[Number] && (!sameGender || a.Morph.Vals[Gender] == m.Vals[Gender])
				}
			}
			// The same gender first; else another ("klawisz": m3, not
			// the m1 of a nominative read without context).
			if !setCachedReading(d, &tokens[k], k == 0, reading(true)) && !setCachedReading(d, &tokens[k], k == 0, reading(false)) {
				want = c
			}
		} else {
			want = c
		}
		if want == "nom" {
			subject = true
		}
		if want == "acc" {
			object = true
		}
	}
}

// nominativeForm reports whether every reading of the token's form with
// a case is nominative, or vocative, as adjectives have it ("która",
// "którzy"; not "który", an accusative too).
func nominativeForm(d *doc.Document, t *doc.Token, initial bool) bool {
	for _, a := range cachedAnalyses(d.Text[t.Start:t.End], initial) {
		if c := a.Morph.Vals[Case]; c != "" && c != "nom" && c != "voc" {
			return false
		}
	}
	return true
}

// governedByPrep reports whether a preposition opens the noun phrase of
// the noun at k (only adjectives between them).
func governedByPrep(tokens []doc.Token, from, k int) bool {
	for j := k - 1; j >= from; j-- {
		x := tokens[j].XPOS
		if strings.HasPrefix(x, "prep:") {
			return true
		}
		// Adjectives, and the other words of a name ("z Kim Dzong Unem").
		if !adjLike(x) && !(strings.HasPrefix(x, "subst:") && isTitle(tokens[j].Lemma) && isTitle(tokens[k].Lemma)) {
			return false
		}
	}
	return false
}

// objectAfter reports whether a noun in the nominative after the verb at v
// is rather its object: the verb has a subject already (seen before it,
// its own person, a clitic "-em", or none at all as an infinitive or
// impersonal form), or cannot agree with the noun.
func objectAfter(tokens []doc.Token, v int, subject bool, noun *Morph) bool {
	if subject {
		return true
	}
	if v+1 < len(tokens) && strings.HasPrefix(tokens[v+1].XPOS, "aglt:") {
		return true
	}
	if v+1 < len(tokens) && tokens[v+1].Lemma == "się" {
		return false // "zdarzały się wypadki"
	}
	return !canBeSubject(tokens, v, noun, true)
}

// canBeSubject reports whether the noun can be the subject of the verb at
// v: a verb in the third person agreeing in number and, in the past tense,
// in gender as Polish past forms show it (the singular -ł for all
// masculines, the plural -li for masculine persons only).
//
// With strict, a singular past form must have the noun's own gender: the
// tagger reads a lone "-ł" form as masculine personal, and a thing named
// after such a verb is more often its object ("Poczuł zapach").
func canBeSubject(tokens []doc.Token, v int, noun *Morph, strict bool) bool {
	if v+1 < len(tokens) && strings.HasPrefix(tokens[v+1].XPOS, "aglt:") {
		return false
	}
	person, number, gender, has := subjectVerb(tokens[v].XPOS)
	if !has || person != "ter" {
		return false
	}
	nnum := noun.agreeNumber()
	if nnum != number {
		return false
	}
	if gender == "" {
		return true
	}
	ng := noun.Vals[Gender]
	if number == "pl" {
		return (gender == "m1") == (ng == "m1")
	}
	masc := func(g string) bool { return g == "m1" || g == "m2" || g == "m3" }
	return gender == ng || !strict && masc(gender) && masc(ng)
}

// subjectAgreement gives past-tense verbs and predicative adjectives of a
// clause the gender of its subject ("rząd zdecydował": m3, not the m1 a
// verb without context favours), and reads a feminine noun in -y/-i before
// a plural verb as its plural subject rather than a genitive ("osoby
// przyszły").
func subjectAgreement(d *doc.Document, tokens []doc.Token) {
	start := 0
	for i := 0; i <= len(tokens); i++ {
		if i < len(tokens) && !clauseEnd(d, &tokens[i]) {
			continue
		}
		subjectClause(d, tokens, start, i)
		start = i + 1
	}
}

func subjectClause(d *doc.Document, tokens []doc.Token, from, to int) {
	subj := -1
	verb := -1
	for k := from; k < to; k++ {
		x := tokens[k].XPOS
		if verb < 0 && (strings.HasPrefix(x, "praet:") || strings.HasPrefix(x, "fin:") || strings.HasPrefix(x, "bedzie:")) {
			verb = k
		}
		if subj < 0 && (strings.HasPrefix(x, "subst:") || tokens[k].Lemma == "który" && strings.HasPrefix(x, "adj:")) &&
			morphOf(x).Vals[Case] == "nom" && !governedByPrep(tokens, from, k) {
			subj = k
		}
	}
	if verb < 0 {
		return
	}
	vm := morphOf(tokens[verb].XPOS)
	if subj < 0 {
		// A plural verb without a subject: a genitive singular before it
		// that can be a nominative plural is the subject.
		if vm.Vals[Number] != "pl" || vm.Class == "fin" && vm.Vals[Person] != "ter" {
			return
		}
		// After the verb too, where the verb takes no object: "trwały
		// wczoraj poszukiwania", "ujawnią się okoliczności".
		end := verb
		refl := reflexiveAt(d, tokens, verb)
		if !genitiveVerbAt(d, tokens, verb) && (verb == from || tokens[verb-1].Lemma != "nie") &&
			(refl || intransitive(tokens[verb].Lemma, false, verbCasesOf(tokens[verb].Lemma, false))) {
			end = to
		}
		for k := from; k < end; k++ {
			x := tokens[k].XPOS
			if !strings.HasPrefix(x, "subst:sg:gen:") && !strings.HasPrefix(x, "subst:pl:gen:") || governedByPrep(tokens, from, k) ||
				k > from && (nounLike(tokens[k-1].XPOS) || strings.HasPrefix(tokens[k-1].XPOS, "num:") || strings.HasPrefix(tokens[k-1].XPOS, "ppron")) {
				continue
			}
			lemma, gen := tokens[k].Lemma, morphOf(x).Vals[Gender]
			if (vm.Class != "praet" || (vm.Vals[Gender] == "m1") == (gen == "m1")) && setCachedReading(d, &tokens[k], k == from, func(a *Analysis) bool {
				return a.Lemma == lemma && a.Morph.Class == "subst" && a.Morph.Vals[Case] == "nom" &&
					a.Morph.Vals[Number] == "pl" && a.Morph.Vals[Gender] == gen
			}) {
				return
			}
			// Another lemma of the same spelling whose plural agrees
			// ("pracownicy": not the genitive of "pracownica" but the
			// plural of "pracownik" before "wymyślili").
			if vm.Class == "praet" && setCachedReading(d, &tokens[k], k == from, func(a *Analysis) bool {
				return a.Morph.Class == "subst" && a.Morph.Vals[Case] == "nom" && a.Morph.Vals[Number] == "pl" &&
					(vm.Vals[Gender] == "m1") == (a.Morph.Vals[Gender] == "m1")
			}) {
				return
			}
		}
		return
	}
	sm := morphOf(tokens[subj].XPOS)
	gen := sm.Vals[Gender]
	if sm.Vals[Number] != "sg" || gen != "m1" && gen != "m2" && gen != "m3" {
		return
	}
	for k := from; k < to; k++ {
		x := tokens[k].XPOS
		var class string
		switch {
		case strings.HasPrefix(x, "praet:sg:m"):
			class = "praet"
		case strings.HasPrefix(x, "adj:sg:nom:m") && k > verb && copulas[tokens[verb].Lemma] &&
			!(k+1 < len(tokens) && nounLike(tokens[k+1].XPOS)):
			class = "adj"
		default:
			continue
		}
		m := morphOf(x)
		if m.Vals[Gender] == gen {
			continue
		}
		lemma := tokens[k].Lemma
		setCachedReading(d, &tokens[k], k == 0, func(a *Analysis) bool {
			if a.Lemma != lemma || a.Morph.Class != class || a.Morph.Vals[Number] != "sg" || a.Morph.Vals[Gender] != gen {
				return false
			}
			if class == "adj" {
				return a.Morph.Vals[Case] == "nom" && a.Morph.Vals[Degree] == m.Vals[Degree]
			}
			return a.Morph.Vals[Aspect] == m.Vals[Aspect] && a.Morph.Cond == m.Cond
		})
	}
}

// morphCache holds ParseXPOS per tag for the passes after decoding, which
// look at the tags of every token.
var morphCache readMostly[string, *Morph]

// morphFront finds most tags before morphCache: by the string itself.
var morphFront byIdentity[*Morph]

// morphOf returns ParseXPOS(xpos), cached; the result must not be changed.
func morphOf(xpos string) *Morph {
	if m, ok := morphFront.load(xpos); ok {
		return m
	}
	m, ok := morphCache.load(xpos)
	if !ok {
		p := ParseXPOS(xpos)
		m = &p
		morphCache.store(strings.Clone(xpos), m)
	}
	morphFront.store(xpos, m)
	return m
}

// adjectivesForNouns reads a lower-case word tagged as a noun as an
// adjective when the dictionary also knows it as one and it can agree with
// the noun next to it: "drugim (adj) razem", "jedno­go (adj) dnia",
// "języka francuskiego (adj)" — nouns formed from adjectives ("kąpielowa",
// "francuski" the language) are rarer than the adjectives.
func adjectivesForNouns(d *doc.Document, tokens []doc.Token) {
	for k := range tokens {
		x := tokens[k].XPOS
		if !strings.HasPrefix(x, "subst:") {
			continue
		}
		form := d.Text[tokens[k].Start:tokens[k].End]
		if last, _ := utf8.DecodeLastRuneInString(form); !strings.ContainsRune("yiaeąjoumhYIAEĄJOUMH", last) {
			continue // no adjective ends so: spare the lookup
		}
		r, _ := utf8.DecodeRuneInString(form)
		capital := !unicode.IsLower(r)
		noun := -1
		switch {
		case k+1 < len(tokens) && strings.HasPrefix(tokens[k+1].XPOS, "subst:"):
			noun = k + 1
		case k > 0 && strings.HasPrefix(tokens[k-1].XPOS, "subst:"):
			noun = k - 1
		default:
			continue
		}
		// A capitalised word may be a surname ("Jan Kowalski"); it is an
		// adjective only beside a common noun ("Sąd Wojewódzki", and
		// opening a sentence before one: "Starsza kobieta").
		if capital && (k == 0 && noun != k+1 || isTitle(tokens[noun].Lemma)) {
			continue
		}
		// A name in the genitive after a noun written in lower case
		// completes it: "prezydent Polski", "granice Polski", "marszałka
		// Komorowskiego" — the country or the man, not an adjective; after
		// a capitalised noun it may be part of a name ("Narodowy Bank
		// Polski", and at a sentence start "Teatr Polski").
		if capital && noun == k-1 && isTitle(tokens[k].Lemma) && morphOf(x).Vals[Case] == "gen" && strings.ToUpper(form) != form {
			if nr, _ := utf8.DecodeRuneInString(d.Text[tokens[noun].Start:tokens[noun].End]); unicode.IsLower(nr) {
				continue
			}
		}
		n := morphOf(tokens[noun].XPOS)
		// The case: a preposition's before the pair, else the noun's.
		cases := []string{n.Vals[Case]}
		if noun == k+1 && k > 0 && strings.HasPrefix(tokens[k-1].XPOS, "prep:") {
			if pc := morphOf(tokens[k-1].XPOS).Vals[Case]; pc != n.Vals[Case] {
				cases = []string{pc, n.Vals[Case]}
			}
		}
		for _, c := range cases {
			num, gen := n.Vals[Number], n.Vals[Gender]
			var alt *Analysis
			if c != n.Vals[Case] {
				nas := cachedAnalyses(d.Text[tokens[noun].Start:tokens[noun].End], false)
				for j := range nas {
					a := &nas[j]
					if a.Lemma == tokens[noun].Lemma && a.Morph.Class == "subst" && a.Morph.Vals[Case] == c {
						alt = a
						break
					}
				}
				if alt == nil {
					continue
				}
				num, gen = alt.Morph.Vals[Number], alt.Morph.Vals[Gender]
			}
			if n.Ptan || alt != nil && alt.Morph.Ptan {
				num = "pl"
			}
			if setCachedReading(d, &tokens[k], k == 0, func(a *Analysis) bool {
				return (a.Morph.Class == "adj" || a.Morph.Class == "pact" || a.Morph.Class == "ppas") &&
					a.Morph.Vals[Case] == c && a.Morph.Vals[Number] == num && a.Morph.Vals[Gender] == gen
			}) {
				if alt != nil {
					t := &tokens[noun]
					t.Lemma, t.XPOS = alt.Lemma, alt.TokenXPOS()
					t.UPOS, t.Feats = alt.UD()
				}
				break
			}
		}
	}
}

// gerunds reads a noun in -nie/-cie as the verbal noun (ger) of its verb
// when an object in the genitive or "się" follows it ("wprowadzenia
// zmian", "zapewnienie się"): UD Polish PDB keeps the noun reading for
// words that name a thing ("życie", "pytanie") and the gerund for actions.
func gerunds(d *doc.Document, tokens []doc.Token) {
	for k := 0; k+1 < len(tokens); k++ {
		x := tokens[k].XPOS
		if !strings.HasPrefix(x, "subst:") || morphOf(x).Vals[Gender] != "n" {
			continue
		}
		form := d.Text[tokens[k].Start:tokens[k].End]
		nx := tokens[k+1].XPOS
		nf := d.Text[tokens[k+1].Start:tokens[k+1].End]
		m := morphOf(x)
		if r, _ := utf8.DecodeRuneInString(form); !unicode.IsLower(r) {
			// "Powstania Warszawskiego", "Dania"; opening a sentence, a
			// common noun's capital says nothing ("Aresztowanie
			// dziennikarza…") when it is a subject or an object, not an
			// idiom ("Zdaniem ekspertów", "Zadaniem komisji jest") nor
			// the start of a name ("Stowarzyszenie Dziennikarzy")
			if k > 0 || isTitle(tokens[k].Lemma) || m.Vals[Case] != "nom" && m.Vals[Case] != "acc" {
				continue
			}
			if nr, _ := utf8.DecodeRuneInString(nf); !unicode.IsLower(nr) && !isTitle(tokens[k+1].Lemma) {
				continue
			}
		}
		obj := nf == "się"
		if !obj && (strings.HasPrefix(nx, "subst:") || strings.HasPrefix(nx, "adj:") || strings.HasPrefix(nx, "ppron")) {
			nm := morphOf(nx)
			obj = nm.Vals[Case] == "gen"
			// An adjective that agrees with the noun is its own modifier
			// ("kształcenia ustawicznego"), not an object.
			if obj && strings.HasPrefix(nx, "adj:") && nm.Vals[Case] == m.Vals[Case] &&
				nm.Vals[Number] == m.Vals[Number] && nm.Vals[Gender] == m.Vals[Gender] {
				obj = false
			}
		}
		if !obj {
			continue
		}
		c, num := m.Vals[Case], m.Vals[Number]
		setCachedReading(d, &tokens[k], k == 0, func(a *Analysis) bool {
			return a.Morph.Class == "ger" && a.Morph.Vals[Case] == c && a.Morph.Vals[Number] == num
		})
	}
}

// prepositionCase gives a preposition with several cases ("na", "o",
// "w", "za", "po") the case of the word after it when the tagger chose
// another one ("na to", "o 2 proc."), and the accusative before an
// adverb ("na pewno", "na biało").
func prepositionCase(d *doc.Document, tokens []doc.Token) {
	for k := 0; k+1 < len(tokens); k++ {
		x := tokens[k].XPOS
		if !strings.HasPrefix(x, "prep:") {
			continue
		}
		nx := tokens[k+1].XPOS
		if possessiveAt(d, tokens, k+1) {
			nx = tokens[k+2].XPOS // "z jego pomocą": the phrase after the possessive
		}
		want := ""
		switch {
		case strings.HasPrefix(nx, "adv") || tokens[k+1].Lemma == "pewno":
			want = "acc"
		case nounLike(nx) || adjLike(nx) || strings.HasPrefix(nx, "num:") || strings.HasPrefix(nx, "ppron"):
			want = morphOf(nx).Vals[Case]
		}
		if want == "" || want == morphOf(x).Vals[Case] {
			continue
		}
		lemma := tokens[k].Lemma
		setCachedReading(d, &tokens[k], k == 0, func(a *Analysis) bool {
			return a.Lemma == lemma && a.Morph.Class == "prep" && a.Morph.Vals[Case] == want
		})
	}
}

// genitiveVerbs take their object in the genitive even without negation:
// the list "genitive-verb" of data/tagger-words.tsv.
var genitiveVerbs = taggerWords.Set("genitive-verb")

// personalObjects revises masculine personal nouns whose accusative and
// genitive look alike ("Kima", "chłopca"): right after a verb (past
// determiners and adjectives) that is not negated and does not take the
// genitive, such a noun is the verb's accusative object.
func personalObjects(d *doc.Document, tokens []doc.Token) {
	for k := 1; k < len(tokens); k++ {
		x := tokens[k].XPOS
		if !strings.HasPrefix(x, "subst:sg:gen:m1") {
			continue
		}
		j := k - 1
		for j >= 0 && (strings.HasPrefix(tokens[j].XPOS, "adj:sg:gen:m1") || strings.HasPrefix(tokens[j].XPOS, "ppron3:sg:gen")) {
			j--
		}
		if j < 0 || !verbTag(tokens[j].XPOS) || genitiveVerbAt(d, tokens, j) {
			continue
		}
		if j > 0 && tokens[j-1].Lemma == "nie" || j > 1 && tokens[j-2].Lemma == "nie" {
			continue
		}
		lemma := tokens[k].Lemma
		setCachedReading(d, &tokens[k], false, func(a *Analysis) bool {
			return a.Lemma == lemma && a.Morph.Class == "subst" && a.Morph.Vals[Case] == "acc" &&
				a.Morph.Vals[Number] == "sg" && a.Morph.Vals[Gender] == "m1"
		})
	}
}

// firstNames reads a capitalised word that is its own lemma as a man's
// name in the nominative ("Henryk", "Bogdan") where the tagger chose the
// genitive plural of a woman's name ("Henryka", "Bogdana"), unless a
// numeral or plural word before it asks for a genitive plural.
func firstNames(d *doc.Document, tokens []doc.Token) {
	for k := range tokens {
		x := tokens[k].XPOS
		if !strings.HasPrefix(x, "subst:pl:gen:") {
			continue
		}
		if k > 0 {
			if p := tokens[k-1].XPOS; strings.HasPrefix(p, "num:") || strings.HasPrefix(p, "adj:pl:") || strings.HasPrefix(p, "prep:") {
				continue
			}
		}
		form := d.Text[tokens[k].Start:tokens[k].End]
		if r, _ := utf8.DecodeRuneInString(form); !unicode.IsUpper(r) {
			continue
		}
		setCachedReading(d, &tokens[k], k == 0, func(a *Analysis) bool {
			return a.Lemma == form && a.Morph.Class == "subst" && a.Morph.Vals[Case] == "nom" &&
				a.Morph.Vals[Number] == "sg"
		})
	}
}

// numeralNouns gives the noun after a numeral the number and case the
// numeral demands: the numeral's own case when it agrees ("dwie osoby",
// congr), the genitive plural when it governs ("pięć osób", "kilka
// funkcji", rec).
func numeralNouns(d *doc.Document, tokens []doc.Token) {
	for k := 0; k+1 < len(tokens); k++ {
		x := tokens[k].XPOS
		if !strings.HasPrefix(x, "num:") {
			continue
		}
		m := morphOf(x)
		c := m.Vals[Case]
		if m.Vals[Accommodability] == "rec" {
			c = "gen"
		}
		if c == "" {
			continue
		}
		// The noun after the numeral, past adjectives.
		j := k + 1
		for j < len(tokens) && adjLike(tokens[j].XPOS) {
			j++
		}
		if j >= len(tokens) || !strings.HasPrefix(tokens[j].XPOS, "subst:") {
			continue
		}
		nm := morphOf(tokens[j].XPOS)
		if nm.Vals[Case] != c || nm.Vals[Number] != "pl" && !nm.Ptan {
			lemma := tokens[j].Lemma
			setCachedReading(d, &tokens[j], j == 0, func(a *Analysis) bool {
				return a.Lemma == lemma && a.Morph.Class == "subst" && a.Morph.Vals[Case] == c &&
					(a.Morph.Vals[Number] == "pl" || a.Morph.Ptan)
			})
		}
		// The numeral takes the noun's gender, and in the nominative or
		// accusative the case its place gives (numeralRole).
		gen := morphOf(tokens[j].XPOS).Vals[Gender]
		nc := m.Vals[Case]
		if (nc == "nom" || nc == "acc") && !(k > 0 && strings.HasPrefix(tokens[k-1].XPOS, "prep:")) {
			nc = numeralRole(d, tokens, k, j, gen, m.Vals[Accommodability])
		}
		if gen != m.Vals[Gender] || nc != m.Vals[Case] {
			lemma, acc := tokens[k].Lemma, m.Vals[Accommodability]
			if !setCachedReading(d, &tokens[k], k == 0, func(a *Analysis) bool {
				return a.Lemma == lemma && a.Morph.Class == "num" && a.Morph.Vals[Case] == nc &&
					a.Morph.Vals[Gender] == gen && a.Morph.Vals[Accommodability] == acc
			}) && nc == "gen" {
				// "dwóch osób": the genitive agrees ("congr").
				setCachedReading(d, &tokens[k], k == 0, func(a *Analysis) bool {
					return a.Lemma == lemma && a.Morph.Class == "num" && a.Morph.Vals[Case] == nc &&
						a.Morph.Vals[Gender] == gen
				})
			}
			if nc == "gen" {
				nl := tokens[j].Lemma
				setCachedReading(d, &tokens[j], j == 0, func(a *Analysis) bool {
					return a.Lemma == nl && a.Morph.Class == "subst" && a.Morph.Vals[Case] == "gen" &&
						(a.Morph.Vals[Number] == "pl" || a.Morph.Ptan)
				})
			}
		}
	}
}

// numeralRole returns the case of a numeral phrase at k read in the
// nominative or accusative, from its clause: the genitive after a noun
// whose attribute it is ("w stronę dwóch osób", "grupy czternastu osób"),
// where the numeral has a genitive; the accusative with a verb that
// cannot have the phrase as its subject (an impersonal form in -no, -to,
// the first or second person, a verb that does not agree: a governing
// numeral takes a verb in the neuter singular, "przyszło pięć osób",
// an agreeing one the plural, "przyszły dwie osoby") or that takes an
// object and has its subject elsewhere; a span of time before "temu";
// else the nominative.
func numeralRole(d *doc.Document, tokens []doc.Token, k, j int, gen, accom string) string {
	p := k - 1
	for p >= 0 && (adjLike(tokens[p].XPOS) || tokens[p].Lemma == "ponad" || tokens[p].Lemma == "około") {
		p--
	}
	if p >= 0 && nounLike(tokens[p].XPOS) && hasNumeralCase(d, &tokens[k], k == 0, "gen") {
		return "gen"
	}
	from, to := k, k+1
	for from > 0 && !clauseEnd(d, &tokens[from-1]) {
		from--
	}
	for to < len(tokens) && !clauseEnd(d, &tokens[to]) {
		to++
	}
	v := -1
	for i := from; i < to; i++ {
		x := tokens[i].XPOS
		if verbTag(x) && !strings.HasPrefix(x, "inf:") || strings.HasPrefix(x, "imps:") {
			v = i
			break
		}
	}
	if j+1 < len(tokens) && tokens[j+1].Lemma == "temu" {
		return "acc" // "sześć lat temu"
	}
	if v < 0 {
		return "nom"
	}
	vm := morphOf(tokens[v].XPOS)
	switch {
	case vm.Class == "imps" || vm.Class == "impt" || vm.Class == "pcon" || vm.Class == "pant":
		return "acc"
	case v+1 < len(tokens) && strings.HasPrefix(tokens[v+1].XPOS, "aglt:"):
		return "acc"
	case vm.Class == "fin" && vm.Vals[Person] != "ter":
		return "acc"
	}
	// Whether the phrase can be the verb's subject.
	// A phrase joined to another takes a plural verb ("pięciu mężczyzn
	// i cztery kobiety stoją").
	joined := j+2 < len(tokens) && tokens[j+1].XPOS == "conj" && coordinators[tokens[j+1].Lemma] &&
		(nounLike(tokens[j+2].XPOS) || strings.HasPrefix(tokens[j+2].XPOS, "num:"))
	governs := (accom == "rec" || gen == "m1") && !joined
	agrees := false
	switch vm.Class {
	case "fin", "bedzie":
		agrees = (vm.Vals[Number] == "sg") == governs
	case "praet", "winien":
		if governs {
			agrees = vm.Vals[Number] == "sg" && vm.Vals[Gender] == "n"
		} else {
			agrees = vm.Vals[Number] == "pl" && (joined || vm.Vals[Gender] != "m1")
		}
	}
	if !agrees {
		return "acc"
	}
	for i := from; i < to; i++ {
		x := tokens[i].XPOS
		if i != k && i != j && (strings.HasPrefix(x, "subst:") || strings.HasPrefix(x, "ppron")) && morphOf(x).Vals[Case] == "nom" &&
			!governedByPrep(tokens, from, i) && canBeSubject(tokens, v, morphOf(x), false) && onlyNominative(d, tokens, i) {
			return "acc" // the verb has its subject
		}
	}
	if v < k && !copulaAt(d, tokens, v) && tokens[v].Lemma != "być" && !reflexiveAt(d, tokens, v) &&
		verbCasesOf(tokens[v].Lemma, false).takesObject() {
		return "acc"
	}
	return "nom"
}

// hasNumeralCase reports whether the numeral token t has a reading in the
// case c.
func hasNumeralCase(d *doc.Document, t *doc.Token, initial bool, c string) bool {
	for _, a := range cachedAnalyses(d.Text[t.Start:t.End], initial) {
		if a.Lemma == t.Lemma && a.Morph.Class == "num" && a.Morph.Vals[Case] == c {
			return true
		}
	}
	return false
}

// relativePronouns gives "który" the gender and number of the noun it
// refers to, the last noun before the comma that opens its clause
// ("Irak, który …": m3; "rower, który …"), keeping its own case.
func relativePronouns(d *doc.Document, tokens []doc.Token) {
	for k := 1; k < len(tokens); k++ {
		if tokens[k].Lemma != "który" || !strings.HasPrefix(tokens[k].XPOS, "adj:") {
			continue
		}
		j := k - 1
		if strings.HasPrefix(tokens[j].XPOS, "prep:") {
			j--
		}
		if j < 1 || d.Text[tokens[j].Start:tokens[j].End] != "," {
			continue
		}
		ant := -1
		for p := j - 1; p >= 0 && p >= j-3; p-- {
			x := tokens[p].XPOS
			if strings.HasPrefix(x, "subst:") || strings.HasPrefix(x, "ger:") || strings.HasPrefix(x, "depr:") {
				ant = p
				break
			}
			if !adjLike(x) && !strings.HasPrefix(tokens[p].XPOS, "subst:") {
				break
			}
		}
		if ant < 0 {
			continue
		}
		am := morphOf(tokens[ant].XPOS)
		num, gen := am.agreeNumber(), am.Vals[Gender]
		m := morphOf(tokens[k].XPOS)
		if m.Vals[Number] == num && m.Vals[Gender] == gen {
			continue
		}
		c := m.Vals[Case]
		setCachedReading(d, &tokens[k], false, func(a *Analysis) bool {
			return a.Lemma == "który" && a.Morph.Class == "adj" && a.Morph.Vals[Case] == c &&
				a.Morph.Vals[Number] == num && a.Morph.Vals[Gender] == gen
		})
	}
}

// pluralPastGender gives a plural past form that is not masculine
// personal ("-ły") the gender of its subject, a nominative plural noun of
// its clause, and the feminine when there is none: the one form serves
// m2, m3, f and n alike, and feminine subjects are the most frequent.
func pluralPastGender(d *doc.Document, tokens []doc.Token) {
	start := 0
	for i := 0; i <= len(tokens); i++ {
		if i < len(tokens) && !clauseEnd(d, &tokens[i]) {
			continue
		}
		gen := ""
		for k := start; k < i; k++ {
			x := tokens[k].XPOS
			if strings.HasPrefix(x, "subst:pl:nom:") && !governedByPrep(tokens, start, k) {
				if g := morphOf(x).Vals[Gender]; g != "m1" {
					gen = g
					break
				}
			}
		}
		if gen == "" {
			gen = "f"
		}
		for k := start; k < i; k++ {
			x := tokens[k].XPOS
			if !strings.HasPrefix(x, "praet:pl:") && !strings.HasPrefix(x, "winien:pl:") {
				continue
			}
			m := morphOf(x)
			if m.Vals[Gender] == "m1" || m.Vals[Gender] == gen {
				continue
			}
			lemma, class := tokens[k].Lemma, m.Class
			setCachedReading(d, &tokens[k], k == 0, func(a *Analysis) bool {
				return a.Lemma == lemma && a.Morph.Class == class && a.Morph.Vals[Number] == "pl" &&
					a.Morph.Vals[Gender] == gen && a.Morph.Vals[Aspect] == m.Vals[Aspect] && a.Morph.Cond == m.Cond
			})
		}
		start = i + 1
	}
}

// predicatives puts in the nominative an adjective or participle that
// follows a copula without a noun of its own ("jest otwarty", "były
// zamknięte"), where the tagger chose the accusative of the same form.
func predicatives(d *doc.Document, tokens []doc.Token) {
	for k := 1; k < len(tokens); k++ {
		x := tokens[k].XPOS
		if !adjLike(x) || morphOf(x).Vals[Case] != "acc" {
			continue
		}
		v := k - 1
		if v > 0 && (strings.HasPrefix(tokens[v].XPOS, "adv") || strings.HasPrefix(tokens[v].XPOS, "part")) {
			v-- // "jest bardzo ważne", "nie jest już otwarty"
		}
		if !copulas[tokens[v].Lemma] || !verbTag(tokens[v].XPOS) {
			continue
		}
		if k+1 < len(tokens) && (nounLike(tokens[k+1].XPOS) || adjLike(tokens[k+1].XPOS)) {
			continue
		}
		m := morphOf(x)
		lemma, class := tokens[k].Lemma, m.Class
		setCachedReading(d, &tokens[k], false, func(a *Analysis) bool {
			return a.Lemma == lemma && a.Morph.Class == class && a.Morph.Vals[Case] == "nom" &&
				a.Morph.Vals[Number] == m.Vals[Number] && a.Morph.Vals[Gender] == m.Vals[Gender] &&
				a.Morph.Vals[Degree] == m.Vals[Degree] && a.Morph.Vals[Negation] == m.Vals[Negation]
		})
	}
}

// pluralObjects reads a noun right after a verb as its accusative plural
// where the tagger chose a genitive singular of the same spelling ("łowi
// ryby", "wyrzucają butelki"): a verb that is not negated and does not
// take the genitive has its object in the accusative. After a verb that
// takes no object (verbCasesOf) such a noun is its subject instead, in
// the nominative plural.
func pluralObjects(d *doc.Document, tokens []doc.Token) {
	for k := 1; k < len(tokens); k++ {
		x := tokens[k].XPOS
		if !strings.HasPrefix(x, "subst:sg:gen:") {
			continue
		}
		j := k - 1
		for j >= 0 && adjLike(tokens[j].XPOS) {
			j--
		}
		if j < 0 || !verbTag(tokens[j].XPOS) || genitiveVerbAt(d, tokens, j) || copulaAt(d, tokens, j) {
			continue
		}
		if j > 0 && tokens[j-1].Lemma == "nie" || j+1 < len(tokens) && tokens[j+1].Lemma == "się" {
			continue
		}
		m := morphOf(x)
		lemma := tokens[k].Lemma
		if intransitive(tokens[j].Lemma, false, verbCasesOf(tokens[j].Lemma, false)) && setCachedReading(d, &tokens[k], false, func(a *Analysis) bool {
			return a.Lemma == lemma && a.Morph.Class == "subst" && a.Morph.Vals[Case] == "nom" &&
				a.Morph.Vals[Number] == "pl" && canBeSubject(tokens, j, &a.Morph, false)
		}) {
			continue // "z bramy wychodziły pensjonarki"
		}
		setCachedReading(d, &tokens[k], false, func(a *Analysis) bool {
			return a.Lemma == lemma && a.Morph.Class == "subst" && a.Morph.Vals[Case] == "acc" &&
				a.Morph.Vals[Number] == "pl" && a.Morph.Vals[Gender] == m.Vals[Gender]
		})
	}
}

// relativeSubjects puts "który" or "jaki" in the nominative where it
// opens its clause right after a comma or a noun and the clause's verb
// agrees with a nominative of its form as with a subject ("osób, które
// popadły", "pytań, jakie przyjdą"), where the tagger chose the
// accusative of the same form.
func relativeSubjects(d *doc.Document, tokens []doc.Token) {
	for k := 1; k < len(tokens); k++ {
		x := tokens[k].XPOS
		lemma := tokens[k].Lemma
		if lemma != "który" && lemma != "jaki" || !strings.HasPrefix(x, "adj:") ||
			d.Text[tokens[k-1].Start:tokens[k-1].End] != "," && !nounLike(tokens[k-1].XPOS) {
			continue
		}
		m := morphOf(x)
		if m.Vals[Case] != "acc" {
			continue
		}
		for j := k + 1; j < len(tokens) && !clauseEnd(d, &tokens[j]); j++ {
			vx := tokens[j].XPOS
			if !verbTag(vx) || strings.HasPrefix(vx, "inf:") {
				continue
			}
			// The same number and gender first; else another reading of
			// the form that agrees ("które" as a plural: "zakłady,
			// które dysponują").
			if !canBeSubject(tokens, j, m, true) || !setCachedReading(d, &tokens[k], false, func(a *Analysis) bool {
				return a.Lemma == lemma && a.Morph.Class == "adj" && a.Morph.Vals[Case] == "nom" &&
					a.Morph.Vals[Number] == m.Vals[Number] && a.Morph.Vals[Gender] == m.Vals[Gender]
			}) {
				setCachedReading(d, &tokens[k], false, func(a *Analysis) bool {
					return a.Lemma == lemma && a.Morph.Class == "adj" && a.Morph.Vals[Case] == "nom" &&
						canBeSubject(tokens, j, &a.Morph, true)
				})
			}
			break
		}
	}
}

// nounsAfterModifiers reads a word the tagger took for a verb or an adverb
// as a noun where a preposition or an agreeing adjective right before it
// asks for one and the dictionary has such a noun ("w stanie", "tym
// razem").
func nounsAfterModifiers(d *doc.Document, tokens []doc.Token) {
	for k := 1; k < len(tokens); k++ {
		x := tokens[k].XPOS
		if nounLike(x) || adjLike(x) || strings.HasPrefix(x, "ppron") || x == "interp" || strings.HasPrefix(x, "num") ||
			strings.HasPrefix(x, "prep") || strings.HasPrefix(x, "dig") || x == "conj" || x == "comp" || strings.HasPrefix(x, "inf") {
			continue
		}
		px := tokens[k-1].XPOS
		var c, num, gen string
		switch {
		case strings.HasPrefix(px, "prep:"):
			c = morphOf(px).Vals[Case]
		case adjLike(px):
			pm := morphOf(px)
			c, num, gen = pm.Vals[Case], pm.Vals[Number], pm.Vals[Gender]
		default:
			continue
		}
		setCachedReading(d, &tokens[k], false, func(a *Analysis) bool {
			return a.Morph.Class == "subst" && a.Morph.Vals[Case] == c && !isTitle(a.Lemma) &&
				(num == "" || a.Morph.Vals[Number] == num && a.Morph.Vals[Gender] == gen)
		})
	}
}

// personNouns are adjectives Polish uses as nouns for people ("radni",
// "oskarżonego", "dla pieszych"): without a noun of their own they are
// read as the nouns the dictionary makes of them. The list "person-noun"
// of data/tagger-words.tsv.
var personNouns = taggerWords.Set("person-noun")

// personNominals applies personNouns.
func personNominals(d *doc.Document, tokens []doc.Token) {
	for k := range tokens {
		x := tokens[k].XPOS
		if !adjLike(x) || !personNouns[tokens[k].Lemma] {
			continue
		}
		m := morphOf(x)
		if m.Vals[Gender] != "m1" && m.Vals[Gender] != "f" {
			continue
		}
		if k+1 < len(tokens) {
			if nx := tokens[k+1].XPOS; nounLike(nx) || adjLike(nx) {
				continue
			}
		}
		if k > 0 && (copulas[tokens[k-1].Lemma] || nounLike(tokens[k-1].XPOS) && morphOf(tokens[k-1].XPOS).Vals[Case] == m.Vals[Case]) {
			continue
		}
		lemma := tokens[k].Lemma
		setCachedReading(d, &tokens[k], k == 0, func(a *Analysis) bool {
			return a.Morph.Class == "subst" && a.Lemma == lemma && a.Morph.Vals[Case] == m.Vals[Case] &&
				a.Morph.Vals[Number] == m.Vals[Number] && a.Morph.Vals[Gender] == m.Vals[Gender]
		})
	}
}

// score ranks a name reading: its lemma the word itself, then its case c.
func score(a *Analysis, form, c string) int {
	n := 0
	if a.Lemma == form {
		n += 2
	}
	if a.Morph.Vals[Case] == c {
		n++
	}
	return n
}

// namesInRuns reads a capitalised word inside a run of capitalised words
// as a name where the tagger made it a pronoun of the same spelling ("z Kim Dzong Unem": "Kim", not "kto"), when the analyses
// offer a proper noun; the case the tagger chose is kept if it can be.
func namesInRuns(d *doc.Document, tokens []doc.Token) {
	for k := 1; k < len(tokens); k++ {
		if tokens[k].UPOS != "PRON" {
			continue
		}
		form := d.Text[tokens[k].Start:tokens[k].End]
		if !isTitle(form) || isOpening(d.Text[tokens[k-1].Start:tokens[k-1].End]) {
			continue
		}
		capNext := k+1 < len(tokens) && isTitle(d.Text[tokens[k+1].Start:tokens[k+1].End])
		capPrev := k > 1 && isTitle(d.Text[tokens[k-1].Start:tokens[k-1].End])
		if !capNext && !capPrev {
			continue
		}
		c := morphOf(tokens[k].XPOS).Vals[Case]
		as := cachedAnalyses(form, false)
		best := -1
		for j := range as {
			a := &as[j]
			if a.Morph.Class != "subst" || !isTitle(a.Lemma) {
				continue
			}
			// The word as its own lemma first ("Kim"), then the case.
			if best < 0 || score(a, form, c) > score(&as[best], form, c) {
				best = j
			}
		}
		if best < 0 {
			continue
		}
		a := &as[best]
		t := &tokens[k]
		t.Lemma, t.XPOS = a.Lemma, a.TokenXPOS()
		t.UPOS, t.Feats = a.UD()
	}
}

// reflexiveAt reports whether "się" follows the verb at v.
func reflexiveAt(d *doc.Document, tokens []doc.Token, v int) bool {
	return v+1 < len(tokens) && d.Text[tokens[v+1].Start:tokens[v+1].End] == "się"
}

// nounAfterPhrase returns the noun after a prepositional phrase, "się" or
// an adverb that stands between an adjective and its noun, the phrase
// beginning at j: "[w kostkę] ziemniaki", "[na świecie] producent",
// "[się tam] gąsienice"; else -1. The noun is not governed by a
// preposition itself, and at most six words stand between.
func nounAfterPhrase(d *doc.Document, tokens []doc.Token, j int) int {
	k := j
	for steps := 0; k < len(tokens) && steps < 6; steps++ {
		x := tokens[k].XPOS
		switch {
		case strings.HasPrefix(x, "prep:"):
			// The preposition's phrase: adjectives and one noun.
			k++
			for k < len(tokens) && adjLike(tokens[k].XPOS) {
				k++
			}
			if k >= len(tokens) || !nounLike(tokens[k].XPOS) {
				return -1
			}
			k++
		case d.Text[tokens[k].Start:tokens[k].End] == "się" || strings.HasPrefix(x, "adv"):
			k++
		case nounLike(x) && k > j:
			return k
		default:
			return -1
		}
	}
	return -1
}

// reflexiveCopulas link a subject to a predicate only with "się"
// ("wydaje się dobry", "stał się prezydentem"); without it they take an
// object or none ("wydaje akt", "stał dom").
var reflexiveCopulas = map[string]bool{"wydawać": true, "wydać": true, "okazać": true, "okazywać": true, "stać": true, "stawać": true}

// copulaAt reports whether the verb at v is a copula here (see copulas and
// reflexiveCopulas).
func copulaAt(d *doc.Document, tokens []doc.Token, v int) bool {
	l := tokens[v].Lemma
	if reflexiveCopulas[l] {
		return reflexiveAt(d, tokens, v)
	}
	return copulas[l]
}
