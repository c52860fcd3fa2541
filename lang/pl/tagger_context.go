package pl

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kronika/kronika/doc"
)

// A few frequent words change their part of speech with the words around
// them in ways the tagger's class transitions do not see: "to" is a
// pronoun after a preposition ("przez to"), a determiner before a neuter
// noun ("to miasto"), a subordinating word after a condition ("jeśli …,
// to …") and a copula elsewhere ("Polska to kraj"); "może" is the verb
// "móc" before an infinitive and a particle elsewhere; "jest" is a full
// verb of being somewhere ("jest w domu") and an auxiliary before a
// predicate. contextRules settles them after decoding, reading the
// readings already chosen for the neighbours.

// contextRules revises the readings of the words above in one sentence.
func contextRules(d *doc.Document, tokens []doc.Token) {
	for i := range tokens {
		t := &tokens[i]
		if t.Kind != doc.Word && t.Kind != 0 {
			continue
		}
		form := d.Text[t.Start:t.End]
		if strings.HasSuffix(form, "o") && !t.SpaceAfter && i+2 < len(tokens) && !tokens[i+1].SpaceAfter &&
			d.Text[tokens[i+1].Start:tokens[i+1].End] == "-" {
			// "biało-czerwony", "polsko-niemiecki": the first part of a
			// compound adjective.
			setCachedReading(d, t, i == 0, func(a *Analysis) bool { return a.Morph.Class == "adja" })
			continue
		}
		if initialLetter(form) && i+1 < len(tokens) && d.Text[tokens[i+1].Start:tokens[i+1].End] == "." &&
			!(i == 0 && i+2 < len(tokens) && !tokens[i+1].SpaceAfter) {
			// "Iwona B.", "S. Nowak": an initial, part of a name.
			t.Lemma, t.XPOS, t.UPOS, t.Feats = form, "brev:pun", "PROPN", "Abbr=Yes"
			continue
		}
		if len(form) > len("tymczasem") {
			continue // longer than every word below
		}
		lower := strings.ToLower(form)
		switch lower {
		case "to":
			ruleTo(d, tokens, i, form)
		case "tym", "tego", "temu", "tej", "tych", "tymi", "tę", "tą", "te", "ta", "ten", "tamten", "tamtego", "tamtym":
			if x := nextXPOS(tokens, i); lower == "tym" && (strings.HasSuffix(x, ":com") || x == "adv:com") {
				t.Lemma, t.XPOS, t.UPOS, t.Feats = "tym", "adv", "ADV", "" // "tym lepiej"
				continue
			}
			ruleDeterminer(d, tokens, i, form)
		case "może":
			ruleMoze(d, tokens, i, form)
		case "jest", "są", "był", "była", "było", "byli", "były", "będzie", "będą", "być":
			ruleBe(d, tokens, i)
		case "jak":
			ruleJak(d, tokens, i)
		case "razem":
			// "tym razem", "za pierwszym razem": the noun "raz" in the
			// instrumental after an adjective that has that case, not
			// the adverb "together".
			if i == 0 || !adjLike(tokens[i-1].XPOS) && strings.ToLower(d.Text[tokens[i-1].Start:tokens[i-1].End]) != "tym" ||
				!hasAnyReading(d, &tokens[i-1], i-1 == 0, "inst", "sg", "m3") {
				continue
			}
			if setCachedReading(d, t, i == 0, func(a *Analysis) bool {
				return a.Lemma == "raz" && a.Morph.Class == "subst" && a.Morph.Vals[Case] == "inst"
			}) {
				setCachedReading(d, &tokens[i-1], i-1 == 0, func(a *Analysis) bool {
					return a.Morph.Class == "adj" && a.Morph.Vals[Case] == "inst" && a.Morph.Vals[Number] == "sg" && a.Morph.Vals[Gender] == "m3"
				})
			}
		case "samym":
			// "tym samym": "thereby", the instrumental neuter.
			if i > 0 && strings.ToLower(d.Text[tokens[i-1].Start:tokens[i-1].End]) == "tym" && !(i+1 < len(tokens) && nounLike(tokens[i+1].XPOS)) {
				setCachedReading(d, t, i == 0, func(a *Analysis) bool {
					return a.Morph.Class == "adj" && a.Morph.Vals[Case] == "inst" && a.Morph.Vals[Number] == "sg" && a.Morph.Vals[Gender] == "n"
				})
			}
		case "ty", "wy":
			// A vocative "ty" stands apart ("Ty, słuchaj", "ty byku!");
			// before the other words of its clause it is the subject ("a
			// ty wiesz").
			if strings.HasSuffix(t.XPOS, ":voc:"+morphOf(t.XPOS).Vals[Gender]+":sec") && i+1 < len(tokens) &&
				tokens[i+1].XPOS != "interp" && !nounLike(tokens[i+1].XPOS) {
				setCachedReading(d, t, i == 0, func(a *Analysis) bool {
					return a.Morph.Class == "ppron12" && a.Morph.Vals[Case] == "nom"
				})
			}
		case "co":
			// "co roku", "co tydzień": a preposition of recurrence in the
			// time noun's case; "co najmniej", "co więcej": a particle.
			if i+1 < len(tokens) {
				switch nl := tokens[i+1].Lemma; {
				case timeNouns[nl] && strings.HasPrefix(tokens[i+1].XPOS, "subst:"):
					c := morphOf(tokens[i+1].XPOS).Vals[Case]
					t.Lemma, t.XPOS, t.UPOS, t.Feats = "co", "prep:"+c, "ADP", "AdpType=Prep"
				case nl == "mało" || nl == "wiele" || nl == "dużo" || strings.HasPrefix(strings.ToLower(d.Text[tokens[i+1].Start:tokens[i+1].End]), "naj"):
					t.Lemma, t.XPOS, t.UPOS, t.Feats = "co", "part", "PART", ""
				}
			}
		case "mimo":
			// "mimo trudności": the preposition; "mimo to", "mimo wszystko"
			// take the accusative; "mimo że" is an adverb.
			x, nl := nextXPOS(tokens, i), ""
			if i+1 < len(tokens) {
				nl = tokens[i+1].Lemma
			}
			switch {
			case nl == "to" || nl == "wszystko":
				t.Lemma, t.XPOS, t.UPOS, t.Feats = "mimo", "prep:acc", "ADP", "AdpType=Prep"
			case nounLike(x) || adjLike(x) || strings.HasPrefix(x, "ppron"):
				t.Lemma, t.XPOS, t.UPOS, t.Feats = "mimo", "prep:gen", "ADP", "AdpType=Prep"
			}
		case "jednak", "tymczasem":
			// Opening a sentence they join it to the one before: the
			// conjunction.
			if i == 0 {
				t.Lemma, t.XPOS, t.UPOS, t.Feats = lower, "conj", "CCONJ", ""
			}
		case "im":
			// "im szybciej, tym lepiej": the conjunction of proportion.
			if x := nextXPOS(tokens, i); strings.HasSuffix(x, ":com") {
				t.Lemma, t.XPOS, t.UPOS, t.Feats = "im", "comp", "SCONJ", ""
			}
		case "zamiast", "obok":
			// A preposition before a noun phrase ("zamiast kawy", "obok
			// domu"); before a verb "zamiast" joins clauses, alone "obok"
			// is an adverb.
			x := nextXPOS(tokens, i)
			switch {
			case nounLike(x) || adjLike(x) || strings.HasPrefix(x, "ppron") || strings.HasPrefix(x, "num") || x == "siebie:gen":
				t.Lemma, t.XPOS, t.UPOS, t.Feats = lower, "prep:gen", "ADP", "AdpType=Prep"
			case lower == "zamiast" && (verbTag(x) || x == "pred"):
				t.Lemma, t.XPOS, t.UPOS, t.Feats = lower, "comp", "SCONJ", ""
			case lower == "obok":
				t.Lemma, t.XPOS, t.UPOS, t.Feats = lower, "adv", "ADV", ""
			}
		case "i":
			if i > 0 && tokens[i-1].Lemma == "jak" && tokens[i-1].XPOS == "conj" {
				t.Lemma, t.XPOS, t.UPOS, t.Feats = "i", "part", "PART", "" // "jak i"
			}
		case "nie":
			// "Nie, …", "– Nie!": an answer, the interjection.
			if (i == 0 || prevXPOS(tokens, i) == "interp") && i+1 < len(tokens) {
				switch d.Text[tokens[i+1].Start:tokens[i+1].End] {
				case ",", "!", ".", "?", "…":
					t.Lemma, t.XPOS, t.UPOS, t.Feats = "nie", "interj", "INTJ", ""
				}
			}
		case "samo":
			if i > 0 && strings.EqualFold(d.Text[tokens[i-1].Start:tokens[i-1].End], "tak") {
				t.Lemma, t.XPOS, t.UPOS, t.Feats = "samo", "adv", "ADV", "" // "tak samo"
			}
		case "czy":
			// Between two words of a kind, "czy" is "or" ("wtorek czy
			// środa"); opening a clause it asks a question.
			if p := prevXPOS(tokens, i); strings.HasPrefix(p, "subst:") || strings.HasPrefix(p, "adj:") || strings.HasPrefix(p, "inf:") {
				t.Lemma, t.XPOS, t.UPOS, t.Feats = "czy", "conj", "CCONJ", ""
			}
		case "nas", "was":
			rulePronounCase(d, tokens, i, form)
		case "by":
			// "…, by zdążyć": the conjunction "in order to"; after a past
			// form it is the conditional's particle ("mógł by").
			if p := prevXPOS(tokens, i); i == 0 || p == "interp" || strings.HasPrefix(p, "adv") {
				t.Lemma, t.XPOS, t.UPOS, t.Feats = "by", "comp", "SCONJ", ""
			}
		case "za":
			// "za dużo", "za mały": the particle of excess.
			// Before an accusative adjective it is the preposition of
			// "uważać coś za zbyteczne".
			if x := nextXPOS(tokens, i); strings.HasPrefix(x, "adv") ||
				strings.HasPrefix(x, "adj:") && !nounAfter(tokens, i+1) && (morphOf(x).Vals[Case] != "acc" || i > 0 && copulas[tokens[i-1].Lemma]) ||
				strings.HasPrefix(x, "num:") && i+2 < len(tokens) && !strings.HasPrefix(tokens[i+2].XPOS, "subst:") {
				t.Lemma, t.XPOS, t.UPOS, t.Feats = "za", "part", "PART", ""
			}
		}
	}
}

// initialLetter reports whether form is a single capital letter.
func initialLetter(form string) bool {
	r, n := utf8.DecodeRuneInString(form)
	return n == len(form) && unicode.IsUpper(r)
}

// prevXPOS and nextXPOS return the chosen tags around token i ("" past the
// sentence).
func prevXPOS(tokens []doc.Token, i int) string {
	if i > 0 {
		return tokens[i-1].XPOS
	}
	return ""
}

func nextXPOS(tokens []doc.Token, i int) string {
	if i+1 < len(tokens) {
		return tokens[i+1].XPOS
	}
	return ""
}

// verbTag reports whether an NKJP tag is a verb form that takes objects
// (participles and gerunds excluded).
func verbTag(x string) bool {
	// Most tags begin with another letter than the verbal classes (fin,
	// praet, impt, imps, inf, bedzie, winien, pcon, pant) and are not
	// searched for their colon at all.
	if len(x) < 4 {
		return false
	}
	switch x[0] {
	case 'f', 'p', 'i', 'b', 'w':
	default:
		return false
	}
	i := strings.IndexByte(x, ':')
	if i < 0 {
		return false
	}
	switch x[:i] {
	case "fin", "praet", "impt", "imps", "inf", "bedzie", "winien", "pcon", "pant":
		return true
	}
	return false
}

// nounAfter reports whether a noun follows token i past adjectives.
func nounAfter(tokens []doc.Token, i int) bool {
	for j := i + 1; j < len(tokens) && j <= i+3; j++ {
		x := tokens[j].XPOS
		if strings.HasPrefix(x, "adj:") {
			continue
		}
		return strings.HasPrefix(x, "subst:") || strings.HasPrefix(x, "ger:") || strings.HasPrefix(x, "depr:")
	}
	return false
}

// conditionWords open a clause answered by "to": "jeśli …, to …".
var conditionWords = map[string]bool{"jeśli": true, "jeżeli": true, "gdy": true, "kiedy": true,
	"skoro": true, "gdyby": true, "jeśliby": true, "jak": true, "choć": true, "chociaż": true}

func ruleTo(d *doc.Document, tokens []doc.Token, i int, form string) {
	prev, next := prevXPOS(tokens, i), nextXPOS(tokens, i)
	switch {
	case prev == "interp" && conditionBefore(d, tokens, i):
		t := &tokens[i]
		t.Lemma, t.XPOS, t.UPOS, t.Feats = "to", "comp", "SCONJ", ""
	case strings.HasPrefix(prev, "prep:"):
		setCachedReading(d, &tokens[i], i == 0, func(a *Analysis) bool {
			return a.Lemma == "to" && a.Morph.Class == "subst" && a.Morph.Vals[Case] == "acc"
		})
	case strings.HasPrefix(next, "subst:sg:nom:n") || strings.HasPrefix(next, "subst:sg:acc:n"):
		c := morphOf(next).Vals[Case]
		setCachedReading(d, &tokens[i], i == 0, func(a *Analysis) bool {
			return a.Lemma == "ten" && a.Morph.Class == "adj" && a.Morph.Vals[Case] == c && a.Morph.Vals[Gender] == "n"
		})
	case next == "interp" && i+1 < len(tokens) && d.Text[tokens[i+1].Start:tokens[i+1].End] == ",":
		// "to, co …", "to, że …": the pronoun.
		setCachedReading(d, &tokens[i], i == 0, func(a *Analysis) bool {
			return a.Lemma == "to" && a.Morph.Class == "subst" && a.Morph.Vals[Case] == "nom"
		})
	case subjectOfVerb(tokens, i):
		// "to się stało", "to nie znaczy"; "to" before "jest" stays the
		// copula, as UD Polish PDB has it.
		setCachedReading(d, &tokens[i], i == 0, func(a *Analysis) bool {
			return a.Lemma == "to" && a.Morph.Class == "subst" && a.Morph.Vals[Case] == "nom"
		})
	case strings.HasPrefix(next, "inf:") || verbTag(prev) && tokens[i-1].Lemma != "być" || prev == "pred" && tokens[i-1].Lemma != "to":
		setCachedReading(d, &tokens[i], i == 0, func(a *Analysis) bool {
			return a.Lemma == "to" && a.Morph.Class == "subst" && a.Morph.Vals[Case] == "acc"
		})
	}
}

// subjectOfVerb reports whether a finite verb other than "być" follows
// token i, past particles, "się", adverbs and clitic pronouns.
func subjectOfVerb(tokens []doc.Token, i int) bool {
	for j := i + 1; j < len(tokens) && j <= i+3; j++ {
		x := tokens[j].XPOS
		switch {
		case verbTag(x) && !strings.HasPrefix(x, "inf:"):
			return tokens[j].Lemma != "być"
		case x == "part" || strings.HasPrefix(x, "adv") || strings.HasPrefix(x, "ppron"):
			continue
		}
		return false
	}
	return false
}

// conditionBefore reports whether a condition word opens the sentence part
// before token i.
func conditionBefore(d *doc.Document, tokens []doc.Token, i int) bool {
	for j := i - 2; j >= 0 && j >= i-25; j-- {
		if conditionWords[strings.ToLower(d.Text[tokens[j].Start:tokens[j].End])] {
			return true
		}
	}
	return false
}

// ruleDeterminer reads a form of "ten" as a determiner when a noun that
// can agree with it follows (past adjectives), as the pronoun "to"
// otherwise. Where the two disagree in case the case comes first from a
// preposition before them ("w tym roku"), then from the noun.
func ruleDeterminer(d *doc.Document, tokens []doc.Token, i int, form string) {
	for j := i + 1; j < len(tokens) && j <= i+3; j++ {
		x := tokens[j].XPOS
		if strings.HasPrefix(x, "adj:") || strings.HasPrefix(x, "pact:") || strings.HasPrefix(x, "ppas:") {
			continue
		}
		if !strings.HasPrefix(x, "subst:") && !strings.HasPrefix(x, "ger:") && !strings.HasPrefix(x, "depr:") {
			break
		}
		noun := &tokens[j]
		nm := morphOf(x)
		var cases []string
		if p := prevXPOS(tokens, i); strings.HasPrefix(p, "prep:") {
			cases = append(cases, morphOf(p).Vals[Case])
		}
		cases = append(cases, nm.Vals[Case])
		nounForm := d.Text[noun.Start:noun.End]
		for _, c := range cases {
			var n *Analysis
			nas := cachedAnalyses(nounForm, j == 0)
			for k, a := range nas {
				if a.Lemma == noun.Lemma && a.Morph.Class == nm.Class && a.Morph.Vals[Case] == c {
					n = &nas[k]
					break
				}
			}
			if n == nil {
				continue
			}
			if setCachedReading(d, &tokens[i], i == 0, func(a *Analysis) bool {
				return a.Morph.Class == "adj" && a.Morph.Vals[Case] == c &&
					a.Morph.Vals[Number] == n.Morph.Vals[Number] && a.Morph.Vals[Gender] == n.Morph.Vals[Gender]
			}) {
				if n.XPOS != strings.TrimSuffix(strings.TrimSuffix(x, ":ncol"), ":col") {
					noun.Lemma, noun.XPOS = n.Lemma, n.TokenXPOS()
					noun.UPOS, noun.Feats = n.UD()
				}
				return
			}
		}
		break
	}
	if strings.HasPrefix(tokens[i].XPOS, "adj:") {
		// No noun to agree with: the pronoun "to" in the same case.
		c := morphOf(tokens[i].XPOS).Vals[Case]
		setCachedReading(d, &tokens[i], i == 0, func(a *Analysis) bool {
			return a.Lemma == "to" && a.Morph.Class == "subst" && a.Morph.Vals[Case] == c
		})
	}
}

// ruleMoze reads "może" as "móc" when an infinitive follows closely.
func ruleMoze(d *doc.Document, tokens []doc.Token, i int, form string) {
	for j := i + 1; j < len(tokens) && j <= i+3; j++ {
		x := tokens[j].XPOS
		if strings.HasPrefix(x, "inf:") {
			setCachedReading(d, &tokens[i], i == 0, func(a *Analysis) bool { return a.Morph.Class == "fin" })
			return
		}
		if x == "interp" || verbTag(x) {
			return
		}
	}
}

// ruleBe makes "być" a full verb (UPOS VERB) where it says that something
// is somewhere or exists: before a preposition, an adverb of place or the
// end of the clause, and in "być może".
func ruleBe(d *doc.Document, tokens []doc.Token, i int) {
	t := &tokens[i]
	if t.UPOS != "AUX" || t.Lemma != "być" {
		return
	}
	next := nextXPOS(tokens, i)
	nextForm := ""
	if i+1 < len(tokens) {
		nextForm = strings.ToLower(d.Text[tokens[i+1].Start:tokens[i+1].End])
	}
	prev, prevForm := prevXPOS(tokens, i), ""
	if i > 0 {
		prevForm = strings.ToLower(d.Text[tokens[i-1].Start:tokens[i-1].End])
	}
	// The word after it, past particles and adverbs.
	after := ""
	for j := i + 1; j < len(tokens) && j <= i+3; j++ {
		if x := tokens[j].XPOS; x != "part" && !strings.HasPrefix(x, "adv") {
			after = x
			break
		}
	}
	switch {
	case strings.HasPrefix(prev, "ppas:"):
		// The passive "uprawiany jest w …" keeps its auxiliary.
	case strings.HasPrefix(after, "subst:") && morphOf(after).Vals[Case] == "gen":
		// "nie było wody", "jest tam mnóstwo …": existence, the full verb.
		t.UPOS = "VERB"
	case prevForm == "gdzie" || prevForm == "nie" && strings.HasPrefix(next, "ppron3:") && morphOf(next).Vals[Case] == "gen":
		// "Gdzie jest …", "Nie było go": being somewhere, existing.
		t.UPOS = "VERB"
	case strings.HasPrefix(next, "prep:") && placePrepositions[tokens[i+1].Lemma],
		next == "interp" && nextForm != "," && nextForm != "?" && nextForm != "…", i+1 == len(tokens),
		nextForm == "może" && strings.EqualFold(d.Text[t.Start:t.End], "być"):
		t.UPOS = "VERB"
	}
}

// placePrepositions say where: "być" before them is being somewhere.
var placePrepositions = map[string]bool{"w": true, "na": true, "przy": true, "między": true,
	"pod": true, "nad": true, "po": true, "za": true, "obok": true, "przed": true, "wśród": true}

// timeNouns measure the recurrence in "co roku", "co tydzień".
var timeNouns = map[string]bool{"rok": true, "chwila": true, "tydzień": true, "dzień": true,
	"miesiąc": true, "wieczór": true, "noc": true, "raz": true, "godzina": true, "minuta": true,
	"sekunda": true, "kwartał": true, "niedziela": true, "sobota": true, "rano": true}

// degreeAdverbs follow "jak" the adverb of degree: "jak bardzo", "jak
// często".
var degreeAdverbs = map[string]bool{"bardzo": true, "często": true, "szybko": true, "dużo": true,
	"głęboko": true, "daleko": true, "wysoko": true, "mocno": true, "ważny": true}

// ruleJak tells "jak" the conjunction of comparison ("taki jak", SCONJ)
// from the adverb of manner and degree ("jak najszybciej", "wiem, jak to
// zrobić", ADV) and the coordinating "jak i", "jak również" (CCONJ).
func ruleJak(d *doc.Document, tokens []doc.Token, i int) {
	t := &tokens[i]
	next, nextLemma := nextXPOS(tokens, i), ""
	if i+1 < len(tokens) {
		nextLemma = tokens[i+1].Lemma
	}
	prevLemma, prev2 := "", ""
	if i > 0 {
		prevLemma = strings.ToLower(tokens[i-1].Lemma)
	}
	if i > 1 {
		prev2 = tokens[i-2].XPOS
	}
	switch {
	case nextLemma == "i" || nextLemma == "również":
		t.Lemma, t.XPOS, t.UPOS, t.Feats = "jak", "conj", "CCONJ", ""
	case prevLemma == "tak" || prevLemma == "taki":
		// "tak jak", "takich jak": comparison, as the tagger has it.
	case strings.HasSuffix(next, ":sup") || strings.HasSuffix(next, ":sup:pos") || degreeAdverbs[nextLemma],
		prevLemma == "," && (prev2 == "subst:sg:nom:n:ncol" || prev2 == "subst:sg:acc:n:ncol") && tokens[i-2].Lemma == "pytanie":
		// "jak najszybciej", "jak bardzo", "pytanie, jak …".
		t.Lemma, t.XPOS, t.UPOS, t.Feats = "jak", "adv:pos", "ADV", "Degree=Pos|PronType=Int"
	}
}

// rulePronounCase gives "nas", "was" the case their neighbour governs: a
// preposition's, or the accusative after a verb.
func rulePronounCase(d *doc.Document, tokens []doc.Token, i int, form string) {
	prev := prevXPOS(tokens, i)
	c := ""
	switch {
	case strings.HasPrefix(prev, "prep:"):
		c = morphOf(prev).Vals[Case]
	case verbTag(prev) || strings.HasPrefix(nextXPOS(tokens, i), "fin:"):
		c = "acc"
	default:
		return
	}
	setCachedReading(d, &tokens[i], i == 0, func(a *Analysis) bool {
		return a.Morph.Class == "ppron12" && a.Morph.Vals[Case] == c
	})
}

// hasAnyReading reports whether some analysis of t, of any lemma, is an
// adjective in the case, number and gender given.
func hasAnyReading(d *doc.Document, t *doc.Token, initial bool, c, num, gen string) bool {
	for _, a := range cachedAnalyses(d.Text[t.Start:t.End], initial) {
		if a.Morph.Class == "adj" && a.Morph.Vals[Case] == c && a.Morph.Vals[Number] == num && a.Morph.Vals[Gender] == gen {
			return true
		}
	}
	return false
}
