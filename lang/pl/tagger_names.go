package pl

import (
	"strings"

	"github.com/kronika/kronika/doc"
)

// personNames gives the words of a name after its first the case of the
// first ("Ryszarda Bugaja", "Jana Pawła II"), where the tagger read them
// apart: a run of capitalised nouns whose dictionary lemmas are
// capitalised too (proper names, not "Rada Ministrów"), the first a
// singular of a person's gender in an inflected form (not "Kim" of "Kim
// Dzong Una", which Polish leaves as it is). A later word takes a reading of its own
// in the first word's case, number and gender, so a name after a
// feminine place keeps its case ("prezydent Ukrainy Wołodymyr Zełenski").
// A woman's surname that does not inflect ("Grażyny Bacewicz") is left
// alone: the analyzer knows it as a man's nominative only, and a man's
// name after a feminine place looks the same.
func personNames(d *doc.Document, tokens []doc.Token) {
	for k := 0; k+1 < len(tokens); k++ {
		if !properNoun(d, &tokens[k]) || k > 0 && properNoun(d, &tokens[k-1]) {
			continue
		}
		if d.Text[tokens[k].Start:tokens[k].End] == tokens[k].Lemma {
			// A first word in its base form may not inflect at all ("Kim
			// Dzong Una"): the case is in the words after it.
			continue
		}
		hm := morphOf(tokens[k].XPOS)
		c, num, gen := hm.Vals[Case], hm.Vals[Number], hm.Vals[Gender]
		if c == "" || num != "sg" || gen != "f" && gen != "m1" {
			continue
		}
		for j := k + 1; j < len(tokens) && properNoun(d, &tokens[j]); j++ {
			t := &tokens[j]
			if morphOf(t.XPOS).Vals[Case] == c {
				continue
			}
			setCachedReading(d, t, false, func(a *Analysis) bool {
				return a.Morph.Class == "subst" && isTitle(a.Lemma) && a.Morph.Vals[Case] == c &&
					a.Morph.Vals[Number] == num && a.Morph.Vals[Gender] == gen
			})
		}
	}
}

// properNoun reports whether t is a capitalised noun read with a
// capitalised lemma.
func properNoun(d *doc.Document, t *doc.Token) bool {
	return strings.HasPrefix(t.XPOS, "subst:") && isTitle(d.Text[t.Start:t.End]) && isTitle(t.Lemma)
}

// maleFirstNames reads a first name that the tagger took for a woman's
// name in its base form ("Jana", "Edwarda", "Stanisława") as a man's name
// in the genitive or accusative where the name after it can be a man's
// inflected name ("Jana Pawła II", "Edwarda Gierka", though "Gierka" may
// be a woman's surname too): the words of a name share its gender and
// case, and these forms are far more often a man's. The case is the preposition's before
// it, the accusative after a verb that is not negated, else the
// genitive.
func maleFirstNames(d *doc.Document, tokens []doc.Token) {
	for k := 0; k+1 < len(tokens); k++ {
		if !properNoun(d, &tokens[k]) || k > 0 && properNoun(d, &tokens[k-1]) || !strings.HasPrefix(tokens[k].XPOS, "subst:sg:nom:f") {
			continue
		}
		next := &tokens[k+1]
		if !properNoun(d, next) {
			continue
		}
		nextForm := d.Text[next.Start:next.End]
		nextCases := map[string]bool{}
		for _, a := range cachedAnalyses(nextForm, false) {
			if a.Morph.Class == "subst" && a.Morph.Vals[Gender] == "m1" && a.Morph.Vals[Number] == "sg" && a.Lemma != nextForm {
				nextCases[a.Morph.Vals[Case]] = true
			}
		}
		if !nextCases["gen"] && !nextCases["acc"] {
			continue
		}
		want := "gen"
		if k > 0 {
			px := tokens[k-1].XPOS
			switch {
			case strings.HasPrefix(px, "prep:"):
				want = morphOf(px).Vals[Case]
			case verbTag(px) && !negatedAt(tokens, k-1) && !genitiveVerbAt(d, tokens, k-1):
				want = "acc"
			}
		}
		if !nextCases[want] {
			continue
		}
		male := func(a *Analysis) bool {
			return a.Morph.Class == "subst" && isTitle(a.Lemma) && a.Morph.Vals[Case] == want &&
				a.Morph.Vals[Number] == "sg" && a.Morph.Vals[Gender] == "m1"
		}
		first := tokens[k]
		if !setCachedReading(d, &first, false, male) {
			continue
		}
		if setCachedReading(d, next, false, male) {
			tokens[k] = first
		}
	}
}
