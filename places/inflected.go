package places

import (
	_ "embed"
	"strconv"
	"strings"

	"github.com/kronika/kronika/actors"
)

//go:embed data/endings.tsv
var endingsData string

// endings holds, per language, the longest ending of a written word and
// of the gazetteer's word beyond their common stem (data/endings.tsv).
var endings = func() map[string][2]int {
	m := map[string][2]int{}
	for _, line := range strings.Split(endingsData, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			panic("places: data/endings.tsv: bad line " + strconv.Quote(line))
		}
		a, err1 := strconv.Atoi(f[1])
		b, err2 := strconv.Atoi(f[2])
		if err1 != nil || err2 != nil {
			panic("places: data/endings.tsv: bad line " + strconv.Quote(line))
		}
		m[f[0]] = [2]int{a, b}
	}
	return m
}()

// stemLen is the number of leading letters of each word the index of
// multi-word names is keyed by.
const stemLen = 3

// LookupInflected returns the places whose name has several words and
// matches name word by word as an inflected form of it in language code:
// each written word shares with the gazetteer's word a stem of at least
// stemLen letters beyond which the written word has at most the
// language's case ending and the gazetteer's at most its base ending
// ("Wielkiej Brytanii" → Wielka Brytania, "Stanów Zjednoczonych" → Stany
// Zjednoczone). Words of stemLen letters or fewer must be equal. Nil for
// a language that is not listed in data/endings.tsv and for a name of one
// word (its base form is the lemmatizer's to find).
func (g *Gazetteer) LookupInflected(name, code string) []*Place {
	lim, ok := endings[code]
	if !ok {
		return nil
	}
	words := strings.Fields(strings.ReplaceAll(actors.Key(name), "-", " "))
	if len(words) < 2 {
		return nil
	}
	g.stemOnce.Do(g.indexStems)
	var out []*Place
	seen := map[*Place]bool{}
	for _, i := range g.stems[stemKey(words)] {
		cand := strings.Fields(strings.ReplaceAll(g.keys[i], "-", " "))
		if len(cand) != len(words) {
			continue
		}
		match := true
		for j := range words {
			if !inflectedWord([]rune(words[j]), []rune(cand[j]), lim) {
				match = false
				break
			}
		}
		if !match {
			continue
		}
		for _, p := range g.lookupKey(g.keys[i]) {
			if !seen[p] {
				seen[p] = true
				out = append(out, p)
			}
		}
	}
	return out
}

// inflectedWord reports whether the written word w may be a case form of
// the base word b (see LookupInflected).
func inflectedWord(w, b []rune, lim [2]int) bool {
	p := 0
	for p < len(w) && p < len(b) && w[p] == b[p] {
		p++
	}
	if p == len(w) && p == len(b) {
		return true
	}
	return p >= stemLen && len(w)-p <= lim[0] && len(b)-p <= lim[1]
}

// stemKey is the index key of a name's words: the first stemLen letters
// of each.
func stemKey(words []string) string {
	var b strings.Builder
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		r := []rune(w)
		if len(r) > stemLen {
			r = r[:stemLen]
		}
		b.WriteString(string(r))
	}
	return b.String()
}

// indexStems builds the index of multi-word names by stemKey.
func (g *Gazetteer) indexStems() {
	g.stems = map[string][]int{}
	for i, k := range g.keys {
		if !strings.ContainsAny(k, " -") {
			continue
		}
		words := strings.Fields(strings.ReplaceAll(k, "-", " "))
		if len(words) < 2 {
			continue
		}
		sk := stemKey(words)
		g.stems[sk] = append(g.stems[sk], i)
	}
}
