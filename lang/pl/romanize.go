package pl

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Polish writes Russian, Ukrainian and Belarusian names in a
// transcription of its own ("Siergiej Ławrow", "Wołodymyr Zełenski"),
// while Russian articles give the Cyrillic, which the actor base
// romanizes by BGN/PCGN ("Сергей Лавров" → "Sergey Lavrov"), and English
// ones a romanization close to it. romanize rebuilds the BGN/PCGN form
// of such a name, so that a person the base does not know gets one
// canonical name in Polish, English and Russian articles.

// eastSlavicGiven are the "east-slavic-given" rows of data/names.tsv.
var eastSlavicGiven = nameWords.Set("east-slavic-given")

// sharedGiven maps the given names Polish shares with the East Slavic
// languages to their BGN/PCGN form ("shared-given" rows of
// data/names.tsv: "paweł" → "pavel").
var sharedGiven = nameWords.Map("shared-given")

// eastSlavicEndings are the "east-slavic-surname-ending" rows.
var eastSlavicEndings = nameWords.Words("east-slavic-surname-ending")

// eastSlavicSurname reports whether a surname has an ending of the Polish
// transcription of an East Slavic one ("Durow", "Skabiejewa"), and more
// than two letters before it.
func eastSlavicSurname(w string) bool {
	lw := strings.ToLower(w)
	for _, e := range eastSlavicEndings {
		if strings.HasSuffix(lw, e) && utf8.RuneCountInString(lw) > utf8.RuneCountInString(e)+2 {
			return true
		}
	}
	return false
}

// romanize returns the BGN/PCGN romanization of a person's name (base
// form) that starts with a Polish transcription of an East Slavic given
// name ("Jewgienij Prigożyn" → "Yevgeniy Prigozhin"), "" for any other
// name: a Polish given name gives no sign that the rest of the name is
// transcribed ("Piotr Nowak" stays as written), unless the surname has an
// East Slavic ending ("Paweł Durow" → "Pavel Durov").
func romanize(name string) string {
	words := strings.Fields(name)
	if len(words) < 2 || len(words) > 4 || hasCyrillic(name) {
		return ""
	}
	if !eastSlavicGiven[strings.ToLower(words[0])] {
		// A given name Polish shares, before an East Slavic surname:
		// "Paweł Durow" is Павел Дуров.
		g, ok := sharedGiven[strings.ToLower(words[0])]
		if !ok || len(words) != 2 || !eastSlavicSurname(words[1]) {
			return ""
		}
		return strings.ToUpper(g[:1]) + g[1:] + " " + romanizeWord(words[1])
	}
	for i, w := range words {
		words[i] = romanizeWord(w)
	}
	return strings.Join(words, " ")
}

// romanizeWord romanizes one word of a transcribed name (see
// romanizeLower), keeping the capital of its first letter; a hyphenated
// word part by part ("Rimski-Korsakow").
func romanizeWord(w string) string {
	if strings.Contains(w, "-") {
		parts := strings.Split(w, "-")
		for i, p := range parts {
			parts[i] = romanizeWord(p)
		}
		return strings.Join(parts, "-")
	}
	r, _ := utf8.DecodeRuneInString(w)
	out := romanizeLower([]rune(strings.ToLower(w)))
	if unicode.IsUpper(r) && out != "" {
		f, n := utf8.DecodeRuneInString(out)
		out = string(unicode.ToUpper(f)) + out[n:]
	}
	return out
}

// romanizeLower turns the Polish transcription of one lower-case word
// into BGN/PCGN, letter group by letter group:
//
//   - szcz, sz, cz, ch, ż, c, ł, w are щ, ш, ч, х, ж, ц, л, в: "shch",
//     "sh", "ch", "kh", "zh", "ts", "l", "v"; ś, ź, ć, ń, dź are the soft
//     с, з, т, н, д: "s", "z", "t", "n", "d";
//   - after a consonant, "ie", "io", "ia", "iu" are е, ё, я, ю: "e", "e",
//     "ya", "yu" ("Pieskow" → "Peskov"); "l" before a, u is ль before я,
//     ю: "lya", "lyu";
//   - j before a vowel starts е, ё, я, ю, ї ("ye", "yo", "ya", "yu",
//     "yi"), else it is й: "y" ("Dmitrij" → "Dmitriy");
//   - y after sz, ż is и ("Prigożyn" → "Prigozhin"), and the ending -ow
//     after sz, cz, ż, szcz is -ёв, "-ev" ("Gorbaczow"); a word that ends
//     in a consonant and "y" ends in ый: "yy" ("Nawalny" → "Navalnyy");
//     "-ski", "-ska" are -ский, -ская: "-skiy", "-skaya".
func romanizeLower(w []rune) string {
	var b strings.Builder
	n := len(w)
	at := func(i int) rune {
		if i >= 0 && i < n {
			return w[i]
		}
		return 0
	}
	has := func(i int, s string) bool {
		for _, r := range s {
			if at(i) != r {
				return false
			}
			i++
		}
		return true
	}
	// The adjectival endings -ский, -ская (Polish -ski, -cki, -ska, -cka).
	end := ""
	switch {
	case n > 4 && has(n-3, "ski"):
		w, n, end = w[:n-3], n-3, "skiy"
	case n > 4 && has(n-3, "ska"):
		w, n, end = w[:n-3], n-3, "skaya"
	case n > 4 && has(n-3, "cki"):
		w, n, end = w[:n-3], n-3, "tskiy"
	case n > 4 && has(n-3, "cka"):
		w, n, end = w[:n-3], n-3, "tskaya"
	}
	prevCons := false // the letter written last is a consonant
	lastSibilant := false
	for i := 0; i < n; {
		r := w[i]
		var t string
		step := 1
		cons := true
		sib := false
		switch {
		case has(i, "szcz"):
			t, step, sib = "shch", 4, true
		case has(i, "sz"):
			t, step, sib = "sh", 2, true
		case has(i, "cz"):
			t, step, sib = "ch", 2, true
		case has(i, "ch"):
			t, step = "kh", 2
		case has(i, "dź"):
			t, step = "d", 2
		case r == 'ż':
			t, sib = "zh", true
		case r == 'c':
			t = "ts"
		case r == 'ł':
			t = "l"
		case r == 'w':
			t = "v"
		case r == 'ś':
			t = "s"
		case r == 'ź':
			t = "z"
		case r == 'ć':
			t = "t"
		case r == 'ń':
			t = "n"
		case r == 'l' && (at(i+1) == 'a' || at(i+1) == 'u'):
			t = "ly"
		case r == 'j':
			cons = false
			t = "y"
			if isPlVowel(at(i + 1)) {
				t, step = jVowel(at(i+1)), 2
			}
		case r == 'i' && prevCons && (at(i+1) == 'e' || at(i+1) == 'o' || at(i+1) == 'a' || at(i+1) == 'u'):
			cons = false
			t, step = softVowel(at(i+1)), 2
		case r == 'o' && lastSibilant && i == n-2 && at(i+1) == 'w':
			cons, t = false, "e"
		case r == 'y' && lastSibilant:
			cons, t = false, "i"
		case r == 'y' && i == n-1 && prevCons && end == "":
			cons, t = false, "yy"
		case r == 'ó':
			// Polish writes no ó for a Cyrillic vowel: a surname the
			// lemmatizer read as a Polish one in "-ów" ("Durowem" →
			// "Durów") is "-ov" in Russian.
			cons, t = false, "o"
		case isPlVowel(r):
			cons, t = false, string(r)
		default:
			t = string(r)
			cons = unicode.IsLetter(r)
		}
		b.WriteString(t)
		prevCons, lastSibilant = cons, sib
		i += step
	}
	b.WriteString(end)
	return b.String()
}

// jVowel is the romanization of j and the vowel after it (Cyrillic е,
// ё, я, ю, ї, and й before other vowels).
func jVowel(v rune) string {
	switch v {
	case 'e':
		return "ye"
	case 'o':
		return "yo"
	case 'a':
		return "ya"
	case 'u':
		return "yu"
	case 'i':
		return "yi"
	}
	return "y" + string(v)
}

// softVowel is the romanization of i and the vowel after it after a
// consonant (Cyrillic е, ё, я, ю).
func softVowel(v rune) string {
	switch v {
	case 'e', 'o':
		return "e"
	case 'a':
		return "ya"
	}
	return "yu"
}

func isPlVowel(r rune) bool {
	return strings.ContainsRune("aeiouyąęó", r)
}
