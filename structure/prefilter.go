package structure

import (
	"bytes"
	"regexp"
	"regexp/syntax"
	"slices"
	"sync"
	"unicode"
	"unicode/utf8"
)

// A boilerplate rule's pattern often cannot match without one of a few
// words ("czytaj", "cookie"); a paragraph that holds none of them needs
// no run of the regular expression, which is what costs in long
// paragraphs (the rules are case-insensitive, so Go's regexp finds no
// literal prefix to skip ahead with). The words are taken from the
// pattern's syntax tree and compared case-folded, so the check is exact:
// it only skips a pattern that cannot match.

// maxRequired bounds the words of a prefilter; a pattern that needs one
// of more alternatives is always run.
const maxRequired = 16

// prefilter lists the case-folded words of which a match of its pattern
// contains at least one; nil when none is known.
type prefilter [][]byte

var prefilters sync.Map // *regexp.Regexp → prefilter

// prefilterOf returns the prefilter of re, derived once per pattern.
func prefilterOf(re *regexp.Regexp) prefilter {
	if p, ok := prefilters.Load(re); ok {
		return p.(prefilter)
	}
	var p prefilter
	if tree, err := syntax.Parse(re.String(), syntax.Perl); err == nil && !anchored(tree) {
		words, _ := required(tree)
		for _, w := range words {
			p = append(p, []byte(w))
		}
	}
	prefilters.Store(re, p)
	return p
}

// anchored reports whether re matches only at the start of the text,
// where the regular expression gives up at once: a prefilter, which reads
// the whole paragraph, would cost more than it saves.
func anchored(re *syntax.Regexp) bool {
	for re.Op == syntax.OpConcat && len(re.Sub) > 0 || re.Op == syntax.OpCapture {
		re = re.Sub[0]
	}
	return re.Op == syntax.OpBeginText
}

// required returns case-folded strings of which every match of re
// contains one, and whether there are such.
func required(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return nil, false
		}
		return []string{fold(string(re.Rune))}, true
	case syntax.OpCapture, syntax.OpPlus:
		return required(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return required(re.Sub[0])
		}
	case syntax.OpConcat:
		// every part is in the match: keep the part whose words are
		// longest (the rarest in text)
		var best []string
		for _, sub := range re.Sub {
			if set, ok := required(sub); ok && (best == nil || shortest(set) > shortest(best) ||
				shortest(set) == shortest(best) && len(set) < len(best)) {
				best = set
			}
		}
		return best, best != nil
	case syntax.OpAlternate:
		// one of the alternatives is in the match: any of their words
		var all []string
		for _, sub := range re.Sub {
			set, ok := required(sub)
			if !ok || len(all)+len(set) > maxRequired {
				return nil, false
			}
			all = append(all, set...)
		}
		return all, true
	}
	return nil, false
}

// shortest returns the length in runes of the shortest string of set.
func shortest(set []string) int {
	n := -1
	for _, s := range set {
		if l := utf8.RuneCountInString(s); n < 0 || l < n {
			n = l
		}
	}
	return n
}

// mayMatch reports whether a paragraph, case-folded by appendFold, holds
// one of p's words; with no words known, every paragraph may match.
func (p prefilter) mayMatch(folded []byte) bool {
	if p == nil {
		return true
	}
	for _, w := range p {
		if bytes.Contains(folded, w) {
			return true
		}
	}
	return false
}

// fold maps every rune of s to the least rune that matches it
// case-insensitively (its unicode.SimpleFold orbit, which is what a (?i)
// pattern compares by): two strings fold alike exactly when they are
// equal up to case, and a case-insensitive match of a word in a text
// shows as the folded word in the folded text.
func fold(s string) string {
	return string(appendFold(nil, s))
}

// appendFold appends fold(s) to dst.
func appendFold(dst []byte, s string) []byte {
	dst = slices.Grow(dst, len(s)) // folding keeps the length but for a few runes
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			dst = append(dst, byte(foldRune(rune(c))))
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		dst = utf8.AppendRune(dst, foldRune(r))
		i += size
	}
	return dst
}

func foldRune(r rune) rune {
	switch {
	case 'a' <= r && r <= 'z':
		return r - 'a' + 'A' // the least of "k", "K" and the Kelvin sign is "K"
	case r < utf8.RuneSelf:
		return r
	}
	least := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		least = min(least, f)
	}
	return least
}
