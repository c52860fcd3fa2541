package actors

import (
	"slices"
	"strings"

	"github.com/kronika/kronika/doc"
)

// retypeByKind gives an entity linked to actor a of the base the type of
// a's kind where the recognizer's type says another kind of thing: the
// base knows what a name is better than one sentence does. A company or
// agency read as a person ("Gazpromu", "Wintershall"), or as a place, is
// an organisation; a state or a capital read as a person or an
// organisation ("Moskwa zapowiedziała"; a person only when named by one
// word, see placeReadAsPerson) is a place (its actor code, the
// state or its government, stays as linked). Seats of power (the Kremlin,
// the Pentagon: places with a role) and people keep the recognizer's
// type, and so do nationality words. A medium (role MED) is typed by what
// it is, whatever the recognizer read (mediumType): a publication or a
// service (a newspaper, a portal, a channel, a platform) a PRODUCT, an
// agency or a broadcaster an ORG. A thing named after its company (the
// pipeline "Nord Stream 2" of Nord Stream 2 AG) stays a PRODUCT unless
// its name carries the legal form (productOf). Actors of a user's file are
// typed by retypeUserName instead.
func retypeByKind(e *doc.Entity, a *Actor, date string) {
	t := a.At(date)
	switch {
	case e.Type == "NORP":
	case a.Kind == Org && isMED(t.Role) && e.Type != "EVENT":
		e.Type = mediumType(t.Title)
	case a.Kind == Org && e.Type == "PRODUCT" && hasLegalForm(a) && productOf(e, a) == "":
		e.Type = "ORG"
	case a.Kind == Org && (e.Type == "PERSON" || e.Type == "GPE"):
		e.Type = "ORG"
	case a.Kind == Country && (e.Type == "PERSON" || e.Type == "ORG"):
		e.Type = "GPE"
	case a.Kind == Place && (e.Type == "ORG" || e.Type == "PERSON") && !hasRole(a):
		e.Type = "GPE"
	}
}

// mediumType is the type of a medium of the base by its title: ORG for
// the organisations that gather or broadcast news (a news or photo
// agency, a broadcaster, a public radio, a media company, a regulator),
// PRODUCT for what they publish (a newspaper, a weekly, a magazine, a
// portal, a news outlet, a channel, a radio station, a programme) and for
// platforms (a social network, a messaging or video platform). So one
// medium has one type in every language and every sentence; the rule is
// that of the Polish recognizer's lists (lang/pl/data/ner-names.tsv),
// SlavicNER's and KPWr's for publications and platforms.
func mediumType(title string) string {
	for _, w := range []string{"agency", "broadcaster", "public radio", "media company", "regulator"} {
		if strings.Contains(title, w) {
			return "ORG"
		}
	}
	return "PRODUCT"
}

// legalForms are the words that end a company's name in the base to say
// its legal form ("Nord Stream 2 AG", "X Corp"); the thing named after the
// company is the name without them.
var legalForms = map[string]bool{
	"ag": true, "se": true, "sa": true, "gmbh": true, "ltd": true, "plc": true,
	"inc": true, "corp": true, "llc": true, "nv": true, "asa": true, "ab": true,
}

// productOf returns the name of the thing an entity typed PRODUCT stands
// for when it is linked to organisation a through a name without a's
// legal form: a's canonical name without it ("Nord Stream 2" for "Gazociąg
// Nord Stream 2", "Северный поток-2", linked to Nord Stream 2 AG); "" when
// a's name has no legal form or one of the entity's names carries it
// (then the entity is the company).
func productOf(e *doc.Entity, a *Actor) string {
	if !hasLegalForm(a) {
		return ""
	}
	f := strings.Fields(a.Canonical)
	names := []string{e.Name}
	for _, m := range e.Mentions {
		names = append(names, m.Lemma)
	}
	for _, n := range names {
		if w := strings.Fields(Key(n)); len(w) > 0 && legalForms[w[len(w)-1]] {
			return ""
		}
	}
	return strings.Join(f[:len(f)-1], " ")
}

// hasLegalForm reports whether a's canonical name ends in a legal form.
func hasLegalForm(a *Actor) bool {
	f := strings.Fields(a.Canonical)
	return len(f) >= 2 && legalForms[Key(f[len(f)-1])]
}

// isMED reports whether role codes r (three letters each) hold MED.
func isMED(r string) bool {
	for j := 0; j+3 <= len(r); j += 3 {
		if r[j:j+3] == "MED" {
			return true
		}
	}
	return false
}

// hasRole reports whether one of a's tenures has a role.
func hasRole(a *Actor) bool {
	for _, t := range a.Tenures {
		if t.Role != "" {
			return true
		}
	}
	return false
}

// otherPerson reports whether a person named by several words was matched,
// through one of its shorter mentions, to a person of the base whose first
// name none of those words is: "Aleksandr Miedwiediew" is not Dmitry
// Medvedev, "Ron Johnson" not Mike Johnson. An unlinked person beats a
// wrong one. The words before the last one are compared with the first
// word of every name of several words the base gives the person; an
// initial matches the names it begins, and names that share their first
// three letters are taken as spellings of one name ("Aleksandr",
// "Alexander"). A word before the last that is a role word of language
// lang ("Kanclerz Merkel") or a name the base knows (two names run
// together, "Stoltenberg Trump") says nothing of a first name.
func (kb *KB) otherPerson(e *doc.Entity, a *Actor, lang string) bool {
	words := strings.Fields(e.Name)
	if e.Type != "PERSON" || a.Kind != Person || len(words) < 2 {
		return false
	}
	for _, m := range kb.Lookup(e.Name) {
		if m.Actor == a {
			return false
		}
	}
	var given []string
	for _, w := range words[:len(words)-1] {
		if kb.roleWord(lang, w) || len(kb.Lookup(w)) > 0 {
			return false
		}
		given = append(given, Key(w))
	}
	known := false
	for _, n := range append([]string{a.Canonical}, a.Aliases...) {
		f := strings.Fields(Key(n))
		if len(f) < 2 {
			continue
		}
		known = true
		if slices.ContainsFunc(given, func(w string) bool { return sameFirstName(w, f[0]) }) {
			return false
		}
	}
	return known
}

// sameFirstName reports whether two keyed first names may be one: equal,
// one the initial of the other, sharing their first three letters, or one
// letter apart (two for names of four letters or more: "Aasi", a
// misreading of "Aasia", and "Asia").
func sameFirstName(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	switch {
	case a == b:
		return true
	case len(ra) == 0 || len(rb) == 0:
		return false
	case len(ra) == 1 || len(rb) == 1:
		return ra[0] == rb[0]
	case len(ra) >= 3 && len(rb) >= 3 && string(ra[:3]) == string(rb[:3]):
		return true
	}
	if len(ra) >= 4 && len(rb) >= 4 {
		return editDistance(ra, rb) <= 2
	}
	return editDistance(ra, rb) <= 1
}

// editDistance is the Levenshtein distance between a and b.
func editDistance(a, b []rune) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
