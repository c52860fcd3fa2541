package events

import (
	"unicode"
	"unicode/utf8"
)

// appendLower appends s lowered as strings.ToLower lowers it (each rune
// by unicode.ToLower, a byte that is not UTF-8 as U+FFFD) to b. With b
// on the stack, a word is looked up lowered without a string allocated
// for it: the coder does so for every token, in lexicons whose keys are
// lower case.
func appendLower(b []byte, s string) []byte {
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

// lowerASCII reports whether s is ASCII without an upper-case letter,
// which appendLower leaves as it is.
func lowerASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return false
		}
	}
	return true
}
