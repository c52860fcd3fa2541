package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kronika/kronika/doc"
)

// Tokenization follows the conventions of the Polish Universal Dependencies
// treebanks (PDB, PUD) where they are sensible for news text:
//   - punctuation is split off, one mark a token ("?!" is two tokens, "..."
//     three); the period of an abbreviation is a token of its own ("np" ".");
//   - numbers keep their inner separators ("12,5", "3.5", "19.06.2024",
//     "12:30", "2.198,6") but a range is split ("2000", "–", "2001"), so
//     are a score ("2", ":", "0") and a unit glued to a number ("0.7", "m");
//     a thousands space separates tokens ("1", "000");
//   - a hyphen between letters or digits keeps a word whole ("Jong-un",
//     "e-sporcie", "PiS-owską", "14-latka", "F-16"). Here Kronika departs
//     from PDB, which splits compounds of two words ("biało", "-",
//     "czarny"; "Bielska", "-", "Białej"): names and compound adjectives
//     stay one token, as they are one name or one word for the stages after;
//   - an apostrophe between letters keeps a word whole ("McDonald's",
//     "Duffy’ego"); Polish clitics stay inside their word ("miałem"), as
//     UD's surface tokens do;
//   - inner periods keep a word whole before a lower-case letter, between
//     single letters and before capitals that end the word ("m.in",
//     "p.n.e", "Onet.pl", "U.S", "Leave.EU");
//   - URLs, e-mail addresses, hashtags and @-mentions are one token each.

// tokenize appends the tokens of text[start:end] to toks.
func tokenize(toks []doc.Token, text string, start, end int) []doc.Token {
	i := start
	for i < end {
		c := text[i]
		var (
			r rune
			n int
		)
		if c < utf8.RuneSelf {
			cls := ascii[c]
			if cls&cSpace != 0 {
				i++
				continue
			}
			if cls&(cLetter|cDigit) != 0 {
				j, kind := scanWord(text, i, end)
				toks = appendToken(toks, text, i, j, kind)
				i = j
				continue
			}
			r, n = rune(c), 1
		} else {
			r, n = utf8.DecodeRuneInString(text[i:end])
			if r == utf8.RuneError && n == 1 {
				i++ // invalid byte: no token covers it
				continue
			}
			if isSpace(r) {
				i += n
				continue
			}
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				j, kind := scanWord(text, i, end)
				toks = appendToken(toks, text, i, j, kind)
				i = j
				continue
			}
		}
		j := i + n
		kind := doc.Punct
		switch {
		case (r == ',' || r == '\'' || r == '’' || r == '‘' || r == '`') && j+n <= end && text[j:j+n] == text[i:j]:
			// Two commas or apostrophes standing in for a quotation
			// mark: ",,Zemsta''".
			j += n
		case (r == '#' || r == '@') && j < end:
			// A hashtag or mention: "#Ukraina", "@PAPinformacje".
			if r2, _ := decode(text, j, end); isLetter(r2) {
				j, _ = scanWord(text, j, end)
				kind = doc.Word
			} else {
				kind = doc.Symbol
			}
		case r == '°':
			// Degrees with their scale: "°C".
			kind = doc.Symbol
			if j < end && (text[j] == 'C' || text[j] == 'F') && (j+1 == end || !isWordRuneAt(text, j+1, end)) {
				j++
			}
		case isSymbol(r):
			kind = doc.Symbol
			j = scanSymbolSeq(text, r, j, end)
		}
		toks = appendToken(toks, text, i, j, kind)
		i = j
	}
	return toks
}

// isSymbol reports whether a non-word rune is a symbol rather than
// punctuation. UD tags the percent, section and similar signs SYM.
func isSymbol(r rune) bool {
	switch r {
	case '%', '‰', '§', '&', '#', '@', '+', '=', '<', '>', '|', '~', '^', '$', '`':
		return true
	}
	if r < utf8.RuneSelf {
		return false
	}
	return !unicode.IsPunct(r)
}

// scanSymbolSeq extends a symbol token over the modifiers and joiners of an
// emoji sequence (skin tones, variation selectors, ZWJ sequences, flags).
func scanSymbolSeq(text string, first rune, j, end int) int {
	if first < 0x2000 {
		return j
	}
	regional := isRegional(first)
	for j < end {
		r, n := decode(text, j, end)
		switch {
		case isJoiner(r):
			j += n
		case r == 0x200D: // zero-width joiner: take the next symbol too
			if j+n >= end {
				return j
			}
			r2, n2 := decode(text, j+n, end)
			if r2 < 0x2000 || r2 == utf8.RuneError || isSpace(r2) || unicode.IsLetter(r2) || unicode.IsPunct(r2) {
				return j
			}
			j += n + n2
		case regional && isRegional(r):
			j += n
			regional = false
		default:
			return j
		}
	}
	return j
}

func isWordRuneAt(text string, i, end int) bool {
	r, _ := decode(text, i, end)
	return isWordRune(r)
}

func appendToken(toks []doc.Token, text string, i, j int, kind doc.TokenKind) []doc.Token {
	space := j >= len(text)
	if !space {
		if c := text[j]; c < utf8.RuneSelf {
			space = ascii[c]&cSpace != 0
		} else {
			r, _ := utf8.DecodeRuneInString(text[j:])
			space = isSpace(r)
		}
	}
	return append(toks, doc.Token{Span: doc.Span{Start: i, End: j}, Kind: kind, SpaceAfter: space})
}

// scanWord scans a word or number starting at i (a letter or digit) and
// returns its end and kind.
func scanWord(text string, i, end int) (int, doc.TokenKind) {
	if isURLStart(text, i, end) {
		return scanURL(text, i, end), doc.Word
	}
	first, _ := decode(text, i, end)
	letters := !isDigit(first) // the token so far contains a letter
	seg := 0                   // word runes since the last inner separator
	slash := false             // a slash between digits has been taken in
	j := i
	for j < end {
		var (
			r rune
			n int
		)
		if c := text[j]; c < utf8.RuneSelf {
			// The common case: an ASCII letter or digit inside a word.
			if cls := ascii[c]; cls&(cLetter|cDigit) != 0 && (letters || cls&cDigit != 0) {
				j++
				seg++
				continue
			}
			r, n = rune(c), 1
		} else {
			r, n = utf8.DecodeRuneInString(text[j:end])
		}
		if isWordRune(r) {
			if !letters && isLetter(r) {
				// A number glued to a unit splits ("0.7m", "5km"), as
				// in UD Polish; English ordinals stay whole ("3rd").
				if j > i && isDigit(prev(text, i, j)) && !ordinalSuffix(text, j, end) {
					break
				}
				letters = true
			}
			j += n
			seg++
			continue
		}
		// r may be an inner separator: look at what follows it.
		k := j + n
		if k >= end {
			break
		}
		next, nn := decode(text, k, end)
		prev := prev(text, i, j)
		join := false
		switch r {
		case '-', '‐', '‑':
			// "Jong-un", "14-latka", "KC-135"; but a range of numbers splits.
			join = isAlnum(next) && !(!letters && isDigit(next))
		case '.':
			switch {
			case isDigit(prev) && isDigit(next):
				join = true
			case isLetter(prev) && isLower(next):
				join = true // "m.in", "p.n.e", "Onet.pl"
			case isLetter(prev) && seg == 1 && isUpper(next) && (k+nn >= end || !isWordRuneAt(text, k+nn, end)):
				// "U.S", "U.K": single letters between periods.
				join = true
			case isLetter(prev) && isUpper(next):
				// "Leave.EU", "CONFIG.SYS": capitals to the end of the word.
				join = capsTail(text, k, end)
			}
		case ',':
			join = !letters && isDigit(prev) && isDigit(next)
		case ':':
			// "12:30" but not a score such as "2:0".
			if !letters && isDigit(prev) && isDigit(next) {
				k2 := k + nn
				if k2 < end && isDigitAt(text, k2, end) {
					k3 := k2 + 1
					join = k3 >= end || !isDigitAt(text, k3, end)
				}
			}
		case '/':
			join = (isDigit(prev) && isDigit(next)) || (slash && isAlnum(next))
			if join {
				slash = true
			}
		case '\'', '’':
			join = isLetter(prev) && isLetter(next)
		case '&':
			join = isUpper(prev) && isUpper(next) // "AT&T"
		case '_':
			join = isAlnum(next)
		case '@':
			if isAlnum(next) && isEmailLocal(text[i:j]) {
				return scanDomain(text, k, end), doc.Word
			}
		}
		if !join {
			break
		}
		j = k
		seg = 0
	}
	if letters {
		return j, doc.Word
	}
	return j, doc.Number
}

// capsTail reports whether text[k:] starts with two or more capital letters
// that end the word.
func capsTail(text string, k, end int) bool {
	n := 0
	for k < end {
		r, size := decode(text, k, end)
		if isUpper(r) {
			n++
			k += size
			continue
		}
		if isWordRune(r) {
			return false
		}
		break
	}
	return n >= 2
}

// prev returns the last rune of text[i:j].
func prev(text string, i, j int) rune {
	if c := text[j-1]; c < utf8.RuneSelf {
		return rune(c)
	}
	r, _ := utf8.DecodeLastRuneInString(text[i:j])
	return r
}

// ordinalSuffix reports whether an English ordinal or plural suffix
// ("st", "nd", "rd", "th", "s") starts at j and ends the word.
func ordinalSuffix(text string, j, end int) bool {
	k := j
	for k < end && k-j < 3 && text[k] < utf8.RuneSelf && ascii[text[k]]&cLower != 0 {
		k++
	}
	if k < end && isWordRuneAt(text, k, end) {
		return false
	}
	switch text[j:k] {
	case "st", "nd", "rd", "th", "s":
		return true
	}
	return false
}

func isDigitAt(text string, i, end int) bool {
	r, _ := decode(text, i, end)
	return isDigit(r)
}

// isEmailLocal reports whether s can be the part of an e-mail address
// before the "@".
func isEmailLocal(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || (ascii[c]&(cLetter|cDigit) == 0 && c != '.' && c != '-' && c != '_' && c != '+') {
			return false
		}
	}
	return s != ""
}

// scanDomain scans a host name: letters and digits separated by single
// periods or hyphens.
func scanDomain(text string, i, end int) int {
	j := i
	for j < end {
		r, n := decode(text, j, end)
		if isWordRune(r) {
			j += n
			continue
		}
		if (r == '.' || r == '-') && j+1 < end {
			if r2, _ := decode(text, j+1, end); isAlnum(r2) {
				j++
				continue
			}
		}
		break
	}
	return j
}

// isURLStart reports whether a URL starts at i: a scheme such as "https://"
// or a "www." host.
func isURLStart(text string, i, end int) bool {
	switch text[i] | 0x20 {
	case 'h':
		return hasPrefixFold(text[i:end], "http://") || hasPrefixFold(text[i:end], "https://")
	case 'f':
		return hasPrefixFold(text[i:end], "ftp://")
	case 'w':
		return hasPrefixFold(text[i:end], "www.") && i+4 < end && isAlnum(rune(text[i+4]))
	}
	return false
}

func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		if s[i]|0x20 != prefix[i] && s[i] != prefix[i] {
			return false
		}
	}
	return true
}

// scanURL scans a URL up to white space or a quotation mark, then gives
// back trailing punctuation that belongs to the sentence, and a closing
// bracket that the URL did not open.
func scanURL(text string, i, end int) int {
	j := i
	depth := 0
	for j < end {
		r, n := decode(text, j, end)
		if isSpace(r) || r == utf8.RuneError || r == '"' || r == '<' || r == '>' ||
			r == '„' || r == '”' || r == '“' || r == '«' || r == '»' {
			break
		}
		switch r {
		case '(':
			depth++
		case ')':
			if depth == 0 {
				return trimURL(text, i, j)
			}
			depth--
		}
		j += n
	}
	return trimURL(text, i, j)
}

func trimURL(text string, i, j int) int {
	for j > i+1 {
		switch text[j-1] {
		case '.', ',', ';', ':', '!', '?', '\'':
			j--
			continue
		case ')':
			if strings.Count(text[i:j], "(") < strings.Count(text[i:j], ")") {
				j--
				continue
			}
		}
		break
	}
	return j
}
