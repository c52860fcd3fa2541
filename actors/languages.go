package actors

import (
	"slices"
	"strings"
	"sync"

	"github.com/kronika/kronika/lang"
)

// The actor base knows no language: what it needs of one (base forms of
// inflected names, plurals of nationality nouns, which titles are those of
// heads of state) it asks the languages registered in package lang. A
// program that links no language finds names only as written.

// languages returns the registered languages, in the order of their codes.
var languages = sync.OnceValue(func() []*lang.Language {
	var ls []*lang.Language
	for _, c := range lang.Codes() {
		ls = append(ls, lang.Get(c))
	}
	return ls
})

// baseForms returns the candidate base forms of name that the languages
// guess (lang.Language.NameBaseForms), at most max of each language; with
// overSurnames, only of the languages whose base forms go before a bare
// last name (lang.Language.BaseFormsOverSurnames).
//
// The answers are remembered (baseFormsSeen): a name comes back many
// times in a document, through several lookups, and the languages' guesses
// read dictionaries. Callers only read the slice.
func baseForms(name string, max int, overSurnames bool) []string {
	k := baseFormsKey{name, max, overSurnames}
	if out, ok := baseFormsSeen.load(k); ok {
		return out
	}
	var out []string
	for _, l := range languages() {
		if l.NameBaseForms != nil && (!overSurnames || l.BaseFormsOverSurnames) {
			out = append(out, l.NameBaseForms(name, max)...)
		}
	}
	out = slices.Clip(out)
	baseFormsSeen.store(k, out)
	return out
}

type baseFormsKey struct {
	name         string
	max          int
	overSurnames bool
}

// baseFormsMax bounds the names baseForms remembers; when it is reached
// the memory starts again empty, so a long run over ever new names keeps
// a bounded memory.
const baseFormsMax = 1 << 15

var baseFormsSeen memo[baseFormsKey, []string]

// memo is a map of answers shared by the goroutines, emptied when it
// reaches baseFormsMax entries.
type memo[K comparable, V any] struct {
	mu sync.RWMutex
	m  map[K]V
}

func (c *memo[K, V]) load(k K) (V, bool) {
	c.mu.RLock()
	v, ok := c.m[k]
	c.mu.RUnlock()
	return v, ok
}

func (c *memo[K, V]) store(k K, v V) {
	c.mu.Lock()
	if c.m == nil || len(c.m) >= baseFormsMax {
		c.m = make(map[K]V)
	}
	c.m[k] = v
	c.mu.Unlock()
}

// demonymPlurals returns the plurals the languages make of the
// nationality nouns among words (lang.Language.DemonymPlurals).
func demonymPlurals(words []string) []string {
	var out []string
	for _, l := range languages() {
		if l.DemonymPlurals != nil {
			out = append(out, l.DemonymPlurals(words)...)
		}
	}
	return out
}

// headTitles are the titles of heads of state or government; the base
// writes titles in English, so they are those of the language "en"
// (lang.Language.HeadTitles), none when it is not linked.
var headTitles = sync.OnceValue(func() map[string]bool {
	if l := lang.Get("en"); l != nil {
		return l.HeadTitles
	}
	return nil
})

// headTitle reports whether a tenure's title is that of a head of state
// or government ("Acting President (interim)" is).
func headTitle(title string) bool {
	title, _, _ = strings.Cut(strings.ToLower(title), " (")
	return headTitles()[strings.TrimPrefix(title, "acting ")]
}

// romanized returns the BGN/PCGN form the language code gives a person's
// name written in its own transcription of Cyrillic
// (lang.Language.Romanize: "Siergiej Ławrow" → "Sergey Lavrov"), "" when
// it gives none.
func romanized(code, name string) string {
	if l := lang.Get(code); l != nil && l.Romanize != nil {
		return l.Romanize(name)
	}
	return ""
}
