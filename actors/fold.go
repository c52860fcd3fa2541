package actors

import (
	"strings"
	"sync"
	"unicode"
)

// Key returns the form under which a name is looked up: lower case,
// Cyrillic written in Latin letters, diacritics dropped (Polish ż, Czech
// and Baltic š č ž written as zh, sh, ch), punctuation and hyphens turned
// into single spaces, and a few spelling equivalences that transliterations
// of one name differ by (w/v, y/i, dż/dzh/j, cz/ch, sz/sh, final -ij/-iy).
// Two spellings of one name in Polish, English and Russian transcription
// often share a key ("Zełenski", "Zelensky", "Зеленский" → "zelenski");
// the knowledge base lists the forms that do not.
func Key(s string) string {
	keyCache.mu.Lock()
	k, ok := keyCache.m[s]
	keyCache.mu.Unlock()
	if ok {
		return k
	}
	k = foldKey(s)
	keyCache.mu.Lock()
	if len(keyCache.m) >= keyCacheSize {
		clear(keyCache.m)
	}
	keyCache.m[strings.Clone(s)] = k
	keyCache.mu.Unlock()
	return k
}

// keyCache holds the keys of names met before: a key depends only on the
// name, and the same names are looked up again and again (every mention of
// an entity, every alias of a candidate actor). The cache is emptied when
// full, which bounds memory and changes no key.
var keyCache = struct {
	mu sync.Mutex
	m  map[string]string
}{m: map[string]string{}}

const keyCacheSize = 1 << 16

// foldKey computes Key.
func foldKey(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	space := true // drop leading and repeated spaces
	for _, r := range strings.ToLower(s) {
		if t, ok := translit[r]; ok {
			if t == "" {
				continue
			}
			b.WriteString(t)
			space = false
			continue
		}
		switch {
		case r < 0x80 && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9'):
			b.WriteRune(r)
			space = false
		case r == '\'' || r == '’' || r == 'ʼ' || r == '`':
			// Apostrophes join: "O'Leary" = "OLeary".
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
			space = false
		default:
			if !space {
				b.WriteByte(' ')
				space = true
			}
		}
	}
	k := strings.TrimRight(b.String(), " ")
	return equivalences(k)
}

// equivalences rewrites the spelling differences of transliterations word
// by word.
func equivalences(k string) string {
	words := strings.Split(k, " ")
	for i, w := range words {
		if w == "" {
			continue
		}
		// Word-initial Polish "dz" transcribes the English "j" ("Dzong" =
		// "Jong"); "dzh" is the Russian-style spelling of the same sound.
		w = strings.ReplaceAll(w, "dzh", "j")
		if strings.HasPrefix(w, "dz") && len(w) > 3 {
			w = "j" + w[2:]
		}
		w = spelling.Replace(w)
		// Russian adjectival endings: "-ский", "-skiy", "-skij" → "-ski".
		for _, end := range []string{"iji", "ii", "ij"} {
			if strings.HasSuffix(w, end) && len(w) > len(end)+2 {
				w = w[:len(w)-len(end)] + "i"
				break
			}
		}
		words[i] = w
	}
	return strings.Join(words, " ")
}

// spelling rewrites the letter groups that transliterations of one sound
// differ by.
var spelling = strings.NewReplacer("sz", "sh", "cz", "ch", "w", "v", "y", "i", "ks", "x")

// translit spells letters outside the basic Latin alphabet: Cyrillic (a
// simple scheme close to the English transcription used in news), Polish
// and other Latin letters with diacritics.
var translit = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "e", 'ж': "zh",
	'з': "z", 'и': "i", 'й': "i", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o",
	'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts",
	'ч': "ch", 'ш': "sh", 'щ': "shch", 'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "yu",
	'я': "ya", 'і': "i", 'ї': "i", 'є': "e", 'ґ': "g", 'ў': "u",
	'ą': "a", 'ć': "c", 'ę': "e", 'ł': "l", 'ń': "n", 'ó': "o", 'ś': "s", 'ź': "z", 'ż': "zh",
	'á': "a", 'à': "a", 'â': "a", 'ä': "a", 'ã': "a", 'å': "a", 'ā': "a", 'æ': "ae",
	'ç': "c", 'č': "ch", 'ď': "d", 'é': "e", 'è': "e", 'ê': "e", 'ë': "e", 'ė': "e", 'ē': "e", 'ě': "e",
	'ğ': "g", 'ģ': "g", 'í': "i", 'ì': "i", 'î': "i", 'ï': "i", 'ı': "i", 'ī': "i", 'į': "i",
	'ķ': "k", 'ļ': "l", 'ľ': "l", 'ĺ': "l", 'ņ': "n", 'ň': "n", 'ñ': "n",
	'ö': "o", 'ô': "o", 'õ': "o", 'ò': "o", 'ø': "o", 'ő': "o", 'ŕ': "r", 'ř': "r",
	'š': "sh", 'ş': "sh", 'ș': "sh", 'ß': "ss", 'ť': "t", 'ţ': "t", 'ț': "t",
	'ú': "u", 'ù': "u", 'û': "u", 'ü': "u", 'ū': "u", 'ů': "u", 'ű': "u", 'ų': "u",
	'ý': "y", 'ÿ': "y", 'ž': "zh", 'ð': "d", 'þ': "th",
}
