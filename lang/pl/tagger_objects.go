package pl

import (
	"strings"

	"github.com/kronika/kronika/doc"
)

// accusativeObjects reads a noun the tagger put in the genitive as the
// accusative object of the verb before it, where the noun's lemma has an
// accusative of the same spelling: animate masculines ("pali papierosa",
// "trzymając robaka", "ucisza muzyków") and plurals that look like a
// genitive singular ("trzyma w rękach torby"). Between the verb and the
// noun may stand adverbs, particles, the noun's adjectives, a
// prepositional phrase ended by an adverb or particle, or a first object
// joined by a conjunction ("wystawia głowę i płetwy"); not a noun, whose
// genitive attribute the noun may be ("siedzi na grzbiecie byka"). A negated verb, a verb that
// takes the genitive, a copula, a reflexive verb, and a numeral or
// preposition before the noun keep the genitive.
func accusativeObjects(d *doc.Document, tokens []doc.Token) {
	for k := 1; k < len(tokens); k++ {
		x := tokens[k].XPOS
		if !strings.HasPrefix(x, "subst:") {
			continue
		}
		m := morphOf(x)
		if m.Vals[Case] != "gen" || objectVerb(d, tokens, k) < 0 {
			continue
		}
		lemma, num := tokens[k].Lemma, m.Vals[Number]
		acc := func(sameNumber bool) func(a *Analysis) bool {
			return func(a *Analysis) bool {
				return a.Lemma == lemma && a.Morph.Class == "subst" && a.Morph.Vals[Case] == "acc" &&
					(!sameNumber || a.Morph.Vals[Number] == num)
			}
		}
		if !setCachedReading(d, &tokens[k], false, acc(true)) {
			setCachedReading(d, &tokens[k], false, acc(false))
		}
	}
}

// objectVerb returns the verb whose object the noun at k may be (see
// accusativeObjects), or -1.
func objectVerb(d *doc.Document, tokens []doc.Token, k int) int {
	j := k - 1
	for j >= 0 && adjLike(tokens[j].XPOS) {
		j--
	}
	if j < 0 {
		return -1
	}
	// After a numeral or preposition the genitive is governed; after a
	// noun it is mostly that noun's ("w kierunku wody"), unless that noun
	// is a dative ("obiecał emerytom dopłaty").
	if x := tokens[j].XPOS; strings.HasPrefix(x, "num:") || strings.HasPrefix(x, "prep:") || nounLike(x) && morphOf(x).Vals[Case] != "dat" {
		return -1
	}
	for steps := 0; j >= 0 && steps < 10; steps++ {
		t := &tokens[j]
		x := t.XPOS
		switch {
		case verbTag(x):
			if genitiveVerbAt(d, tokens, j) || copulaAt(d, tokens, j) {
				return -1
			}
			if j > 0 && tokens[j-1].Lemma == "nie" || j > 1 && tokens[j-2].Lemma == "nie" {
				return -1
			}
			r := j + 1
			if r < len(tokens) && strings.HasPrefix(tokens[r].XPOS, "aglt:") {
				r++ // "dobudził em się"
			}
			if r < len(tokens) && tokens[r].Lemma == "się" {
				return -1
			}
			return j
		case strings.HasPrefix(x, "adv") || x == "part" || x == "qub":
			if t.Lemma == "nie" {
				return -1
			}
			j--
		case strings.HasPrefix(x, "aglt:") || x == "siebie:dat" ||
			(strings.HasPrefix(x, "ppron") || nounLike(x)) && morphOf(x).Vals[Case] == "dat":
			// A person clitic, or the dative the act is for
			// ("zafundowali ci laptopa", "poprosiła m ambasadora").
			j--
		case x == "conj":
			// A first object before the conjunction, in the accusative.
			switch t.Lemma {
			case "i", "oraz", "lub", "albo", "czy":
			default:
				return -1
			}
			p := j - 1
			if p < 0 || !strings.HasPrefix(tokens[p].XPOS, "subst:") || morphOf(tokens[p].XPOS).Vals[Case] != "acc" {
				return -1
			}
			j = p - 1
			for j >= 0 && adjLike(tokens[j].XPOS) {
				j--
			}
		case nounLike(x) || adjLike(x) || strings.HasPrefix(x, "ppron"):
			// A prepositional phrase: skip it whole.
			p := j
			for p >= 0 && (nounLike(tokens[p].XPOS) || adjLike(tokens[p].XPOS) || strings.HasPrefix(tokens[p].XPOS, "ppron")) {
				p--
			}
			if p < 0 || !strings.HasPrefix(tokens[p].XPOS, "prep:") {
				return -1
			}
			j = p - 1
		default:
			return -1
		}
	}
	return -1
}

// genitiveSubjects reads a noun the tagger put in the genitive as the
// nominative subject of the verb after it where the form has a
// nominative that agrees with the verb ("Drzwi zamknęły się", "że
// premier odwoływał się", "służby pozostają"): the noun opens its noun
// phrase (no preposition, numeral or noun before it, whose genitive it
// could be), and no nominative stands before the verb in the clause.
func genitiveSubjects(d *doc.Document, tokens []doc.Token) {
	eachClause(d, tokens, genitiveSubject)
}

func genitiveSubject(d *doc.Document, tokens []doc.Token, from, to int) {
	verb := -1
	for k := from; k < to; k++ {
		if x := tokens[k].XPOS; verbTag(x) && !strings.HasPrefix(x, "inf:") {
			verb = k
			break
		}
	}
	if verb < 0 {
		return
	}
	if p, _, _, has := subjectVerb(tokens[verb].XPOS); !has || p != "ter" {
		return
	}
	for k := from; k < verb; k++ {
		x := tokens[k].XPOS
		if (strings.HasPrefix(x, "subst:") || strings.HasPrefix(x, "ppron")) && morphOf(x).Vals[Case] == "nom" {
			return // the verb has its subject
		}
	}
	for k := from; k < verb; k++ {
		x := tokens[k].XPOS
		if !strings.HasPrefix(x, "subst:") || morphOf(x).Vals[Case] != "gen" {
			continue
		}
		j := k - 1
		for j >= from && adjLike(tokens[j].XPOS) {
			j--
		}
		if j >= from {
			if px := tokens[j].XPOS; strings.HasPrefix(px, "prep:") || strings.HasPrefix(px, "num:") || nounLike(px) && !timeSpanAt(tokens, j) {
				continue
			}
		}
		lemma := tokens[k].Lemma
		nom := func(sameLemma bool) func(a *Analysis) bool {
			return func(a *Analysis) bool {
				return (!sameLemma || a.Lemma == lemma) && a.Morph.Class == "subst" && a.Morph.Vals[Case] == "nom" &&
					canBeSubject(tokens, verb, &a.Morph, false)
			}
		}
		if setCachedReading(d, &tokens[k], k == 0, nom(true)) || setCachedReading(d, &tokens[k], k == 0, nom(false)) {
			return
		}
	}
}

// nonFiniteObjects reads a noun the tagger put in the nominative as the
// accusative object of the infinitive, adverbial participle or active
// participle before it, whose verb takes an accusative object by the
// verb-case table ("nacisnąć klawisz", "podkreślając spadek", "teza
// podkreślająca znaczenie"): a nominative has no verb to agree with
// there. Adjectives and adverbs may stand between. An active participle
// counts only after the noun or comma it follows as its attribute
// ("rysunki prezentujące dane", "wyżu, powodującego napływ"), not before
// a noun it modifies ("rządząca partia", "najlepszy, kryjący make-up");
// a negated or reflexive verb is left alone.
func nonFiniteObjects(d *doc.Document, tokens []doc.Token) {
	for k := 1; k < len(tokens); k++ {
		x := tokens[k].XPOS
		if !strings.HasPrefix(x, "subst:") && !strings.HasPrefix(x, "ger:") || morphOf(x).Vals[Case] != "nom" {
			continue
		}
		j := k - 1
		for j >= 0 && (strings.HasPrefix(tokens[j].XPOS, "adj:") || strings.HasPrefix(tokens[j].XPOS, "ppas:") || strings.HasPrefix(tokens[j].XPOS, "adv")) {
			j--
		}
		if j < 0 || !nonFiniteTransitive(d, tokens, j) {
			continue
		}
		recase(d, tokens, j+1, k, "acc")
	}
}

// nonFiniteTransitive reports whether the word at v is an infinitive,
// adverbial participle or postposed active participle of a verb that
// takes an accusative object, neither negated nor reflexive.
func nonFiniteTransitive(d *doc.Document, tokens []doc.Token, v int) bool {
	x := tokens[v].XPOS
	switch {
	case strings.HasPrefix(x, "inf:"), strings.HasPrefix(x, "pcon:"):
	case strings.HasPrefix(x, "pact:"):
		if v == 0 {
			return false
		}
		p := &tokens[v-1]
		comma := d.Text[p.Start:p.End] == ","
		if !nounLike(p.XPOS) && !comma || comma && v > 1 && adjLike(tokens[v-2].XPOS) {
			return false // before its noun, or one of its adjectives ("najlepszy, kryjący make-up")
		}
	default:
		return false
	}
	if v > 0 && tokens[v-1].Lemma == "nie" || strings.HasSuffix(x, ":neg") || reflexiveAt(d, tokens, v) {
		return false
	}
	if genitiveVerbAt(d, tokens, v) || copulaAt(d, tokens, v) {
		return false
	}
	// The table counts the nouns after finite forms, where a subject may
	// follow; after a participle none can, so only the infinitive asks it.
	return !strings.HasPrefix(x, "inf:") || !intransitive(tokens[v].Lemma, false, verbCasesOf(tokens[v].Lemma, false))
}
