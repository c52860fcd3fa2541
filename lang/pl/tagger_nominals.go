package pl

import (
	"slices"
	"strings"
	"unicode"

	"github.com/kronika/kronika/doc"
)

// adnominalGenitives reads a noun right after another noun (adjectives
// between them allowed) in the genitive rather than the accusative where
// its form is both: the second noun of two is most often the first one's
// attribute ("redaktor naczelna pisma", "państwa członkowskie strefy
// euro"), not an object the clause already has.
func adnominalGenitives(d *doc.Document, tokens []doc.Token) {
	for k := 1; k < len(tokens); k++ {
		x := tokens[k].XPOS
		if !strings.HasPrefix(x, "subst:") || morphOf(x).Vals[Case] != "acc" {
			continue
		}
		first := k
		for first > 0 && adjLike(tokens[first-1].XPOS) {
			first--
		}
		if first == 0 || !nounLike(tokens[first-1].XPOS) || pronounNouns[tokens[first-1].Lemma] || pronounNouns[tokens[k].Lemma] {
			continue
		}
		// Not after a dative or instrumental, itself the verb's
		// ("obiecał emerytom dopłaty", "świdrując wzrokiem komara"), nor
		// the second word of a name ("Matthiasa Widgeona").
		switch morphOf(tokens[first-1].XPOS).Vals[Case] {
		case "dat", "inst":
			continue
		}
		if upperInitial(d, &tokens[k]) && upperInitial(d, &tokens[first-1]) {
			continue
		}
		lemma, class := tokens[k].Lemma, morphOf(x).Class
		var gen *Analysis
		as := cachedAnalyses(d.Text[tokens[k].Start:tokens[k].End], k == 0)
		for i := range as {
			a := &as[i]
			if a.Lemma != lemma || a.Morph.Class != class || a.Morph.Vals[Case] != "gen" {
				continue
			}
			ok := true
			for j := first; j < k && ok; j++ {
				ok = hasReading(d, &tokens[j], j == 0, "gen", a.Morph.agreeNumber(), a.Morph.Vals[Gender])
			}
			if ok {
				gen = a
				break
			}
		}
		if gen == nil {
			continue
		}
		tokens[k].Lemma, tokens[k].XPOS = gen.Lemma, gen.TokenXPOS()
		tokens[k].UPOS, tokens[k].Feats = gen.UD()
		if first < k {
			setRun(d, tokens, first, k, "gen", gen.Morph.agreeNumber(), gen.Morph.Vals[Gender])
		}
	}
}

// upperInitial reports whether the token's text begins with a capital.
func upperInitial(d *doc.Document, t *doc.Token) bool {
	for _, r := range d.Text[t.Start:t.End] {
		return unicode.IsUpper(r)
	}
	return false
}

// pronounObjectsByPerson reads "to", "co", "wszystko", "coś" in the
// nominative as accusative objects where their clause's verb cannot have
// them as its subject: a verb in the first or second person ("jak to
// odczuwasz", "Sami to sobie załatwimy"), with a person clitic
// ("mówiłem"), an imperative, an impersonal form ("można to zrobić",
// "zrobiono to"), or an infinitive that no verb of the third person
// governs ("Należy to wliczyć", "Nacisnąć to"). A copula, a negated verb
// (its object is genitive) and a verb that takes no object are passed
// over.
func pronounObjectsByPerson(d *doc.Document, tokens []doc.Token) {
	eachClause(d, tokens, pronounObjectByPerson)
}

var objectPronouns = map[string]bool{"to": true, "co": true, "wszystko": true, "coś": true, "cokolwiek": true}

func pronounObjectByPerson(d *doc.Document, tokens []doc.Token, from, to int) {
	for k := from; k < to; k++ {
		if !objectPronouns[tokens[k].Lemma] || !strings.HasPrefix(tokens[k].XPOS, "subst:sg:nom:n") ||
			k > 0 && strings.HasPrefix(tokens[k-1].XPOS, "prep:") {
			continue
		}
		if !noSubjectClause(d, tokens, from, to) {
			continue
		}
		setCachedReading(d, &tokens[k], k == 0, func(a *Analysis) bool {
			return a.Lemma == tokens[k].Lemma && a.Morph.Class == "subst" && a.Morph.Vals[Case] == "acc"
		})
	}
}

// noSubjectClause reports whether the clause's verbs leave no room for a
// subject in the third person (see pronounObjectsByPerson) and one of
// them takes an object.
func noSubjectClause(d *doc.Document, tokens []doc.Token, from, to int) bool {
	object, verbs := false, 0
	// A personal pronoun in the nominative is the subject already ("ona
	// to robi").
	subject := false
	for j := from; j < to; j++ {
		if strings.HasPrefix(tokens[j].XPOS, "ppron") && morphOf(tokens[j].XPOS).Vals[Case] == "nom" {
			subject = true
		}
	}
	for v := from; v < to; v++ {
		x := tokens[v].XPOS
		if !verbTag(x) && !strings.HasPrefix(x, "imps:") && x != "pred" {
			continue
		}
		verbs++
		l := tokens[v].Lemma
		if l == "być" || l == "to" || copulaAt(d, tokens, v) || negatedAt(tokens, v) {
			return false
		}
		m := morphOf(x)
		switch m.Class {
		case "fin", "bedzie":
			// "należy to zrobić", "da się to zrobić": impersonal.
			impersonal := m.Vals[Number] == "sg" && (l == "należeć" || l == "dać" && reflexiveAt(d, tokens, v)) && infinitiveAfter(tokens, v, to)
			if m.Vals[Person] == "ter" && !subject && !impersonal {
				return false
			}
		case "praet", "winien":
			if !subject && (v+1 >= len(tokens) || !strings.HasPrefix(tokens[v+1].XPOS, "aglt:")) {
				return false
			}
		case "impt", "imps", "inf", "pred":
		default:
			return false
		}
		refl := reflexiveAt(d, tokens, v)
		if m.Class != "pred" && !intransitive(l, refl, verbCasesOf(l, refl)) {
			object = true
		}
	}
	return verbs > 0 && object
}

// nominalsAfterPrepositions reads a word after a preposition (past
// adjectives) that the tagger took for a verb, an adverb or another word
// without case as the noun or pronoun of the same spelling, in a case the
// preposition takes ("ze mną", not "miąć"; "za pierwszym razem", "z jego
// ust"): a preposition opens a noun phrase.
func nominalsAfterPrepositions(d *doc.Document, tokens []doc.Token) {
	for p := 0; p+1 < len(tokens); p++ {
		if !strings.HasPrefix(tokens[p].XPOS, "prep:") {
			continue
		}
		k := p + 1
		for k < len(tokens) && adjLike(tokens[k].XPOS) {
			k++
		}
		if k >= len(tokens) || !caselessClass(morphOf(tokens[k].XPOS).Class) {
			continue
		}
		var cases []string
		for _, a := range cachedAnalyses(d.Text[tokens[p].Start:tokens[p].End], p == 0) {
			if a.Morph.Class == "prep" && a.Lemma == tokens[p].Lemma {
				cases = append(cases, a.Morph.Vals[Case])
			}
		}
		setCachedReading(d, &tokens[k], k == 0, func(a *Analysis) bool {
			switch a.Morph.Class {
			case "subst", "ppron12", "ppron3", "ger", "depr":
			default:
				return false
			}
			c := a.Morph.Vals[Case]
			if !slices.Contains(cases, c) {
				return false
			}
			for j := p + 1; j < k; j++ {
				if morphOf(tokens[j].XPOS).Vals[Case] != c {
					return false
				}
			}
			return true
		})
	}
}

// caselessClass reports whether an NKJP class is one of the verb forms,
// adverbs and particles, which do not follow a preposition.
func caselessClass(c string) bool {
	switch c {
	case "fin", "praet", "impt", "inf", "imps", "bedzie", "pcon", "pant", "pred", "adv", "qub", "conj", "comp", "interj":
		return true
	}
	return false
}

// genitivesNotVerbs reads a finite verb right after a noun as the
// genitive of a noun of the same spelling where its clause has another
// finite verb ("Na twarzy mamy pojawiło się", "jest tam magazyn broni"):
// a clause has one finite verb, and a noun after a noun is its genitive
// attribute.
func genitivesNotVerbs(d *doc.Document, tokens []doc.Token) {
	eachClause(d, tokens, genitiveNotVerb)
}

func genitiveNotVerb(d *doc.Document, tokens []doc.Token, from, to int) {
	finite := 0
	for k := from; k < to; k++ {
		switch morphOf(tokens[k].XPOS).Class {
		case "fin", "praet", "bedzie", "imps", "impt":
			finite++
		}
	}
	if finite < 2 {
		return
	}
	for k := from + 1; k < to; k++ {
		switch morphOf(tokens[k].XPOS).Class {
		case "fin", "praet":
		default:
			continue
		}
		// Not the verb of the noun before it ("Kobieta siedzi ... i
		// trzyma").
		if pm := morphOf(tokens[k-1].XPOS); !nounLike(tokens[k-1].XPOS) || pm.Vals[Case] == "nom" && canBeSubject(tokens, k, pm, false) {
			continue
		}
		setCachedReading(d, &tokens[k], false, func(a *Analysis) bool {
			return a.Morph.Class == "subst" && a.Morph.Vals[Case] == "gen"
		})
	}
}

// namesInParentheses reads a capitalised noun that opens a parenthesis in
// the nominative rather than the genitive of the same spelling: what a
// parenthesis opens with names or abbreviates, it does not depend on the
// words before it ("Juliusz Braun (UW)", "stosowaną (INN)", "(Shumskiy,
// 1975)").
func namesInParentheses(d *doc.Document, tokens []doc.Token) {
	for k := 1; k < len(tokens); k++ {
		if d.Text[tokens[k-1].Start:tokens[k-1].End] != "(" || !upperInitial(d, &tokens[k]) {
			continue
		}
		m := morphOf(tokens[k].XPOS)
		if m.Class != "subst" || m.Vals[Case] != "gen" {
			continue
		}
		lemma := tokens[k].Lemma
		setCachedReading(d, &tokens[k], false, func(a *Analysis) bool {
			return a.Lemma == lemma && a.Morph.Class == "subst" && a.Morph.Vals[Case] == "nom" && a.Morph.Vals[Number] == m.Vals[Number]
		})
	}
}

// vocativesInClauses reads a word the tagger put in the vocative, with
// no punctuation and no sentence edge on either side, in the nominative
// of the same spelling, else the genitive ("kardynał Wyszyński
// zwyciężyli", "możni feudałowie deponowali", "dla dobra kraju"): a
// vocative addresses someone and stands apart from the clause.
func vocativesInClauses(d *doc.Document, tokens []doc.Token) {
	for k := 1; k+1 < len(tokens); k++ {
		m := morphOf(tokens[k].XPOS)
		if m.Vals[Case] != "voc" || tokens[k-1].XPOS == "interp" || tokens[k+1].XPOS == "interp" {
			continue
		}
		lemma, class, num := tokens[k].Lemma, m.Class, m.Vals[Number]
		for _, c := range []string{"nom", "gen"} {
			if setCachedReading(d, &tokens[k], false, func(a *Analysis) bool {
				return a.Lemma == lemma && a.Morph.Class == class && a.Morph.Vals[Case] == c && a.Morph.Vals[Number] == num
			}) {
				break
			}
		}
	}
}

// numeralObjects reads a numeral in the nominative right after a verb
// that takes the accusative (past adverbs and particles) as its
// accusative object ("oddelegowało kilku rzeczoznawców", "dyktując dwa
// traktaty"); a reflexive, negated or copular verb is passed over, and a
// verb that takes no object, or a neuter past form, keeps its numeral
// subject ("dotarło ośmiu", "stało wiele osób").
func numeralObjects(d *doc.Document, tokens []doc.Token) {
	for k := 1; k < len(tokens); k++ {
		m := morphOf(tokens[k].XPOS)
		if m.Class != "num" || m.Vals[Case] != "nom" {
			continue
		}
		v := k - 1
		for v >= 0 && (strings.HasPrefix(tokens[v].XPOS, "adv") || tokens[v].XPOS == "qub") {
			v--
		}
		if v < 0 || !verbTag(tokens[v].XPOS) || reflexiveAt(d, tokens, v) || negatedAt(tokens, v) || copulaAt(d, tokens, v) ||
			tokens[v].Lemma == "być" || !accusativeVerb(verbCasesOf(tokens[v].Lemma, false)) ||
			strings.HasPrefix(tokens[v].XPOS, "praet:sg:n:") {
			// A neuter past form is what a numeral subject takes ("stało
			// wiele osób").
			continue
		}
		lemma := tokens[k].Lemma
		setCachedReading(d, &tokens[k], false, func(a *Analysis) bool {
			return a.Lemma == lemma && a.Morph.Class == "num" && a.Morph.Vals[Case] == "acc" &&
				a.Morph.Vals[Gender] == m.Vals[Gender] && a.Morph.Vals[Number] == m.Vals[Number]
		})
	}
}

// coordinatedSubjects reads the first of two nouns joined by "i" or
// "oraz" in the nominative where the second is nominative and a plural
// verb follows them, the first standing where no preposition, verb or
// noun governs it ("Frytki i mięso stały", "Kocynda i Nocek zniknęli").
func coordinatedSubjects(d *doc.Document, tokens []doc.Token) {
	for k := 0; k+3 < len(tokens); k++ {
		m := morphOf(tokens[k].XPOS)
		if m.Class != "subst" || m.Vals[Case] == "nom" || tokens[k+1].Lemma != "i" && tokens[k+1].Lemma != "oraz" {
			continue
		}
		if k > 0 {
			px := tokens[k-1].XPOS
			if strings.HasPrefix(px, "prep:") || nounLike(px) || verbTag(px) || strings.HasPrefix(px, "num:") || adjLike(px) {
				continue
			}
		}
		y := k + 2
		if !nounLike(tokens[y].XPOS) || morphOf(tokens[y].XPOS).Vals[Case] != "nom" {
			continue
		}
		v := y + 1
		for v < len(tokens) && (strings.HasPrefix(tokens[v].XPOS, "adv") || tokens[v].XPOS == "qub" || tokens[v].Lemma == "się" || tokens[v].Lemma == "nie") {
			v++
		}
		if v >= len(tokens) {
			continue
		}
		vm := morphOf(tokens[v].XPOS)
		if vm.Class != "fin" && vm.Class != "praet" || vm.Vals[Number] != "pl" {
			continue
		}
		form := d.Text[tokens[k].Start:tokens[k].End]
		setCachedReading(d, &tokens[k], k == 0, func(a *Analysis) bool {
			return a.Morph.Class == "subst" && a.Morph.Vals[Case] == "nom" && (a.Lemma == tokens[k].Lemma || isTitle(form))
		})
	}
}

// pronounTo reads "to" that the tagger took for the copula ("to jest
// dom") as the pronoun in the nominative where its clause has a finite
// verb other than "być" ("To się z czasem ujawni", "To panu dobrze
// zrobi"): a clause has one predicate.
func pronounTo(d *doc.Document, tokens []doc.Token) {
	eachClause(d, tokens, pronounToClause)
}

func pronounToClause(d *doc.Document, tokens []doc.Token, from, to int) {
	k := -1
	verb := false
	for j := from; j < to; j++ {
		switch x := tokens[j].XPOS; {
		case x == "pred" && strings.EqualFold(d.Text[tokens[j].Start:tokens[j].End], "to"):
			k = j
		case verbTag(x) && !strings.HasPrefix(x, "inf:") && tokens[j].Lemma != "być":
			verb = true
		}
	}
	if k < 0 || !verb {
		return
	}
	setCachedReading(d, &tokens[k], k == 0, func(a *Analysis) bool {
		return a.Lemma == "to" && a.Morph.Class == "subst" && a.Morph.Vals[Case] == "nom"
	})
}

// quantityNumerals reads a word of quantity that the tagger took for an
// adverb ("mniej", "dużo", "najwięcej", "niewiele") as the numeral of the
// same spelling where a noun in the genitive follows it ("mniej rodzin",
// "jak najwięcej osób"): in the case of a preposition before it, else
// the accusative after a verb of its clause, else the nominative.
func quantityNumerals(d *doc.Document, tokens []doc.Token) {
	for k := 0; k+1 < len(tokens); k++ {
		if !strings.HasPrefix(tokens[k].XPOS, "adv") {
			continue
		}
		nm := morphOf(tokens[k+1].XPOS)
		if !nounLike(tokens[k+1].XPOS) || nm.Vals[Case] != "gen" {
			continue
		}
		c := "nom"
		if k > 0 && strings.HasPrefix(tokens[k-1].XPOS, "prep:") {
			c = morphOf(tokens[k-1].XPOS).Vals[Case]
		} else {
			for j := k - 1; j >= 0 && !clauseEnd(d, &tokens[j]); j-- {
				if verbTag(tokens[j].XPOS) {
					c = "acc"
					break
				}
			}
		}
		for _, sameGender := range []bool{true, false} {
			if setCachedReading(d, &tokens[k], k == 0, func(a *Analysis) bool {
				return a.Morph.Class == "num" && a.Morph.Vals[Case] == c && (!sameGender || a.Morph.Vals[Gender] == nm.Vals[Gender])
			}) {
				break
			}
		}
	}
}

// postposedAfterAdverbs makes an adjective or participle that follows a
// noun past adverbs or "nie" agree with that noun, where its form can
// and the word after it is no noun of its own ("w miastach nie
// będących", "w skali nigdzie niespotykanej").
func postposedAfterAdverbs(d *doc.Document, tokens []doc.Token) {
	for k := 2; k < len(tokens); k++ {
		if !adjLike(tokens[k].XPOS) || k+1 < len(tokens) && (nounLike(tokens[k+1].XPOS) || adjLike(tokens[k+1].XPOS)) {
			continue
		}
		j := k - 1
		for j > 0 && (strings.HasPrefix(tokens[j].XPOS, "adv") || tokens[j].Lemma == "nie" || tokens[j].XPOS == "qub") {
			j--
		}
		if j == k-1 || !nounLike(tokens[j].XPOS) {
			continue
		}
		nm, am := morphOf(tokens[j].XPOS), morphOf(tokens[k].XPOS)
		c, num, g := nm.Vals[Case], nm.agreeNumber(), nm.Vals[Gender]
		if am.Vals[Case] == c && am.Vals[Number] == num && am.Vals[Gender] == g {
			continue
		}
		setRun(d, tokens, k, k+1, c, num, g)
	}
}

// predicativeAdjectives reads an adjective after a copula, past adverbs,
// particles, "to" and "się", that no noun follows, in the nominative
// rather than the accusative of the same spelling ("jest to bardzo
// prawdopodobne", "jest to niemożliwe"): a copula takes no object.
func predicativeAdjectives(d *doc.Document, tokens []doc.Token) {
	for k := 1; k < len(tokens); k++ {
		x := tokens[k].XPOS
		if !strings.HasPrefix(x, "adj:") || morphOf(x).Vals[Case] != "acc" ||
			k+1 < len(tokens) && (nounLike(tokens[k+1].XPOS) || adjLike(tokens[k+1].XPOS)) {
			continue
		}
		j := k - 1
		for j > 0 && (strings.HasPrefix(tokens[j].XPOS, "adv") || tokens[j].XPOS == "qub" || tokens[j].XPOS == "pred" ||
			tokens[j].Lemma == "się" || tokens[j].Lemma == "to" || strings.HasPrefix(tokens[j].XPOS, "aglt")) {
			j--
		}
		if !verbTag(tokens[j].XPOS) || !copulaAt(d, tokens, j) {
			continue
		}
		m := morphOf(x)
		lemma := tokens[k].Lemma
		setCachedReading(d, &tokens[k], false, func(a *Analysis) bool {
			return a.Lemma == lemma && a.Morph.Class == m.Class && a.Morph.Vals[Case] == "nom" &&
				a.Morph.Vals[Number] == m.Vals[Number] && a.Morph.Vals[Gender] == m.Vals[Gender] && a.Morph.Vals[Degree] == m.Vals[Degree]
		})
	}
}
