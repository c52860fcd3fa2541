package eval

import (
	"strings"
	"unicode"
)

// foldName prepares a name for comparison: lower case, runs of white space
// made one space, ends trimmed. Diacritics are kept: "Łódź" and "Lodz" are
// different names to a Polish reader, and a lemmatizer that drops them is
// wrong.
func foldName(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// quoteMarks are the quotation marks of Polish and English typography
// (plus the ASCII ones); foldQuote makes them all '"'.
const quoteMarks = "\"'„”“‟«»‹›‚‘’‛`"

// foldQuote prepares quotation text for prefix comparison: every quotation
// mark becomes '"', white space is collapsed, the text is lower-cased, and
// quotation marks, white space and final punctuation are trimmed from both
// ends (an annotator copies "Nasz przywódca musi być pierwszy" with or
// without the marks and the full stop around it).
func foldQuote(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case strings.ContainsRune(quoteMarks, r):
			r = '"'
		case unicode.IsSpace(r):
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(unicode.ToLower(r))
	}
	return strings.TrimRightFunc(strings.TrimLeft(b.String(), "\" "), func(r rune) bool {
		return r == '"' || r == ' ' || strings.ContainsRune(".,;:!?…", r)
	})
}

// foldID turns a cross-lingual id's name part or a canonical name into
// comparable words: "GPE-Great-Britain" → "great britain" (after the type
// prefix is cut), "Vladimir Putin" → "vladimir putin". Letters and digits
// are kept (lower-cased), everything else separates words.
func foldID(s string) string {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	return strings.Join(f, " ")
}
