package en

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// chunker groups the tokens of a tagged English sentence into noun phrases
// (determiners, adjectives, numbers and nouns, a possessive "'s" inside:
// "Russian President Vladimir Putin's visit") and verb groups (auxiliaries,
// negation and the lexical verb: "was not welcomed", "will impose"). English
// has no cases: the event coder reads roles from position and prepositions.
type chunker struct{}

// npWord reports whether t belongs in a noun phrase. A relative pronoun
// ("who", "which") opens a clause and belongs to none: the noun before it
// is the subject of the clause's verb ("the soldiers who attacked"). A
// capitalised word inside a name the recogniser found is a noun whatever
// its tag ("agreed to US mediation", where "US" is read as a verb).
func npWord(d *doc.Document, t *doc.Token, named bool) bool {
	if t.XPOS == "WDT" || t.XPOS == "WP" {
		return false
	}
	switch t.UPOS {
	case "NOUN", "PROPN", "PRON", "NUM", "DET", "ADJ":
		return t.Kind == doc.Word || t.Kind == doc.Number
	}
	if named && t.Kind == doc.Word {
		r, _ := utf8.DecodeRuneInString(d.Form(t.Span))
		return unicode.IsUpper(r)
	}
	return false
}

func (chunker) Chunk(d *doc.Document) {
	named := namedTokens(d)
	lang.ChunkSentences(d, func(i int) { chunkSentence(d, i, named) })
}

// namedTokens marks the tokens inside a mention of an entity.
func namedTokens(d *doc.Document) []bool {
	named := make([]bool, len(d.Tokens))
	for i := range d.Entities {
		for _, m := range d.Entities[i].Mentions {
			k := sort.Search(len(d.Tokens), func(k int) bool { return d.Tokens[k].End > m.Start })
			for ; k < len(d.Tokens) && d.Tokens[k].Start < m.End; k++ {
				named[k] = true
			}
		}
	}
	return named
}

func chunkSentence(d *doc.Document, sent int, named []bool) {
	from := len(d.Phrases)
	defer markLists(d, sent, from)
	s := d.Sentences[sent]
	toks := d.Tokens[s.FirstToken:s.EndToken]
	base := s.FirstToken
	isNP := func(k int) bool { return npWord(d, &toks[k], named[base+k]) }
	prevNP := -1
	first := len(d.Phrases)
	defer func() {
		finiteParticiple(d, first)
		participleWithObject(d, first)
	}()
	for i := 0; i < len(toks); {
		t := &toks[i]
		switch {
		case isNP(i):
			j := i + 1
			for j < len(toks) {
				// a determiner or possessive pronoun opens the next phrase
				// ("on Tuesday their forces"), except after "'s"
				// a name after a word that names a time by itself opens
				// the next phrase too: "on Monday Russia attacked", "last
				// week Kim Jong Un visited", "in 2022 Russia invaded"
				if isNP(j) && timeThenName(d, toks, base, i, j, named) {
					break
				}
				if isNP(j) && !((toks[j].UPOS == "DET" || toks[j].XPOS == "PRP$") && !strings.HasSuffix(d.Form(toks[j-1].Span), "'s")) {
					j++
					continue
				}
				// a participle between a determiner or adjective and its noun:
				// "the continuing brutality", "a jailed publisher"
				if x := toks[j].XPOS; (x == "VBG" || x == "VBN") && j+1 < len(toks) && (toks[j+1].UPOS == "NOUN" || toks[j+1].UPOS == "ADJ") &&
					(toks[j-1].UPOS == "DET" || toks[j-1].UPOS == "ADJ") {
					j++
					continue
				}
				// a percent sign after a number: "a 25% levy"
				if d.Form(toks[j].Span) == "%" && toks[j-1].UPOS == "NUM" && !toks[j-1].SpaceAfter {
					j++
					continue
				}
				// the period of an abbreviation inside a name: "U.S. Secretary"
				if d.Form(toks[j].Span) == "." && !toks[j-1].SpaceAfter && j+1 < len(toks) && isNP(j+1) &&
					strings.Contains(d.Form(toks[j-1].Span), ".") {
					j++
					continue
				}
				break
			}
			// the period of an abbreviation that ends the phrase within the
			// sentence is the phrase's own ("the U.S. and France", "U.S.,
			// French and Chinese diplomats"): left out, it parts the phrase
			// from the conjunction or comma of its list; before a hyphen
			// ("U.S.-backed") it stays out
			if j < len(toks) && abbrevPeriod(d, toks, j) && !hyphenAt(d, toks, j+1) {
				j++
			}
			p := doc.Phrase{Kind: doc.NounPhrase, First: base + i, End: base + j, Head: base + j - 1,
				Sentence: sent, Agree: doc.Person3}
			for k := j - 1; k >= i; k-- {
				if u := toks[k].UPOS; u == "NOUN" || u == "PROPN" || u == "PRON" {
					p.Head = base + k
					break
				}
			}
			switch doc.Feat(d.Tokens[p.Head].Feats, "Number") {
			case "Sing":
				p.Agree |= doc.Sing
			case "Plur":
				p.Agree |= doc.Plur
			}
			if h := &d.Tokens[p.Head]; h.UPOS == "PRON" && firstPersonPronouns[strings.ToLower(d.Form(h.Span))] {
				// "I", "we": the speaker, in a quotation (events)
				p.Agree = p.Agree&^doc.Persons | doc.Person1
			}
			if i > 0 {
				if prev := &toks[i-1]; (prev.UPOS == "ADP" || prev.XPOS == "TO") && !quantifier(d, toks, i-1) &&
					!subordinators[strings.ToLower(d.Form(prev.Span))] && !opensClause(d, toks, i-1, j) {
					p.Prep = strings.ToLower(prev.Lemma)
					if p.Prep == "" {
						p.Prep = strings.ToLower(d.Form(prev.Span))
					}
				}
				if toks[i-1].UPOS == "CCONJ" && prevNP >= 0 && d.Phrases[prevNP].End == base+i-1 {
					p.Coordinated = true
					p.Prep = d.Phrases[prevNP].Prep
				}
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

// verbGroup appends the verb group starting at toks[i] and returns the
// index after it.
func verbGroup(d *doc.Document, toks []doc.Token, base, sent, i int) int {
	p := doc.Phrase{Kind: doc.VerbGroup, First: base + i, Head: base + i, Sentence: sent, Form: "fin"}
	be := false
	j := i
	for ; j < len(toks); j++ {
		t := &toks[j]
		lw := strings.ToLower(d.Form(t.Span))
		switch {
		case t.UPOS == "AUX" || t.UPOS == "VERB":
			p.Head = base + j
			switch strings.ToLower(t.Lemma) {
			case "will", "shall":
				p.Tense = "fut"
			case "would", "could", "might":
				p.Mood = "cnd"
			case "be", "get":
				be = true
			}
			if p.Tense == "" && t.XPOS == "VBD" {
				p.Tense = "past"
			}
			if t.UPOS == "VERB" {
				j++
				goto done
			}
		case lw == "not" || lw == "n't" || lw == "never":
			p.Negated = true
		case t.UPOS == "ADV" && j > i:
		case j > i && adverbPair(toks, j):
		case j > i && openingQuote(lw) && quotedParticiple(toks, j+1):
			// the quoted words of a passive predicate: is “deeply
			// disappointed” by
		default:
			goto done
		}
	}
done:
	p.End = base + j
	h := &d.Tokens[p.Head]
	p.Lemma = h.Lemma
	if be && h.XPOS == "VBN" && h.UPOS == "VERB" && !stativeBefore(d, toks, j, h.Lemma) {
		p.Passive = true
	}
	if h.XPOS == "VB" && p.Tense == "" && j-i == 1 {
		p.Form = "inf"
	}
	if (h.XPOS == "VBG" || h.XPOS == "VBN" && !p.Passive) && p.Head == p.First {
		// a participle without an auxiliary modifies a noun: "visiting
		// Australian Foreign Minister", "the jailed publisher"
		p.Form = "part"
	}
	if p.Tense == "" {
		switch h.XPOS {
		case "VBD":
			p.Tense = "past"
		case "VBZ", "VBP":
			p.Tense = "pres"
		}
	}
	switch doc.Feat(h.Feats, "Number") {
	case "Sing":
		p.Agree |= doc.Sing
	case "Plur":
		p.Agree |= doc.Plur
	}
	d.Phrases = append(d.Phrases, p)
	return j
}

// openingQuote reports whether w is a quotation mark that may open a
// quotation.
func openingQuote(w string) bool {
	return w == "“" || w == "\"" || w == "``"
}

// quotedParticiple reports whether toks[k:] begin with a past participle,
// after adverbs.
func quotedParticiple(toks []doc.Token, k int) bool {
	for k < len(toks) && toks[k].UPOS == "ADV" {
		k++
	}
	return k < len(toks) && toks[k].XPOS == "VBN"
}

// quantifiers are prepositions that, with the word after them, count the
// noun that follows instead of governing it ("at least 2,400 people", "more
// than 270 schoolgirls").
var quantifiers = map[string]bool{"at least": true, "at most": true, "more than": true,
	"less than": true, "fewer than": true, "up to": true, "as many": true, "over": true}

func quantifier(d *doc.Document, toks []doc.Token, i int) bool {
	w := strings.ToLower(d.Form(toks[i].Span))
	if w == "over" {
		return i+1 < len(toks) && toks[i+1].UPOS == "NUM"
	}
	if i+1 < len(toks) && quantifiers[w+" "+strings.ToLower(d.Form(toks[i+1].Span))] {
		return true
	}
	return i > 0 && quantifiers[strings.ToLower(d.Form(toks[i-1].Span))+" "+w]
}

// subordinators are tagged like prepositions (IN) but open a clause: the
// noun after them is its subject, not their object ("said that Scholz
// arrived").
var subordinators = map[string]bool{"that": true, "because": true, "if": true, "whether": true,
	"while": true, "although": true, "though": true, "unless": true, "whereas": true}

// finiteParticiple reads a bare past participle right after the subject
// noun phrase as the finite past verb the tagger took for a participle
// ("Trudeau retaliated by announcing tariffs", "The Israeli army lifted
// Friday a blockade …, officials told AFP", tagged VBN), when its clause
// has no finite verb up to the next comma: every clause that reports an
// act has one. A participle that modifies its noun is followed by the
// clause's verb ("The man arrested on Monday was released") and stays one.
// The sentence's phrases start at d.Phrases[first].
func finiteParticiple(d *doc.Document, first int) {
	ph := d.Phrases[first:]
	if len(ph) == 0 {
		return
	}
	end := d.Sentences[ph[0].Sentence].EndToken
	for k := range ph {
		if ph[k].Kind == doc.VerbGroup && ph[k].Form == "part" && d.Tokens[ph[k].Head].XPOS == "VBN" {
			for t := ph[k].End; t < end; t++ {
				if d.Form(d.Tokens[t].Span) == "," {
					end = t
					break
				}
			}
			break
		}
	}
	for k := range ph {
		if ph[k].Kind == doc.VerbGroup && ph[k].Form == "fin" && ph[k].First < end {
			return
		}
	}
	// the first noun phrase of the sentence, with the "of" phrases that
	// continue it ("Thousands of Georgians protested"), and the verb right
	// after it
	for k := 1; k < len(ph); k++ {
		if ph[k-1].Kind != doc.NounPhrase {
			continue
		}
		if ph[k].Kind == doc.NounPhrase && ph[k].Prep == "of" && (ph[k-1].Prep == "" || k > 1 && ph[k-1].Prep == "of") {
			continue
		}
		v, np := &ph[k], &ph[k-1]
		// "an offensive launched by forces in …" is a passive participle
		// (not "retaliated by announcing tariffs")
		byAgent := v.End+1 < len(d.Tokens) && strings.EqualFold(d.Form(d.Tokens[v.End].Span), "by") &&
			d.Tokens[v.End+1].XPOS != "VBG"
		if v.Kind == doc.VerbGroup && v.Form == "part" && (np.Prep == "" || np.Prep == "of") && np.End == v.First &&
			d.Tokens[v.Head].XPOS == "VBN" && !byAgent {
			v.Form, v.Tense = "fin", "past"
		}
		return
	}
}

// hyphenAt reports whether token i of toks is a hyphen or dash.
func hyphenAt(d *doc.Document, toks []doc.Token, i int) bool {
	if i >= len(toks) {
		return false
	}
	switch d.Form(toks[i].Span) {
	case "-", "–", "—":
		return true
	}
	return false
}

// timeThenName reports whether the name at toks[j] follows a word that
// names a time by itself (timex.tsv: a weekday, a month, a unit, a deictic
// word) or a year that is the phrase's only word (toks[i]), outside any
// name: the time is an adverbial and the name the next phrase, the subject
// of the clause ("on Monday Russia attacked Ukraine"). A name that holds
// the time word, or follows it after an article ("the Sunday Times"), and
// a possessive ("Monday's attack") stay one phrase.
func timeThenName(d *doc.Document, toks []doc.Token, base, i, j int, named []bool) bool {
	prev, t := &toks[j-1], &toks[j]
	if t.UPOS != "PROPN" || !named[base+j] || named[base+j-1] {
		return false
	}
	for k := i; k < j-1; k++ {
		switch strings.ToLower(d.Form(toks[k].Span)) {
		case "the", "a", "an":
			return false // a modifier of the name: "the Sunday Times"
		}
	}
	w := strings.ToLower(d.Form(prev.Span))
	if timeWords()[w] {
		return true
	}
	return j-1 == i && prev.UPOS == "NUM" && len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20"))
}

// firstPersonPronouns are the pronouns of the first person that head a
// noun phrase of their own.
var firstPersonPronouns = map[string]bool{"i": true, "we": true, "me": true, "us": true}

// statives are the participles that, after "be" and before "in", tell a
// state their subject is in rather than an act done to it: "forces were
// engaged in ethnic cleansing", "the two sides are locked in talks",
// "troops were involved in clashes". Such a subject is the one who acts.
var statives = map[string]bool{"engage": true, "involve": true, "embroil": true, "lock": true, "entangle": true, "mire": true}

// stativeBefore reports whether the participle of lemma, ending its verb
// group before toks[j], is a stative before "in" (statives).
func stativeBefore(d *doc.Document, toks []doc.Token, j int, lemma string) bool {
	return statives[strings.ToLower(lemma)] && j < len(toks) && strings.EqualFold(d.Form(toks[j].Span), "in")
}
