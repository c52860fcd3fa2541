package pl

import (
	"slices"
	"sort"
	"strings"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// chunker groups the tokens of a tagged Polish sentence into noun phrases
// and verb groups. A noun phrase keeps every case in which all its words
// can agree, by the dictionary's readings, not only the tagger's choice:
// the event coder lets a verb's frame choose among them.
type chunker struct{}

// modalVerbs take an infinitive that carries the act ("ma podpisać",
// "musi wejść"): the two form one verb group with the infinitive's lemma.
var modalVerbs = map[string]bool{
	"mieć": true, "móc": true, "musieć": true, "chcieć": true, "zamierzać": true,
	"planować": true, "zdecydować": true, "postanowić": true, "próbować": true,
	"spróbować": true, "zacząć": true, "zaczynać": true, "woleć": true, "powinien": true,
	"usiłować": true, "odmówić": true, "zgodzić": true, "zobowiązać": true, "obiecać": true,
	"zagrozić": true, "grozić": true,
}

func (chunker) Chunk(d *doc.Document) {
	// mention[t] numbers the entity mention token t stands in (0: none)
	mention := make([]int32, len(d.Tokens))
	// bare[t]: token t is written as in its entity's name ("Bibi" of
	// "Asię Bibi", "Kim" of "Kim Dzong Una"), so its ending shows no case
	bare := make([]bool, len(d.Tokens))
	n := int32(0)
	for _, e := range d.Entities {
		words := strings.Fields(e.Name)
		place := e.Type == "GPE" || e.Type == "LOC"
		for _, m := range e.Mentions {
			n++
			i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End > m.Start })
			for ; i < len(d.Tokens) && d.Tokens[i].Start < m.End; i++ {
				mention[i] = n
				bare[i] = slices.Contains(words, d.Form(d.Tokens[i].Span))
				if place && bare[i] && m.End-m.Start == d.Tokens[i].End-d.Tokens[i].Start && !strings.HasSuffix(d.Form(d.Tokens[i].Span), "a") {
					// a one-word place name in its base form that is not
					// feminine ("Chersoń", "Kijów", "Gniezno") reads as an
					// accusative too, whatever the tagger took it for
					d.Tokens[i].CaseSet |= doc.Nom | doc.Acc
				}
			}
		}
	}
	lang.ChunkSentences(d, func(i int) { chunkSentence(d, i, mention, bare) })
}

func chunkSentence(d *doc.Document, sent int, mention []int32, bare []bool) {
	s := d.Sentences[sent]
	toks := d.Tokens[s.FirstToken:s.EndToken]
	base := s.FirstToken
	prevNP := -1 // index in d.Phrases of the last noun phrase, for coordination
	side := -1   // the token after "ze strony", whose phrase takes it for its preposition
	for i := 0; i < len(toks); {
		t := &toks[i]
		switch {
		case npWord(t) && sidePrep(d, toks, i):
			// "ze strony Rosji": a complex preposition, not a noun
			// phrase "strony" with a genitive after it
			side = i + 1
			i++
		case npWord(t):
			j, cases, agree := i+1, nounCases(d, t), nounAgree(t)
			carrierBare := bare[base+i] // the word the cases come from shows none
			hasNoun := isNoun(t)
			for j < len(toks) && npWord(&toks[j]) {
				if j == i+1 && strings.Contains(t.Feats, "PronType=Rel") && (toks[j].UPOS == "PROPN" || mention[base+j] != 0) {
					// a relative word determines a common noun ("w którym
					// kraju"); a name after it is the subject of its clause:
					// "którego | USA oskarżają"
					break
				}
				if hasNoun && (isNoun(&toks[j]) || mention[base+j] != 0 && isTitle(d.Form(toks[j].Span))) && !sameName(d, toks[j-1], toks[j], mention[base+j-1], mention[base+j]) {
					// a second noun starts its own phrase: "kwestii |
					// wspierania", and so does a name after a noun, even one
					// that begins with an adjective: "Premier | Wielkiej
					// Brytanii"
					break
				}
				if hasNoun && toks[j].UPOS == "ADJ" && mention[base+j] != 0 && j+1 < len(toks) && toks[j+1].UPOS == "NOUN" &&
					nounCases(d, &toks[j])&nounCases(d, &toks[j+1]) != 0 && nounAgree(&toks[j]).Agrees(nounAgree(&toks[j+1])) {
					// a nationality word between two nouns that agrees with
					// the one after it goes with it: "wizycie | rosyjskiej
					// delegacji"
					break
				}
				if hasNoun && toks[j].UPOS == "ADJ" && j+1 < len(toks) && toks[j+1].UPOS == "NOUN" &&
					nounCases(d, &toks[j])&nounCases(d, &toks[j+1]) != 0 && nounAgree(&toks[j]).Agrees(nounAgree(&toks[j+1])) &&
					!agree.Agrees(nounAgree(&toks[j])) {
					// any adjective after the noun that cannot agree with
					// it (number, gender) but can with the noun after it
					// goes with that one: "apostolat | czarnych katolików"
					break
				}
				hasNoun = hasNoun || isNoun(&toks[j])
				c := nounCases(d, &toks[j])
				if c&cases == 0 && !sameName(d, toks[j-1], toks[j], mention[base+j-1], mention[base+j]) {
					break
				}
				if c&cases != 0 {
					cases &= c
					agree = mergeAgree(agree, nounAgree(&toks[j]))
				} else if !commonHead(toks[i:j]) && (!bare[base+j] || carrierBare) {
					// the words of a foreign name need not agree ("Kim
					// Dzong Una"): its last word carries the case, unless
					// it is written as in the name and an earlier one is
					// not ("Asię Bibi")
					cases, agree = c, nounAgree(&toks[j])
					carrierBare = bare[base+j]
				}
				j++
			}
			p := doc.Phrase{Kind: doc.NounPhrase, First: base + i, End: base + j, Head: base + i,
				Sentence: sent, Cases: cases, Agree: agree | doc.Person3}
			for k := i; k < j; k++ {
				if toks[k].UPOS == "NOUN" || toks[k].UPOS == "PROPN" || toks[k].UPOS == "PRON" {
					p.Head = base + k
					break
				}
			}
			if p.Cases&doc.Nom != 0 && p.Agree&doc.Sing != 0 && p.Agree&doc.Plur != 0 {
				p.NomAgree = nominativeAgree(d, &d.Tokens[p.Head])
			}
			if i > 0 && toks[i-1].UPOS == "ADP" && !postpositions[strings.ToLower(toks[i-1].Lemma)] {
				p.Prep = strings.ToLower(toks[i-1].Lemma)
				if pc := prepCases(&toks[i-1]); pc&p.Cases != 0 {
					p.Cases &= pc
				}
			} else if i > 1 && toks[i-2].UPOS == "ADP" && isQuote(d.Form(toks[i-1].Span)) {
				p.Prep = strings.ToLower(toks[i-2].Lemma)
			} else if i == side {
				p.Prep = "ze strony"
				if p.Cases&doc.Gen != 0 {
					p.Cases &= doc.Gen
				}
			}
			// "Rosja i Chiny", and the commas of a list of names in one
			// case: "Polski, Estonii, Łotwy i Litwy"
			if prevNP >= 0 && i > 0 && d.Phrases[prevNP].End == base+i-1 && p.Prep == "" &&
				(toks[i-1].UPOS == "CCONJ" || d.Form(toks[i-1].Span) == "," && isTitle(d.Form(t.Span)) &&
					isTitle(d.Form(d.Tokens[d.Phrases[prevNP].First].Span)) && d.Phrases[prevNP].Cases&cases != 0) {
				p.Coordinated = true
			}
			d.Phrases = append(d.Phrases, p)
			prevNP = len(d.Phrases) - 1
			i = j
		case t.UPOS == "VERB" || t.UPOS == "AUX":
			i = verbGroup(d, toks, base, sent, i)
		default:
			i++
		}
	}
}

// verbGroup appends the verb group that starts at toks[i] and returns the
// index after it.
func verbGroup(d *doc.Document, toks []doc.Token, base, sent, i int) int {
	t := &toks[i]
	p := doc.Phrase{Kind: doc.VerbGroup, First: base + i, End: base + i + 1, Head: base + i,
		Sentence: sent, Lemma: t.Lemma}
	feats := t.Feats
	if i > 0 && strings.EqualFold(toks[i-1].Lemma, "nie") {
		p.Negated = true
		p.First--
	}
	lemma := t.Lemma
	// An auxiliary or modal before the lexical verb: "zostali wyproszeni",
	// "będzie rozmawiać", "ma podpisać", "nie może wejść".
	limit := i + 4
	for j := i + 1; j < len(toks) && j <= limit; j++ {
		n := &toks[j]
		if n.UPOS == "ADV" || n.UPOS == "PART" && (strings.EqualFold(n.Lemma, "nie") || n.Lemma == "by" || n.Lemma == "się") {
			continue
		}
		if n.UPOS == "ADP" && j+1 < len(toks) && toks[j+1].UPOS == "PRON" {
			j++ // a pronoun's phrase between them: "zostali z niej wyproszeni"
			continue
		}
		if n.UPOS == "ADP" && lemma == "zostać" {
			if k := ppAfter(toks, j); k > 0 && isPassiveParticiple(&toks[k]) {
				// a prepositional phrase between them: "została w 2010
				// roku skazana", "zostali przez policję zatrzymani"
				j, limit = k-1, k
				continue
			}
		}
		inf := doc.Feat(n.Feats, "VerbForm") == "Inf"
		switch {
		case (lemma == "zostać" || lemma == "być") && isPassiveParticiple(n):
			p.Passive = true
		case lemma == "być" && (inf || strings.HasPrefix(n.XPOS, "praet")) && doc.Feat(t.Feats, "Tense") == "Fut":
			p.Tense = "fut"
		case modalVerbs[lemma] && inf:
		default:
			j = len(toks) // no lexical verb follows
			continue
		}
		if strings.EqualFold(toks[j-1].Lemma, "nie") {
			p.Negated = true
		}
		p.Head, p.Lemma, p.End = base+j, n.Lemma, base+j+1
		break
	}
	next := p.End - base
	p.Agree = verbAgree(t)
	if p.Tense == "" {
		p.Tense = lowerFeat(doc.Feat(feats, "Tense"))
		switch p.Tense {
		case "pres":
			if doc.Feat(feats, "Aspect") == "Perf" {
				p.Tense = "fut" // a perfective present form is a future
			}
		}
	}
	if lemma == "być" && doc.Feat(feats, "Tense") == "Fut" {
		p.Tense = "fut"
	}
	p.Mood = lowerFeat(doc.Feat(feats, "Mood"))
	if p.Mood == "" && strings.Contains(t.XPOS, "cond") {
		p.Mood = "cnd"
	}
	p.Aspect = lowerFeat(doc.Feat(d.Tokens[p.Head].Feats, "Aspect"))
	switch {
	case strings.HasPrefix(t.XPOS, "imps"):
		p.Form = "imps"
	case doc.Feat(feats, "VerbForm") == "Inf":
		p.Form = "inf"
	case doc.Feat(feats, "VerbForm") == "Conv":
		p.Form = "conv" // "relacjonując": shares the subject of its clause's verb
	case doc.Feat(feats, "VerbForm") == "Part":
		p.Form = "part"
		if isPassiveParticiple(t) {
			p.Passive = true
		}
	default:
		p.Form = "fin"
	}
	d.Phrases = append(d.Phrases, p)
	return next
}

func npWord(t *doc.Token) bool {
	switch t.UPOS {
	case "NOUN", "PROPN", "PRON", "NUM", "DET":
		return true
	case "ADJ":
		return !isPassiveParticiple(t) || doc.Feat(t.Feats, "Case") != ""
	case "X":
		return t.Kind == doc.Word
	}
	return false
}

func isNoun(t *doc.Token) bool {
	return t.UPOS == "NOUN" || t.UPOS == "PROPN" || t.UPOS == "PRON"
}

// ppAfter returns the index of the token after the prepositional phrase
// that preposition toks[j] opens (at most four words of a noun phrase:
// nouns, adjectives, numerals), or -1.
func ppAfter(toks []doc.Token, j int) int {
	for k := j + 1; k < len(toks) && k <= j+5; k++ {
		switch toks[k].UPOS {
		case "NOUN", "PROPN", "ADJ", "NUM", "DET":
			if isPassiveParticiple(&toks[k]) && k > j+1 {
				return k
			}
			continue
		}
		if k == j+1 {
			return -1
		}
		return k
	}
	return -1
}

func isPassiveParticiple(t *doc.Token) bool {
	return strings.HasPrefix(t.XPOS, "ppas")
}

func isQuote(s string) bool {
	switch s {
	case "„", "\"", "«", "»", "”", "'":
		return true
	}
	return false
}

// sameName reports whether two neighbouring tokens are words of one name
// whose parts need not agree ("Kim Dzong Una", "Korei Północnej"): both
// capitalised, neither a common noun ("Wizyta Putina" at the start of a
// sentence is two phrases); where the entities are known, the words of one
// mention ("prezydentem Ukrainy Wołodymyrem Zełenskim" is three phrases).
func sameName(d *doc.Document, a, b doc.Token, ma, mb int32) bool {
	if ma != 0 || mb != 0 {
		return ma == mb
	}
	return isTitle(d.Form(a.Span)) && isTitle(d.Form(b.Span)) && a.UPOS != "NOUN" && b.UPOS != "NOUN"
}

// readingAgree returns the agreement values of t's readings with its
// lemma, as the tagger recorded them, with the chosen tag's own: with no
// readings recorded (the context-free analyzer), or when the tag's lemma
// is not the readings' ("Zacharowa" tagged feminine, read as the
// masculine "Zacharow").
func readingAgree(t *doc.Token) doc.Agreement {
	return t.AgreeSet | agreeOf(morphOf(t.XPOS))
}

func agreeOf(m *Morph) doc.Agreement {
	var a doc.Agreement
	switch m.Vals[Number] {
	case "sg":
		a |= doc.Sing
	case "pl":
		a |= doc.Plur
	}
	switch m.Vals[Gender] {
	case "m1", "p1":
		a |= doc.Masc1
	case "m2":
		a |= doc.Masc2
	case "m3":
		a |= doc.Masc3
	case "f":
		a |= doc.Fem
	case "n", "n1", "n2", "p2", "p3":
		a |= doc.Neut
	}
	switch m.Vals[Person] {
	case "pri":
		a |= doc.Person1
	case "sec":
		a |= doc.Person2
	case "ter":
		a |= doc.Person3
	}
	return a
}

// commonHead reports whether a name's words so far hold a common noun,
// whose case the name takes: "Sąd Najwyższy Pakistanu" is nominative.
func commonHead(toks []doc.Token) bool {
	return slices.ContainsFunc(toks, func(t doc.Token) bool { return t.UPOS == "NOUN" })
}

// formInfo is what the chunker needs of a form's dictionary readings
// beyond the tagger's choice.
type formInfo struct {
	ptan doc.Cases // the cases of its plurale tantum noun readings
	nom  []lemmaAgree
}

// lemmaAgree is the agreement of a lemma's nominative readings.
type lemmaAgree struct {
	lemma string
	agree doc.Agreement
}

// formInfos caches formInfo by form: the readings do not depend on the
// context, and analysing a word again for each phrase would cost more
// than chunking.
var formInfos growMap[string, formInfo]

const formInfoMax = 100_000

func readingsOf(form string) formInfo {
	fi, ok := formInfos.load(form)
	if ok {
		return fi
	}
	for _, a := range Analyze(form, false) {
		if a.Morph.Class == "subst" && a.Morph.Ptan {
			fi.ptan |= doc.CaseOf(a.Morph.Vals[Case])
		}
		if a.Morph.Vals[Case] == "nom" {
			ag := agreeOf(&a.Morph)
			i := slices.IndexFunc(fi.nom, func(x lemmaAgree) bool { return x.lemma == a.Lemma })
			if i < 0 {
				fi.nom = append(fi.nom, lemmaAgree{lemma: a.Lemma, agree: ag})
			} else {
				fi.nom[i].agree |= ag
			}
		}
	}
	formInfos.store(strings.Clone(form), fi, formInfoMax)
	return fi
}

// nominativeAgree returns the number and gender of the nominative
// readings of t with its lemma, 0 when it has none: "Kanady" is a
// plural in the nominative though a singular in the genitive.
func nominativeAgree(d *doc.Document, t *doc.Token) doc.Agreement {
	var a doc.Agreement
	for _, r := range readingsOf(d.Form(t.Span)).nom {
		if strings.EqualFold(r.lemma, t.Lemma) {
			a |= r.agree
		}
	}
	if a == 0 {
		return 0
	}
	return a&^(doc.Person1|doc.Person2|doc.Person3) | doc.Person3
}

// nounCases returns the cases t may be in: those of its readings, or the
// tagger's one when the dictionary gives none (a guessed name).
func nounCases(d *doc.Document, t *doc.Token) doc.Cases {
	c := doc.CaseOf(lowerFeat(doc.Feat(t.Feats, "Case")))
	if t.UPOS == "X" || t.Kind != doc.Word {
		return c
	}
	c |= t.CaseSet // every case of the readings with its lemma
	if t.UPOS == "PROPN" {
		// a country named by a plurale tantum keeps its cases when the
		// tagger chose the nationals' lemma: "Niemcy" is the country (nom,
		// acc) as well as the Germans (nom, voc)
		c |= readingsOf(d.Form(t.Span)).ptan
	}
	return c
}

func nounAgree(t *doc.Token) doc.Agreement {
	return readingAgree(t) &^ doc.Persons
}

// mergeAgree keeps, in each dimension, the values both sets allow; a
// dimension only one of them fills keeps that one's values.
func mergeAgree(a, b doc.Agreement) doc.Agreement {
	out := doc.Agreement(0)
	for _, dim := range []doc.Agreement{doc.Numbers, doc.Genders} {
		x, y := a&dim, b&dim
		switch {
		case x != 0 && y != 0 && x&y != 0:
			out |= x & y
		case x != 0 && y != 0:
			out |= x
		default:
			out |= x | y
		}
	}
	return out
}

// verbAgree returns the number, gender and person a verb form may agree
// with, from all its readings.
func verbAgree(t *doc.Token) doc.Agreement {
	a := readingAgree(t)
	if a&(doc.Person1|doc.Person2|doc.Person3) == 0 && strings.HasPrefix(t.XPOS, "praet") {
		a |= doc.Person3
	}
	return a
}

// prepCases returns the cases a preposition governs: those of its
// readings as a preposition ("z" governs the genitive and the
// instrumental).
func prepCases(t *doc.Token) doc.Cases {
	c := t.CaseSet
	if _, x, ok := strings.Cut(t.XPOS, ":"); ok && strings.HasPrefix(t.XPOS, "prep:") {
		x, _, _ = strings.Cut(x, ":")
		c |= doc.CaseOf(x)
	}
	return c
}

// lowerFeat returns strings.ToLower(v) for a UD feature value; the
// values the chunker reads on every word come as constants, so that
// lower-casing them allocates nothing.
func lowerFeat(v string) string {
	switch v {
	case "":
		return ""
	case "Nom":
		return "nom"
	case "Gen":
		return "gen"
	case "Dat":
		return "dat"
	case "Acc":
		return "acc"
	case "Ins":
		return "ins"
	case "Loc":
		return "loc"
	case "Voc":
		return "voc"
	case "Past":
		return "past"
	case "Pres":
		return "pres"
	case "Fut":
		return "fut"
	case "Ind":
		return "ind"
	case "Imp":
		return "imp"
	case "Cnd":
		return "cnd"
	case "Perf":
		return "perf"
	}
	return strings.ToLower(v)
}

// postpositions follow the phrase they govern ("miesiąc temu"): they are
// not the preposition of the phrase after them.
var postpositions = map[string]bool{"temu": true}

// sidePrep reports whether toks[i] is the noun of the complex preposition
// "ze strony" (on the part of) before a genitive that names who acts: "ataki
// ze strony Rosji", "presja ze strony rządu". "z drugiej strony" and "ze
// strony rosyjskiej" are noun phrases of their own.
func sidePrep(d *doc.Document, toks []doc.Token, i int) bool {
	if i == 0 || i+1 >= len(toks) || toks[i].Lemma != "strona" || toks[i-1].UPOS != "ADP" || strings.ToLower(toks[i-1].Lemma) != "z" {
		return false
	}
	n := &toks[i+1]
	return (n.UPOS == "NOUN" || n.UPOS == "PROPN") && nounCases(d, n)&doc.Gen != 0
}
