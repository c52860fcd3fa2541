package pl

import (
	"strings"

	"github.com/kronika/kronika/doc"
)

// phraseReadings gives a noun the reading its adjectives can share when
// the tagger chose one they cannot: "Państwa Członkowskie" is no genitive
// singular, since "Członkowskie" has none, so both are plural
// ("Państwa Członkowskie przekazują"), and so are "miejsca parkingowe",
// "dotychczasowe tabu". The noun keeps its lemma and class; among the
// readings that noun and adjectives share, the one in the adjectives'
// present case comes first, then the noun's case, then the analyzer's
// order. It runs before the clause passes, which then settle a nominative
// against an accusative of the same number.
func phraseReadings(d *doc.Document, tokens []doc.Token) {
	for i := 0; i < len(tokens); i++ {
		if !adjLike(tokens[i].XPOS) {
			continue
		}
		j := i
		for j < len(tokens) && adjLike(tokens[j].XPOS) {
			j++
		}
		switch {
		case j < len(tokens) && nounLike(tokens[j].XPOS):
			// Adjectives before their noun, unless a preposition decides
			// the case (agreeNounPhrases) or they agree with a noun
			// before them ("skoczni pokrytej śniegiem").
			if i > 0 && strings.HasPrefix(tokens[i-1].XPOS, "prep:") {
				break
			}
			if i > 0 && nounLike(tokens[i-1].XPOS) && runAgrees(d, tokens, i, j, morphOf(tokens[i-1].XPOS)) {
				break
			}
			shareReading(d, tokens, j, i, j)
		case i > 0 && strings.HasPrefix(tokens[i-1].XPOS, "subst:"):
			// Adjectives after their noun with no noun of their own, not
			// "coś nowego" (a genitive of its own), nor a run that
			// belongs to the noun before a genitive ("wyznanie wiary
			// połączone z"), nor one before a particle and its noun ("w
			// ciągu jednego tylko roku").
			if pronounNouns[tokens[i-1].Lemma] || governedByPrep(tokens, 0, i-1) ||
				i > 1 && nounLike(tokens[i-2].XPOS) && runAgrees(d, tokens, i, j, morphOf(tokens[i-2].XPOS)) ||
				j+1 < len(tokens) && tokens[j].XPOS == "qub" && nounLike(tokens[j+1].XPOS) {
				break
			}
			shareReading(d, tokens, i-1, i, j)
		}
		i = j
	}
}

// runAgrees reports whether the adjectives first..end-1 can all take the
// case, number and gender of noun reading m.
func runAgrees(d *doc.Document, tokens []doc.Token, first, end int, m *Morph) bool {
	c, num, gen := m.Vals[Case], m.agreeNumber(), m.Vals[Gender]
	for k := first; k < end; k++ {
		if !hasReading(d, &tokens[k], k == 0, c, num, gen) {
			return false
		}
	}
	return true
}

// shareReading changes the noun at head, and the adjectives first..end-1,
// to a reading they share when its present one is not shared.
func shareReading(d *doc.Document, tokens []doc.Token, head, first, end int) {
	noun := &tokens[head]
	nm := morphOf(noun.XPOS)
	if nm.Vals[Case] == "" || runAgrees(d, tokens, first, end, nm) {
		return
	}
	am := morphOf(tokens[first].XPOS)
	var best *Analysis
	rank := 3
	as := cachedAnalyses(d.Text[noun.Start:noun.End], head == 0)
	for k := range as {
		a := &as[k]
		if a.Lemma != noun.Lemma || a.Morph.Class != nm.Class || a.Morph.Vals[Case] == "" || a.Morph.Vals[Case] == "voc" {
			continue
		}
		r := 2
		switch a.Morph.Vals[Case] {
		case am.Vals[Case]:
			r = 0
		case nm.Vals[Case]:
			r = 1
		}
		if r >= rank || !runAgrees(d, tokens, first, end, &a.Morph) {
			continue
		}
		best, rank = a, r
	}
	if best == nil {
		return
	}
	noun.Lemma, noun.XPOS = best.Lemma, best.TokenXPOS()
	noun.UPOS, noun.Feats = best.UD()
	setRun(d, tokens, first, end, best.Morph.Vals[Case], best.Morph.agreeNumber(), best.Morph.Vals[Gender])
}

// prepositionPhrases gives the noun after a preposition the case the
// preposition governs where words other than adjectives stand between,
// which the tagger's transitions, linking neighbours only, do not see
// across: an adverb ("za blisko 9-hektarowy teren"), the first part of a
// compound adjective ("w biało-zielony strój"). The preposition's own case
// comes first, then its other cases, in the one that the noun and the
// adjectives between can all take.
func prepositionPhrases(d *doc.Document, tokens []doc.Token) {
	for k := 0; k+2 < len(tokens); k++ {
		if !strings.HasPrefix(tokens[k].XPOS, "prep:") {
			continue
		}
		n, other := -1, false
		for j := k + 1; j < len(tokens) && j <= k+6; j++ {
			x := tokens[j].XPOS
			if nounLike(x) {
				n = j
				break
			}
			switch {
			case adjLike(x):
			case strings.HasPrefix(x, "adv") || x == "adja" || x == "interp" && d.Text[tokens[j].Start:tokens[j].End] == "-" && (tokens[j-1].XPOS == "adja" || strings.HasPrefix(tokens[j-1].XPOS, "adv")):
				other = true
			default:
				j = len(tokens)
			}
		}
		if n < 0 || !other {
			continue
		}
		pm := morphOf(tokens[k].XPOS)
		cases := []string{pm.Vals[Case]}
		plemma := tokens[k].Lemma
		for _, a := range cachedAnalyses(d.Text[tokens[k].Start:tokens[k].End], k == 0) {
			if a.Lemma == plemma && a.Morph.Class == "prep" && a.Morph.Vals[Case] != cases[0] {
				cases = append(cases, a.Morph.Vals[Case])
			}
		}
		for _, c := range cases {
			if c == "" || !govern(d, tokens, k, n, c) {
				continue
			}
			if c != pm.Vals[Case] {
				setCachedReading(d, &tokens[k], k == 0, func(a *Analysis) bool {
					return a.Lemma == plemma && a.Morph.Class == "prep" && a.Morph.Vals[Case] == c
				})
			}
			break
		}
	}
}

// govern gives the noun at n and the adjectives between k and n case c
// when they all can take it, and reports whether they could.
func govern(d *doc.Document, tokens []doc.Token, k, n int, c string) bool {
	noun := &tokens[n]
	nm := morphOf(noun.XPOS)
	var r *Analysis
	if nm.Vals[Case] != c {
		r = readingInCase(d, tokens, n, c)
		if r == nil {
			return false
		}
		nm = &r.Morph
	}
	num, gen := nm.agreeNumber(), nm.Vals[Gender]
	for j := k + 1; j < n; j++ {
		if adjLike(tokens[j].XPOS) && !hasReading(d, &tokens[j], false, c, num, gen) {
			return false
		}
	}
	if r != nil {
		noun.Lemma, noun.XPOS = r.Lemma, r.TokenXPOS()
		noun.UPOS, noun.Feats = r.UD()
	}
	for j := k + 1; j < n; j++ {
		if adjLike(tokens[j].XPOS) {
			setRun(d, tokens, j, j+1, c, num, gen)
		}
	}
	return true
}
