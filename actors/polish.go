package actors

import (
	"strings"
	"unicode/utf8"
)

// plEndings are Polish case endings of names with what replaces them in
// the nominative, longest first: adjectival surnames ("Zełenskim",
// "Kosiniaka-Kamysza" aside), names in -i ("Draghim"), and the endings whose
// dropping gives the nominative of most foreign and masculine names
// ("Trumpa", "Bidenem", "Kimowi", "Iranu"). Feminine names and Polish place
// names change more and are left to the lemmatizer.
var plEndings = []struct{ end, nom string }{
	{"skiego", "ski"}, {"skiemu", "ski"}, {"skim", "ski"},
	{"ckiego", "cki"}, {"ckiemu", "cki"}, {"ckim", "cki"},
	// Feminine nouns in -ja and -ia: "Rosji", "Francją", "Japonii".
	{"ji", "ja"}, {"ją", "ja"}, {"ję", "ja"}, {"ii", "ia"}, {"ią", "ia"}, {"ię", "ia"},
	{"owi", ""}, {"ów", ""}, {"iem", ""}, {"em", ""}, {"om", ""}, {"im", "i"}, {"ie", ""}, {"a", ""}, {"u", ""},
	// Men's names in -a decline like women's: "Obamy", "Obamę", "Obamą".
	{"y", "a"}, {"ę", "a"}, {"ą", "a"},
}

// plBaseForms returns candidate base forms of a name in Latin letters: the
// name with a case ending dropped from its last word, and from every word.
func plBaseForms(name string) []string {
	words := strings.Fields(name)
	if len(words) == 0 || len(words) > 4 || isCyrillic(name) {
		return nil
	}
	strip := func(w string) string {
		lw := strings.ToLower(w)
		if lw != w && strings.ToUpper(w) == w {
			return w // an acronym: "EPA" is not a form of "EP"
		}
		for _, e := range plEndings {
			if strings.HasSuffix(lw, e.end) && utf8.RuneCountInString(lw)-utf8.RuneCountInString(e.end) >= 2 {
				return w[:len(w)-len(e.end)] + e.nom
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
