package actors

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// rolePhrase is a word or phrase of a language that names a role
// ("minister obrony" → GOVMIL).
type rolePhrase struct {
	key  string // Key of the phrase
	n    int    // words in it
	role string
	home string // the state whose institution the phrase names ("wójt": POL), or ""
}

// roleLine reads: language, phrase (base forms), role codes, and the
// home state of an office only one state has, if any.
func (kb *KB) roleLine(where string, f []string) error {
	lang, phrase, role := f[0], f[1], f[2]
	home := ""
	if len(f) > 3 {
		home = f[3]
		if len(home) != 3 || !validCode(home) || Groups[home] {
			return fmt.Errorf("home %q: want the code of a state", home)
		}
	}
	if len(lang) != 2 || strings.ToLower(lang) != lang {
		return fmt.Errorf("language %q: want an ISO 639-1 code", lang)
	}
	if role == "" {
		return fmt.Errorf("no role")
	}
	if err := checkRole(role); err != nil {
		return err
	}
	k := Key(phrase)
	if k == "" {
		return fmt.Errorf("empty phrase")
	}
	kb.roles[lang] = append(kb.roles[lang], rolePhrase{key: k, n: len(strings.Fields(k)), role: role, home: home})
	return nil
}

// Description is what a descriptive phrase says about an actor.
type Description struct {
	Country string // "" when the phrase names none
	Role    string // "" when the phrase names none
}

// Code is the actor code the description gives: country and role.
func (d Description) Code() string { return d.Country + d.Role }

// Describe reads the base forms of the words of a description in language
// lang ("minister obrony Rosja", "rosyjski delegacja", "rzecznik Kreml")
// and returns the country and role they name: the role of the longest role
// phrase that starts first, the country of the first country name,
// nationality word, capital or seat of power. A seat of power gives its
// role when no role word does ("rzecznik Kremla": GOV either way). An
// office only one state has gives that state when no word names one
// ("wójt", "starostwo powiatowe": POL).
func (kb *KB) Describe(lang string, words []string) Description {
	return kb.describe(lang, words, nil)
}

// describe is Describe; when division is not nil, a first-level division
// of a state (Division) gives its country only when division says so of
// that country.
func (kb *KB) describe(lang string, words []string, division func(country string) bool) Description {
	var d Description
	keys := make([]string, len(words))
	for i, w := range words {
		keys[i] = Key(w)
	}
	seatRole, home := "", ""
	for i := 0; i < len(keys); i++ {
		if d.Role == "" {
			best, span := rolePhrase{}, 0
			k0 := keys[i]
			for _, p := range kb.roles[lang] {
				if p.n <= best.n {
					continue
				}
				// Both matches below need the phrase to start with the
				// word (a phrase of p.n > 0 words is not empty): most
				// phrases differ from it in the first byte.
				if k0 != "" && p.key[0] != k0[0] {
					continue
				}
				if i+p.n <= len(keys) && joinedIs(keys[i:i+p.n], p.key) {
					best, span = p, p.n
				} else if p.n > 1 && keys[i] == p.key {
					// one hyphenated word: "вице-премьер", "vice-president"
					best, span = p, 1
				}
			}
			if best.n > 0 {
				d.Role, home = best.role, best.home
				i += span - 1
				continue
			}
		}
		if d.Country != "" {
			continue
		}
		for n := min(3, len(keys)-i); n >= 1; n-- {
			ms := kb.Lookup(strings.Join(words[i:i+n], " "))
			if len(ms) == 0 {
				continue
			}
			a := ms[0].Actor
			if a.Kind == Person {
				continue
			}
			// A word in lower case is a common noun, not a place of that
			// name: the lemma "komenda" of "Komendy Policji" is no town
			// Komenda.
			if n == 1 && a.Kind == Place && !ms[0].Adjective && lowerWord(words[i]) {
				continue
			}
			if division != nil && a.Division() && !division(a.Tenures[0].Country) {
				continue
			}
			t := a.Tenures[0]
			d.Country = t.Country
			if a.Kind != Country && !ms[0].Adjective {
				seatRole = t.Role
			}
			i += n - 1
			break
		}
	}
	if d.Role == "" {
		d.Role = seatRole
	}
	if d.Country == "" {
		d.Country = home
	}
	return d
}

// Division reports whether a is a first-level division of a state
// (places-admin1.tsv: its title ends in an ISO 3166-2 code, "municipality
// SI-164").
func (a *Actor) Division() bool {
	if a.Kind != Place || len(a.Tenures) == 0 || a.Tenures[0].Role != "" {
		return false
	}
	f := strings.Fields(a.Tenures[0].Title)
	if len(f) == 0 {
		return false
	}
	c, sub, ok := strings.Cut(f[len(f)-1], "-")
	return ok && len(c) == 2 && strings.ToUpper(c) == c && sub != ""
}

// lowerWord reports whether w starts with a lower-case letter.
func lowerWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// joinedIs reports whether strings.Join(words, " ") == s without making
// the joined string: Describe tries every role phrase at every word.
func joinedIs(words []string, s string) bool {
	for i, w := range words {
		if i > 0 {
			if s == "" || s[0] != ' ' {
				return false
			}
			s = s[1:]
		}
		if !strings.HasPrefix(s, w) {
			return false
		}
		s = s[len(w):]
	}
	return s == ""
}
