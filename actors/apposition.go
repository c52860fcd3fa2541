package actors

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kronika/kronika/doc"
)

// maxApposition is how many words after a name's comma an apposition may
// have: "Albania's former prime minister" has five, "a senior official of
// the Kenyan Ministry of Interior" nine.
const maxApposition = 10

// describeApposition reads the description set off by a comma right after
// a mention of person e: "Sali Berisha, Albania's former prime minister,
// rejected …" (ALB GOV), "Bruno Yapande, C.A.R.'s territorial
// administration minister, says" (CAF GOV), "Khalid Mehdiyev, an
// Azerbaijani man," (AZE). Only a state's name or nationality word gives
// the country (a company or a think tank named there is no one's state:
// "president of Wan Guo Jin Liang Company", "a senior fellow at the
// European Council on Foreign Relations"), and a role word gives a role
// without a country only when no preposition follows it (the president
// "of" a company or association is that body's, not a state's). The
// first mention whose apposition names a country gives it; else the first
// that names a role. When strict, an apposition with a preposition gives
// nothing ("Hagadera, part of the Dadaab refugee complex in Kenya," is a
// place's description, not a refugee's).
func (kb *KB) describeApposition(d *doc.Document, e *doc.Entity, lang string, strict bool) Description {
	var found Description
	for _, mn := range e.Mentions {
		words, prep := appositionAfter(d, mn.Span)
		if len(words) == 0 || strict && prep {
			continue
		}
		desc := kb.Describe(lang, words)
		desc.Country = kb.stateIn(words)
		switch {
		case desc.Country != "" && desc.Role != "":
			return desc
		case desc.Country != "" && found.Country == "":
			found = desc // a country, no role: "an Azerbaijani man"
		case desc.Country == "" && desc.Role != "" && !prep && found.Country == "" && found.Role == "":
			found = desc
		}
	}
	return found
}

// stateIn returns the country of the first state's name or nationality
// word among words (one to three words), else that of a first-level
// division of a state all of whose readings lie in one state ("Doug
// Ford, Ontario's provincial leader": Canada), or "".
func (kb *KB) stateIn(words []string) string {
	division := ""
	for i := range words {
		for n := min(3, len(words)-i); n >= 1; n-- {
			ms := kb.Lookup(strings.Join(words[i:i+n], " "))
			for _, m := range ms {
				if m.Actor.Kind == Country {
					return m.Actor.Tenures[0].Country
				}
			}
			if division == "" && !inName(words, i, i+n) {
				division = divisionCountry(ms)
			}
		}
	}
	return division
}

// inName reports whether words[i:j] stand inside a longer run of
// capitalised words, a name of something else ("Wan Guo Jin Liang
// Company": "Wan" is no Turkish province there).
func inName(words []string, i, j int) bool {
	capital := func(k int) bool {
		if k < 0 || k >= len(words) {
			return false
		}
		r, _ := utf8.DecodeRuneInString(words[k])
		return unicode.IsUpper(r)
	}
	return capital(i-1) || capital(j)
}

// divisionCountry returns the state of the first-level divisions among
// ms when they are all of one state and nothing else is among them, or "".
func divisionCountry(ms []Match) string {
	c := ""
	for _, m := range ms {
		if !m.Actor.Division() || c != "" && m.Actor.Tenures[0].Country != c {
			return ""
		}
		c = m.Actor.Tenures[0].Country
	}
	return c
}

// appositionAfter returns the base forms of the words of the apposition
// after span s, and whether a preposition is among them: a comma right
// after s, then up to maxApposition words with a common noun among them
// and no verb, pronoun or conjunction, closed by a comma, bracket, dash or
// the sentence's end. A run with a verb is a clause ("Sudani, posting on
// X, called …"), one with a conjunction or without a common noun a list
// of names ("Putin, Xi and Modi"). nil when there is none.
func appositionAfter(d *doc.Document, s doc.Span) (words []string, prep bool) {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= s.End })
	k := sort.Search(len(d.Sentences), func(k int) bool { return d.Sentences[k].End > s.Start })
	if k >= len(d.Sentences) || i >= d.Sentences[k].EndToken || d.Form(d.Tokens[i].Span) != "," {
		return nil, false
	}
	noun := false
	closed := func() ([]string, bool) {
		if !noun {
			return nil, false
		}
		return words, prep
	}
	for j := i + 1; j < d.Sentences[k].EndToken; j++ {
		t := &d.Tokens[j]
		f := d.Form(t.Span)
		switch f {
		case ",", "(", ")", "—", "–", "-", ";", ":":
			return closed()
		case ".", "'s", "’s", "'", "’":
			continue // "C.A.R.'s", "U.S."
		}
		if t.Kind != doc.Word {
			return closed()
		}
		switch t.UPOS {
		case "VERB", "AUX", "PRON", "SCONJ", "CCONJ":
			return nil, false
		case "ADP":
			prep = true
		case "NOUN":
			noun = true
		}
		if len(words) == maxApposition {
			return nil, false
		}
		w := t.Lemma
		if w == "" {
			w = f
		}
		words = append(words, w)
	}
	return closed()
}
