package store

import (
	"strings"
	"unicode"
)

// folds are the letters Fold replaces beyond lower-casing: the Polish
// letters with diacritics (ł included, which Unicode does not decompose
// and FTS5's remove_diacritics leaves alone) and Russian ё.
var folds = map[rune]rune{
	'ą': 'a', 'ć': 'c', 'ę': 'e', 'ł': 'l', 'ń': 'n', 'ó': 'o', 'ś': 's', 'ź': 'z', 'ż': 'z',
	'ё': 'е',
}

// Fold returns text in lower case with Polish letters folded to their
// base letters (ł→l, ż→z, ...). The full-text index holds folded text and
// queries are folded the same way, so "Łódź", "łódź" and "lodz" find each
// other. FTS5's remove_diacritics also folds other Latin diacritics.
func Fold(text string) string {
	return strings.Map(func(r rune) rune {
		r = unicode.ToLower(r)
		if f, ok := folds[r]; ok {
			return f
		}
		return r
	}, text)
}

// ftsQuery turns a user's search words into an FTS5 query: each word
// folded and quoted (so that no word is read as an operator), all words
// required; a word ending in * matches as a prefix. An empty result means
// nothing to search for.
func ftsQuery(q string) string {
	var parts []string
	for _, w := range strings.FieldsFunc(Fold(q), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '*'
	}) {
		prefix := strings.HasSuffix(w, "*")
		w = strings.Trim(w, "*")
		if w == "" {
			continue
		}
		p := `"` + w + `"`
		if prefix {
			p += "*"
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, " ")
}
