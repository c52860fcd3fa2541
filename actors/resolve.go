package actors

import (
	"sort"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// Resolve links the entities of d to the embedded knowledge base (see
// KB.Resolve).
func Resolve(d *doc.Document, l *lang.Language) { Default().Resolve(d, l) }

// Resolve fills Canonical, Actor and Country of each entity of d that kb
// knows, by its base form, its mentions' base forms or their text, with
// the role held at the document's date. A nationality word gets its
// country. An entity kb does not know may still get a country and role from
// its own words ("MSZ Ukrainy", "armia rosyjska") or, for a person, from the
// description before a mention ("rzecznik Kremla Dmitrij Pieskow").
func (kb *KB) Resolve(d *doc.Document, l *lang.Language) {
	code := d.Lang
	if l != nil {
		code = l.Code
	}
	for i := range d.Entities {
		e := &d.Entities[i]
		if m, ok := kb.entityMatch(d, e); ok {
			t := m.Actor.At(d.Date)
			e.Country = t.Country
			e.Actor = t.Code()
			e.Canonical = m.Actor.Canonical
			if m.Adjective {
				e.Canonical = m.Actor.Demonym
				e.Actor = t.Country
			}
			continue
		}
		if desc := kb.describeEntity(d, e, code); desc.Country != "" {
			e.Country, e.Actor = desc.Country, desc.Code()
		}
	}
}

// entityMatch finds the actor of an entity: the first name among its base
// form, its mentions' base forms and texts that names an actor of a kind the
// entity's type allows.
func (kb *KB) entityMatch(d *doc.Document, e *doc.Entity) (Match, bool) {
	try := func(name string) (Match, bool) {
		for _, m := range kb.Lookup(name) {
			if fits(e.Type, m) {
				return m, true
			}
		}
		return Match{}, false
	}
	if m, ok := try(e.Name); ok {
		return m, true
	}
	for _, mn := range e.Mentions {
		if m, ok := try(mn.Lemma); ok {
			return m, true
		}
	}
	for _, mn := range e.Mentions {
		if mn.Start >= 0 && mn.End <= len(d.Text) && mn.Start < mn.End {
			if m, ok := try(d.Text[mn.Start:mn.End]); ok {
				return m, true
			}
		}
	}
	return Match{}, false
}

// fits reports whether an entity of type typ may be the actor m: people
// are people, nationality words are nationalities, and places and
// organisations are countries, places or organisations, which recognizers
// and writers use for one another ("Kreml postanowił").
func fits(typ string, m Match) bool {
	switch typ {
	case "PERSON":
		return m.Actor.Kind == Person && !m.Adjective
	case "NORP":
		return m.Adjective
	}
	return m.Actor.Kind != Person && !m.Adjective
}

// describeEntity reads a country and role from the words of an entity kb
// does not know: its own words for an organisation, the words before its
// first mention for a person.
func (kb *KB) describeEntity(d *doc.Document, e *doc.Entity, lang string) Description {
	switch e.Type {
	case "ORG", "PERSON":
	default:
		return Description{}
	}
	for _, mn := range e.Mentions {
		var toks []doc.Token
		if e.Type == "ORG" {
			toks = tokensIn(d, mn.Span)
		} else {
			toks = tokensBefore(d, mn.Span, 4)
		}
		if len(toks) == 0 {
			continue
		}
		words := make([]string, 0, len(toks))
		for _, t := range toks {
			w := t.Lemma
			if w == "" {
				w = d.Text[t.Start:t.End]
			}
			words = append(words, w)
		}
		if desc := kb.Describe(lang, words); desc.Country != "" {
			return desc
		}
	}
	return Description{}
}

// tokensIn returns the tokens of d inside span s.
func tokensIn(d *doc.Document, s doc.Span) []doc.Token {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= s.Start })
	j := i
	for j < len(d.Tokens) && d.Tokens[j].End <= s.End {
		j++
	}
	return d.Tokens[i:j]
}

// tokensBefore returns up to n word tokens right before span s in its
// sentence, stopping at punctuation.
func tokensBefore(d *doc.Document, s doc.Span, n int) []doc.Token {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= s.Start })
	first := 0
	k := sort.Search(len(d.Sentences), func(k int) bool { return d.Sentences[k].End > s.Start })
	if k < len(d.Sentences) && d.Sentences[k].FirstToken <= i {
		first = d.Sentences[k].FirstToken
	}
	j := i
	for j > first && i-j < n && d.Tokens[j-1].Kind == doc.Word {
		j--
	}
	return d.Tokens[j:i]
}
