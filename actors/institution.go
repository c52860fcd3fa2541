package actors

import "strings"

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
