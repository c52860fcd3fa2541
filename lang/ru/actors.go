package ru

import (
	"sort"
	"strings"
)

// nameBaseForms guesses, for the actor base (package actors, through
// lang.Language), the nominatives of an inflected name from its case
// endings, word by word ("Владимира Путина" → "Владимир Путин", "России"
// → "Россия", "Северной Кореи" → "Северная Корея"): at most max forms,
// the name as written not among them, or nil when its last word is not
// Cyrillic. It uses the broad "lookup" endings of data/name-endings.tsv,
// not the lemmatizer: the guesses are only looked up, so a wrong one costs
// nothing unless it is another name of the base.
func nameBaseForms(name string, max int) []string {
	// The parts of a hyphened name inflect each ("Рейне-Вестфалии" →
	// "Рейн Вестфалия"); the base's keys read a hyphen as a space.
	words := strings.Fields(strings.ReplaceAll(name, "-", " "))
	if len(words) == 0 || len(words) > 4 || !cyrillic(words[len(words)-1]) {
		return nil
	}
	// Each word's candidates, the guesses first and the word as written
	// last.
	cands := make([][]string, len(words))
	total := 1
	for i, w := range words {
		lw := strings.ToLower(w)
		for _, e := range lookupEndings {
			if strings.HasSuffix(lw, e.end) && len(lw) > len(e.end)+2 {
				for _, n := range e.noms {
					if c := w[:len(w)-len(e.end)] + n; c != w {
						cands[i] = append(cands[i], c)
					}
				}
				break
			}
		}
		cands[i] = append(cands[i], w)
		total *= len(cands[i])
	}
	// The names made of one candidate per word, those of the words' first
	// guesses first: by the sum of the candidates' ranks, so that every
	// word in its first guess ("Русской православной церкви" → "Русская
	// православная церковь") comes before mixtures of guesses and forms
	// as written, whatever the number of words.
	type combo struct {
		rank int
		name string
	}
	var all []combo
	written := strings.Join(words, " ")
	idx := make([]int, len(words))
	for n := 0; n < total; n++ {
		rank, parts := 0, make([]string, len(words))
		for i, k := range idx {
			rank += k
			parts[i] = cands[i][k]
		}
		if f := strings.Join(parts, " "); f != written {
			all = append(all, combo{rank, f})
		}
		for i := len(idx) - 1; i >= 0; i-- {
			if idx[i]++; idx[i] < len(cands[i]) {
				break
			}
			idx[i] = 0
		}
	}
	sort.SliceStable(all, func(a, b int) bool { return all[a].rank < all[b].rank })
	var out []string
	for _, c := range all {
		if len(out) == max {
			break
		}
		out = append(out, c.name)
	}
	return out
}
