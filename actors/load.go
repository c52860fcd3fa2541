package actors

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:embed data/*.tsv
var dataFS embed.FS

var (
	defaultOnce sync.Once
	defaultKB   *KB
)

// withoutMisses leaves the *-misses.tsv files out of Default.
var withoutMisses bool

// MissesSuffix ends the names of the data files whose entries were taken
// from an evaluation's misses (held-out protocol, eval/README.md).
const MissesSuffix = "-misses.tsv"

// WithoutMisses makes Default leave out the entries taken from evaluation
// misses (data/*-misses.tsv), so that figures can be reported without
// them. It must be called before Default's first use.
func WithoutMisses() { withoutMisses = true }

// Default returns the knowledge base embedded in the binary, loaded on
// first use. The embedded files are checked by the package's tests, so an
// error in them is a programming error and panics.
func Default() *KB {
	defaultOnce.Do(func() {
		var fsys fs.FS = dataFS
		if withoutMisses {
			fsys = skipMisses{dataFS}
		}
		kb, err := Load(fsys, "data")
		if err != nil {
			panic(err)
		}
		defaultKB = kb
	})
	return defaultKB
}

// skipMisses hides the *-misses.tsv files of an FS from Glob.
type skipMisses struct{ fs.FS }

func (s skipMisses) Glob(pattern string) ([]string, error) {
	names, err := fs.Glob(s.FS, pattern)
	out := names[:0]
	for _, n := range names {
		if !strings.HasSuffix(n, MissesSuffix) {
			out = append(out, n)
		}
	}
	return out, err
}

// Load reads every *.tsv file of dir in fsys into a new knowledge base,
// countries first (see data/README.md for the formats). Errors name the
// file and line.
func Load(fsys fs.FS, dir string) (*KB, error) {
	names, err := fs.Glob(fsys, path.Join(dir, "*.tsv"))
	if err != nil {
		return nil, err
	}
	order := func(n string) int {
		switch base := path.Base(n); {
		case strings.HasPrefix(base, "countries"):
			return 0
		case strings.HasPrefix(base, "roles"):
			return 2
		}
		return 1
	}
	sort.SliceStable(names, func(i, j int) bool { return order(names[i]) < order(names[j]) })
	kb := newKB()
	for _, n := range names {
		data, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, err
		}
		if err := kb.AddFile("actors/"+n, data); err != nil {
			return nil, err
		}
	}
	return kb, nil
}

// AddFile adds the entries of one data file to kb. The file's name says
// its format: countries*.tsv, roles*.tsv, common-surnames*.tsv, or, for people*.tsv, orgs*.tsv
// and places*.tsv, the actor format. Errors name the file and line.
func (kb *KB) AddFile(name string, data []byte) error {
	base := path.Base(name)
	switch {
	case strings.HasPrefix(base, "countries"):
		return eachLine(name, data, 4, 5, kb.countryLine)
	case strings.HasPrefix(base, "roles"):
		return eachLine(name, data, 3, 4, kb.roleLine)
	case strings.HasPrefix(base, "people"):
		return kb.actorFile(name, data, Person)
	case strings.HasPrefix(base, "orgs"):
		return kb.actorFile(name, data, Org)
	case strings.HasPrefix(base, "places"):
		return kb.actorFile(name, data, Place)
	case strings.HasPrefix(base, "common-surnames"):
		return eachLine(name, data, 1, 1, kb.commonLine)
	}
	return fmt.Errorf("%s: unknown kind of file (want countries, people, orgs, places, roles or common-surnames*.tsv)", name)
}

// eachLine calls f with the tab-separated fields of each line that is
// not blank or a comment ("#" first), checking the number of fields.
func eachLine(name string, data []byte, minFields, maxFields int, f func(where string, fields []string) error) error {
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		where := name + ":" + strconv.Itoa(i+1)
		fields := strings.Split(line, "\t")
		for len(fields) > minFields && strings.TrimSpace(fields[len(fields)-1]) == "" {
			fields = fields[:len(fields)-1]
		}
		if len(fields) < minFields || len(fields) > maxFields {
			return fmt.Errorf("%s: %d fields, want %d to %d", where, len(fields), minFields, maxFields)
		}
		for k := range fields {
			fields[k] = strings.TrimSpace(fields[k])
		}
		if err := f(where, fields); err != nil {
			return fmt.Errorf("%s: %w", where, err)
		}
	}
	return nil
}

// splitList splits a "|"-separated list, dropping empty items.
func splitList(s string) []string {
	var out []string
	for _, x := range strings.Split(s, "|") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

// countryLine reads: code, English name, English adjective, names,
// [nationality words].
func (kb *KB) countryLine(where string, f []string) error {
	code, name := f[0], f[1]
	if !validCode(code) || len(code) != 3 {
		return fmt.Errorf("country code %q: want three capital letters", code)
	}
	if name == "" {
		return fmt.Errorf("no name")
	}
	if kb.code[code] != nil {
		return fmt.Errorf("country %s defined twice (first at %s)", code, kb.code[code].Source)
	}
	a := &Actor{Canonical: name, Kind: Country, Demonym: f[2], Aliases: splitList(f[3]),
		Tenures: []Tenure{{Country: code}}, Source: where}
	kb.Add(a)
	var words []string
	if len(f) > 4 {
		words = splitList(f[4])
	}
	for _, w := range append(words, demonymPlurals(words)...) {
		k := Key(w)
		if o := kb.adj[k]; o != nil && o != a {
			return fmt.Errorf("nationality word %q already belongs to %s", w, o.Tenures[0].Country)
		}
		kb.adj[k] = a
		kb.lookups.forget()
	}
	if f[2] != "" {
		// The English adjective names the country's people whether or
		// not the line lists other words; one two states share
		// ("Congolese", "Dominican") names neither: it is kept as nil.
		for _, w := range append([]string{f[2]}, demonymPlurals(f[2:3])...) {
			k := Key(w)
			if o, ok := kb.adj[k]; ok && o != a {
				kb.adj[k] = nil
			} else {
				kb.adj[k] = a
			}
			kb.lookups.forget()
		}
	}
	return nil
}

// familyFirst are the countries whose people's names put the family name
// first, also in Polish, English and Russian news.
var familyFirst = map[string]bool{"CHN": true, "TWN": true, "KOR": true, "PRK": true, "VNM": true}

// actorFile reads the actor format: name, country, role, from, to, title,
// aliases. A line whose name an earlier line of the file has adds a tenure
// (and aliases) to that actor. A name may end in a qualifier in brackets
// that tells apart people of one full name ("Andris Bērziņš (born
// 1951)"): it is part of what identifies the actor in the file, not of its
// canonical name. In a user's file (AddUserFile), a name that is the ID
// of one actor of the base of the same kind extends that actor.
func (kb *KB) actorFile(name string, data []byte, kind Kind) error {
	byName := map[string]*Actor{}
	extended := map[*Actor]int{} // base actors this file extends: the tenures it gave them
	return eachLine(name, data, 2, 7, func(where string, f []string) error {
		for len(f) < 7 {
			f = append(f, "")
		}
		t := Tenure{Country: f[1], Role: f[2], From: f[3], To: f[4], Title: f[5]}
		if f[0] == "" {
			return fmt.Errorf("no name")
		}
		canonical, qualifier, err := splitQualifier(f[0])
		if err != nil {
			return err
		}
		if err := kb.checkActorTenure(t, kind); err != nil {
			return err
		}
		if a := byName[f[0]]; a != nil {
			if n, ok := extended[a]; ok {
				kb.extend(a, n, []Tenure{t}, splitList(f[6]))
				extended[a] = n + 1
				return nil
			}
			a.Tenures = append(a.Tenures, t)
			for _, al := range splitList(f[6]) {
				a.Aliases = append(a.Aliases, al)
				kb.index(a, al)
			}
			return nil
		}
		if kb.user {
			if a := kb.baseActor(f[0], int(kind)); a != nil {
				kb.extend(a, 0, []Tenure{t}, splitList(f[6]))
				extended[a] = 1
				byName[f[0]] = a
				return nil
			}
		}
		a := &Actor{Canonical: canonical, Qualifier: qualifier, Kind: kind, Aliases: splitList(f[6]), Tenures: []Tenure{t}, Source: where}
		byName[f[0]] = a
		kb.Add(a)
		return nil
	})
}

// splitQualifier splits "Andris Bērziņš (born 1951)" into the name and
// the qualifier in brackets at its end.
func splitQualifier(s string) (name, qualifier string, err error) {
	i := strings.IndexByte(s, '(')
	if i < 0 {
		if strings.ContainsRune(s, ')') {
			return "", "", fmt.Errorf("name %q: unbalanced bracket", s)
		}
		return s, "", nil
	}
	name, qualifier = strings.TrimSpace(s[:i]), s[i+1:]
	if !strings.HasSuffix(qualifier, ")") || strings.ContainsAny(qualifier[:len(qualifier)-1], "()") {
		return "", "", fmt.Errorf("name %q: a qualifier is one bracket at the end (\"Andris Bērziņš (born 1951)\")", s)
	}
	qualifier = strings.TrimSpace(qualifier[:len(qualifier)-1])
	if name == "" || qualifier == "" {
		return "", "", fmt.Errorf("name %q: want a name and a qualifier (\"Andris Bērziņš (born 1951)\")", s)
	}
	return name, qualifier, nil
}

// arabicArticles are the forms of the Arabic article that open a
// hyphenated family name ("al-Assad", "as-Sudani", "ал-", "аль-").
var arabicArticles = map[string]bool{"al": true, "el": true, "as": true, "ash": true, "ad": true, "ar": true,
	"at": true, "az": true, "an": true, "ас": true, "аль": true, "ал": true, "эль": true, "ад": true, "ар": true, "аш": true}

// theophoric are the Keys of the word for God that ends an Arabic
// compound name written in two words ("Hasan Nasr Allah", "Abd Allah"):
// it is no last name of its own.
var theophoric = map[string]bool{"allah": true, "allakh": true, "ullah": true}

// index adds one name of a to the name tables (see Add).
func (kb *KB) index(a *Actor, name string) {
	kb.lookups.forget()
	kb.generic.mu.Lock()
	kb.generic.m = nil
	kb.generic.mu.Unlock()
	kb.sounds.mu.Lock()
	kb.sounds.m = nil
	kb.sounds.mu.Unlock()
	k := Key(name)
	if k == "" {
		return
	}
	last := k
	lasts := []string{k}
	if f := strings.Fields(name); len(f) > 1 {
		// The whole last word as written: both parts of a hyphenated
		// family name ("Alliot-Marie" is no "Marie", nor a "Maria");
		// after an Arabic article, also the name without it ("al-Sudani"
		// is "Sudani", "as-Sudani" "Sudani").
		w := f[len(f)-1]
		last = Key(w)
		if theophoric[last] && len(f) > 2 {
			// "Allah" ends a compound ("Nasr Allah", "Abd Allah"):
			// the compound is the last name, the word alone names God.
			last = Key(f[len(f)-2] + " " + w)
		}
		lasts = []string{last}
		if art, rest, ok := strings.Cut(w, "-"); ok && arabicArticles[strings.ToLower(art)] && rest != "" {
			lasts = append(lasts, Key(rest))
		}
	} else if i := strings.LastIndexByte(k, ' '); i > 0 && !strings.ContainsAny(name, "-‐") {
		last = k[i+1:]
		lasts = []string{last}
	}
	// The last word of a longer name is a last name when it has four
	// letters or more and the person's names do not put the family name
	// first: Korean and Chinese syllables ("Пак Чин", "Wang Yi") would
	// name people by accident.
	for _, l := range lasts {
		if a.Kind == Person && l != k && !containsActor(kb.surname[l], a) {
			kb.surname[l] = append(kb.surname[l], a)
		}
		if a.Kind == Person && (l == k || utf8.RuneCountInString(l) >= 4 && !familyFirst[a.Tenures[0].Country]) && !containsActor(kb.last[l], a) {
			kb.last[l] = append(kb.last[l], a)
		}
	}
	if a.Kind == Person && last == k || containsActor(kb.names[k], a) {
		return
	}
	if kb.user {
		// A user's name comes before the base's.
		kb.names[k] = slices.Insert(kb.names[k], 0, a)
		return
	}
	kb.names[k] = append(kb.names[k], a)
}

// checkActorTenure checks a tenure of an actor of kind: a known country
// code (see checkTenure and knownCountry), except for a place of no state
// (a continent, a sea, a region of several states), which has neither
// country nor role nor dates and so stands for nobody.
func (kb *KB) checkActorTenure(t Tenure, kind Kind) error {
	if kind == Place && t.Country == "" {
		if t.Role != "" || t.From != "" || t.To != "" {
			return fmt.Errorf("a place without a country has no role and no dates")
		}
		return nil
	}
	if err := checkTenure(t); err != nil {
		return err
	}
	if !kb.knownCountry(t.Country) {
		return fmt.Errorf("country code %q: neither a country of countries.tsv, a group code nor a CAMEO transnational code (actors/data/README.md)", t.Country)
	}
	return nil
}

func checkTenure(t Tenure) error {
	if !validCode(t.Country) {
		return fmt.Errorf("country code %q: want 2 to 5 capital letters or digits", t.Country)
	}
	if err := checkRole(t.Role); err != nil {
		return err
	}
	for _, d := range []string{t.From, t.To} {
		if d != "" && !validDate(d) {
			return fmt.Errorf("date %q: want YYYY, YYYY-MM or YYYY-MM-DD", d)
		}
	}
	if t.From != "" && t.To != "" && padDate(t.From, "-01-01", "-01") > padDate(t.To, "-12-31", "-28") {
		return fmt.Errorf("tenure ends (%s) before it begins (%s)", t.To, t.From)
	}
	return nil
}

func checkRole(r string) error {
	if len(r)%3 != 0 {
		return fmt.Errorf("role %q: want three-letter codes", r)
	}
	for i := 0; i < len(r); i += 3 {
		if !Roles[r[i:i+3]] {
			return fmt.Errorf("role %q: unknown code %s", r, r[i:i+3])
		}
	}
	return nil
}

// Roles are the role codes an actor may have (CAMEO's sector codes).
var Roles = map[string]bool{
	"GOV": true, "MIL": true, "MED": true, "JUD": true, "LEG": true, "PTY": true,
	"COP": true, "SPY": true, "REB": true, "OPP": true, "BUS": true, "NGO": true,
	"IGO": true, "CVL": true, "ELI": true, "EDU": true, "REL": true, "HLH": true,
	"LAB": true, "AGR": true, "CRM": true, "INS": true, "SEP": true, "REF": true,
	"ENV": true, "HRI": true, "DEV": true, "ACT": true, "UAF": true, "MOD": true,
	"RAD": true, "SPT": true,
}

// Groups are the codes that stand in an actor's country field for a group
// of states or a body above them (see data/README.md).
var Groups = map[string]bool{
	"UNO": true, "NATO": true, "EUR": true, "OSCE": true, "COE": true, "CIS": true,
	"CSTO": true, "EAEU": true, "SCO": true, "BRICS": true, "G7": true, "G20": true,
	"ASEAN": true, "AU": true, "ARL": true, "OPEC": true, "OECD": true, "V4": true,
	"NORD": true, "IMF": true, "WB": true, "WTO": true, "ICC": true, "ICRC": true,
	"NGO": true, "ISIS": true, "IMG": true,
}

// Stateless are the group codes of armed groups that belong to no state
// and speak for no group of states: an entity linked to them keeps their
// actor code ("ISISREB") but has no country, as the annotation
// conventions of the gold files want (../shared/eval/README.md: country
// codes are states or groups of them). IMG is CAMEO's code for an
// international militarized group (al-Qaeda, data/orgs-armed.tsv).
var Stateless = map[string]bool{"ISIS": true, "IMG": true}

// knownCountry reports whether an actor's country field holds a country
// of the base, a group code or a CAMEO transnational code. A base without
// countries (a file read on its own) cannot tell, and accepts any.
func (kb *KB) knownCountry(c string) bool {
	return len(kb.code) == 0 || kb.code[c] != nil || Groups[c] || transnational[c]
}

// transnational are CAMEO's codes for actors with no state: international
// and multinational bodies, militarised and non-governmental groups,
// unidentified actors.
var transnational = map[string]bool{"IGO": true, "IMG": true, "MNC": true, "NGM": true, "NGO": true, "UIS": true}

func validCode(c string) bool {
	if len(c) < 2 || len(c) > 5 {
		return false
	}
	for _, r := range c {
		if !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

func validDate(d string) bool {
	if len(d) != 4 && len(d) != 7 && len(d) != 10 {
		return false
	}
	for i, r := range d {
		if i == 4 || i == 7 {
			if r != '-' {
				return false
			}
		} else if r < '0' || r > '9' {
			return false
		}
	}
	if len(d) >= 7 {
		m, _ := strconv.Atoi(d[5:7])
		if m < 1 || m > 12 {
			return false
		}
	}
	if len(d) == 10 {
		day, _ := strconv.Atoi(d[8:10])
		if day < 1 || day > 31 {
			return false
		}
	}
	return true
}
