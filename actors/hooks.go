package actors

import "github.com/kronika/kronika/lang"

// The languages cannot import this package (it asks them for base forms
// through lang's registry); they ask the embedded base about names
// through hooks of package lang, set here.
func init() {
	lang.ActorName = func(name string) lang.ActorKind { return Default().nameKind(name) }
	lang.KnownLastName = func(name string) bool { return Default().LastName(name) }
	lang.KnownNationality = func(name string) bool { return Default().Adjective(name) != nil }
}

// nameKind is what kb's first entry for name is (lang.ActorName).
func (kb *KB) nameKind(name string) lang.ActorKind {
	ms := kb.Lookup(name)
	switch {
	case len(ms) == 0:
		return lang.ActorUnknown
	case ms[0].Adjective:
		return lang.ActorNationality
	}
	switch ms[0].Actor.Kind {
	case Country:
		return lang.ActorCountry
	case Place:
		return lang.ActorPlace
	case Person:
		return lang.ActorPerson
	case Org:
		return lang.ActorOrg
	}
	return lang.ActorUnknown
}
