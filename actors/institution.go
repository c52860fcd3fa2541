package actors

import (
	"slices"
	"strings"
)

// Institution returns the organisation a bare name of a state institution
// stands for in a document whose main country is country ("Sąd Najwyższy"
// in an article about Pakistan, "МИД" in one about Russia): the only
// organisation of that country with a name or alias that is the bare name
// with its state named after it ("Sąd Najwyższy Pakistanu", "МИД России")
// or before it as a nationality word ("pakistański Sąd Najwyższy"); nil
// when there is none or several.
func (kb *KB) Institution(name, country string) *Actor {
	k := Key(name)
	if k == "" || country == "" {
		return nil
	}
	var found *Actor
	for _, a := range kb.genericNames()[k] {
		if a.Tenures[0].Country != country {
			continue
		}
		if found != nil && found != a {
			return nil
		}
		found = a
	}
	return found
}

// genericNames returns kb.generic, building it when needed: the
// organisations by the Key of each name or alias of theirs that is a
// generic name with a state before or after it.
func (kb *KB) genericNames() map[string][]*Actor {
	g := &kb.generic
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.m != nil {
		return g.m
	}
	g.m = map[string][]*Actor{}
	for _, a := range kb.Actors {
		if a.Kind != Org {
			continue
		}
		country := a.Tenures[0].Country
		for _, n := range append([]string{a.Canonical}, a.Aliases...) {
			words := strings.Fields(n)
			for i := 1; i < len(words); i++ {
				head, tail := strings.Join(words[:i], " "), strings.Join(words[i:], " ")
				var generic string
				switch {
				case kb.namesState(tail, country):
					generic = head
				case kb.namesState(head, country):
					generic = tail
				default:
					continue
				}
				k := Key(generic)
				if k != "" && !containsActor(g.m[k], a) {
					g.m[k] = append(g.m[k], a)
				}
			}
		}
	}
	return g.m
}

// namesState reports whether words name the state country, or are its
// nationality word: "Pakistanu", "России", "pakistański".
func (kb *KB) namesState(words, country string) bool {
	for _, m := range kb.lookup(words) {
		if (m.Actor.Kind == Country || m.Adjective) && m.Actor.Tenures[0].Country == country {
			return true
		}
	}
	return false
}

// InstitutionNamed returns the organisation a name made of a bare name of
// a state institution and a name of its state stands for, when the state
// is written in a form the organisation's aliases do not give: "МИД ФРГ"
// is Germany's foreign ministry, whose alias "МИД Германии" makes "МИД" a
// bare name (see Institution); the state after the bare name, or before
// it as a nationality word. nil when no split of the name gives exactly
// one organisation.
func (kb *KB) InstitutionNamed(name string) *Actor {
	words := strings.Fields(name)
	var found *Actor
	for i := 1; i < len(words); i++ {
		head, tail := strings.Join(words[:i], " "), strings.Join(words[i:], " ")
		for _, try := range [][2]string{{head, tail}, {tail, head}} {
			for _, c := range kb.statesNamed(try[1]) {
				a := kb.Institution(try[0], c)
				if a == nil {
					continue
				}
				if found != nil && found != a {
					return nil
				}
				found = a
			}
		}
	}
	return found
}

// statesNamed returns the states that words name, as a name of the state
// or its nationality word ("ФРГ", "RFN", "niemiecki").
func (kb *KB) statesNamed(words string) []string {
	var out []string
	for _, m := range kb.lookup(words) {
		if m.Actor.Kind == Country || m.Adjective {
			if c := m.Actor.Tenures[0].Country; !slices.Contains(out, c) {
				out = append(out, c)
			}
		}
	}
	return out
}
