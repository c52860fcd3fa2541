package langid

//go:generate go run ./internal/genprofiles -o data/trigrams.txt

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/RadhiFadlillah/whatlanggo"
)

// profileText holds the trigram profiles of the candidate languages, as
// whatlanggo has them (data/README.md).
//
//go:embed data/trigrams.txt
var profileText string

// maxRank is whatlanggo's maxTrigramDistance: a trigram of rank i in a
// profile scores maxRank-i for each time it occurs in the text.
const maxRank = 300

// profileLang is one language of the profiles, in the file's order.
type profileLang struct {
	lang   whatlanggo.Lang
	script *unicode.RangeTable
}

// rankEntry is one place of a trigram in a profile.
type rankEntry struct {
	lang  uint8 // index in profileLangs
	score uint16
}

// profileLangs are the languages of the profiles, in the file's order;
// trigramRanks finds a trigram's places in the profiles.
var profileLangs, trigramRanks = loadProfiles(profileText)

// trigramKey packs a trigram (three lower-case runes, a space for any stop
// character) in 63 bits, 21 a rune.
func trigramKey(r1, r2, r3 rune) uint64 {
	return uint64(r1)<<42 | uint64(r2)<<21 | uint64(r3)
}

// rankTable maps trigram keys to their places in the profiles: an open
// hash table (linear probing, at most a third full, so that the lookups of
// the many trigrams of a text that no profile has end soon).
type rankTable struct {
	keys    []uint64
	spans   []uint32 // start in entries << 8 | count; 0 for an empty slot
	entries []rankEntry
	shift   uint
}

func (t *rankTable) slot(key uint64) uint64 { return (key * 0x9E3779B97F4A7C15) >> t.shift }

// lookup returns the places of the trigram key.
func (t *rankTable) lookup(key uint64) []rankEntry {
	mask := uint64(len(t.keys) - 1)
	for i := t.slot(key); ; i = (i + 1) & mask {
		sp := t.spans[i]
		if sp == 0 {
			return nil
		}
		if t.keys[i] == key {
			return t.entries[sp>>8 : sp>>8+sp&0xff]
		}
	}
}

func newRankTable(ranks map[uint64][]rankEntry) *rankTable {
	bits := uint(4)
	for 1<<bits < 3*len(ranks) {
		bits++
	}
	t := &rankTable{keys: make([]uint64, 1<<bits), spans: make([]uint32, 1<<bits), shift: 64 - bits}
	mask := uint64(len(t.keys) - 1)
	for key, es := range ranks {
		if len(es) > 0xff || len(t.entries) >= 1<<24 {
			panic("langid: too many places of a trigram in data/trigrams.txt")
		}
		i := t.slot(key)
		for t.spans[i] != 0 {
			i = (i + 1) & mask
		}
		t.keys[i], t.spans[i] = key, uint32(len(t.entries))<<8|uint32(len(es))
		t.entries = append(t.entries, es...)
	}
	return t
}

// loadProfiles reads the profiles of data/trigrams.txt.
func loadProfiles(text string) ([]profileLang, *rankTable) {
	var langs []profileLang
	ranks := map[uint64][]rankEntry{}
	for line := range strings.SplitSeq(text, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		name, list, ok := strings.Cut(line, "\t")
		lang := whatlanggo.CodeToLang(strings.ToLower(name))
		if !ok || lang < 0 || len(langs) == 32 {
			panic("langid: bad line in data/trigrams.txt: " + name)
		}
		idx := uint8(len(langs))
		script := unicode.Latin
		for i, t := range strings.Fields(list) {
			var key [3]rune
			n := 0
			for _, r := range strings.ReplaceAll(t, "_", " ") {
				if n == 3 {
					panic("langid: trigram of more than three letters in data/trigrams.txt: " + t)
				}
				key[n] = r
				n++
				if unicode.Is(unicode.Cyrillic, r) {
					script = unicode.Cyrillic
				}
			}
			if n != 3 || i >= maxRank {
				panic("langid: bad trigram in data/trigrams.txt: " + t)
			}
			k := trigramKey(key[0], key[1], key[2])
			ranks[k] = append(ranks[k], rankEntry{idx, uint16(maxRank - i)})
		}
		langs = append(langs, profileLang{lang, script})
	}
	return langs, newRankTable(ranks)
}

// profileSet is a set of languages of profileLangs, bit i for index i.
type profileSet uint32

// profileSetOf returns the set of the languages of profileLangs that
// whitelist holds.
func profileSetOf(whitelist map[whatlanggo.Lang]bool) profileSet {
	var s profileSet
	for i, p := range profileLangs {
		if whitelist[p.lang] {
			s |= 1 << i
		}
	}
	return s
}

// isStopChar is whatlanggo's test of a character that trigrams see as a
// space: a symbol, a space, punctuation or a digit.
func isStopChar(r rune) bool {
	if r < utf8.RuneSelf {
		switch {
		case 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z':
			return false
		case '0' <= r && r <= '9', r == ' ', '\t' <= r && r <= '\r':
			return true
		}
	}
	return unicode.IsSymbol(r) || unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsDigit(r)
}

// detectProfiles returns what whatlanggo.DetectWithOptions(text,
// Options{Whitelist: whitelist}) returns as the language, where set is
// profileSetOf(whitelist) and every language of whitelist has a profile
// here (an empty whitelist is whatlanggo's: all its languages). Text all of whose letters are Latin is scored here, as is text
// whatlanggo finds Cyrillic or Latin; text in other scripts goes to
// whatlanggo. Where whatlanggo finds two languages with the same best
// score it takes either, as the order of its map falls; this takes the
// first of profileLangs.
func detectProfiles(text string, whitelist map[whatlanggo.Lang]bool, set profileSet) whatlanggo.Lang {
	if set == 0 {
		// whatlanggo reads an empty whitelist as all its languages.
		return whatlanggo.DetectWithOptions(text, whatlanggo.Options{Whitelist: whitelist}).Lang
	}
	latin, other := 0, 0
	for _, r := range text {
		if r < utf8.RuneSelf {
			if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
				latin++
			}
			continue // no other ASCII character belongs to a script
		}
		if isStopChar(r) {
			continue
		}
		if unicode.Is(unicode.Latin, r) {
			latin++
		} else {
			other++
		}
	}
	var script *unicode.RangeTable
	switch {
	case other == 0 && latin > 0:
		script = unicode.Latin
	case latin == 0 && other == 0:
		return -1 // whatlanggo finds no script
	default:
		script = whatlanggo.DetectScript(text)
		if script != unicode.Latin && script != unicode.Cyrillic {
			return whatlanggo.DetectWithOptions(text, whatlanggo.Options{Whitelist: whitelist}).Lang
		}
	}

	// The languages whatlanggo compares: the whitelisted ones of the script.
	var cands profileSet
	n := 0
	for i, p := range profileLangs {
		if set&(1<<i) != 0 && p.script == script {
			cands |= 1 << i
			n++
		}
	}
	if n == 0 {
		return -1
	}
	if n == 1 {
		for i, p := range profileLangs {
			if cands&(1<<i) != 0 {
				return p.lang
			}
		}
	}

	// whatlanggo's trigrams: the text lower-cased, stop characters as
	// spaces, a space before and after; no trigram whose middle is a
	// space next to another space.
	var dist [32]int
	r1, r2, first := ' ', ' ', true
	step := func(r3 rune) {
		if !(r2 == ' ' && (r1 == ' ' || r3 == ' ')) {
			for _, e := range trigramRanks.lookup(trigramKey(r1, r2, r3)) {
				dist[e.lang] += int(e.score)
			}
		}
		r1, r2 = r2, r3
	}
	for _, r := range text {
		if isStopChar(r) {
			r = ' '
		} else {
			r = unicode.ToLower(r)
		}
		if first {
			r2, first = r, false
			continue
		}
		step(r)
	}
	if first {
		return -1
	}
	step(' ')

	best, bestDist := whatlanggo.Lang(-1), 0
	for i, p := range profileLangs {
		if cands&(1<<i) != 0 && dist[i] > bestDist {
			best, bestDist = p.lang, dist[i]
		}
	}
	return best
}

// profileCodes holds the ISO 639-1 codes of profileLangs.
var profileCodes = func() map[whatlanggo.Lang]string {
	m := map[whatlanggo.Lang]string{}
	for _, p := range profileLangs {
		m[p.lang] = p.lang.Iso6391()
	}
	return m
}()

// iso6391 is l.Iso6391() (which builds a map of all of whatlanggo's codes
// at each call), "" for no language.
func iso6391(l whatlanggo.Lang) string {
	if code, ok := profileCodes[l]; ok {
		return code
	}
	if l < 0 {
		return ""
	}
	return l.Iso6391()
}
