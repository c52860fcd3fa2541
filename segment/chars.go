package segment

import (
	"unicode"
	"unicode/utf8"
)

// Character classes of the ASCII range, looked up in a table so that the
// common case of the tokenizer loop costs one load.
const (
	cSpace uint8 = 1 << iota
	cUpper
	cLower
	cDigit
)

const cLetter = cUpper | cLower

var ascii [utf8.RuneSelf]uint8

func init() {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch {
		case c <= ' ' || c == 0x7F:
			ascii[c] = cSpace // white space and control characters
		case c >= 'A' && c <= 'Z':
			ascii[c] = cUpper
		case c >= 'a' && c <= 'z':
			ascii[c] = cLower
		case c >= '0' && c <= '9':
			ascii[c] = cDigit
		}
	}
}

// decode returns the rune at s[i] and its length, reading no further than
// end. Invalid UTF-8 yields (utf8.RuneError, 1).
func decode(s string, i, end int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:end])
}

// isSpace reports whether r separates tokens. Control characters,
// zero-width spaces and the byte-order mark count as white space; the soft
// hyphen does not (it sits inside words).
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return ascii[r]&cSpace != 0
	}
	if r <= 0xA0 {
		return r >= 0x80 // C1 control characters and the no-break space
	}
	switch r {
	case 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000,
		0x200B, 0x2060, 0xFEFF:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}

// isAlnum reports whether r can start or continue a word: a letter or a
// digit (marks continue words but do not start them).
func isAlnum(r rune) bool {
	if r < utf8.RuneSelf {
		return ascii[r]&(cLetter|cDigit) != 0
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isWordRune reports whether r continues a word: a letter, digit,
// combining mark or soft hyphen.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return ascii[r]&(cLetter|cDigit) != 0
	}
	if r >= 0xC0 && r < 0x250 {
		return r != 0xD7 && r != 0xF7 // Latin letters with diacritics
	}
	if r >= 0x410 && r < 0x450 {
		return true // the basic Cyrillic alphabet
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == 0xAD
}

func isDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return ascii[r]&cDigit != 0
	}
	return unicode.IsDigit(r)
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return ascii[r]&cLetter != 0
	}
	if r >= 0xC0 && r < 0x250 {
		return r != 0xD7 && r != 0xF7
	}
	return unicode.IsLetter(r)
}

func isLower(r rune) bool {
	if r < utf8.RuneSelf {
		return ascii[r]&cLower != 0
	}
	return unicode.IsLower(r)
}

func isUpper(r rune) bool {
	if r < utf8.RuneSelf {
		return ascii[r]&cUpper != 0
	}
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

// isVowel reports whether r is a vowel letter of Polish or English (y
// included). Words without one are almost always abbreviations.
func isVowel(r rune) bool {
	switch unicode.ToLower(r) {
	case 'a', 'e', 'i', 'o', 'u', 'y', 'ą', 'ę', 'ó', 'á', 'é', 'í', 'ú', 'ö', 'ü', 'ä',
		'а', 'е', 'ё', 'и', 'о', 'у', 'ы', 'э', 'ю', 'я', 'і', 'ї', 'є':
		return true
	}
	return false
}

// Punctuation roles at a sentence boundary.

// isTerminator reports whether r can end a sentence.
func isTerminator(r rune) bool {
	switch r {
	case '.', '?', '!', '…', '‽', '⁇', '⁈', '⁉', '。', '？', '！':
		return true
	}
	return false
}

// isCloser reports whether r closes a quotation or bracket and may follow
// a sentence's final punctuation.
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '}', '”', '“', '’', '»', '«', '›', '‹', '」', '』':
		return true
	}
	return false
}

// isOpener reports whether r opens a quotation or bracket and may precede
// the first word of a sentence.
func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '(', '[', '{', '„', '“', '‚', '‘', '«', '‹', '»', '›', '「', '『', '¿', '¡':
		return true
	}
	return false
}

// isDash reports whether r is a dash or hyphen standing alone, as in
// dialogue and parenthetical remarks.
func isDash(r rune) bool {
	switch r {
	case '-', '–', '—', '‒', '―', '−', '‐':
		return true
	}
	return false
}

// isJoiner reports whether r glues an emoji or symbol sequence: variation
// selectors, skin-tone modifiers, the combining keycap and tags.
func isJoiner(r rune) bool {
	return r == 0xFE0F || r == 0xFE0E || r == 0x20E3 ||
		(r >= 0x1F3FB && r <= 0x1F3FF) || (r >= 0xE0020 && r <= 0xE007F)
}

// isRegional reports whether r is a regional indicator letter; two of them
// spell a flag.
func isRegional(r rune) bool { return r >= 0x1F1E6 && r <= 0x1F1FF }
