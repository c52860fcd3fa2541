package ru

import "strings"

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
	forms := []string{""}
	for _, w := range words {
		cands := []string{w}
		lw := strings.ToLower(w)
		for _, e := range lookupEndings {
			if strings.HasSuffix(lw, e.end) && len(lw) > len(e.end)+2 {
				for _, n := range e.noms {
					cands = append(cands, w[:len(w)-len(e.end)]+n)
				}
				break
			}
		}
		var next []string
		for _, f := range forms {
			for _, c := range cands {
				if len(next) < max {
					next = append(next, strings.TrimSpace(f+" "+c))
				}
			}
		}
		forms = next
	}
	return forms[1:] // forms[0] is the name as written
}
