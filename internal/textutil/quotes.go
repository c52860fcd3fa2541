package textutil

import (
	"strings"
	"unicode/utf8"
)

// The quotation marks of the languages Kronika reads, by what they do:
// Polish „…”, English “…”, Russian «…» and „…“, the straight "…", and
// their single forms ‚…’, ‘…’, ‚…‘. A mark may do both: the straight
// marks, and “ and ‘, which open in English and close in Russian. ’ is
// also the apostrophe.
//
// Tables of their own, for other sets, are still kept by quotes/,
// entities/, ner/, events/pl_question.go, lang/pl (the tagger's files,
// phrases.go's isQuote with the apostrophe, names.go, morph.go and the UD
// features of tags.go), segment/ (the tokenizer's character classes),
// eval/normalize.go (every mark, for comparing texts) and lang/en.
const (
	OpeningQuotes       = "\"„“«"
	ClosingQuotes       = "\"”“»"
	OpeningSingleQuotes = "‚‘"
	ClosingSingleQuotes = "‘’"
)

// OpeningQuote reports whether s is one double quotation mark that opens
// a quotation (OpeningQuotes).
func OpeningQuote(s string) bool { return oneOf(s, OpeningQuotes) }

// ClosingQuote reports whether s is one double quotation mark that
// closes a quotation (ClosingQuotes).
func ClosingQuote(s string) bool { return oneOf(s, ClosingQuotes) }

// oneOf reports whether s is a single character of set.
func oneOf(s, set string) bool {
	r, n := utf8.DecodeRuneInString(s)
	return n == len(s) && r != utf8.RuneError && strings.ContainsRune(set, r)
}
