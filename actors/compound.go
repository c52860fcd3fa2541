package actors

import (
	"strings"

	"github.com/kronika/kronika/lang"
)

// Compound returns the states that a compound of nationality words or
// names of states joined by hyphens names, one per part in text order:
// "polsko-niemiecki", "Russian-Ukrainian", "US-China", "российско-
// украинский", "Sino-Russian". A part before the last may be a combining
// form of the language code (lang.Language.CombiningForms: "polsko" →
// "polski", "российско" → "российский", "Sino" → "Chinese"); the last is
// a nationality word or a name of a state in any form the base finds. Nil
// unless every part names one state and the states differ (not "Bosnia-
// Herzegovina", "Guinea-Bissau", "Baden-Württemberg").
func (kb *KB) Compound(name, code string) []*Actor {
	as, _ := kb.CompoundOf(name, code)
	return as
}

// CompoundOf is Compound, and tells whether every part is a name of its
// state rather than a nationality word ("USA-Rosja", "US-China": names,
// each a mention of its state; "polsko-niemiecki", "Sino-Russian": not).
func (kb *KB) CompoundOf(name, code string) (states []*Actor, names bool) {
	parts := strings.Split(name, "-")
	if len(parts) < 2 || len(parts) > 3 {
		return nil, false
	}
	l := lang.Get(code)
	out := make([]*Actor, 0, len(parts))
	names = true
	for i, p := range parts {
		// "Polsko - bułgarski": a hyphen spaced as NKJP's texts do
		a, name := kb.statePart(strings.TrimSpace(p), l, i < len(parts)-1)
		if a == nil {
			return nil, false
		}
		names = names && name
		for _, b := range out {
			if b == a {
				return nil, false
			}
		}
		out = append(out, a)
	}
	return out, names
}

// CompoundName is the canonical name of a compound that names states
// (Compound): their English adjectives joined by hyphens in the order
// written ("Polish-German"), the same in every language; "" when the name
// is no such compound.
func (kb *KB) CompoundName(name, code string) string {
	as := kb.Compound(name, code)
	if as == nil {
		return ""
	}
	ws := make([]string, len(as))
	for i, a := range as {
		if a.Demonym == "" {
			return ""
		}
		ws[i] = a.Demonym
	}
	return strings.Join(ws, "-")
}

// statePart is the state one part of a compound names, nil when it names
// none or several; name tells whether the part is a name of the state
// rather than a nationality word or its combining form.
func (kb *KB) statePart(p string, l *lang.Language, first bool) (a *Actor, name bool) {
	if len(p) < 2 {
		return nil, false
	}
	if first && l != nil && l.CombiningForms != nil {
		for _, f := range l.CombiningForms(p) {
			if a := kb.adj[Key(f)]; a != nil {
				return a, false
			}
		}
	}
	if a := kb.adj[Key(p)]; a != nil {
		return a, false
	}
	var found *Actor
	for _, m := range kb.Lookup(p) {
		if m.Actor.Kind != Country || found != nil && found != m.Actor {
			return nil, false
		}
		found = m.Actor
	}
	return found, found != nil
}

// StatePart reports whether a word names a state as the first part of a
// compound (Compound) in the language code: "polsko", "Sino", "US".
func (kb *KB) StatePart(part, code string) bool {
	a, _ := kb.statePart(part, lang.Get(code), true)
	return a != nil
}
