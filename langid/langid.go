// Package langid tells which language a text is written in. It scores
// character trigrams against a small set of candidate languages (the ones
// Kronika analyses and their close neighbours), which keeps it fast and keeps
// Polish from being mistaken for languages no article of ours is written in.
package langid

import (
	"unicode"
	"unicode/utf8"

	"github.com/RadhiFadlillah/whatlanggo"
)

// sampleBytes bounds how much text is scored: a few paragraphs decide the
// language of a news article, and scoring cost grows with the sample.
const sampleBytes = 2000

// latinTrigramBytes bounds the part of the sample whose trigrams are
// scored when all its letters are Latin: a thousand bytes tell English,
// Czech, German, French and Spanish apart as well as two thousand on every
// article of ../shared (TestLatinSampleAgrees), at half the cost. Text
// with letters of other scripts is scored on the whole sample: Russian,
// Ukrainian and Belarusian, close to each other, need it (at 700 bytes
// one Russian article of SlavicNER read as Ukrainian).
const latinTrigramBytes = 1000

// Candidates are the languages Detect chooses among: the analysed ones
// (pl, en) and neighbours whose articles should be recognised as such and
// not misread as Polish or English (Cyrillic text is told by its script).
var candidates = map[whatlanggo.Lang]bool{
	whatlanggo.Pol: true, whatlanggo.Eng: true,
	whatlanggo.Ces: true, whatlanggo.Deu: true,
	whatlanggo.Fra: true, whatlanggo.Spa: true,
	whatlanggo.Rus: true, whatlanggo.Ukr: true, whatlanggo.Bel: true,
}

// candidateSet is candidates among the profiles (profiles.go).
var candidateSet = profileSetOf(candidates)

// Detect returns the ISO 639-1 code of the language of text, or "" when the
// text has too few letters to tell.
func Detect(text string) string { return detect(text, latinTrigramBytes) }

// cut returns text cut to at most limit bytes, on a rune boundary.
func cut(text string, limit int) string {
	if len(text) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	return text
}

// detect is Detect with the trigrams of text in Latin script scored on
// its first latinLimit bytes.
func detect(text string, latinLimit int) string {
	text = cut(text, sampleBytes)
	letters, polish, czech, nonLatin := 0, 0, 0, 0
	inWord, name := false, false
	for _, r := range text {
		var isLetter, upper bool
		if r < utf8.RuneSelf {
			upper = 'A' <= r && r <= 'Z'
			isLetter = upper || 'a' <= r && r <= 'z'
		} else {
			isLetter = r != 0xFFFD && unicode.IsLetter(r)
			upper = isLetter && unicode.IsUpper(r)
			if isLetter && !unicode.Is(unicode.Latin, r) {
				nonLatin++
			}
		}
		if isLetter {
			letters++
			if !inWord {
				name = upper
			}
		}
		inWord = isLetter || r == '-' && inWord
		switch r {
		case 'ą', 'ę', 'ł', 'ś', 'ź', 'ż', 'ń', 'ć', 'Ą', 'Ę', 'Ł', 'Ś', 'Ź', 'Ż', 'Ń', 'Ć':
			// Only in words that are not capitalised: Polish names
			// ("Gdańsk", "Wałęsa") turn up in text of any language.
			if !name {
				polish++
			}
		case 'ř', 'ě', 'ů', 'Ř', 'Ě', 'Ů':
			czech++
		}
	}
	if letters < 3 {
		return ""
	}
	if letters < shortLetters {
		return detectShort(text)
	}
	// Fast path: ą ę ł ś ź ż ń ć together are frequent in Polish (about 4%
	// of letters in news text) and, among the candidates, Polish alone
	// uses them; ř ě ů mark Czech, which is told apart by the trigram scores below.
	if czech == 0 && letters >= 40 && polish*100 >= letters {
		return "pl"
	}
	if nonLatin == 0 {
		text = cut(text, latinLimit)
	}
	return iso6391(detectProfiles(text, candidates, candidateSet))
}

// Normalize returns the ISO 639-1 code of a language Detect's trigram
// profiles know (the languages of whatlanggo), whether or not Kronika
// analyses it, given its ISO 639-1 or 639-3 code in lower case; "" for
// any other code.
func Normalize(code string) string {
	for l := range whatlanggo.Langs {
		if l.Iso6391() == code || l.Iso6393() == code {
			return l.Iso6391()
		}
	}
	return ""
}
