package pl

import (
	"strings"
	"unicode/utf8"

	"github.com/kronika/kronika/doc"
)

// personNames gives the words of a name after its first the case of the
// first ("Ryszarda Bugaja", "Jana Pawła II", "Ewy Włodarczyk"), where the
// tagger read them apart: a run of capitalised nouns whose dictionary
// lemmas are capitalised too (proper names, not "Rada Ministrów"). A
// later word takes the reading of its own in the first word's case and
// number; a woman's surname ending in a consonant, which Polish does not
// inflect ("Grażyny Bacewicz"), takes that case and the feminine gender
// even when the analyzer knows it only as a man's nominative.
func personNames(d *doc.Document, tokens []doc.Token) {
	for k := 0; k+1 < len(tokens); k++ {
		if !properNoun(d, &tokens[k]) || k > 0 && properNoun(d, &tokens[k-1]) {
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
			if setCachedReading(d, t, false, func(a *Analysis) bool {
				return a.Morph.Class == "subst" && isTitle(a.Lemma) && a.Morph.Vals[Case] == c &&
					a.Morph.Vals[Number] == num && a.Morph.Vals[Gender] == gen
			}) {
				continue
			}
			if gen == "f" && uninflectedSurname(d.Text[t.Start:t.End]) {
				m := *morphOf(t.XPOS)
				m.Vals[Case], m.Vals[Number], m.Vals[Gender] = c, num, gen
				a := Analysis{Lemma: t.Lemma, Morph: m, XPOS: m.XPOS()}
				t.XPOS = a.TokenXPOS()
				t.UPOS, t.Feats = a.UD()
			}
		}
	}
}

// properNoun reports whether t is a capitalised noun read with a
// capitalised lemma.
func properNoun(d *doc.Document, t *doc.Token) bool {
	return strings.HasPrefix(t.XPOS, "subst:") && isTitle(d.Text[t.Start:t.End]) && isTitle(t.Lemma)
}

// uninflectedSurname reports whether a woman's surname in this form does
// not inflect: it ends in a consonant ("Bacewicz", "Foley" aside).
func uninflectedSurname(form string) bool {
	r, _ := utf8.DecodeLastRuneInString(form)
	if strings.ContainsRune("aąeęioóuyAĄEĘIOÓUY", r) || !isTitle(form) || utf8.RuneCountInString(form) < 3 {
		return false
	}
	return r >= 'a' && r <= 'z' || strings.ContainsRune("łńśźżćŁŃŚŹŻĆ", r)
}
