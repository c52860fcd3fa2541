package textutil

import (
	"unicode"
	"unicode/utf8"
)

// AppendLower appends s lowered as strings.ToLower lowers it (each rune
// by unicode.ToLower, a byte that is not UTF-8 as U+FFFD) to b. With b a
// buffer that is kept or on the stack, a word is looked up lowered
// without a string allocated for it (the event coder's cues and
// triggers, the time lexicon).
func AppendLower(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		b = utf8.AppendRune(b, unicode.ToLower(r))
		i += n
	}
	return b
}

// LowerASCII reports whether s is ASCII without an upper-case letter,
// which AppendLower leaves as it is: a caller may look it up unchanged.
func LowerASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return false
		}
	}
	return true
}
