package actors

import (
	"sort"
	"strings"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// Resolve links the entities of d to the embedded knowledge base (see
// KB.Resolve).
func Resolve(d *doc.Document, l *lang.Language) { Default().Resolve(d, l) }

// Resolve fills Canonical, Actor and Country of each entity of d that kb
// knows, by its base form, its mentions' base forms or their text, with
// the role held at the document's date. A nationality word gets its
// country. A one-word name of a person links to the person linked
// elsewhere in the document whose name it begins or ends, else, when
// several people of kb have that last name, to one of them by the
// document's date and the countries of its other entities (see Namesake). An entity kb does not
// know may still get a country and role from its own words ("MSZ
// Ukrainy", "armia rosyjska") or, for a person, from the description
// before a mention ("rzecznik Kremla Dmitrij Pieskow").
func (kb *KB) Resolve(d *doc.Document, l *lang.Language) {
	code := d.Lang
	if l != nil {
		code = l.Code
	}
	kb.findUserNames(d)
	// The person each entity is linked to, for one-word names that
	// follow (see namedInDocument).
	var people []*Actor
	// The countries the entities are linked to, for one-word names
	// several people share (see Namesake).
	countries := map[string]bool{}
	// The actor of each entity, for the roles of an undated document.
	linked := make([]*Actor, len(d.Entities))
	for i := range d.Entities {
		e := &d.Entities[i]
		if m, ok := kb.entityMatch(d, e, code); ok && !kb.otherPerson(e, m.Actor, code) {
			linked[i] = m.Actor
			if m.Actor.Kind == Person {
				people = append(people, m.Actor)
			}
			t := m.Actor.At(d.Date)
			countries[t.Country] = true
			kb.retypeUserName(e, m.Actor)
			if !kb.userActors[m.Actor] {
				retypeByKind(e, m.Actor, d.Date)
			}
			e.Country = t.Country
			if Stateless[e.Country] {
				e.Country = ""
			}
			e.Actor = t.Code()
			e.Canonical = m.Actor.Canonical
			if e.Type == "PRODUCT" && m.Actor.Kind == Org {
				if p := productOf(e, m.Actor); p != "" {
					e.Canonical = p // the pipeline, not its company
				}
			}
			if m.Adjective && e.Type == "NORP" {
				e.Canonical = m.Actor.Demonym
				e.Actor = t.Country
			}
		}
	}
	main := d.MainCountry()
	ix := &lazyIndex{d: d}
	for i := range d.Entities {
		e := &d.Entities[i]
		if e.Canonical != "" {
			continue
		}
		if c := kb.inhabitantNoun(d, e); c != "" {
			e.Country, e.Actor = c, c+"CVL"
			continue
		}
		if a := kb.institutionOf(d, e, main, ix); a != nil {
			linked[i] = a
			t := a.At(d.Date)
			e.Canonical, e.Country, e.Actor = a.Canonical, t.Country, t.Code()
			continue
		}
		a := kb.namedInDocument(e, people)
		if a == nil {
			a = kb.inOfficeNamesake(d, e, code, countries)
		}
		if a == nil && e.Type == "PERSON" {
			a = kb.soundAlike(e.Name)
		}
		if a != nil && kb.otherPerson(e, a, code) {
			a = nil
		}
		if a != nil {
			linked[i] = a
			people = append(people, a)
			t := a.At(d.Date)
			e.Canonical, e.Country, e.Actor = a.Canonical, t.Country, t.Code()
			continue
		}
		desc := kb.describeEntity(d, e, code, func(c string) bool { return countries[c] || c == main })
		if desc.Country == "" && desc.Role != "" && e.Type == "PERSON" {
			// "minister zdrowia", "gubernator stanu", "prezes spółki"
			// before an unknown person: an office of the country the
			// passage is about (passageCountry), else of the one the
			// article is about.
			desc.Country = passageCountry(d, e, linked, ix.get())
			if desc.Country == "" {
				desc.Country = main
			}
		}
		if desc.Country != "" {
			e.Country, e.Actor = desc.Country, desc.Code()
		}
	}
	if !validDate(d.Date) {
		undatedRoles(d, linked)
	}
	// Entities the base does not know keep a stable canonical name: their
	// base form in Latin script (LatinName), a person's name that the
	// language writes in a transcription of Cyrillic in its BGN/PCGN form,
	// a compound naming states their adjectives (CompoundName); other
	// nationality words none.
	for i := range d.Entities {
		e := &d.Entities[i]
		if e.Canonical != "" {
			continue
		}
		if e.Type == "NORP" {
			// "polsko-niemieckie", "Russian-Ukrainian": the states'
			// adjectives, the same in every language.
			e.Canonical = kb.CompoundName(e.Name, code)
			for _, mn := range e.Mentions {
				if e.Canonical == "" {
					e.Canonical = kb.CompoundName(mn.Lemma, code)
				}
			}
			continue
		}
		if e.Type == "PERSON" {
			e.Canonical = romanized(d.Lang, e.Name)
		}
		if e.Canonical == "" {
			e.Canonical = LatinName(e.Name)
		}
	}
}

// institutionOf finds the organisation an ORG entity kb does not know
// stands for, by its base form or its mentions' base forms, in a document
// whose main country is main (see Institution): the country a word beside
// its mentions names, when they name one ("polskiego MSZ" in an article
// about Germany), else main (when they name several, the event coder
// reads each mention's own word: "polskiego MSZ … rosyjskiego MSZ").
func (kb *KB) institutionOf(d *doc.Document, e *doc.Entity, main string, ix *lazyIndex) *Actor {
	if e.Type != "ORG" {
		return nil
	}
	// The state written in the name itself, in a form the base's aliases
	// do not give: "МИД ФРГ", "MSZ RFN".
	if a := kb.InstitutionNamed(e.Name); a != nil {
		return a
	}
	if cs := adjacentCountries(d, e, ix.get()); len(cs) == 1 {
		for c := range cs {
			main = c
		}
	}
	if main == "" {
		return nil
	}
	if a := kb.Institution(e.Name, main); a != nil {
		return a
	}
	for _, mn := range e.Mentions {
		if a := kb.Institution(mn.Lemma, main); a != nil {
			return a
		}
	}
	return nil
}

// namedInDocument finds the person a one-word name refers to among the
// people linked to the other entities of the document (see InContext).
func (kb *KB) namedInDocument(e *doc.Entity, people []*Actor) *Actor {
	if e.Type != "PERSON" {
		return nil
	}
	return kb.InContext(e.Name, people)
}

// inOfficeNamesake finds the person a one-word name of a PERSON entity
// refers to when several people of the base share it ("Blair"), by the
// document's date and the countries of its other entities (see Namesake);
// a common last name needs the evidence commonSurnameUnsupported asks
// for, a country of the document being none ("Unia Europejska" in a local
// article does not make its mayor a European commissioner).
func (kb *KB) inOfficeNamesake(d *doc.Document, e *doc.Entity, lang string, countries map[string]bool) *Actor {
	if e.Type != "PERSON" {
		return nil
	}
	date := d.Date
	if !validDate(date) {
		date = ""
	}
	names := []string{e.Name}
	for _, mn := range e.Mentions {
		names = append(names, mn.Lemma)
	}
	for _, mn := range e.Mentions {
		if mn.Start >= 0 && mn.End <= len(d.Text) && mn.Start < mn.End {
			names = append(names, d.Text[mn.Start:mn.End])
		}
	}
	for _, n := range names {
		if a := kb.Namesake(n, date, countries); a != nil {
			if kb.commonSurnameUnsupported(d, e, lang, n, Match{Actor: a}) {
				return nil
			}
			return a
		}
	}
	return nil
}

// InOffice returns the one person among those whose last name (or
// one-word alias) is the one-word name who holds a tenure at date (YYYY,
// YYYY-MM or YYYY-MM-DD, compared at its precision), trying the word's
// guessed base forms too; nil when the name is not a bare last name of
// people of the base, or none or several of them are in office then.
func (kb *KB) InOffice(name, date string) *Actor {
	if date == "" {
		return nil
	}
	return kb.Namesake(name, date, nil)
}

// Namesake picks among the people whose last name (or one-word alias) is
// the one-word name, trying the word's guessed base forms too, by the
// date of the document (YYYY, YYYY-MM or YYYY-MM-DD, compared at its
// precision; "" for none) and the countries its other entities are linked
// to: the only one of them both in office at the date and of one of those
// countries (a tenure's country); else the only one of those countries,
// whether in office or not (Tony Blair in an article about Britain in
// 2024, when Canada's Bill Blair was in office); else, when none is of
// those countries, the only one in office. Where several are in office
// (and of those countries, or none is), the only head of state or
// government among them is taken. It returns nil when the name is not a
// bare last name of people of the base, or when this leaves none or
// several.
func (kb *KB) Namesake(name, date string, countries map[string]bool) *Actor {
	name = strings.TrimSpace(name)
	if name == "" || strings.Contains(name, " ") {
		return nil
	}
	for _, f := range append([]string{name}, baseForms(name, 8, false)...) {
		cands := kb.last[Key(f)]
		if len(cands) == 0 {
			continue
		}
		var inOffice, local, both []*Actor
		for _, a := range cands {
			held := date != "" && a.heldAt(date)
			home := a.ofCountry(countries)
			if held {
				inOffice = append(inOffice, a)
			}
			if home {
				local = append(local, a)
			}
			if held && home {
				both = append(both, a)
			}
		}
		switch {
		case len(both) == 1:
			return both[0]
		case len(both) > 1:
			return onlyHead(both, date)
		case len(local) == 1:
			return local[0]
		case len(local) == 0 && len(inOffice) == 1:
			return inOffice[0]
		case len(local) == 0:
			return onlyHead(inOffice, date)
		}
		return nil
	}
	return nil
}

// onlyHead returns the only one of people who is a head of state or
// government at date ("Niinistö" in 2016: Sauli Niinistö, president, not
// Jussi Niinistö, defence minister), nil when none or several are.
func onlyHead(people []*Actor, date string) *Actor {
	var found *Actor
	for _, a := range people {
		for _, t := range a.Tenures {
			if headTitle(t.Title) && (&Actor{Tenures: []Tenure{t}}).heldAt(date) {
				if found != nil && found != a {
					return nil
				}
				found = a
				break
			}
		}
	}
	return found
}

// ofCountry reports whether a tenure of a is of one of countries.
func (a *Actor) ofCountry(countries map[string]bool) bool {
	for _, t := range a.Tenures {
		if countries[t.Country] {
			return true
		}
	}
	return false
}

// heldAt reports whether a tenure of a is in force at date, each bound
// compared at the lesser precision of the two dates: a tenure to 2007-06
// is held in "2007" and in "2007-06", not in "2007-07"; one to 2025 is
// held on 2025-03-10.
func (a *Actor) heldAt(date string) bool {
	for _, t := range a.Tenures {
		if (t.From == "" || cut(t.From, date) <= cut(date, t.From)) && (t.To == "" || cut(date, t.To) <= cut(t.To, date)) {
			return true
		}
	}
	return false
}

// cut shortens the date s to the precision of the date other when that is
// less.
func cut(s, other string) string {
	if len(s) > len(other) {
		return s[:len(other)]
	}
	return s
}

// InContext returns the person among linked whose name begins or ends with
// the one word name ("Kim" after "Kim Dzong Un", "Johnson" after "Boris
// Johnson"), trying the word's guessed base forms too; nil when none or
// several are.
func (kb *KB) InContext(name string, linked []*Actor) *Actor {
	if strings.Contains(strings.TrimSpace(name), " ") {
		return nil
	}
	keys := []string{Key(name)}
	for _, f := range baseForms(name, 8, false) {
		keys = append(keys, Key(f))
	}
	var found *Actor
	for _, a := range linked {
		if a.Kind != Person || a == found {
			continue
		}
		for _, w := range keys {
			if w != "" && edgeWord(a, w) {
				if found != nil {
					return nil
				}
				found = a
				break
			}
		}
	}
	return found
}

// edgeWord reports whether the first or last word of a name of a is w.
func edgeWord(a *Actor, w string) bool {
	for _, n := range append([]string{a.Canonical}, a.Aliases...) {
		f := strings.Fields(Key(n))
		if len(f) > 1 && (f[0] == w || f[len(f)-1] == w) {
			return true
		}
	}
	return false
}

// entityMatch finds the actor of an entity: the first name among its base
// form, its mentions' base forms and texts that names an actor of a kind the
// entity's type allows.
func (kb *KB) entityMatch(d *doc.Document, e *doc.Entity, lang string) (Match, bool) {
	// A name tried once and not matched fails again: the entity's type is
	// the same and the knowledge base does not change, so mentions that
	// repeat the name or the lemma are not looked up again.
	var failed []string
	try := func(name string) (Match, bool) {
		for _, f := range failed {
			if f == name {
				return Match{}, false
			}
		}
		ms := kb.Lookup(name)
		for i, m := range ms {
			if kb.surnameOfPerson(d, e, lang, name, m) || kb.commonSurnameUnsupported(d, e, lang, name, m) {
				continue
			}
			if fits(e.Type, m) || fullName(name, m) || kb.userNationality(e.Type, m) || placeReadAsPerson(d, e, ms, m) {
				return kb.namesakeAt(ms[i:], e.Type, name, d.Date), true
			}
		}
		// A nationality word that is also another name of its country
		// ("Somali", "Сомали" transliterated) is found as the country by
		// Lookup; a NORP entity wants the adjective.
		if a := kb.adj[Key(name)]; e.Type == "NORP" && a != nil {
			return Match{Actor: a, Adjective: true}, true
		}
		failed = append(failed, name)
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
	if f := strings.Fields(e.Name); len(f) > 1 && e.Type != "PERSON" {
		rest := strings.Join(f[1:], " ")
		// "Agencja KCNA", "agency Xinhua": a role word before a name. A
		// role word before a country ("МИД ФРГ", "rząd Francji") is that
		// country's body, not the country: describeEntity gives its
		// country and role.
		if kb.roleWord(lang, f[0]) {
			if m, ok := try(rest); ok && m.Actor.Kind != Country && m.Actor.Kind != Place {
				return m, true
			}
		}
		// "Amerykański Departament Skarbu": a nationality word before a
		// name of that country's institution.
		if c := kb.Adjective(f[0]); c != nil {
			if m, ok := try(rest); ok && m.Actor.Tenures[0].Country == c.Tenures[0].Country {
				return m, true
			}
		}
	}
	return Match{}, false
}

// LookupAt returns the actors a name alone stands for at date (YYYY,
// YYYY-MM or YYYY-MM-DD; "" for none), best first, as Resolve links an
// entity named so in a document of that date with no other entities:
// the names kb knows, the one in office first among people of one full
// name; else, for a bare last name several people share, the one Namesake
// picks by the date ("Blair" in 2005: Tony Blair).
func (kb *KB) LookupAt(name, date string) []Match {
	if !validDate(date) {
		date = ""
	}
	ms := kb.Lookup(name)
	if len(ms) > 0 {
		first := kb.namesakeAt(ms, "PERSON", name, date)
		out := []Match{first}
		for _, m := range ms {
			if m != first {
				out = append(out, m)
			}
		}
		return out
	}
	if a := kb.Namesake(name, date, nil); a != nil {
		return []Match{{Actor: a}}
	}
	return nil
}

// namesakeAt returns ms[0], or, when that is a person out of office at
// date, the first other person of ms, fitting an entity of type typ, who
// is in office then: people of one full name ("Andris Bērziņš", prime
// minister of Latvia 2000–2002, and another, president 2011–2015) are
// told apart by the date.
func (kb *KB) namesakeAt(ms []Match, typ, name, date string) Match {
	if m := ms[0]; m.Actor.Kind != Person || date == "" || !validDate(date) || m.Actor.heldAt(date) {
		return m
	}
	for _, m := range ms[1:] {
		if m.Actor.Kind == Person && (fits(typ, m) || fullName(name, m)) && m.Actor.heldAt(date) {
			return m
		}
	}
	return ms[0]
}

// roleWord reports whether w is a one-word role phrase of language lang.
func (kb *KB) roleWord(lang, w string) bool {
	k := Key(w)
	for _, p := range kb.roles[lang] {
		if p.n == 1 && p.key == k {
			return true
		}
	}
	return false
}

// fits reports whether an entity of type typ may be the actor m: people
// are people, nationality words are nationalities, and places and
// organisations are countries, places or organisations, which recognizers
// and writers use for one another ("Kreml postanowił").
func fits(typ string, m Match) bool {
	switch typ {
	case "PERSON":
		// Companies and agencies are often read as people ("Facebooka").
		return (m.Actor.Kind == Person || m.Actor.Kind == Org) && !m.Adjective
	case "NORP":
		return m.Adjective
	case "GPE":
		// A place named like a nationality word is its country: "Polski"
		// is the genitive of "Polska" and the adjective "polski".
		return m.Actor.Kind != Person
	}
	return m.Actor.Kind != Person && !m.Adjective
}

// placeReadAsPerson reports whether m, found for a PERSON entity, is a
// state or a capital that the recognizer read as a person: the entity is
// named by one word in every mention, in a case form at least once
// ("Katarowi", "Kubę"), which names no person of the base (ms, all that
// the name finds, holds none). A name only in its base form stays a
// person's: several states are also given names ("Dominika, masażystka,
// 30 lat", "Kuba", "Jordan"). retypeByKind then makes it a place.
func placeReadAsPerson(d *doc.Document, e *doc.Entity, ms []Match, m Match) bool {
	if e.Type != "PERSON" || m.Adjective || !(m.Actor.Kind == Country || m.Actor.Capital()) {
		return false
	}
	for _, o := range ms {
		if o.Actor.Kind == Person {
			return false
		}
	}
	inflected := false
	for _, mn := range e.Mentions {
		if strings.Contains(strings.TrimSpace(mn.Lemma), " ") {
			return false
		}
		if mn.Start >= 0 && mn.End <= len(d.Text) && mn.Start < mn.End && d.Text[mn.Start:mn.End] != e.Name {
			inflected = true
		}
	}
	return inflected && !strings.Contains(strings.TrimSpace(e.Name), " ")
}

// surnameOfPerson reports whether name, one word, is only the surname of
// e, a person named by several words (its last word, perhaps inflected),
// and m is not a person: after "Doug
// Ford, Ontario's premier," the document's "Ford's" is him, not the car
// maker the base knows as "Ford". A company read as a person ("Facebooka")
// is named by one word in every mention; a word before the last that the
// base knows ("Wintershall Maria Mehren", a company run into a name) says
// nothing of a given name, as in otherPerson. The person must be
// described by an office, before a mention or in apposition
// (describeEntity): two capitalised words alone may be a company's name
// the recognizer read as a person's.
func (kb *KB) surnameOfPerson(d *doc.Document, e *doc.Entity, lang, name string, m Match) bool {
	words := strings.Fields(e.Name)
	if e.Type != "PERSON" || m.Actor.Kind == Person || len(words) < 2 || strings.Contains(Key(name), " ") ||
		!strings.HasPrefix(Key(name), Key(words[len(words)-1])) {
		return false
	}
	for _, w := range words[:len(words)-1] {
		if len(kb.Lookup(w)) > 0 {
			return false
		}
	}
	return kb.describeEntity(d, e, lang, nil).Role != ""
}

// fullName reports whether name is a person's name of several words: such a
// name links an entity the recognizer typed as an organisation or a place
// too ("Kim Dzong Unem" read as ORG).
func fullName(name string, m Match) bool {
	return m.Actor.Kind == Person && strings.Contains(Key(name), " ")
}

// describeEntity reads a country and role from the words of an entity kb
// does not know: its own words for an organisation, the words before its
// first mention for a person.
//
// A first-level division of a state in an organisation's name ("Komenda",
// a Slovenian municipality, in "Komendy Wojewódzkiej Policji w Radomiu")
// gives its country only when division(country) holds: a country the
// document names, or the one it is about.
func (kb *KB) describeEntity(d *doc.Document, e *doc.Entity, lang string, division func(string) bool) Description {
	switch e.Type {
	case "ORG", "PERSON":
	case "GPE":
		// a person the recognizer took for a place before a state's name
		// ("Peter Halvorsen, Finland's former prime minister," reads like
		// "Tampere, Finland"): an apposition with a state and a role
		if desc := kb.describeApposition(d, e, lang, true); desc.Country != "" && desc.Role != "" {
			return desc
		}
		return Description{}
	default:
		return Description{}
	}
	var roleOnly Description
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
		var desc Description
		if e.Type == "ORG" {
			desc = kb.describe(lang, words, division)
		} else {
			desc = kb.Describe(lang, words)
		}
		if desc.Country != "" {
			return desc
		}
		if roleOnly.Role == "" && e.Type == "PERSON" {
			roleOnly = desc // a title without a country: "minister zdrowia"
		}
	}
	if e.Type == "PERSON" {
		// the description in apposition after the name: "Sali Berisha,
		// Albania's former prime minister," (apposition.go)
		if desc := kb.describeApposition(d, e, lang, false); desc.Country != "" || roleOnly.Role == "" && desc.Role != "" {
			return desc
		}
	}
	return roleOnly
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

// nominal are the parts of speech of a description before a name
// ("rzecznik Kremla", "North Korean official"); "" for a word the analyzer
// did not tag.
var nominal = map[string]bool{"NOUN": true, "ADJ": true, "PROPN": true, "": true}

// tokensBefore returns up to n nouns and adjectives right before span s in
// its sentence.
func tokensBefore(d *doc.Document, s doc.Span, n int) []doc.Token {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= s.Start })
	first := 0
	k := sort.Search(len(d.Sentences), func(k int) bool { return d.Sentences[k].End > s.Start })
	if k < len(d.Sentences) && d.Sentences[k].FirstToken <= i {
		first = d.Sentences[k].FirstToken
	}
	j := i
	for j > first && i-j < n && d.Tokens[j-1].Kind == doc.Word && nominal[d.Tokens[j-1].UPOS] {
		j--
	}
	return d.Tokens[j:i]
}

// inhabitantNoun returns the country of a PERSON entity that is a lone
// inhabitant noun ("policja zatrzymała Libijczyka", "Jemenka"): every
// mention is one capitalized word, its text or base form a nationality
// word of one state. The entity is a person of that country, a civilian
// as far as the words tell. "" otherwise, also when a name stands beside
// the noun (a mention of more than one word).
func (kb *KB) inhabitantNoun(d *doc.Document, e *doc.Entity) string {
	if e.Type != "PERSON" || len(e.Mentions) == 0 {
		return ""
	}
	country := ""
	for _, mn := range e.Mentions {
		if mn.Start < 0 || mn.End > len(d.Text) || mn.Start >= mn.End {
			return ""
		}
		text := d.Text[mn.Start:mn.End]
		if strings.ContainsAny(text, " -") || strings.ToLower(text) == text {
			return ""
		}
		a := kb.adj[Key(mn.Lemma)]
		if a == nil {
			a = kb.adj[Key(text)]
		}
		if a == nil || a.Kind != Country {
			return ""
		}
		c := a.Tenures[0].Country
		if country != "" && c != country {
			return ""
		}
		country = c
	}
	return country
}
