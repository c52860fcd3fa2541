package pl

import (
	"strings"

	"github.com/kronika/kronika/doc"
)

// clauseRoles settles the nominative and accusative of a clause with one
// finite verb in the third person from the whole clause at once, where
// nomAccClauses reads it from left to right:
//
//   - a noun or pronoun that can only be nominative and agrees with the
//     verb is its subject, so a noun read as a second nominative on the
//     other side of the verb, or put before the subject, is its object
//     ("Nabożeństwo celebrował ksiądz biskup", "Artykuły te pracownicy
//     kupują");
//   - a verb has one accusative object: where a noun in the accusative
//     cannot be the subject (its forms do not agree with the verb) and
//     the clause has no subject, another accusative that can agree is the
//     subject ("Udział w rozgrywkach wzięły reprezentacje").
//
// A negated verb, a copula, a verb that takes no object or the genitive,
// and nouns governed by a preposition are left alone; the adjectives of a
// revised noun follow it.
func clauseRoles(d *doc.Document, tokens []doc.Token) {
	eachClause(d, tokens, clauseRole)
}

func clauseRole(d *doc.Document, tokens []doc.Token, from, to int) {
	v := -1
	for k := from; k < to; k++ {
		x := tokens[k].XPOS
		if !verbTag(x) && !strings.HasPrefix(x, "aglt:") && x != "pred" {
			continue
		}
		if v >= 0 || strings.HasPrefix(x, "aglt:") || x == "pred" {
			return // two verbs, or a person clitic: not this pass's clause
		}
		v = k
	}
	if v < 0 {
		return
	}
	if p, _, _, has := subjectVerb(tokens[v].XPOS); !has || p != "ter" {
		return
	}
	if v > from && tokens[v-1].Lemma == "nie" || copulaAt(d, tokens, v) || tokens[v].Lemma == "to" || genitiveVerbAt(d, tokens, v) {
		return
	}
	refl := reflexiveAt(d, tokens, v)
	vc := verbCasesOf(tokens[v].Lemma, refl)
	intransitive := intransitive(tokens[v].Lemma, refl, vc) || refl && !vc.takesObject()
	// The nominals of the clause outside prepositional phrases.
	var subj, nomAcc, accs []int
	for k := from; k < to; k++ {
		x := tokens[k].XPOS
		isNoun := strings.HasPrefix(x, "subst:") || strings.HasPrefix(x, "ger:")
		if !isNoun && !strings.HasPrefix(x, "ppron") {
			continue
		}
		if governedByPrep(tokens, from, k) || pronounNouns[tokens[k].Lemma] {
			continue
		}
		m := morphOf(x)
		switch m.Vals[Case] {
		case "nom":
			if onlyNominative(d, tokens, k) && canBeSubject(tokens, v, m, false) && !afterNoun(d, tokens, from, k) {
				subj = append(subj, k)
			} else if isNoun {
				nomAcc = append(nomAcc, k)
			}
		case "acc":
			if isNoun {
				accs = append(accs, k)
			}
		}
	}
	if len(subj) == 0 && len(nomAcc) == 0 {
		pluralSubjectAfter(d, tokens, v, to, intransitive)
	}
	if intransitive {
		return
	}
	if len(subj) == 1 {
		s := subj[0]
		for _, k := range nomAcc {
			if !(k < v) == !(s < v) && (k > s || s-k < 2 || coordinatedBetween(d, tokens, k, s)) {
				continue // the same side of the verb: an apposition or list, unless put before it
			}
			recase(d, tokens, from, k, "acc")
		}
		return
	}
	if len(subj) > 0 || len(nomAcc) > 0 || len(accs) != 2 {
		return
	}
	a, b := accs[0], accs[1]
	if coordinatedBetween(d, tokens, a, b) {
		return
	}
	ca, cb := canAgree(d, tokens, a, v), canAgree(d, tokens, b, v)
	switch {
	case ca && !cb:
		recase(d, tokens, from, a, "nom")
	case cb && !ca:
		recase(d, tokens, from, b, "nom")
	}
}

// onlyNominative reports whether the word at k has no accusative reading
// of its lemma, class, number and gender ("minister" has one only as a
// woman's title).
func onlyNominative(d *doc.Document, tokens []doc.Token, k int) bool {
	m := morphOf(tokens[k].XPOS)
	for _, a := range cachedAnalyses(d.Text[tokens[k].Start:tokens[k].End], k == 0) {
		if a.Lemma == tokens[k].Lemma && a.Morph.Class == m.Class && a.Morph.Vals[Case] == "acc" &&
			a.Morph.Vals[Number] == m.Vals[Number] && a.Morph.Vals[Gender] == m.Vals[Gender] {
			return false
		}
	}
	return true
}

// afterNoun reports whether the word at k follows a noun, quotation marks
// aside: a name in apposition ("tygodnik „Time”") or an indeclinable
// genitive attribute ("marki „Słoń”", "WSS Społem Praga").
func afterNoun(d *doc.Document, tokens []doc.Token, from, k int) bool {
	for j := k - 1; j >= from; j-- {
		switch d.Text[tokens[j].Start:tokens[j].End] {
		case "„", "”", "\"", "«", "»":
			continue
		}
		return nounLike(tokens[j].XPOS)
	}
	return false
}

// canAgree reports whether the word at k has a nominative reading of its
// lemma that can be the subject of the verb at v.
func canAgree(d *doc.Document, tokens []doc.Token, k, v int) bool {
	for _, a := range cachedAnalyses(d.Text[tokens[k].Start:tokens[k].End], k == 0) {
		if a.Lemma == tokens[k].Lemma && a.Morph.Vals[Case] == "nom" && canBeSubject(tokens, v, &a.Morph, false) {
			return true
		}
	}
	return false
}

// coordinatedBetween reports whether a coordinating conjunction or a comma
// stands between the words at i and j.
func coordinatedBetween(d *doc.Document, tokens []doc.Token, i, j int) bool {
	if i > j {
		i, j = j, i
	}
	for k := i + 1; k < j; k++ {
		if tokens[k].XPOS == "conj" && coordinators[tokens[k].Lemma] || d.Text[tokens[k].Start:tokens[k].End] == "," {
			return true
		}
	}
	return false
}

// recase gives the noun at k the case c in a reading of its lemma, class
// and number (its gender first), and its adjectives before it with it.
func recase(d *doc.Document, tokens []doc.Token, from, k int, c string) {
	m := morphOf(tokens[k].XPOS)
	lemma := tokens[k].Lemma
	reading := func(sameGender bool) func(a *Analysis) bool {
		return func(a *Analysis) bool {
			return a.Lemma == lemma && a.Morph.Class == m.Class && a.Morph.Vals[Case] == c &&
				a.Morph.Vals[Number] == m.Vals[Number] && (!sameGender || a.Morph.Vals[Gender] == m.Vals[Gender])
		}
	}
	if !setCachedReading(d, &tokens[k], k == 0, reading(true)) && !setCachedReading(d, &tokens[k], k == 0, reading(false)) {
		return
	}
	first := k
	for first > from && adjLike(tokens[first-1].XPOS) {
		first--
	}
	if first < k {
		nm := morphOf(tokens[k].XPOS)
		setRun(d, tokens, first, k, c, nm.agreeNumber(), nm.Vals[Gender])
	}
}

// pluralSubjectAfter reads the first noun after a plural verb that has no
// subject, put by the tagger in another case, as its subject in the
// nominative plural where a form of it agrees: a verb that takes no
// object ("trwały wczoraj poszukiwania", "otwierają się drzwi") or a
// noun whose nominative plural is no accusative ("spisali się kierowcy",
// "wymyślili pracownicy"). Adverbs and prepositional phrases may stand
// between; a noun after a numeral is governed by it.
func pluralSubjectAfter(d *doc.Document, tokens []doc.Token, v, to int, intransitive bool) {
	if _, number, _, _ := subjectVerb(tokens[v].XPOS); number != "pl" {
		return
	}
	k := v + 1
	if reflexiveAt(d, tokens, v) {
		k++
	}
	for ; k < to; k++ {
		x := tokens[k].XPOS
		switch {
		case strings.HasPrefix(x, "adv") || x == "part" || adjLike(x):
			continue
		case strings.HasPrefix(x, "prep:"):
			k = nounAfterPhrase(d, tokens, k) - 1
			if k < 0 {
				return
			}
			continue
		case strings.HasPrefix(x, "subst:") || strings.HasPrefix(x, "ger:"):
		default:
			return
		}
		break
	}
	if k >= to || pronounNouns[tokens[k].Lemma] || morphOf(tokens[k].XPOS).Vals[Case] == "nom" {
		return
	}
	lemma := tokens[k].Lemma
	as := cachedAnalyses(d.Text[tokens[k].Start:tokens[k].End], k == 0)
	var nom *Analysis
	acc := false
	for i := range as {
		a := &as[i]
		if a.Lemma != lemma || a.Morph.Vals[Number] != "pl" {
			continue
		}
		switch a.Morph.Vals[Case] {
		case "nom":
			if nom == nil && canBeSubject(tokens, v, &a.Morph, false) {
				nom = a
			}
		case "acc":
			acc = true
		}
	}
	if nom == nil || acc && !intransitive {
		return
	}
	first := k
	for first > v+1 && adjLike(tokens[first-1].XPOS) {
		first--
	}
	if first < k && !setRun(d, tokens, first, k, "nom", "pl", nom.Morph.Vals[Gender]) {
		return
	}
	t := &tokens[k]
	t.Lemma, t.XPOS = nom.Lemma, nom.TokenXPOS()
	t.UPOS, t.Feats = nom.UD()
}

// predicativeClauses puts in the nominative an adjective or participle
// read as an accusative in a clause whose only verb is a copula, where it
// stands outside any noun phrase: not governed by a preposition, not
// before or after a noun or adjective of its case ("zostały już przez
// psychologów opisane", "stają się coraz bardziej widoczne", "Najbardziej
// dotkliwe były najazdy", "został em odwołany"); a noun read as an
// accusative there too, as a copula takes no object ("były najazdy").
// predicatives covers the adjective right after the copula.
func predicativeClauses(d *doc.Document, tokens []doc.Token) {
	eachClause(d, tokens, predicativeClause)
}

func predicativeClause(d *doc.Document, tokens []doc.Token, from, to int) {
	cop := -1
	for k := from; k < to; k++ {
		x := tokens[k].XPOS
		if !verbTag(x) && !strings.HasPrefix(x, "imps:") && x != "pred" {
			continue
		}
		if !copulaAt(d, tokens, k) || cop >= 0 {
			return
		}
		cop = k
	}
	if cop < 0 {
		return
	}
	negated := cop > from && tokens[cop-1].Lemma == "nie"
	for k := from; k < to; k++ {
		x := tokens[k].XPOS
		noun := strings.HasPrefix(x, "subst:") || strings.HasPrefix(x, "ger:")
		if !adjLike(x) && !noun || governedByPrep(tokens, from, k) {
			continue
		}
		m := morphOf(x)
		if m.Vals[Case] != "acc" || tokens[k].Lemma == "który" || tokens[k].Lemma == "jaki" {
			continue
		}
		if noun {
			// A copula takes no object: its noun is the subject or a
			// nominative predicate ("były najazdy"), not a span of
			// time ("rok temu").
			if negated || k+1 < to && tokens[k+1].Lemma == "temu" {
				continue // "nie było urazy"
			}
			recase(d, tokens, from, k, "nom")
			// Its adjectives after it ("wyniki numeryczne uzyskane").
			end := k + 1
			for end < to && adjLike(tokens[end].XPOS) && morphOf(tokens[end].XPOS).Vals[Case] == "acc" {
				end++
			}
			if nm := morphOf(tokens[k].XPOS); end > k+1 && nm.Vals[Case] == "nom" {
				setRun(d, tokens, k+1, end, "nom", nm.agreeNumber(), nm.Vals[Gender])
			}
			continue
		}
		sameCase := func(i int) bool {
			return i >= from && i < to && (nounLike(tokens[i].XPOS) || adjLike(tokens[i].XPOS) || strings.HasPrefix(tokens[i].XPOS, "ppron")) &&
				morphOf(tokens[i].XPOS).Vals[Case] == "acc"
		}
		if sameCase(k-1) || sameCase(k+1) {
			continue
		}
		lemma, class := tokens[k].Lemma, m.Class
		reading := func(sameGender bool) func(a *Analysis) bool {
			return func(a *Analysis) bool {
				return a.Lemma == lemma && a.Morph.Class == class && a.Morph.Vals[Case] == "nom" &&
					a.Morph.Vals[Degree] == m.Vals[Degree] && a.Morph.Vals[Negation] == m.Vals[Negation] &&
					(!sameGender || a.Morph.Vals[Number] == m.Vals[Number] && a.Morph.Vals[Gender] == m.Vals[Gender])
			}
		}
		if !setCachedReading(d, &tokens[k], k == 0, reading(true)) {
			setCachedReading(d, &tokens[k], k == 0, reading(false))
		}
	}
}

// pronounObjects settles the genitive or accusative of a personal pronoun
// whose forms do not tell them apart ("go", "nas", "ich", "siebie",
// "mnie"), outside a prepositional phrase and not before a noun it
// possesses: the object of a negated verb or of one that takes the
// genitive is genitive ("nie znam go", "nie było go"), of another verb
// accusative ("reklamy nas zniechęcają", "potrafię wyrażać siebie"). The
// verb is the one after the pronoun where it stands before any verb of
// its clause, else the nearest before it.
func pronounObjects(d *doc.Document, tokens []doc.Token) {
	eachClause(d, tokens, pronounObject)
}

func pronounObject(d *doc.Document, tokens []doc.Token, from, to int) {
	for k := from; k < to; k++ {
		x := tokens[k].XPOS
		if !strings.HasPrefix(x, "ppron") && !strings.HasPrefix(x, "siebie") {
			continue
		}
		switch strings.ToLower(d.Text[tokens[k].Start:tokens[k].End]) {
		case "go", "jego", "niego", "ich", "nich", "nas", "was", "mnie", "ciebie", "cię", "siebie":
		default:
			continue
		}
		c := morphOf(x).Vals[Case]
		if c != "gen" && c != "acc" || possessiveAt(d, tokens, k) {
			continue
		}
		if k > 0 {
			// After a preposition, an adverb that governs ("blisko
			// siebie") or a noun ("zwłoki ich", "naśladowanie ich").
			// A nominative before it and a verb after it leave it the
			// verb's object ("reklamy nas zniechęcają", "kto ich
			// wspiera").
			if px := tokens[k-1].XPOS; strings.HasPrefix(px, "prep:") || strings.HasPrefix(px, "adv") || px == "part" && tokens[k-1].Lemma != "nie" ||
				nounLike(px) && !(morphOf(px).Vals[Case] == "nom" && verbNext(tokens, k+1, to)) {
				continue
			}
		}
		// An infinitive after the pronoun takes it as its object ("chce
		// go zaspokoić"); else the nearest verb before, else after.
		v := -1
		for j := k + 1; j < to && v < 0; j++ {
			if strings.HasPrefix(tokens[j].XPOS, "inf:") {
				v = j
			}
		}
		for j := k - 1; j >= from && v < 0; j-- {
			if verbTag(tokens[j].XPOS) || tokens[j].XPOS == "pred" {
				v = j
			}
		}
		for j := k + 1; j < to && v < 0; j++ {
			if verbTag(tokens[j].XPOS) || tokens[j].XPOS == "pred" {
				v = j
			}
		}
		if v < 0 || tokens[v].XPOS == "pred" {
			continue
		}
		if vc := verbCasesOf(tokens[v].Lemma, reflexiveAt(d, tokens, v)); vc[vcDat] >= 3 && vc[vcDat] > 2*(vc[vcGen]+vc[vcAcc]) {
			continue // a dative: "mnie to nie grozi"
		}
		want := "acc"
		negated := v > from && tokens[v-1].Lemma == "nie" || v > from+1 && tokens[v-1].Lemma == "się" && tokens[v-2].Lemma == "nie"
		if negated || genitiveVerbAt(d, tokens, v) {
			want = "gen"
		} else if copulaAt(d, tokens, v) {
			continue
		}
		if want == c {
			continue
		}
		m := morphOf(x)
		setCachedReading(d, &tokens[k], k == 0, func(a *Analysis) bool {
			return a.Morph.Class == m.Class && a.Morph.Vals[Case] == want && a.Morph.Vals[Number] == m.Vals[Number] &&
				a.Morph.Vals[Person] == m.Vals[Person]
		})
	}
}

// postverbalSubjects reads the noun after a verb in the third person as
// its subject where the clause puts the object first ("Nieprawidłowości
// wykrył prezes", "Jelcyna dotknęła taka dolegliwość", "Polskich komunistów
// nie łączyły żadne więzy"): before the verb stands a noun phrase or
// pronoun, not governed by a preposition, in the accusative (the genitive
// after a negated verb) or in a nominative the verb cannot agree with, and
// no nominative that can be its subject; the first noun after the verb
// (past adverbs, particles, "się", dative pronouns and adjectives) whose
// form has a nominative that agrees with the verb takes it.
func postverbalSubjects(d *doc.Document, tokens []doc.Token) {
	eachClause(d, tokens, postverbalSubject)
}

func postverbalSubject(d *doc.Document, tokens []doc.Token, from, to int) {
	v := -1
	for k := from; k < to; k++ {
		if _, _, _, has := subjectVerb(tokens[k].XPOS); has {
			v = k
			break
		}
	}
	if v < 0 || tokens[v].Lemma == "być" || copulaAt(d, tokens, v) || v+1 < to && strings.HasPrefix(tokens[v+1].XPOS, "aglt:") {
		return
	}
	if person, _, _, _ := subjectVerb(tokens[v].XPOS); person != "ter" {
		return
	}
	negated := v > from && tokens[v-1].Lemma == "nie"
	object := false
	for k := from; k < v; k++ {
		x := tokens[k].XPOS
		if x == "conj" && coordinators[tokens[k].Lemma] {
			return // "Kobieta i mężczyzna wydmuchują": a subject of two
		}
		if !nounLike(x) && !strings.HasPrefix(x, "ppron") && !(adjLike(x) && relativeWords[tokens[k].Lemma]) {
			continue
		}
		if governedByPrep(tokens, from, k) || k > from && nounLike(tokens[k-1].XPOS) {
			continue
		}
		m := morphOf(x)
		switch c := m.Vals[Case]; {
		case c == "nom" && (nounLike(x) || strings.HasPrefix(x, "ppron")) && canBeSubject(tokens, v, m, false):
			return // a subject before the verb
		case c == "nom" && nounLike(x), c == "acc", c == "gen" && negated:
			object = true
		case c == "gen" && nounLike(x) && readingInCase(d, tokens, k, "acc") != nil:
			// A genitive the tagger chose where the same spelling is an
			// accusative ("Nieprawidłowości wykrył"), not "Tego dnia".
			object = true
		}
	}
	if !object {
		return
	}
	for k := v + 1; k < to; k++ {
		x := tokens[k].XPOS
		switch {
		case strings.HasPrefix(x, "adv") || x == "qub" || x == "part" || tokens[k].Lemma == "się" || adjLike(x):
			continue
		case strings.HasPrefix(x, "ppron") && morphOf(x).Vals[Case] == "dat":
			continue
		case !nounLike(x) || pronounNouns[tokens[k].Lemma]:
			return
		}
		m := morphOf(x)
		if m.Vals[Case] == "nom" {
			return
		}
		if m.Vals[Case] != "acc" {
			return
		}
		lemma, class := tokens[k].Lemma, m.Class
		// The noun's own lemma first, then another of the same spelling
		// ("prezes", not the plural of "preza").
		var n *Analysis
		as := cachedAnalyses(d.Text[tokens[k].Start:tokens[k].End], k == 0)
		for i := range as {
			a := &as[i]
			if a.Morph.Class == class && a.Morph.Vals[Case] == "nom" && canBeSubject(tokens, v, &a.Morph, false) &&
				(n == nil || a.Lemma == lemma && n.Lemma != lemma) {
				n = a
			}
		}
		if n == nil {
			return
		}
		tokens[k].Lemma, tokens[k].XPOS = n.Lemma, n.TokenXPOS()
		tokens[k].UPOS, tokens[k].Feats = n.UD()
		first := k
		for first > v+1 && adjLike(tokens[first-1].XPOS) {
			first--
		}
		num, gen := n.Morph.agreeNumber(), n.Morph.Vals[Gender]
		if first < k {
			setRun(d, tokens, first, k, "nom", num, gen)
		}
		e := k + 1
		for e < to && adjLike(tokens[e].XPOS) {
			e++
		}
		if e > k+1 {
			agreePostposed(d, tokens, k, k+1, e)
		}
		return
	}
}

// verbNext reports whether a verb comes at i, past adverbs and particles,
// before to.
func verbNext(tokens []doc.Token, i, to int) bool {
	for ; i < to; i++ {
		x := tokens[i].XPOS
		if verbTag(x) {
			return true
		}
		if !strings.HasPrefix(x, "adv") && x != "qub" && x != "part" {
			return false
		}
	}
	return false
}
