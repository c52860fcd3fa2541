package actors

import (
	"sort"
	"strings"

	"github.com/kronika/kronika/doc"
)

// mentionIndex finds the mentions of a document's entities by their
// offsets, so that asking, for each entity, which mentions stand beside
// or inside a span costs a lookup rather than a pass over all entities
// (linear in the document, not quadratic). It holds only positions: the
// entities' types and countries are read when asked, as the caller sets
// them.
type mentionIndex struct {
	byStart        []mentionRef // ordered by Start
	startAt, endAt map[int][]int
}

// mentionRef is a mention's span and the index of its entity.
type mentionRef struct {
	doc.Span
	ent int
}

func newMentionIndex(d *doc.Document) *mentionIndex {
	ix := &mentionIndex{startAt: map[int][]int{}, endAt: map[int][]int{}}
	for i := range d.Entities {
		for _, m := range d.Entities[i].Mentions {
			ix.byStart = append(ix.byStart, mentionRef{m.Span, i})
			ix.startAt[m.Start] = append(ix.startAt[m.Start], i)
			ix.endAt[m.End] = append(ix.endAt[m.End], i)
		}
	}
	sort.SliceStable(ix.byStart, func(a, b int) bool { return ix.byStart[a].Start < ix.byStart[b].Start })
	return ix
}

// lazyIndex builds a document's mentionIndex at its first use.
type lazyIndex struct {
	d  *doc.Document
	ix *mentionIndex
}

func (l *lazyIndex) get() *mentionIndex {
	if l.ix == nil {
		l.ix = newMentionIndex(l.d)
	}
	return l.ix
}

// adjacentCountries returns the countries that the words right beside
// the mentions of e name: a nationality word just before a mention
// ("polskiego MSZ") or a state just after it ("MSZ Niemiec"), each an
// entity of d already linked to its country and separated from the
// mention by white space alone (one to three characters: blank). The
// institution a bare name stands for is the one of such a country,
// whatever the article is mostly about.
func adjacentCountries(d *doc.Document, e *doc.Entity, ix *mentionIndex) map[string]bool {
	out := map[string]bool{}
	for _, mn := range e.Mentions {
		for gap := 1; gap <= 3; gap++ {
			for _, i := range ix.endAt[mn.Start-gap] {
				if o := &d.Entities[i]; o != e && o.Country != "" && o.Type == "NORP" && blank(d.Text, mn.Start-gap, mn.Start) {
					out[o.Country] = true
				}
			}
			for _, i := range ix.startAt[mn.End+gap] {
				if o := &d.Entities[i]; o != e && o.Country != "" && o.Type == "GPE" && blank(d.Text, mn.End, mn.End+gap) {
					out[o.Country] = true
				}
			}
		}
	}
	return out
}

// blank reports whether text[i:j] is white space of one line, at least one
// character of it.
func blank(text string, i, j int) bool {
	if i < 0 || j > len(text) || j-i < 1 || j-i > 3 {
		return false
	}
	return strings.TrimSpace(text[i:j]) == "" && !strings.Contains(text[i:j], "\n")
}

// undatedRoles gives each person of a document without a date the role
// its words support rather than the latest one: of the person's tenures
// in several countries (Annalena Baerbock, German foreign minister, then
// president of the UN General Assembly), the latest whose country the
// other entities of the document are linked to ("niemieckiej
// dyplomacji", "Berlin"); the latest of all when none is. linked holds
// the actor of each entity of d, nil for none.
func undatedRoles(d *doc.Document, linked []*Actor) {
	for i, a := range linked {
		if a == nil || a.Kind != Person || !severalCountries(a) {
			continue
		}
		named := map[string]bool{}
		for j, o := range d.Entities {
			if j != i && linked[j] != a && o.Country != "" {
				named[o.Country] = true
			}
		}
		best := -1
		for k, t := range a.Tenures {
			if named[t.Country] && (best < 0 || padDate(t.From, "-01-01", "-01") > padDate(a.Tenures[best].From, "-01-01", "-01")) {
				best = k
			}
		}
		if best >= 0 {
			t := a.Tenures[best]
			d.Entities[i].Country, d.Entities[i].Actor = t.Country, t.Code()
		}
	}
}

// severalCountries reports whether the tenures of a are of more than one
// country.
func severalCountries(a *Actor) bool {
	for _, t := range a.Tenures[1:] {
		if t.Country != a.Tenures[0].Country {
			return true
		}
	}
	return false
}

// passageCountry returns the country the passage of e's first mention is
// about, for a role named without one ("minister zdrowia Jan Kowalski"):
// the one state that the names of states and nationality words name in
// the mention's sentence before it and after the verb before it ("Czeski
// minister zdrowia …", "W Czechach minister zdrowia …"), else in
// the nearest sentence before it in its paragraph that names any ("Rząd
// Czech przyjął plan. Minister zdrowia …"); "" when that names several,
// or nothing before the mention names one. What follows the mention is
// left out: it is more often the other side ("minister zdrowia Jan
// Kowalski spotkał się z gubernatorem stanu Teksas"); so are cities,
// which name where a meeting is held more often than whose office it is
// ("w Warszawie z prezesem spółki"), and organisations. linked holds the
// actor of each entity of d, nil for none.
func passageCountry(d *doc.Document, e *doc.Entity, linked []*Actor, ix *mentionIndex) string {
	if len(e.Mentions) == 0 {
		return ""
	}
	at := e.Mentions[0].Start
	s := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].End > at })
	if s == len(d.Sentences) || d.Sentences[s].Start > at {
		return ""
	}
	// In the person's own sentence only the words after its last verb
	// before the mention count: a state before that verb is most often
	// the other side of the act ("The German government welcomed
	// President X's statement", "Rząd Czech skrytykował prezydenta X").
	from := d.Sentences[s].Start
	for _, t := range d.Tokens[d.Sentences[s].FirstToken:d.Sentences[s].EndToken] {
		if t.End > at {
			break
		}
		if t.UPOS == "VERB" || t.UPOS == "AUX" {
			from = t.End
		}
	}
	if c, n := countriesIn(d, e, linked, doc.Span{Start: from, End: at}, ix); n > 0 {
		return c
	}
	for i := s - 1; i >= 0 && d.Sentences[i].Block == d.Sentences[s].Block; i-- {
		if c, n := countriesIn(d, e, linked, d.Sentences[i].Span, ix); n > 0 {
			return c
		}
	}
	return ""
}

// countriesIn returns the one state that the states and nationality
// words of d mention inside span s, and how many states they mention
// there; "" unless exactly one.
func countriesIn(d *doc.Document, e *doc.Entity, linked []*Actor, s doc.Span, ix *mentionIndex) (string, int) {
	seen := map[string]bool{}
	one := ""
	k := sort.Search(len(ix.byStart), func(k int) bool { return ix.byStart[k].Start >= s.Start })
	for ; k < len(ix.byStart) && ix.byStart[k].Start < s.End; k++ {
		r := ix.byStart[k]
		if r.End > s.End {
			continue
		}
		o := &d.Entities[r.ent]
		state := o.Type == "NORP" || r.ent < len(linked) && linked[r.ent] != nil && linked[r.ent].Kind == Country
		if o == e || o.Country == "" || Stateless[o.Country] || !state || seen[o.Country] {
			continue
		}
		seen[o.Country] = true
		one = o.Country
	}
	if len(seen) != 1 {
		return "", len(seen)
	}
	return one, 1
}
