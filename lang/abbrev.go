package lang

import (
	"fmt"
	"strings"
)

// AbbrevKind says how an abbreviation followed by a period behaves at a
// possible sentence boundary.
type AbbrevKind uint8

const (
	// Inner abbreviations are never the last word of a sentence; a period
	// after them never ends one ("np.", "prof.", "Mr.", "ul.").
	Inner AbbrevKind = iota + 1
	// Final abbreviations may end a sentence ("r.", "itd.", "etc."); the
	// period ends it when the next word starts like a sentence.
	Final
	// Numeric abbreviations follow a number ("mln", "tys.", "godz."); they
	// behave as Final.
	Numeric
)

// ParseAbbrev reads an abbreviation list: one abbreviation a line, without
// its final period, a tab, and its kind (inner, final or numeric). Blank
// lines and lines starting with # are skipped. Errors name the file and line.
func ParseAbbrev(name, data string) (map[string]AbbrevKind, error) {
	m := map[string]AbbrevKind{}
	for n, line := range strings.Split(data, "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		word, kind, ok := strings.Cut(line, "\t")
		if !ok || word == "" {
			return nil, fmt.Errorf("%s:%d: want \"abbreviation<TAB>kind\", got %q", name, n+1, line)
		}
		var k AbbrevKind
		switch strings.TrimSpace(kind) {
		case "inner":
			k = Inner
		case "final":
			k = Final
		case "numeric":
			k = Numeric
		default:
			return nil, fmt.Errorf("%s:%d: unknown kind %q (want inner, final or numeric)", name, n+1, kind)
		}
		m[strings.ToLower(word)] = k
	}
	return m, nil
}
