package actors

import (
	"strings"
	"unicode"
)

// Russian names are looked up by their base form, and Kronika has no
// Russian lemmatizer: ruBaseForms guesses the nominatives of an inflected
// name from its case endings, word by word ("Владимира Путина" →
// "Владимир Путин", "России" → "Россия", "Северной Кореи" → "Северная
// Корея"). The guesses are only looked up, so a wrong one costs nothing
// unless it is another name of the base.

// ruEndings maps a case ending to the nominative endings it may come from,
// longest endings first.
var ruEndings = []struct {
	end  string
	noms []string
}{
	{"ого", []string{"ий", "ый", "ой"}},
	{"его", []string{"ий"}},
	{"ому", []string{"ий", "ый", "ой"}},
	{"ему", []string{"ий"}},
	{"ией", []string{"ия"}},
	{"ой", []string{"ая", "а", "ой", "ий", "ый"}},
	{"ей", []string{"ая", "яя", "я", "ь"}},
	{"ую", []string{"ая"}},
	{"ым", []string{"ый", "ой", ""}},
	{"им", []string{"ий", ""}},
	{"ом", []string{""}},
	{"ем", []string{"ь", "й", ""}},
	{"ии", []string{"ия"}},
	{"ая", []string{"ая"}},
	{"ы", []string{"а", ""}},
	{"и", []string{"я", "а", "ь", "и"}},
	{"у", []string{"", "а"}},
	{"е", []string{"а", "я", "", "ь", "е"}},
	{"а", []string{"", "а"}},
	{"я", []string{"ь", "й", "я"}},
	{"ю", []string{"я", "ь", "й"}},
}

// ruBaseForms returns candidate base forms of name, at most max, or nil when
// it is not written in Cyrillic.
func ruBaseForms(name string, max int) []string {
	words := strings.Fields(name)
	if len(words) == 0 || len(words) > 4 || !isCyrillic(words[len(words)-1]) {
		return nil
	}
	forms := []string{""}
	for _, w := range words {
		cands := []string{w}
		lw := strings.ToLower(w)
		for _, e := range ruEndings {
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

func isCyrillic(w string) bool {
	for _, r := range w {
		if unicode.Is(unicode.Cyrillic, r) {
			return true
		}
	}
	return false
}
