package pl

import (
	"strings"

	"github.com/kronika/kronika/doc"
)

// coordinatedNouns gives the second of two coordinated noun phrases the
// case of the first ("w sportowym stroju i kasku", "kobieta i dziecko
// zjeżdżają", "wziąć urząd albo rząd"): a noun after a coordinating
// conjunction, with only adjectives between them, whose form can be read
// in the case of the noun just before the conjunction takes that case,
// its adjectives with it. The first phrase is not changed: the passes
// before have settled it with more context.
func coordinatedNouns(d *doc.Document, tokens []doc.Token) {
	for k := 2; k < len(tokens); k++ {
		if !strings.HasPrefix(tokens[k].XPOS, "subst:") && !strings.HasPrefix(tokens[k].XPOS, "ger:") {
			continue
		}
		first := k
		for first > 0 && adjLike(tokens[first-1].XPOS) {
			first--
		}
		j := first - 1
		comma := j >= 1 && d.Text[tokens[j].Start:tokens[j].End] == ","
		if j < 1 || !comma && (tokens[j].XPOS != "conj" || !coordinators[tokens[j].Lemma]) || pronounNouns[tokens[k].Lemma] {
			continue
		}
		if comma && first < k && relativeWords[tokens[first].Lemma] {
			continue
		}
		p := j - 1
		if !comma && p > 0 && d.Text[tokens[p].Start:tokens[p].End] == "," {
			p-- // "albo urząd , albo rząd"
		}
		if q := p; adjLike(tokens[q].XPOS) {
			// The first item ends with its adjectives: "słowo kodowe lub
			// numer".
			for q > 0 && adjLike(tokens[q].XPOS) {
				q--
			}
			if nounLike(tokens[q].XPOS) && morphOf(tokens[q].XPOS).Vals[Case] == morphOf(tokens[p].XPOS).Vals[Case] {
				p = q
			}
		}
		if !nounLike(tokens[p].XPOS) {
			continue
		}
		c := morphOf(tokens[p].XPOS).Vals[Case]
		m := morphOf(tokens[k].XPOS)
		if c == "" || c == m.Vals[Case] || c == "voc" {
			continue
		}
		n := readingInCase(d, tokens, k, c)
		if n == nil && c == "gen" {
			// The noun before is the genitive attribute (or ends the
			// prepositional phrase) of the first item, whose case a form
			// without a genitive takes: "urząd prezydenta albo rząd",
			// "zawroty głowy , drżenie ręki".
			if h := phraseHead(tokens, p); h >= 0 {
				c = morphOf(tokens[h].XPOS).Vals[Case]
				if c != "" && c != m.Vals[Case] && c != "voc" {
					n = readingInCase(d, tokens, k, c)
				}
			}
		}
		if n == nil {
			continue
		}
		num := n.Morph.agreeNumber()
		if first < k && !setRun(d, tokens, first, k, c, num, n.Morph.Vals[Gender]) {
			continue
		}
		tokens[k].Lemma, tokens[k].XPOS = n.Lemma, n.TokenXPOS()
		tokens[k].UPOS, tokens[k].Feats = n.UD()
		// Its adjectives after it, when no noun of their own follows
		// ("lub numer dotyczący procedury").
		e := k + 1
		for e < len(tokens) && adjLike(tokens[e].XPOS) {
			e++
		}
		if e > k+1 && (e == len(tokens) || !nounLike(tokens[e].XPOS)) {
			agreePostposed(d, tokens, k, k+1, e)
		}
	}
}

// readingInCase returns the analysis of the noun at k in case c with its
// lemma and class, its number and gender if it has them, or nil.
func readingInCase(d *doc.Document, tokens []doc.Token, k int, c string) *Analysis {
	m := morphOf(tokens[k].XPOS)
	lemma, class := tokens[k].Lemma, m.Class
	var n *Analysis
	as := cachedAnalyses(d.Text[tokens[k].Start:tokens[k].End], k == 0)
	for i := range as {
		a := &as[i]
		if a.Lemma != lemma || a.Morph.Class != class || a.Morph.Vals[Case] != c {
			continue
		}
		if n == nil || a.Morph.Vals[Number] == m.Vals[Number] && a.Morph.Vals[Gender] == m.Vals[Gender] {
			n = a
		}
	}
	return n
}

// phraseHead returns the noun whose genitive attribute, or prepositional
// phrase, ends with the genitive at p ("zawroty głowy", "włamania do
// samochodów"): the first noun back over genitives, their adjectives and
// prepositional phrases, not itself governed by a preposition; -1 if
// there is none.
func phraseHead(tokens []doc.Token, p int) int {
	h := -1
	for q := p; q > 0; {
		x := tokens[q].XPOS
		if !nounLike(x) {
			break
		}
		if q != p && morphOf(x).Vals[Case] != "gen" {
			// A head in another case ends the walk, unless a preposition
			// governs it.
			if !governedByPrep(tokens, 0, q) {
				h = q
			}
			break
		}
		r := q - 1
		for r > 0 && adjLike(tokens[r].XPOS) {
			r--
		}
		if strings.HasPrefix(tokens[r].XPOS, "prep:") {
			r--
		}
		if r < 0 || !nounLike(tokens[r].XPOS) {
			break
		}
		q = r
	}
	return h
}

// coordinators join two phrases of one function.
var coordinators = map[string]bool{"i": true, "oraz": true, "lub": true, "albo": true, "czy": true, "ani": true}

// pronounNouns are pronouns NKJP tags as nouns, which open clauses of
// their own rather than join a list.
var pronounNouns = map[string]bool{"co": true, "kto": true, "to": true, "nic": true, "nikt": true,
	"coś": true, "ktoś": true, "wszystko": true, "cokolwiek": true, "ktokolwiek": true}

// relativeWords open a relative or indirect question clause: a phrase
// they begin after a comma is no item of a list.
var relativeWords = map[string]bool{"który": true, "jaki": true, "czyj": true}

// datives reads a noun or personal pronoun that the tagger put in the
// locative, with no preposition before its phrase, as a dative of the same
// spelling ("kibicowali drużynie", "zatrzymanym przedstawiono zarzuty"):
// Polish has no locative without a preposition; a form with no such
// dative is an instrumental ("czym", "tym"), else a vocative ("panie marszałku"). Adjectives so placed are
// revised too (adjectiveOutOfLocative). The phrase reaches back
// over adjectives, nouns (genitive attributes), numerals, adverbs,
// coordinating conjunctions ("o komercjalizacji i prywatyzacji") and
// the punctuation inside a phrase.
func datives(d *doc.Document, tokens []doc.Token) {
	for k := range tokens {
		x := tokens[k].XPOS
		if adjLike(x) {
			adjectiveOutOfLocative(d, tokens, k)
			continue
		}
		if !nounLike(x) && !strings.HasPrefix(x, "ppron") {
			continue
		}
		m := morphOf(x)
		if m.Vals[Case] != "loc" || locativeGoverned(d, tokens, k) {
			continue
		}
		lemma := tokens[k].Lemma
		dative := func(sameNumber bool) func(a *Analysis) bool {
			return func(a *Analysis) bool {
				return a.Lemma == lemma && a.Morph.Class == m.Class && a.Morph.Vals[Case] == "dat" &&
					(!sameNumber || a.Morph.Vals[Number] == m.Vals[Number])
			}
		}
		if setCachedReading(d, &tokens[k], k == 0, dative(true)) || setCachedReading(d, &tokens[k], k == 0, dative(false)) {
			continue
		}
		// No dative of that spelling: an instrumental of the same lemma
		// ("Czym się zajmuje?", "co się tym robi", "stały się czymś
		// normalnym").
		if setCachedReading(d, &tokens[k], k == 0, func(a *Analysis) bool {
			return a.Lemma == lemma && a.Morph.Class == m.Class && a.Morph.Vals[Case] == "inst" && a.Morph.Vals[Number] == m.Vals[Number]
		}) {
			continue
		}
		// Nor an instrumental: a vocative ("panie marszałku",
		// "Uwolnij go, wujku").
		setCachedReading(d, &tokens[k], k == 0, func(a *Analysis) bool {
			return a.Lemma == lemma && a.Morph.Class == m.Class && a.Morph.Vals[Case] == "voc" && a.Morph.Vals[Number] == m.Vals[Number] &&
				(a.Morph.Vals[Gender] == "m1" || a.Morph.Vals[Gender] == "m2") // persons and animals, not "w samym tylko Katyniu"
		})
	}
}

// locativeGoverned reports whether a preposition opens the phrase of the
// word at k (see datives).
func locativeGoverned(d *doc.Document, tokens []doc.Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-12; j-- {
		x := tokens[j].XPOS
		switch {
		case strings.HasPrefix(x, "prep:"):
			return true
		case adjLike(x) || nounLike(x) || strings.HasPrefix(x, "num:") || strings.HasPrefix(x, "ppron") ||
			x == "adja" || x == "dig" || x == "romandig" || strings.HasPrefix(x, "adv") ||
			x == "conj" && coordinators[tokens[j].Lemma]:
		case x == "interp":
			// Commas of a list, the hyphen of "polsko-niemiecki", the
			// point of an ordinal ("w 68. minucie"), quotation marks.
			switch d.Text[tokens[j].Start:tokens[j].End] {
			case ",", "-", "–", ".", "\"", "„", "”", "«", "»":
			default:
				return false
			}
		default:
			return false
		}
	}
	return false
}

// dativeJej reads "jej" right after a verb (or the verb's "się") as a
// dative ("otworzył jej drzwi", "pokazano jej dziecko"), where the tagger
// chose the genitive of the same form: after a verb the dative is the
// more common, unless the verb is negated or takes the genitive.
func dativeJej(d *doc.Document, tokens []doc.Token) {
	for k := 1; k < len(tokens); k++ {
		if !strings.HasPrefix(tokens[k].XPOS, "ppron3:sg:gen:f") || !strings.EqualFold(d.Text[tokens[k].Start:tokens[k].End], "jej") {
			continue
		}
		v := k - 1
		if d.Text[tokens[v].Start:tokens[v].End] == "się" && v > 0 {
			v--
		}
		if !verbTag(tokens[v].XPOS) || genitiveVerbAt(d, tokens, v) || v > 0 && tokens[v-1].Lemma == "nie" {
			continue
		}
		setCachedReading(d, &tokens[k], false, func(a *Analysis) bool {
			return a.Morph.Class == "ppron3" && a.Morph.Vals[Case] == "dat"
		})
	}
}

// frontedObjects reads a noun that opens its clause, put in the genitive
// or nominative by the tagger, as the accusative of the same spelling
// where the clause's verb cannot have it as its subject: a verb in the
// first or second person ("Próby przeprowadzamy na myszach"), an
// impersonal form in -no, -to ("Poszkodowanego poddano operacji"), a
// predicative with an infinitive ("Zeznanie można złożyć") or, for a
// genitive, a verb with "się" in the third person singular ("Wanny myje
// się mydłem"); not negated and not taking the genitive.
func frontedObjects(d *doc.Document, tokens []doc.Token) {
	eachClause(d, tokens, frontedObject)
}

func frontedObject(d *doc.Document, tokens []doc.Token, from, to int) {
	k, afterPP := from, false
	// Adverbs, particles and prepositional phrases may open the clause
	// before the noun ("W takich sytuacjach wartość umorzeń należy
	// odjąć").
	for k < to {
		x := tokens[k].XPOS
		if strings.HasPrefix(x, "adv") || x == "qub" {
			k++
			continue
		}
		if !strings.HasPrefix(x, "prep:") {
			break
		}
		p := k + 1
		for p < to && adjLike(tokens[p].XPOS) {
			p++
		}
		if p >= to || !nounLike(tokens[p].XPOS) {
			return
		}
		k, afterPP = p+1, true
	}
	first := k
	for k < to && adjLike(tokens[k].XPOS) {
		k++
	}
	if k >= to || !strings.HasPrefix(tokens[k].XPOS, "subst:") || pronounNouns[tokens[k].Lemma] {
		return
	}
	c := morphOf(tokens[k].XPOS).Vals[Case]
	if c != "gen" && c != "nom" || c == "gen" && afterPP {
		return // "W wypadku odmowy": the genitive of the phrase before
	}
	v := -1
	for j := k + 1; j < to; j++ {
		x := tokens[j].XPOS
		if verbTag(x) || strings.HasPrefix(x, "imps:") || x == "pred" {
			v = j
			break
		}
		if adjLike(x) || (strings.HasPrefix(x, "subst:") || strings.HasPrefix(x, "ger:")) && morphOf(x).Vals[Case] == "gen" {
			continue // the noun's genitive attribute: "Wielkość pomocy ustala się"
		}
		if strings.HasPrefix(x, "prep:") || nounLike(x) || adjLike(x) {
			return // a noun between may be the subject: "Wątpliwości budzi sposób"
		}
	}
	if v < 0 || genitiveVerbAt(d, tokens, v) || copulas[tokens[v].Lemma] || tokens[v-1].Lemma == "nie" {
		return
	}
	m := morphOf(tokens[v].XPOS)
	switch {
	case m.Class == "imps":
	case m.Class == "fin" && (m.Vals[Person] == "pri" || m.Vals[Person] == "sec"):
	case m.Class == "fin" && m.Vals[Number] == "sg" && reflexiveAt(d, tokens, v) && c == "gen":
		// Not for a nominative: "Sytuacja zmienia się".
	case m.Class == "pred" && infinitiveAfter(tokens, v, to),
		tokens[v].Lemma == "należeć" && m.Class == "fin" && m.Vals[Number] == "sg" && infinitiveAfter(tokens, v, to):
		// "Zeznanie można złożyć wcześniej", "lód trzeba najpierw
		// skruszyć", "wartość należy odjąć".
	case m.Class == "fin" && m.Vals[Number] == "sg" && reflexiveAt(d, tokens, v) && verbCasesOf(tokens[v].Lemma, true).takesObject():
		// A verb whose "się" form takes an object is impersonal: "Preparat
		// stosuje się".
	case c == "gen" && !reflexiveAt(d, tokens, v) && accusativeVerb(verbCasesOf(tokens[v].Lemma, false)) && adverbsBetween(tokens, k, v):
		// A genitive that is an accusative too ("Piotrka znała od lat",
		// "przewodniczącego wskazywał prezydent"), before a verb that
		// takes the accusative.
	default:
		return
	}
	lemma := tokens[k].Lemma
	if !setCachedReading(d, &tokens[k], k == 0, func(a *Analysis) bool {
		return a.Lemma == lemma && a.Morph.Class == "subst" && a.Morph.Vals[Case] == "acc"
	}) {
		return
	}
	nm := morphOf(tokens[k].XPOS)
	num := nm.agreeNumber()
	if k > first {
		setRun(d, tokens, first, k, "acc", num, nm.Vals[Gender])
	}
}

// accusativeVerb reports whether the verb-case counts show an accusative
// object far more often than a genitive one.
func accusativeVerb(vc verbCaseCounts) bool {
	return vc[vcAcc] >= valenceMin && vc[vcAcc] > 2*vc[vcGen]
}

// adverbsBetween reports whether only adverbs and particles stand between
// the tokens at i and j.
func adverbsBetween(tokens []doc.Token, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if x := tokens[k].XPOS; !strings.HasPrefix(x, "adv") && x != "qub" {
			return false
		}
	}
	return true
}

// infinitiveAfter reports whether an infinitive follows the predicative
// at v, past adverbs and particles, before to.
func infinitiveAfter(tokens []doc.Token, v, to int) bool {
	for j := v + 1; j < to; j++ {
		x := tokens[j].XPOS
		if strings.HasPrefix(x, "inf:") {
			return true
		}
		if !strings.HasPrefix(x, "adv") && x != "qub" {
			return false
		}
	}
	return false
}

// titlesBeforeNames gives a noun right before a name in the nominative
// the nominative too, as its title or description in apposition
// ("Profesor Józef Siemiradzki opisał", "pani Wanda ma"), where the
// tagger chose another case of the same spelling (the indeclinable
// feminine "profesor"). A noun governed by a preposition, one in the
// accusative ("Preparat Neupopeg można stosować") and one before a name
// that can be read in its case are left alone.
func titlesBeforeNames(d *doc.Document, tokens []doc.Token) {
	for k := 0; k+1 < len(tokens); k++ {
		x, nx := tokens[k].XPOS, tokens[k+1].XPOS
		if !strings.HasPrefix(x, "subst:") || !strings.HasPrefix(nx, "subst:") || !isTitle(d.Text[tokens[k+1].Start:tokens[k+1].End]) {
			continue
		}
		m, nm := morphOf(x), morphOf(nx)
		c := m.Vals[Case]
		if c == "nom" || c == "acc" || c == "voc" || nm.Vals[Case] != "nom" || governedByPrep(tokens, 0, k) {
			continue
		}
		// The name cannot be read in the noun's case ("twarz pani
		// Lamaire" keeps its genitive: an indeclinable name).
		inCase := false
		for _, a := range cachedAnalyses(d.Text[tokens[k+1].Start:tokens[k+1].End], k+1 == 0) {
			if a.Morph.Class == "subst" && a.Morph.Vals[Case] == c {
				inCase = true
				break
			}
		}
		if inCase {
			continue
		}
		lemma, gen := tokens[k].Lemma, nm.Vals[Gender]
		reading := func(sameGender bool) func(a *Analysis) bool {
			return func(a *Analysis) bool {
				return a.Lemma == lemma && a.Morph.Class == "subst" && a.Morph.Vals[Case] == "nom" &&
					a.Morph.Vals[Number] == nm.Vals[Number] && (!sameGender || a.Morph.Vals[Gender] == gen)
			}
		}
		if !setCachedReading(d, &tokens[k], k == 0, reading(true)) {
			setCachedReading(d, &tokens[k], k == 0, reading(false))
		}
	}
}

// governedDatives reads the noun right after a verb that governs the
// dative by the verb-case table ("pomagać", "podlegać", "towarzyszyć":
// datives counted at least three times, more than twice the genitives and
// accusatives) as a dative where its form has one ("podlegać kontroli",
// not a genitive); adjectives between agree. After a passive participle
// the accusatives do not count ("przekazany komisji"). A negated verb is
// passed over.
func governedDatives(d *doc.Document, tokens []doc.Token) {
	for j := range tokens {
		x := tokens[j].XPOS
		passive := strings.HasPrefix(x, "ppas:")
		if !verbTag(x) && !passive || j > 0 && tokens[j-1].Lemma == "nie" {
			continue
		}
		refl := reflexiveAt(d, tokens, j)
		vc := verbCasesOf(tokens[j].Lemma, refl)
		acc := vc[vcAcc]
		if passive {
			acc = 0 // the object is the participle's noun: "stanowisko przekazane komisji"
		}
		if vc[vcDat] < 3 || vc[vcDat] <= 2*(vc[vcGen]+acc) {
			continue
		}
		first := j + 1
		if refl {
			first++
		}
		k := first
		for k < len(tokens) && adjLike(tokens[k].XPOS) {
			k++
		}
		if k >= len(tokens) || !strings.HasPrefix(tokens[k].XPOS, "subst:") {
			continue
		}
		m := morphOf(tokens[k].XPOS)
		if m.Vals[Case] == "dat" || m.Vals[Case] == "nom" {
			continue
		}
		lemma := tokens[k].Lemma
		var n *Analysis
		as := cachedAnalyses(d.Text[tokens[k].Start:tokens[k].End], k == 0)
		for i := range as {
			a := &as[i]
			if a.Lemma == lemma && a.Morph.Class == "subst" && a.Morph.Vals[Case] == "dat" &&
				(n == nil || a.Morph.Vals[Number] == m.Vals[Number]) {
				n = a
			}
		}
		if n == nil {
			continue
		}
		num := n.Morph.agreeNumber()
		if first < k && !setRun(d, tokens, first, k, "dat", num, n.Morph.Vals[Gender]) {
			continue
		}
		tokens[k].Lemma, tokens[k].XPOS = n.Lemma, n.TokenXPOS()
		tokens[k].UPOS, tokens[k].Feats = n.UD()
		// Its adjectives after it, when no noun of their own follows
		// ("lub numer dotyczący procedury").
		e := k + 1
		for e < len(tokens) && adjLike(tokens[e].XPOS) {
			e++
		}
		if e > k+1 && (e == len(tokens) || !nounLike(tokens[e].XPOS)) {
			agreePostposed(d, tokens, k, k+1, e)
		}
	}
}

// adjectiveOutOfLocative gives an adjective in the locative without a
// preposition before its phrase the instrumental of the same spelling
// ("z nartami, pokrytymi śniegiem": -ym, -ymi), else the dative or the
// genitive ("-ych"), keeping number and gender.
func adjectiveOutOfLocative(d *doc.Document, tokens []doc.Token, k int) {
	m := morphOf(tokens[k].XPOS)
	if m.Vals[Case] != "loc" || locativeGoverned(d, tokens, k) {
		return
	}
	lemma := tokens[k].Lemma
	for _, c := range [...]string{"inst", "dat", "gen"} {
		if setCachedReading(d, &tokens[k], k == 0, func(a *Analysis) bool {
			return a.Lemma == lemma && a.Morph.Class == m.Class && a.Morph.Vals[Case] == c &&
				a.Morph.Vals[Number] == m.Vals[Number] && a.Morph.Vals[Gender] == m.Vals[Gender]
		}) {
			return
		}
	}
}

// numeralCases gives a numeral read without case (the dictionary's form
// for compounds, "kilku", "obu", "półtora"; the function-word reading of
// "więcej") the case of its place: a preposition's case right before it
// ("po kilku dniach", "na pół roku"); the genitive after a noun; else the
// case of the noun after it
// when the numeral agrees with it ("obu stron"); before a genitive it
// governs, or with no noun after it ("więcej niż"), the accusative after
// a verb of its clause and the nominative before one. A numeral joined to
// the next word by a hyphen ("dwu-") stays a part of a compound.
func numeralCases(d *doc.Document, tokens []doc.Token) {
	for k := range tokens {
		if x := tokens[k].XPOS; x != "num" && !strings.HasPrefix(x, "num:") {
			continue
		}
		m := morphOf(tokens[k].XPOS)
		if m.Class != "num" || m.Vals[Case] != "" {
			continue
		}
		if k+1 < len(tokens) && !tokens[k].SpaceAfter && d.Text[tokens[k+1].Start:tokens[k+1].End] == "-" {
			continue
		}
		j := k + 1
		for j < len(tokens) && adjLike(tokens[j].XPOS) {
			j++
		}
		var noun *Morph
		if j < len(tokens) && nounLike(tokens[j].XPOS) {
			noun = morphOf(tokens[j].XPOS)
		}
		c := ""
		switch {
		case k > 0 && strings.HasPrefix(tokens[k-1].XPOS, "prep:"):
			c = morphOf(tokens[k-1].XPOS).Vals[Case]
		case k > 0 && nounLike(tokens[k-1].XPOS):
			c = "gen" // "w ciągu półtora roku", "dostęp do obu"
		case noun != nil && noun.Vals[Case] != "gen":
			c = noun.Vals[Case]
		default:
			c = "nom"
			for p := k - 1; p >= 0 && !clauseEnd(d, &tokens[p]); p-- {
				if verbTag(tokens[p].XPOS) || tokens[p].XPOS == "pred" {
					if !copulas[tokens[p].Lemma] {
						c = "acc" // not "było ich więcej"
					}
					break
				}
			}
		}
		gen := "m3"
		if noun != nil {
			gen = noun.Vals[Gender]
		}
		lemma := tokens[k].Lemma
		reading := func(sameLemma, sameGender bool) func(a *Analysis) bool {
			return func(a *Analysis) bool {
				return (!sameLemma || a.Lemma == lemma) && a.Morph.Class == "num" && a.Morph.Vals[Case] == c &&
					(!sameGender || a.Morph.Vals[Gender] == gen)
			}
		}
		// The lemma kept first; "więcej" is a numeral of its own.
		_ = setCachedReading(d, &tokens[k], k == 0, reading(true, true)) || setCachedReading(d, &tokens[k], k == 0, reading(true, false)) ||
			setCachedReading(d, &tokens[k], k == 0, reading(false, true)) || setCachedReading(d, &tokens[k], k == 0, reading(false, false))
	}
}

// adjpCases writes the case of an adjective form after a preposition
// ("po polsku", "z dawna") as UD Polish PDB does: the forms in -u are
// datives, those in -a genitives. The dictionary tags the first "adjp"
// without case and knows few of the second, which the tagger reads as
// feminine nominatives: a lower-case adjective in -a right after "z",
// "do" or "od" and before no word of a noun phrase is one ("z wolna",
// "od dawna"; not "do Gdańska"). A form in -u after another preposition is no such form
// ("w Mińsku").
func adjpCases(d *doc.Document, tokens []doc.Token) {
	for k := range tokens {
		t := &tokens[k]
		if k == 0 || t.XPOS != "adjp" && !strings.HasPrefix(t.XPOS, "adj:sg:nom:f") {
			continue
		}
		form := d.Text[t.Start:t.End]
		prev := strings.ToLower(d.Text[tokens[k-1].Start:tokens[k-1].End])
		if t.XPOS == "adjp" && strings.HasSuffix(form, "u") {
			if prev == "po" {
				t.XPOS, t.Feats = "adjp:dat", "Case=Dat|PrepCase=Pre"
				continue
			}
			setCachedReading(d, t, k == 0, func(a *Analysis) bool { return a.Morph.Class != "adjp" })
			continue
		}
		if prev != "z" && prev != "do" && prev != "od" || !strings.HasSuffix(form, "a") || !strings.HasPrefix(t.XPOS, "adj:") || isTitle(form) ||
			k+1 < len(tokens) && (nounLike(tokens[k+1].XPOS) || adjLike(tokens[k+1].XPOS) || strings.HasPrefix(tokens[k+1].XPOS, "num")) {
			continue
		}
		for _, a := range cachedAnalyses(form, k == 0) {
			if a.Morph.Class == "adj" && a.Morph.Vals[Number] == "sg" && a.Morph.Vals[Case] == "nom" && a.Morph.Vals[Gender] == "f" {
				t.Lemma, t.XPOS, t.UPOS, t.Feats = a.Lemma, "adjp:gen", "ADJ", "Case=Gen|PrepCase=Pre"
				break
			}
		}
	}
}

// postpositionTemu reads "temu" as the postposition of "dwa lata temu"
// only after such a span, whose noun it puts in the accusative; after a
// noun in the dative ("wirusowi temu"), a preposition ("dzięki temu") or
// nothing it is the dative of "ten".
func postpositionTemu(d *doc.Document, tokens []doc.Token) {
	for k := range tokens {
		t := &tokens[k]
		if t.Lemma != "temu" || !strings.HasPrefix(t.XPOS, "prep:") {
			continue
		}
		p := k - 1
		if p >= 0 && nounLike(tokens[p].XPOS) && morphOf(tokens[p].XPOS).Vals[Case] != "dat" {
			lemma, num := tokens[p].Lemma, morphOf(tokens[p].XPOS).Vals[Number]
			setCachedReading(d, &tokens[p], p == 0, func(a *Analysis) bool {
				return a.Lemma == lemma && a.Morph.Class == "subst" && a.Morph.Vals[Case] == "acc" && a.Morph.Vals[Number] == num
			})
			continue
		}
		if p >= 0 && !strings.HasPrefix(tokens[p].XPOS, "prep:") && !nounLike(tokens[p].XPOS) {
			continue // "tak dawno temu"
		}
		gen := "n"
		if p >= 0 && nounLike(tokens[p].XPOS) {
			gen = morphOf(tokens[p].XPOS).Vals[Gender]
		}
		reading := func(sameGender bool) func(a *Analysis) bool {
			return func(a *Analysis) bool {
				return a.Lemma == "ten" && a.Morph.Vals[Case] == "dat" && (!sameGender || a.Morph.Vals[Gender] == gen)
			}
		}
		if !setCachedReading(d, t, k == 0, reading(true)) {
			setCachedReading(d, t, k == 0, reading(false))
		}
	}
}

// genitiveNames reads a man's name of up to three capitalised nouns
// right after a noun that is not nominative, or after a preposition
// governing the genitive, as a genitive where the tagger read its first
// word as a woman's name in the nominative and every word of it has a
// masculine personal genitive: "w głosie Schenka", "pod wodzą Krzysztofa
// Zanussiego", "radiestety Edwarda Trusielewicza". After a nominative
// or accusative noun the name may be its apposition ("aktorka Kamila
// Baar", "odwiedziła papieża Franciszka"), and a name in quotation marks
// a title: both are left alone.
func genitiveNames(d *doc.Document, tokens []doc.Token) {
	for k := 1; k < len(tokens); k++ {
		if !strings.HasPrefix(tokens[k].XPOS, "subst:sg:nom:f") || !isTitle(d.Text[tokens[k].Start:tokens[k].End]) {
			continue
		}
		px := tokens[k-1].XPOS
		switch {
		case nounLike(px) && morphOf(px).Vals[Case] != "nom" && morphOf(px).Vals[Case] != "acc" && morphOf(px).Vals[Case] != "" &&
			!isTitle(d.Text[tokens[k-1].Start:tokens[k-1].End]):
		case strings.HasPrefix(px, "prep:gen"):
		default:
			continue
		}
		end := k
		for end < len(tokens) && end < k+3 && strings.HasPrefix(tokens[end].XPOS, "subst:") && isTitle(d.Text[tokens[end].Start:tokens[end].End]) {
			end++
		}
		ok := true
		for i := k; i < end && ok; i++ {
			ok = hasNameGenitive(d, tokens, i)
		}
		if !ok {
			continue
		}
		for i := k; i < end; i++ {
			setCachedReading(d, &tokens[i], false, func(a *Analysis) bool {
				return a.Morph.Class == "subst" && a.Morph.Vals[Case] == "gen" && a.Morph.Vals[Number] == "sg" && a.Morph.Vals[Gender] == "m1"
			})
		}
		k = end - 1
	}
}

// hasNameGenitive reports whether the word at i has a masculine personal
// singular genitive reading.
func hasNameGenitive(d *doc.Document, tokens []doc.Token, i int) bool {
	for _, a := range cachedAnalyses(d.Text[tokens[i].Start:tokens[i].End], false) {
		if a.Morph.Class == "subst" && a.Morph.Vals[Case] == "gen" && a.Morph.Vals[Number] == "sg" && a.Morph.Vals[Gender] == "m1" {
			return true
		}
	}
	return false
}

// possessivePronouns reads "jego", "jej" and "ich" between a preposition
// and a noun phrase as the possessive genitive they are ("w jego stronę",
// "na ich życzenie", "przed jego śmiercią"), where the preposition's case
// was given to them; the preposition governs the phrase after them.
func possessivePronouns(d *doc.Document, tokens []doc.Token) {
	for k := 1; k+1 < len(tokens); k++ {
		x := tokens[k].XPOS
		if !strings.HasPrefix(tokens[k-1].XPOS, "prep:") || !possessiveAt(d, tokens, k) {
			continue
		}
		m := morphOf(x)
		if m.Vals[Case] == "gen" {
			continue
		}
		reading := func(sameGender bool) func(a *Analysis) bool {
			return func(a *Analysis) bool {
				return a.Morph.Class == "ppron3" && a.Morph.Vals[Case] == "gen" && a.Morph.Vals[Number] == m.Vals[Number] &&
					(!sameGender || a.Morph.Vals[Gender] == m.Vals[Gender])
			}
		}
		if !setCachedReading(d, &tokens[k], false, reading(true)) {
			setCachedReading(d, &tokens[k], false, reading(false))
		}
	}
}

// possessiveAt reports whether the word at k is "jego", "jej" or "ich"
// read as a pronoun before a noun phrase, whose possessive it is.
func possessiveAt(d *doc.Document, tokens []doc.Token, k int) bool {
	if k+1 >= len(tokens) || !strings.HasPrefix(tokens[k].XPOS, "ppron3:") {
		return false
	}
	switch strings.ToLower(d.Text[tokens[k].Start:tokens[k].End]) {
	case "jego", "jej", "ich":
	default:
		return false
	}
	nx := tokens[k+1].XPOS
	return nounLike(nx) || adjLike(nx)
}

// relativeLemmas open a clause of their own: their case is not the
// noun's they agree with.
var relativeLemmas = map[string]bool{"który": true, "jaki": true, "czyj": true, "co": true}

// distantHeads makes a participle phrase that follows a prepositional
// phrase or a comma agree with the noun it describes further back, the
// nearest one it can agree with: "z psem w okularach siedzącym w
// wózku", "ludzi XIX wieku, zakochanych w technice". The participles
// (and adjectives after them) that have a noun of their own after them,
// or agree with the word just before them, are left alone; the walk back
// stops at a verb, a conjunction of clauses or punctuation other than a
// comma, after ten words.
func distantHeads(d *doc.Document, tokens []doc.Token) {
	for i := 1; i < len(tokens); i++ {
		x := tokens[i].XPOS
		if !adjLike(x) || relativeLemmas[tokens[i].Lemma] {
			continue
		}
		j := i
		for j < len(tokens) && adjLike(tokens[j].XPOS) {
			j++
		}
		if j < len(tokens) && nounLike(tokens[j].XPOS) {
			i = j
			continue
		}
		m := morphOf(x)
		if p := tokens[i-1].XPOS; nounLike(p) {
			if pm := morphOf(p); pm.Vals[Case] == m.Vals[Case] && pm.agreeNumber() == m.Vals[Number] {
				i = j - 1
				continue
			}
		} else if d.Text[tokens[i-1].Start:tokens[i-1].End] != "," {
			i = j - 1
			continue
		}
		for k, steps := i-1, 0; k >= 0 && steps < 10; k, steps = k-1, steps+1 {
			t := &tokens[k]
			if verbTag(t.XPOS) || t.XPOS == "comp" || t.XPOS == "conj" || strings.HasPrefix(t.XPOS, "aglt:") ||
				t.XPOS == "interp" && d.Text[t.Start:t.End] != "," {
				break
			}
			if !nounLike(t.XPOS) {
				continue
			}
			hm := morphOf(t.XPOS)
			if hm.Vals[Case] == m.Vals[Case] && hm.agreeNumber() == m.Vals[Number] && hm.Vals[Gender] == m.Vals[Gender] {
				break // it agrees with this noun already
			}
			if setRun(d, tokens, i, j, hm.Vals[Case], hm.agreeNumber(), hm.Vals[Gender]) {
				break
			}
		}
		i = j - 1
	}
}

// Spans of time in the accusative (data/tagger-words.tsv).
var (
	timeSpans   = taggerWords.Set("time-span")
	timeAfter   = taggerWords.Set("time-after")
	timeAmounts = taggerWords.Set("time-amount")
)

// timeSpanAt reports whether the word at k is a span of time in the
// accusative ("cały czas", "dzień później"), which no genitive after it
// belongs to.
func timeSpanAt(tokens []doc.Token, k int) bool {
	l := tokens[k].Lemma
	return (timeSpans[l] || l == "czas" || l == "raz") && morphOf(tokens[k].XPOS).Vals[Case] == "acc"
}

// timeSpanCases reads as accusatives the nouns the tagger put in the
// nominative that measure time rather than name a thing: a span before
// "później" or "wcześniej" ("dzień później", "dwie godziny wcześniej"),
// "czas" after "cały", "jakiś" ("cały czas pyta"), and "raz" ("pierwszy
// raz słyszę"), whose nominative is next to unknown.
func timeSpanCases(d *doc.Document, tokens []doc.Token) {
	for k := range tokens {
		x := tokens[k].XPOS
		if !strings.HasPrefix(x, "subst:") || morphOf(x).Vals[Case] != "nom" {
			continue
		}
		l := tokens[k].Lemma
		switch {
		case l == "raz":
		case l == "czas" && k > 0 && adjLike(tokens[k-1].XPOS) && timeAmounts[tokens[k-1].Lemma]:
		case timeSpans[l] && k+1 < len(tokens) && timeAfter[strings.ToLower(d.Text[tokens[k+1].Start:tokens[k+1].End])]:
		default:
			continue
		}
		recase(d, tokens, 0, k, "acc")
	}
}
