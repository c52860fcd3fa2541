package actors

import (
	"strings"
	"unicode/utf8"
)

// plEndings are Polish case endings of names, longest first. Dropping one
// gives the nominative of most foreign and masculine names ("Trumpa",
// "Bidenem", "Kimowi", "Iranu"); feminine names and Polish place names
// change more and are left to the lemmatizer.
var plEndings = []string{"owi", "iem", "em", "om", "ie", "a", "u"}

// plBaseForms returns candidate base forms of a name in Latin letters: the
// name with a case ending dropped from its last word, and from every word.
func plBaseForms(name string) []string {
	words := strings.Fields(name)
	if len(words) == 0 || len(words) > 4 || isCyrillic(name) {
		return nil
	}
	strip := func(w string) string {
		lw := strings.ToLower(w)
		for _, e := range plEndings {
			if strings.HasSuffix(lw, e) && utf8.RuneCountInString(lw)-len(e) >= 2 {
				return w[:len(w)-len(e)]
			}
		}
		return w
	}
	last := append([]string(nil), words...)
	last[len(last)-1] = strip(last[len(last)-1])
	all := make([]string, len(words))
	for i, w := range words {
		all[i] = strip(w)
	}
	var out []string
	for _, f := range []string{strings.Join(last, " "), strings.Join(all, " ")} {
		if f != name && (len(out) == 0 || out[0] != f) {
			out = append(out, f)
		}
	}
	return out
}
