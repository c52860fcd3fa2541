package en

import "strings"

// demonymPlurals returns the plural nouns English makes of nationality
// adjectives that also name a country's people: Liberian → Liberians,
// Somali → Somalis, Afghan → Afghans. Adjectives in -ese, -ish, -ch
// (Chinese, British, French) have no such plural; irregular nouns (Serbs,
// Turks, Swedes) are not made here. An adjective of several words makes
// its plural on the last (North Korean → North Koreans). Only capitalised
// words of ASCII letters are English adjectives of the actor base.
func demonymPlurals(words []string) []string {
	var out []string
	for _, w := range words {
		if len(w) < 4 || !capitalisedWords(w) {
			continue
		}
		switch w[len(w)-2:] {
		case "an", "ni", "li", "qi", "ti", "ri", "di", "ai", "ki":
			out = append(out, w+"s")
		}
	}
	return out
}

// capitalisedWords reports whether w is one or more words of ASCII
// letters, each capitalised, one space apart.
func capitalisedWords(w string) bool {
	for len(w) > 0 {
		word, rest, _ := strings.Cut(w, " ")
		if len(word) < 2 || word[0] < 'A' || word[0] > 'Z' || !asciiLetters(word) {
			return false
		}
		w = rest
	}
	return true
}

func asciiLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}
