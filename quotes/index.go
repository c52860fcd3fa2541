package quotes

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kronika/kronika/doc"
)

// The lookups here answer what the annotator asks of the whole document
// (another quotation over the same text, a fuller form of a name, the
// entity over some words) from indexes built once per document, so that
// the time of a document grows with its size and not with its square.
// Each gives the same answer as a scan from the start of the document.

// indexes are built on first use; nil parts are not built yet.
type indexes struct {
	// folded maps the case-folded form of each content word, and of
	// each part after a hyphen in it, to its tokens in text order.
	folded map[string][]int
	// forms maps the form of each content token to its tokens in text
	// order.
	forms map[string][]int
	full  map[fullKey]string // fullName's answers
	runs  map[string][2]int  // isRunElsewhere: up to two standalone runs, -1 when none

	// mentions of every entity, by start offset; maxMention is the longest.
	mentions   []mentionRef
	maxMention int
	surnames   map[string]int // entityAt: lower-cased last word → first PERSON entity

	qualified []int          // describedBy: tokens with a nationality or place before them
	qualOf    map[int]string // and that entity's ID
	described map[string][]int

	verbSents map[int][]int // quotations by the sentence of their verb, in order

	times   []doc.Span // d.Times by start
	timeEnd []int      // the largest end among times[:i+1]
}

type fullKey struct {
	last string
	n    int
}

type mentionRef struct {
	start, end int
	e, m       int // entity and mention index
}

func (a *annotator) index() *indexes {
	if a.ix == nil {
		a.ix = &indexes{}
	}
	return a.ix
}

// overlapsFound reports whether span s overlaps a quotation already found.
// Found quotations never overlap one another, so in text order their ends
// increase too.
func (a *annotator) overlapsFound(s doc.Span) bool {
	i := sort.Search(len(a.spans), func(i int) bool { return a.spans[i].End > s.Start })
	return i < len(a.spans) && a.spans[i].Start < s.End
}

// removeWithin forgets the quotations found inside s (quotation marks
// within a dialogue turn that is itself the quotation).
func (a *annotator) removeWithin(s doc.Span) {
	kept := a.found[:0]
	for _, f := range a.found {
		if f.Start >= s.Start && f.End <= s.End {
			for k := max(a.tokenAt(f.Start), 0); k <= a.tokenBefore(f.End) && k < len(a.toks); k++ {
				a.toks[k].quoted = false
			}
			if a.ends[f.End]--; a.ends[f.End] <= 0 {
				delete(a.ends, f.End)
			}
			continue
		}
		kept = append(kept, f)
	}
	a.found = kept
	spans := a.spans[:0]
	for _, sp := range a.spans {
		if !(sp.Start >= s.Start && sp.End <= s.End) {
			spans = append(spans, sp)
		}
	}
	a.spans = spans
}

func (a *annotator) addSpan(s doc.Span) {
	i := sort.Search(len(a.spans), func(i int) bool { return a.spans[i].Start > s.Start })
	a.spans = append(a.spans, doc.Span{})
	copy(a.spans[i+1:], a.spans[i:])
	a.spans[i] = s
	if a.ends == nil {
		a.ends = map[int]int{}
	}
	a.ends[s.End]++
}

// foldKey maps s to one representative of the strings strings.EqualFold
// holds equal to it: each rune replaced by the least rune of its
// case-folding orbit.
func foldKey(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToUpper(s) // upper-case ASCII letters are their orbits' least runes
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		least := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			least = min(least, f)
		}
		b.WriteRune(least)
	}
	return b.String()
}

// foldedTokens returns the content words whose form, or whose part after a
// hyphen, equals w ignoring case, in text order.
func (a *annotator) foldedTokens(w string) []int {
	ix := a.index()
	if ix.folded == nil {
		// Sized for half the tokens from the start, the map is seldom
		// rebuilt as it grows (as the forms' map below).
		ix.folded = make(map[string][]int, len(a.toks)/2)
		add := func(key string, k int) {
			l := ix.folded[key]
			if len(l) == 0 || l[len(l)-1] != k {
				ix.folded[key] = append(l, k)
			}
		}
		for k := range a.toks {
			if a.toks[k].sent < 0 || !a.toks[k].word {
				continue
			}
			f := a.form(k)
			add(foldKey(f), k)
			for h := 0; h < len(f); h++ {
				if f[h] == '-' && h+1 < len(f) {
					add(foldKey(f[h+1:]), k)
				}
			}
		}
	}
	return ix.folded[foldKey(w)]
}

// formTokens returns the content tokens written as f, in text order.
func (a *annotator) formTokens(f string) []int {
	ix := a.index()
	if ix.forms == nil {
		ix.forms = make(map[string][]int, len(a.toks)/2)
		for k := range a.toks {
			if a.toks[k].sent >= 0 {
				f := a.form(k)
				ix.forms[f] = append(ix.forms[f], k)
			}
		}
	}
	return ix.forms[f]
}

// entityMentions returns every entity mention, ordered by start.
func (a *annotator) entityMentions() []mentionRef {
	ix := a.index()
	if ix.mentions == nil {
		ix.mentions = []mentionRef{}
		for ei, e := range a.d.Entities {
			for mi, m := range e.Mentions {
				ix.mentions = append(ix.mentions, mentionRef{m.Start, m.End, ei, mi})
				ix.maxMention = max(ix.maxMention, m.End-m.Start)
			}
		}
		sort.Slice(ix.mentions, func(i, j int) bool { return ix.mentions[i].start < ix.mentions[j].start })
	}
	return ix.mentions
}

// mentionsFrom returns the mentions that may overlap text from start on:
// those starting after start minus the longest mention.
func (a *annotator) mentionsFrom(start int) []mentionRef {
	ms := a.entityMentions()
	lo := start - a.ix.maxMention
	i := sort.Search(len(ms), func(i int) bool { return ms[i].start >= lo })
	return ms[i:]
}

// before reports whether mention x comes before y in the order of
// d.Entities and their mentions.
func (x mentionRef) before(y mentionRef) bool {
	return x.e < y.e || x.e == y.e && x.m < y.m
}

// surnameEntity returns the first PERSON entity with a mention whose last
// word, lower-cased, is last, or -1.
func (a *annotator) surnameEntity(last string) int {
	ix := a.index()
	if ix.surnames == nil {
		ix.surnames = map[string]int{}
		for ei, e := range a.d.Entities {
			if e.Type != "PERSON" {
				continue
			}
			for _, m := range e.Mentions {
				w := strings.Fields(strings.ToLower(a.d.Text[m.Start:m.End]))
				if len(w) == 0 {
					continue
				}
				if _, ok := ix.surnames[w[len(w)-1]]; !ok {
					ix.surnames[w[len(w)-1]] = ei
				}
			}
		}
	}
	if ei, ok := ix.surnames[last]; ok {
		return ei
	}
	return -1
}

// qualifiedTokens returns the content words preceded (within two words)
// by a mention of a nationality or a place, with the ID of the first such
// entity for each.
func (a *annotator) qualifiedTokens() ([]int, map[int]string) {
	ix := a.index()
	if ix.qualOf != nil {
		return ix.qualified, ix.qualOf
	}
	ix.qualOf = map[int]string{}
	// placeOf[m]: the first NORP or GPE entity with a mention over token m.
	placeOf := func(m int) string {
		t := a.d.Tokens[m]
		best := mentionRef{e: -1}
		for _, r := range a.mentionsFrom(t.Start) {
			if r.start >= t.End {
				break
			}
			typ := a.d.Entities[r.e].Type
			if (typ == "NORP" || typ == "GPE") && r.end > t.Start && (best.e < 0 || r.before(best)) {
				best = r
			}
		}
		if best.e < 0 {
			return ""
		}
		return a.d.Entities[best.e].ID
	}
	for k := range a.toks {
		if a.toks[k].sent < 0 || !a.toks[k].word {
			continue
		}
		for m := k - 1; m >= 0 && m >= k-2 && a.toks[m].word; m-- {
			if id := placeOf(m); id != "" {
				ix.qualified = append(ix.qualified, k)
				ix.qualOf[k] = id
				break
			}
		}
	}
	return ix.qualified, ix.qualOf
}

// quotesWithVerbIn returns the quotations whose verb is in sentence si,
// in order.
func (a *annotator) quotesWithVerbIn(si int) []int {
	ix := a.index()
	if ix.verbSents == nil {
		ix.verbSents = map[int][]int{}
		for j, p := range a.found {
			if p.verbTok >= 0 {
				s := int(a.toks[p.verbTok].sent)
				ix.verbSents[s] = append(ix.verbSents[s], j)
			}
		}
	}
	return ix.verbSents[si]
}

// timeIndex sorts the document's time expressions by start.
func (a *annotator) timeIndex() *indexes {
	ix := a.index()
	if ix.times == nil {
		ix.times = make([]doc.Span, len(a.d.Times))
		for i, tm := range a.d.Times {
			ix.times[i] = tm.Span
		}
		sort.Slice(ix.times, func(i, j int) bool { return ix.times[i].Start < ix.times[j].Start })
		ix.timeEnd = make([]int, len(ix.times))
		for i, tm := range ix.times {
			ix.timeEnd[i] = tm.End
			if i > 0 {
				ix.timeEnd[i] = max(ix.timeEnd[i], ix.timeEnd[i-1])
			}
		}
	}
	return ix
}
