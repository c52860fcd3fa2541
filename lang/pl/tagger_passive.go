package pl

import (
	"strings"

	"github.com/kronika/kronika/doc"
)

// passiveParticiples reads the word after a form of "zostać" as its
// passive participle where the tagger chose an adjective or a noun of the
// same spelling ("została aresztowana", not the noun "aresztowana";
// "zostali zatrzymani", not the adjective "zatrzymany"): "zostać" with a
// participle is the Polish passive, and a participle that agrees with the
// auxiliary (number, and gender in the past) is read before another word.
// An adverb or "nie" may stand between ("został natychmiast zwolniony"),
// or a prepositional phrase ("została w 2010 roku skazana").
// An adjective the dictionary knows only as one ("został ranny") stays.
func passiveParticiples(d *doc.Document, tokens []doc.Token) {
	for v := 0; v+1 < len(tokens); v++ {
		if tokens[v].Lemma != "zostać" || !verbTag(tokens[v].XPOS) {
			continue
		}
		k := v + 1
		for k < len(tokens)-1 && (strings.HasPrefix(tokens[k].XPOS, "adv") || tokens[k].Lemma == "nie") {
			k++
		}
		if strings.HasPrefix(tokens[k].XPOS, "prep:") {
			// a prepositional phrase between: "została w 2010 roku
			// skazana"
			j := k + 1
			for j < len(tokens)-1 && j <= k+4 && inPP(tokens[j].XPOS) {
				j++
			}
			if j == k+1 {
				continue
			}
			k = j
		}
		x := tokens[k].XPOS
		if strings.HasPrefix(x, "ppas:") || !adjLike(x) && !strings.HasPrefix(x, "subst:") {
			continue
		}
		aux := morphOf(tokens[v].XPOS)
		setCachedReading(d, &tokens[k], false, func(a *Analysis) bool {
			return a.Morph.Class == "ppas" && a.Morph.Vals[Case] == "nom" && auxAgrees(aux, &a.Morph)
		})
	}
}

// auxAgrees reports whether participle p agrees with auxiliary aux: the
// same number where aux has one, and in the past tense the same gender (any
// masculine in the singular, masculine personal or not in the plural).
func auxAgrees(aux, p *Morph) bool {
	n := aux.Vals[Number]
	if n != "" && n != p.Vals[Number] {
		return false
	}
	g, pg := aux.Vals[Gender], p.Vals[Gender]
	switch {
	case g == "":
		return true
	case n == "sg" && strings.HasPrefix(g, "m"):
		return strings.HasPrefix(pg, "m")
	case n == "pl":
		return (g == "m1") == (pg == "m1")
	}
	return g == pg
}

// inPP reports whether a word of tag x can stand in a prepositional
// phrase before a participle: a noun, a numeral, or an adjective not in
// the nominative (a nominative is the participle's own case).
func inPP(x string) bool {
	return nounLike(x) || strings.HasPrefix(x, "num") || adjLike(x) && morphOf(x).Vals[Case] != "nom"
}

// initialNames reads the first word of a sentence as the proper noun of
// its spelling where the tagger chose a common word that cannot be the
// subject of the verb right after it and the proper noun can: "Dania
// odrzuciła" (not the genitive of "danie"), "Niemcy skrytykowały" (the
// country, not the Germans, who "skrytykowali"). Capitals at the start of
// a sentence say nothing, so the tagger's priors favour the common word;
// agreement with the verb decides. An adverb or particle may stand
// between ("Dania również odrzuciła").
func initialNames(d *doc.Document, tokens []doc.Token) {
	if len(tokens) < 3 || !strings.HasPrefix(tokens[0].XPOS, "subst:") && !strings.HasPrefix(tokens[0].XPOS, "ger:") {
		return
	}
	form := d.Text[tokens[0].Start:tokens[0].End]
	if !isTitle(form) || isTitle(tokens[0].Lemma) && morphOf(tokens[0].XPOS).Vals[Case] == "nom" {
		return
	}
	v := 1
	for v < len(tokens)-1 && v <= 2 && (strings.HasPrefix(tokens[v].XPOS, "adv") || strings.HasPrefix(tokens[v].XPOS, "qub") || strings.HasPrefix(tokens[v].XPOS, "part")) {
		v++
	}
	vx := tokens[v].XPOS
	if !strings.HasPrefix(vx, "praet:") && !strings.HasPrefix(vx, "fin:") {
		return
	}
	vm := morphOf(vx)
	if strings.HasPrefix(vx, "fin:") && vm.Vals[Person] != "ter" {
		return
	}
	if cur := morphOf(tokens[0].XPOS); cur.Class == "subst" && cur.Vals[Case] == "nom" && auxAgrees(vm, cur) {
		return
	}
	setCachedReading(d, &tokens[0], true, func(a *Analysis) bool {
		return a.Morph.Class == "subst" && isTitle(a.Lemma) && a.Morph.Vals[Case] == "nom" && auxAgrees(vm, &a.Morph)
	})
}
