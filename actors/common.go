package actors

import (
	"fmt"
	"strings"

	"github.com/kronika/kronika/doc"
)

// commonLine reads a line of a common-surnames*.tsv file: a last name
// (see data/common-surnames.tsv).
func (kb *KB) commonLine(where string, f []string) error {
	k := Key(f[0])
	if k == "" || strings.Contains(k, " ") {
		return fmt.Errorf("%q: want one word", f[0])
	}
	kb.lookups.forget()
	kb.common[k] = true
	return nil
}

// commonSurnameUnsupported reports whether name, one word, finds the person
// m only as a common last name (data/common-surnames.tsv) that nothing in
// d ties to that person: a local mayor "Wojciechowski" is not the European
// commissioner Janusz Wojciechowski. Evidence is the person's full name in
// the document (another entity, or a mention of e, of several words that
// names the person), a title before a mention or in apposition whose role
// fits one of the person's offices (describeEntity; a role of no country
// must be the office's own, "burmistrz" GOV is no commissioner's GOVAGR),
// or the document's date within one of the person's offices.
func (kb *KB) commonSurnameUnsupported(d *doc.Document, e *doc.Entity, lang, name string, m Match) bool {
	a := m.Actor
	k := Key(name)
	if a.Kind != Person || m.Adjective || k == "" || strings.Contains(k, " ") || !kb.common[lastWordKey(a.Canonical)] {
		return false
	}
	for _, n := range append([]string{a.Canonical}, a.Aliases...) {
		if Key(n) == k {
			return false // a one-word name of the person, not a bare last name
		}
	}
	if validDate(d.Date) && a.heldAt(d.Date) {
		return false
	}
	names := func(n string) bool {
		if !strings.Contains(strings.TrimSpace(n), " ") {
			return false
		}
		for _, o := range kb.Lookup(n) {
			if o.Actor == a {
				return true
			}
		}
		return false
	}
	for _, mn := range e.Mentions {
		if names(mn.Lemma) {
			return false
		}
	}
	for i := range d.Entities {
		if o := &d.Entities[i]; o != e && names(o.Name) {
			return false
		}
	}
	desc := kb.describeEntity(d, e, lang, nil)
	return !roleFits(desc, a)
}

// roleFits reports whether the description desc, read before or beside a
// mention, fits an office of a: the same role with the same country or
// none, or a broader role ("minister" GOV) with the office's country.
func roleFits(desc Description, a *Actor) bool {
	if desc.Role == "" {
		return false
	}
	for _, t := range a.Tenures {
		switch {
		case desc.Role == t.Role && (desc.Country == "" || desc.Country == t.Country):
			return true
		case strings.HasPrefix(t.Role, desc.Role) && desc.Country == t.Country:
			return true
		}
	}
	return false
}

// lastWordKey returns the Key of the last word of name.
func lastWordKey(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return ""
	}
	return Key(f[len(f)-1])
}
