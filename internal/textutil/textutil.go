// Package textutil holds the small tests of letter case and punctuation
// that the language packages share (lang/pl, lang/en, lang/ru): is a word
// capitalised, written in capitals, an acronym; is a token a dash, a
// quotation mark (quotes.go). The case tests know no language: Unicode
// says which letters are upper case.
package textutil

import (
	"unicode"
	"unicode/utf8"
)

// Capitalised reports whether s starts with an upper-case letter ("Putin",
// "NATO", "Łódź").
func Capitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// capsLetters returns the number of letters of s, or -1 when one of them is
// not upper case.
func capsLetters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return -1
			}
			n++
		}
	}
	return n
}

// AllCaps reports whether s has a letter and all its letters are upper
// case, whatever else it holds ("II", "A", "PKN-ORLEN", "U.S.").
func AllCaps(s string) bool { return capsLetters(s) >= 1 }

// Acronym reports whether s has two letters or more and all of them are
// upper case ("NATO", "ONZ", "U.S."; not "A", not "PiS"). A single capital
// is an initial or a one-letter word, so it is not one.
func Acronym(s string) bool { return capsLetters(s) >= 2 }

// UpperCount returns the number of upper-case letters of s.
func UpperCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n
}

// Dash reports whether s is a dash, or a hyphen standing for one, as
// written between words in dialogue and attributions ("– powiedział").
func Dash(s string) bool {
	switch s {
	case "–", "—", "-", "―":
		return true
	}
	return false
}
