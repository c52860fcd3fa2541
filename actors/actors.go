// Package actors is Kronika's actor knowledge base: countries, capitals and
// seats of power, people with dated roles, and organisations, each with a
// canonical English name, a country or group code, a role and its aliases in
// Polish, English and Russian. It links a document's entities to actors
// (Resolve) and reads PETRARCH/TABARI dictionaries (ImportPETRARCH).
package actors

import (
	"strings"
	"sync"
)

// Kind says what an actor is.
type Kind uint8

const (
	Country Kind = iota // a state
	Place               // a capital or seat of power standing for its state
	Person
	Org
)

var kindNames = [...]string{"country", "place", "person", "org"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// Tenure is one role an actor holds, from From to To (YYYY, YYYY-MM or
// YYYY-MM-DD; "" means open).
type Tenure struct {
	Country string // ISO 3166-1 alpha-3 or group code (UNO, NATO, EUR, ...)
	Role    string // role codes, e.g. "GOV" or "GOVMIL"; "" for a state itself
	From    string
	To      string
	Title   string // e.g. "president"
	// Written is the code as a user's PETRARCH/TABARI file wrote it when
	// country and role do not spell it ("IGOEEU", "HOBCIV", "PSEREBHMS":
	// a group prefix, a role code Kronika does not list); "" otherwise.
	Written string
}

// Code is the actor code of the tenure: country and role, e.g. "RUSGOV",
// or the code as the user's file wrote it (Written).
func (t Tenure) Code() string {
	if t.Written != "" {
		return t.Written
	}
	return t.Country + t.Role
}

// Actor is one entry of the knowledge base.
type Actor struct {
	Canonical string // English name
	// Qualifier tells apart people of one full name ("born 1951"): the
	// data file writes it in brackets after the name, and it is not part
	// of the canonical name (see ID).
	Qualifier string
	Kind      Kind
	// Demonym is, for a country, its English adjective ("Russian"): the
	// canonical name of a nationality word.
	Demonym string
	Aliases []string
	Tenures []Tenure // at least one
	Source  string   // file:line that defined it
}

// ID returns the name that identifies a in its data file: the canonical
// name with its qualifier, if any ("Andris Bērziņš (born 1951)").
func (a *Actor) ID() string {
	if a.Qualifier == "" {
		return a.Canonical
	}
	return a.Canonical + " (" + a.Qualifier + ")"
}

// Capital reports whether a is a state's capital (a place of
// places.tsv titled "capital").
func (a *Actor) Capital() bool {
	return a.Kind == Place && len(a.Tenures) > 0 && a.Tenures[0].Title == "capital"
}

// At returns the tenure in force on date (YYYY, YYYY-MM or YYYY-MM-DD).
// When none is, or date is "", it returns the most recent tenure that
// began before date (the latest of all for ""), else the earliest one;
// of tenures that begin on one day, the one listed first.
func (a *Actor) At(date string) Tenure {
	if len(a.Tenures) == 1 {
		return a.Tenures[0]
	}
	d := ""
	if date != "" {
		d = padDate(date, "-07-01", "-15")
	}
	best := -1
	for i, t := range a.Tenures {
		from, to := padDate(t.From, "-01-01", "-01"), padDate(t.To, "-12-31", "-28")
		if d != "" && from <= d && (t.To == "" || d <= to) {
			return t
		}
		if d == "" || from <= d {
			if best < 0 || from > padDate(a.Tenures[best].From, "-01-01", "-01") {
				best = i
			}
		}
	}
	if best < 0 {
		best = 0
		for i, t := range a.Tenures {
			if padDate(t.From, "-01-01", "-01") < padDate(a.Tenures[best].From, "-01-01", "-01") {
				best = i
			}
		}
	}
	return a.Tenures[best]
}

// padDate completes a date to YYYY-MM-DD, with year for a missing month
// and day and day for a missing day.
func padDate(s, year, day string) string {
	switch len(s) {
	case 4:
		return s + year
	case 7:
		return s + day
	}
	return s
}

// Match is an actor found for a name.
type Match struct {
	Actor *Actor
	// Adjective is true when the name is a nationality word ("rosyjski",
	// "Russian") of the country Actor.
	Adjective bool
}

// KB is an actor knowledge base with its lookup tables. Build one with
// Parse or use Default; a KB is read-only once built and safe for
// concurrent use.
type KB struct {
	Actors []*Actor
	names  map[string][]*Actor // Key of a full name or alias
	last   map[string][]*Actor // Key of a person's last name, for lookup alone
	// surname holds the last words of all multi-word names of people,
	// for names written with an initial.
	surname map[string][]*Actor
	adj     map[string]*Actor // Key of a nationality word → country
	// common holds the Keys of common last names (common-surnames*.tsv):
	// alone, they link a person only with evidence (commonSurnameUnsupported).
	common map[string]bool
	code   map[string]*Actor // country code → country
	roles  map[string][]rolePhrase
	// lookups holds Lookup's answers by name, emptied whenever the
	// tables it reads change.
	lookups lookupCache
	// user is set once a user's file is being added (AddUserFile): names
	// are then indexed before the base's.
	user bool
	// canon holds the actors of the base by the Key of their ID, for
	// user files that extend them; built by the first user file.
	canon map[string][]*Actor
	// generic holds the organisations by the generic part of their
	// names (see Institution), built on first use.
	generic genericIndex
	// sounds holds the people by the sound key of each name of theirs in
	// Latin letters (see soundAlike), built on first use.
	sounds soundIndex
	// userNames holds the names of the actors of a user's PETRARCH/TABARI
	// files by the Key of their first word, for findUserNames.
	userNames map[string][]userName
	// userActors holds the actors userNames names.
	userActors map[*Actor]bool
}

// genericIndex is KB.generic: emptied whenever a name is indexed.
type genericIndex struct {
	mu sync.Mutex
	m  map[string][]*Actor
}

// lookupCache caches Lookup: the same names are looked up for every
// mention of every entity, and the answer depends only on the name and the
// tables, which stay as they are once the base is built.
type lookupCache struct {
	mu sync.Mutex
	m  map[string][]Match
}

const lookupCacheSize = 1 << 16

// forget empties the cache; the tables Lookup reads are changing.
func (c *lookupCache) forget() {
	c.mu.Lock()
	if len(c.m) > 0 {
		// A new map, not clear: clearing costs the map's capacity, and
		// indexing forgets once per name.
		c.m = make(map[string][]Match)
	}
	c.mu.Unlock()
}

func newKB() *KB {
	return &KB{
		names:   map[string][]*Actor{},
		last:    map[string][]*Actor{},
		surname: map[string][]*Actor{},
		adj:     map[string]*Actor{},
		code:    map[string]*Actor{},
		roles:   map[string][]rolePhrase{},
		common:  map[string]bool{},
	}
}

// Add puts an actor into kb under its canonical name and aliases. A person
// is also found by a last name no other person in kb has; a one-word alias
// of a person counts as such a last name ("Clinton" names nobody alone).
func (kb *KB) Add(a *Actor) {
	kb.Actors = append(kb.Actors, a)
	for _, n := range append([]string{a.Canonical}, a.Aliases...) {
		kb.index(a, n)
	}
	if a.Kind == Country {
		kb.code[a.Tenures[0].Country] = a
	}
}

func containsActor(as []*Actor, a *Actor) bool {
	for _, b := range as {
		if b == a {
			return true
		}
	}
	return false
}

// Country returns the country of code, or nil.
func (kb *KB) Country(code string) *Actor { return kb.code[code] }

// Lookup finds the actors named name (any spelling the base lists, in any of
// its languages, up to Key): full names and aliases first, then the last
// name of exactly one person, then nationality words; for a name in
// Cyrillic, the same for the base forms its case endings suggest, and for
// a name in Latin letters, the same with a Polish case ending dropped from
// its words ("Kim Dzong Unem", "Trumpa"), which names the recognizer did
// not let the lemmatizer see need. A last name in Cyrillic gives way to
// a full name its guessed base form is ("России" is Russia, not Rossi). A
// last name several people share names nobody here: Resolve picks among
// them by the document (see Namesake).
func (kb *KB) Lookup(name string) []Match {
	c := &kb.lookups
	c.mu.Lock()
	ms, ok := c.m[name]
	c.mu.Unlock()
	if !ok {
		ms = kb.lookup(name)
		c.mu.Lock()
		if c.m == nil || len(c.m) >= lookupCacheSize {
			c.m = map[string][]Match{}
		}
		c.m[strings.Clone(name)] = ms
		c.mu.Unlock()
	}
	if ms == nil {
		return nil
	}
	// Callers own the slice they get.
	out := make([]Match, len(ms))
	copy(out, ms)
	return out
}

// lookup computes Lookup.
func (kb *KB) lookup(name string) []Match {
	k := Key(name)
	if k == "" {
		return nil
	}
	ms := kb.lookupKey(k)
	if ms != nil && !kb.bareLast(k, ms) {
		return ms
	}
	if ms != nil {
		// A bare last name gives way to a full name its case ending
		// hides, in the languages where that happens: "России" is
		// Russia's genitive before it is "Росси" (Rossi), whose key it
		// shares.
		for _, f := range baseForms(name, 32, true) {
			if as := kb.names[Key(f)]; len(as) > 0 {
				return kb.lookupKey(Key(f))
			}
		}
		return ms
	}
	for _, f := range baseForms(name, 32, false) {
		if ms := kb.lookupKey(Key(f)); ms != nil {
			return ms
		}
	}
	return kb.initialed(name)
}

// initialed finds a person written with an initial ("T. May", "Д.Дэвис"):
// the one person of that last name with a name of that initial.
func (kb *KB) initialed(name string) []Match {
	f := strings.Fields(Key(name))
	if len(f) != 2 || len(f[0]) > 2 || len(f[1]) < 3 {
		return nil
	}
	var found *Actor
	for _, last := range append([]string{name[strings.LastIndexAny(name, ". ")+1:]}, baseForms(name, 8, false)...) {
		lf := strings.Fields(Key(last))
		if len(lf) == 0 {
			continue
		}
		for _, a := range kb.surname[lf[len(lf)-1]] {
			for _, n := range append([]string{a.Canonical}, a.Aliases...) {
				nf := strings.Fields(Key(n))
				if len(nf) > 1 && strings.HasPrefix(nf[0], f[0]) && nf[len(nf)-1] == lf[len(lf)-1] {
					if found != nil && found != a {
						return nil
					}
					found = a
					break
				}
			}
		}
		if found != nil {
			return []Match{{Actor: found}}
		}
	}
	return nil
}

// bareLast reports whether ms, found for the key k, is a person found by
// a last name alone.
func (kb *KB) bareLast(k string, ms []Match) bool {
	return len(ms) == 1 && len(kb.names[k]) == 0 && !ms[0].Adjective && ms[0].Actor.Kind == Person
}

// lookupKey is Lookup of a base form without further guessing.
func (kb *KB) lookupKey(k string) []Match {
	if as := kb.names[k]; len(as) > 0 {
		out := make([]Match, len(as))
		for i, a := range as {
			out[i] = Match{Actor: a}
		}
		return out
	}
	// kb.last holds single words as written; a key with a space there is
	// a hyphenated family name ("alliot marie").
	if as := kb.last[k]; len(as) == 1 {
		return []Match{{Actor: as[0]}}
	}
	if a := kb.adj[k]; a != nil {
		return []Match{{Actor: a, Adjective: true}}
	}
	return nil
}

// Adjective returns the country whose nationality word name is
// ("północnokoreański", "Russian", "Rosjanin"), or nil.
func (kb *KB) Adjective(name string) *Actor {
	for _, m := range kb.Lookup(name) {
		if m.Adjective {
			return m.Actor
		}
	}
	return nil
}

// Len returns the number of actors of each kind.
func (kb *KB) Len() map[Kind]int {
	n := map[Kind]int{}
	for _, a := range kb.Actors {
		n[a.Kind]++
	}
	return n
}

// LastName reports whether name (one word) is the last name of at least
// one person of kb, or a one-word name of a person, however many people
// share it. Recognisers use it to tell a surname that starts a sentence
// ("Putin said ...") from an ordinary capitalised word; it does not say
// which person is meant.
func (kb *KB) LastName(name string) bool {
	k := Key(name)
	if k == "" || strings.Contains(k, " ") {
		return false
	}
	return len(kb.last[k]) > 0
}
