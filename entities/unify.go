package entities

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/kronika/kronika/doc"
)

// Unify merges the entities of d that were linked to one actor: the same
// canonical name, actor code and country, and types the recognizer may
// confuse (see compatible). Names are merged before linking by their words
// only, so "Rosja" and "Federacja Rosyjska" stay apart until both resolve to
// Russia. The merged entity keeps the name and type of its part with the most
// mentions (the first on a tie), all mentions in text order, and entities are
// numbered again in order of first mention. It runs after actor resolution
// and before anything refers to entity ids.
func Unify(d *doc.Document) {
	if len(d.Entities) < 2 || !unifies(d.Entities) {
		return
	}
	unify(d)
}

// unifies reports whether Unify would merge any two of es. For a document
// with nothing to merge, finding that out this way copies no entity and
// no mention. The first merge Unify makes joins two entities as the
// recognizer left them, so it is enough to look for two with the same key
// and compatible types. A key field holding a NUL byte (which could make
// two different triples one key in unify) answers true: unify decides.
func unifies(es []doc.Entity) bool {
	linked := make([]int32, 0, len(es))
	for i := range es {
		e := &es[i]
		if e.Canonical == "" {
			continue
		}
		if strings.IndexByte(e.Canonical, 0) >= 0 || strings.IndexByte(e.Actor, 0) >= 0 || strings.IndexByte(e.Country, 0) >= 0 {
			return true
		}
		linked = append(linked, int32(i))
	}
	key := func(i int32) *doc.Entity { return &es[i] }
	slices.SortFunc(linked, func(a, b int32) int {
		x, y := key(a), key(b)
		if c := strings.Compare(x.Canonical, y.Canonical); c != 0 {
			return c
		}
		if c := strings.Compare(x.Actor, y.Actor); c != 0 {
			return c
		}
		return strings.Compare(x.Country, y.Country)
	})
	for s := 0; s < len(linked); {
		e := s + 1
		for e < len(linked) && sameKey(key(linked[s]), key(linked[e])) {
			e++
		}
		for i := s; i < e; i++ {
			for j := i + 1; j < e; j++ {
				if compatible(es[linked[i]].Type, es[linked[j]].Type) {
					return true
				}
			}
		}
		s = e
	}
	return false
}

// sameKey reports whether a and b are linked to the same actor.
func sameKey(a, b *doc.Entity) bool {
	return a.Canonical == b.Canonical && a.Actor == b.Actor && a.Country == b.Country
}

// unify is Unify without the test of unifies.
func unify(d *doc.Document) {
	type group struct {
		e    doc.Entity
		most int // mentions of the part whose name and type the group keeps
		// own: e.Mentions is the group's own copy, which merging may
		// append to; until then it is the entity's.
		own bool
	}
	out := make([]group, 0, len(d.Entities))
	byKey := map[string][]int{} // indexes into out
	for _, e := range d.Entities {
		key := ""
		if e.Canonical != "" {
			key = e.Canonical + "\x00" + e.Actor + "\x00" + e.Country
		}
		merged := false
		for _, j := range byKey[key] {
			if key == "" || !compatible(out[j].e.Type, e.Type) {
				continue
			}
			g := &out[j]
			if len(e.Mentions) > g.most {
				g.e.Name, g.e.Type, g.most = e.Name, e.Type, len(e.Mentions)
			}
			if !g.own {
				g.e.Mentions = append(make([]doc.Mention, 0, len(g.e.Mentions)+len(e.Mentions)), g.e.Mentions...)
				g.own = true
			}
			g.e.Mentions = append(g.e.Mentions, e.Mentions...)
			merged = true
			break
		}
		if !merged {
			byKey[key] = append(byKey[key], len(out))
			out = append(out, group{e: e, most: len(e.Mentions)})
		}
	}
	if len(out) == len(d.Entities) {
		return
	}
	for i := range out {
		g := &out[i]
		if slices.IsSortedFunc(g.e.Mentions, func(a, b doc.Mention) int { return a.Start - b.Start }) {
			continue
		}
		if !g.own {
			g.e.Mentions = slices.Clone(g.e.Mentions) // the entity's own stays as it was
		}
		ms := g.e.Mentions
		sort.SliceStable(ms, func(a, b int) bool { return ms[a].Start < ms[b].Start })
	}
	sort.SliceStable(out, func(a, b int) bool {
		return firstStart(out[a].e) < firstStart(out[b].e)
	})
	d.Entities = d.Entities[:0]
	for i, g := range out {
		g.e.ID = "E" + strconv.Itoa(i+1)
		d.Entities = append(d.Entities, g.e)
	}
}

func firstStart(e doc.Entity) int {
	if len(e.Mentions) == 0 {
		return -1
	}
	return e.Mentions[0].Start
}
