package actors

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// LatinName is the canonical name Kronika gives an entity the actor base
// does not know: its base form in Latin script. A name in Latin letters
// keeps them, diacritics included, as the language of the name writes it
// and as its readers expect: "Lech Wałęsa", "Alena Nováková", "Jürgen
// Bodenseer" (an English text that writes "Alena Novakova" gives that
// name; actors.Key gives both one key). Cyrillic is transliterated by one
// standard, BGN/PCGN (the 1947 system for Russian; the 1965 one for
// Ukrainian, used for a name written with a letter only Ukrainian has: і,
// ї, є, ґ), written without its optional diacritics and apostrophes, so
// that a Russian or Ukrainian name is the one English news writes:
// "Кулеба" → "Kuleba", "Щербаков" → "Shcherbakov", "Хмельницкий" →
// "Khmelnitskiy", "Євген" → "Yevhen". The vowels е, ё, ю, я are "ye",
// "yo", "yu", "ya" at the start of a word and after a vowel, ъ or ь, else
// "e", "e", "yu", "ya"; ь and ъ are dropped. A language that writes East
// Slavic names in a transcription of its own ("Siergiej Ławrow" in
// Polish) gives their BGN/PCGN form through lang.Language.Romanize (see
// KB.Resolve), so that one person has one canonical name in Polish,
// English and Russian articles.
func LatinName(name string) string {
	if !hasCyrillic(name) {
		return name
	}
	return cyrillicToLatin(name)
}

// cyrillicToLatin transliterates the Cyrillic letters of name by BGN/PCGN
// (see LatinName).
func cyrillicToLatin(name string) string {
	var b strings.Builder
	rs := []rune(name)
	table := bgn
	if strings.ContainsAny(strings.ToLower(name), "іїєґ") {
		table = bgnUkrainian
	}
	for i, r := range rs {
		lower := unicode.ToLower(r)
		t, ok := table[lower]
		if !ok {
			b.WriteRune(r)
			continue
		}
		if y, ok := iotated[lower]; ok && (i == 0 || !unicode.IsLetter(rs[i-1]) || isCyrVowel(rs[i-1])) {
			t = y
		}
		if t == "" {
			continue
		}
		if unicode.IsUpper(r) {
			// "Щ" → "Shch", and all capitals stay capitals: "ООН" → "OON".
			f, n := utf8.DecodeRuneInString(t)
			if allUpper(rs, i) {
				t = strings.ToUpper(t)
			} else {
				t = string(unicode.ToUpper(f)) + t[n:]
			}
		}
		b.WriteString(t)
	}
	return b.String()
}

// bgn is the BGN/PCGN romanization of Cyrillic letters (lower case).
var bgn = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "e",
	'ж': "zh", 'з': "z", 'и': "i", 'й': "y", 'к': "k", 'л': "l", 'м': "m",
	'н': "n", 'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u",
	'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "shch",
	'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "yu", 'я': "ya",
	// Ukrainian and Belarusian letters (BGN/PCGN 1965).
	'і': "i", 'ї': "yi", 'є': "ye", 'ґ': "g", 'ў': "w",
}

// bgnUkrainian is the BGN/PCGN 1965 romanization of Ukrainian, used for a
// name written with a letter only Ukrainian has (і, ї, є, ґ): "Євген" →
// "Yevhen", "Ігор" → "Ihor".
var bgnUkrainian = func() map[rune]string {
	m := map[rune]string{}
	for r, t := range bgn {
		m[r] = t
	}
	m['г'], m['и'], m['х'], m['ґ'] = "h", "y", "kh", "g"
	return m
}()

// iotated are the vowels written with a "y" at the start of a word and
// after a vowel or a hard or soft sign.
var iotated = map[rune]string{'е': "ye", 'ё': "yo", 'є': "ye"}

func isCyrVowel(r rune) bool {
	return strings.ContainsRune("аеёиоуыэюяіїєъьАЕЁИОУЫЭЮЯІЇЄЪЬ", r)
}

func hasCyrillic(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Cyrillic, r) {
			return true
		}
	}
	return false
}

// allUpper reports whether the word around rs[i] is written in capitals
// and has more than one letter.
func allUpper(rs []rune, i int) bool {
	a, b := i, i
	for a > 0 && unicode.IsLetter(rs[a-1]) {
		a--
	}
	for b < len(rs) && unicode.IsLetter(rs[b]) {
		b++
	}
	if b-a < 2 {
		return false
	}
	for _, r := range rs[a:b] {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}
