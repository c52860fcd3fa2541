package en

// demonymPlurals returns the plural nouns English makes of nationality
// adjectives that also name a country's people: Liberian → Liberians,
// Somali → Somalis, Afghan → Afghans. Adjectives in -ese, -ish, -ch
// (Chinese, British, French) have no such plural; irregular nouns (Serbs,
// Turks, Swedes) are not made here. Only capitalised words of ASCII
// letters are English adjectives of the actor base.
func demonymPlurals(words []string) []string {
	var out []string
	for _, w := range words {
		if len(w) < 4 || w[0] < 'A' || w[0] > 'Z' || !asciiLetters(w) {
			continue
		}
		switch w[len(w)-2:] {
		case "an", "ni", "li", "qi", "ti", "ri", "di", "ai", "ki":
			out = append(out, w+"s")
		}
	}
	return out
}

func asciiLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}
