package pl

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kronika/kronika/morph"
)

// What Polish tells the actor base (package actors) about names, through
// lang.Language: base forms of inflected names for looking them up, and
// the regular plurals of inhabitant nouns.

// lookupEndings are the "lookup-ending" rows of data/names.tsv: a case
// ending of a name in Latin letters and what replaces it in the
// nominative, longest first.
var lookupEndings = func() []struct{ end, nom string } {
	var out []struct{ end, nom string }
	for _, r := range nameWords["lookup-ending"] {
		nom := r.Fields[1]
		if nom == "-" {
			nom = ""
		}
		out = append(out, struct{ end, nom string }{r.Fields[0], nom})
	}
	return out
}()

// nameBaseForms returns candidate base forms of a name in Latin letters:
// the name with a case ending dropped from its last word, and from every
// word ("Joe Bidena" → "Joe Biden"), and from every word but the last
// ("Theresy May" → "Theresa May"); nil for a name with Cyrillic letters
// or of more than four words; at most max of them, a surname in -ko's
// nominative after those.
func nameBaseForms(name string, max int) []string {
	words := strings.Fields(name)
	if len(words) == 0 || len(words) > 4 || hasCyrillic(name) {
		return nil
	}
	strip := func(w string) string {
		lw := strings.ToLower(w)
		if lw != w && strings.ToUpper(w) == w {
			return w // an acronym: "EPA" is not a form of "EP"
		}
		for _, e := range lookupEndings {
			if strings.HasSuffix(lw, e.end) && utf8.RuneCountInString(lw)-utf8.RuneCountInString(e.end) >= 2 {
				return w[:len(w)-len(e.end)] + e.nom
			}
		}
		return w
	}
	last := append([]string(nil), words...)
	last[len(last)-1] = strip(last[len(last)-1])
	all := make([]string, len(words))
	for i, w := range words {
		all[i] = strip(w)
	}
	// A woman's given name declines while her surname in a consonant,
	// and a foreign one cited as it is, does not ("Theresy May", "Angeli
	// Merkel"): the given names without their endings, the last word as
	// written.
	given := append([]string(nil), all[:len(all)-1]...)
	given = append(given, words[len(words)-1])
	var out []string
	for _, f := range []string{strings.Join(last, " "), strings.Join(all, " "), strings.Join(given, " ")} {
		if f != name && !slices.Contains(out, f) {
			out = append(out, f)
		}
	}
	// A man's surname in -ko declines as a noun in -a ("z Ihorem
	// Kłymenką", "o Witaliju Kliczce", "Szewczenkę"): the accusative and
	// instrumental give a stem in -k whose nominative may end in -o too.
	if lw := strings.ToLower(words[len(words)-1]); strings.HasSuffix(lw, "ką") || strings.HasSuffix(lw, "kę") {
		for _, f := range append([]string(nil), out...) {
			if strings.HasSuffix(f, "ka") {
				out = append(out, f[:len(f)-1]+"o")
			}
		}
	}
	// The dictionary's base forms of a proper noun the tagger read as
	// another one: "Aten" is Atena's and Ateny's, "Kosowie" Kosów's and
	// Kosowo's, "Komorach" Komora's and Komory's (a man's name only in a
	// full name). Each word of a name of
	// at most two words, and each part of a hyphenated word
	// ("Meklemburgii-Pomorzu"), is given the lemmas of its readings as
	// proper nouns, last.
	if len(words) <= 2 {
		for _, f := range properLemmas(words) {
			if f != name && !slices.Contains(out, f) {
				out = append(out, f)
			}
		}
	}
	if max > 0 && len(out) > max {
		out = out[:max]
	}
	return out
}

// properLemmas returns the names made of words with each word, and each
// part of a hyphenated word, replaced by one of the capitalised lemmas of
// its noun readings in the dictionary (the word itself when it has none),
// at most eight.
func properLemmas(words []string) []string {
	names := []string{""}
	for i, w := range words {
		parts := []string{""}
		for j, p := range strings.Split(w, "-") {
			var next []string
			for _, l := range nounLemmas(p, len(words) > 1) {
				for _, q := range parts {
					if j > 0 {
						q += "-"
					}
					if len(next) < 8 {
						next = append(next, q+l)
					}
				}
			}
			parts = next
		}
		var next []string
		for _, n := range names {
			for _, q := range parts {
				if i > 0 {
					n += " "
				}
				if len(next) < 8 {
					next = append(next, n+q)
				}
			}
		}
		names = next
	}
	return names
}

// nounLemmas returns the capitalised lemmas of w's noun readings in the
// dictionary, those of men's names (m1) only when men, w itself when there
// are none.
func nounLemmas(w string, men bool) []string {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return []string{w}
	}
	// Only the dictionary's readings of the form as written count (what
	// Analyze marks FromDict), so they are read straight from the
	// dictionary, with no guessing, since names of every
	// language's documents pass here.
	var out []string
	var rbuf [32]morph.Reading
	var lbuf [256]byte
	rs, _ := Dictionary().Lookup([]byte(w), rbuf[:0], lbuf[:0])
	// A word that is a nominative singular of its own ("Florian", "Adrian")
	// is not read as the genitive plural of a woman's name ("Floriana",
	// "Adriana"): that reading finds places named like the woman.
	ownNom := false
	for _, rd := range rs {
		if string(rd.Lemma) != w {
			continue
		}
		for _, tr := range expandTag(rd.Tag) {
			if strings.HasPrefix(tr.xpos, "subst:sg:nom:") {
				ownNom = true
			}
		}
	}
	for _, rd := range rs {
		lemma := string(rd.Lemma)
		if r, _ := utf8.DecodeRuneInString(lemma); !unicode.IsUpper(r) || slices.Contains(out, lemma) {
			continue
		}
		for _, tr := range expandTag(rd.Tag) {
			if ownNom && lemma != w && strings.HasPrefix(tr.xpos, "subst:pl:gen:f") {
				continue
			}
			// A man's name (m1) alone is the name lemmatizer's: "Franciszka"
			// is Franciszek's genitive only when it has read a man's name.
			// In a full name it is taken ("Jacka Czaputowicza").
			if strings.HasPrefix(tr.xpos, "subst") && (men || !strings.Contains(tr.xpos, ":m1")) {
				out = append(out, lemma)
				break
			}
		}
	}
	if len(out) == 0 {
		return []string{w}
	}
	return out
}

func hasCyrillic(w string) bool {
	for _, r := range w {
		if unicode.Is(unicode.Cyrillic, r) {
			return true
		}
	}
	return false
}

// demonymPlurals returns the plural nominatives of Polish inhabitant nouns
// made in the regular ways: Rosjanin → Rosjanie, Brytyjczyk → Brytyjczycy,
// Polak → Polacy, Białorusin → Białorusini. Irregular plurals (Niemcy,
// Ukraińcy, Włosi) are listed in the actor data. The four suffix rules are
// the word formation itself, not a list to extend, so they stay code.
// It also returns the feminine nouns and their plurals where Polish makes
// them regularly (see feminineDemonym): Rosjanka, Rosjanki; and the plural
// of a listed feminine noun (Polka → Polki).
func demonymPlurals(words []string) []string {
	var out []string
	for _, w := range words {
		switch {
		case strings.HasSuffix(w, "anin"):
			out = append(out, strings.TrimSuffix(w, "in")+"ie")
		case strings.HasSuffix(w, "czyk"):
			out = append(out, strings.TrimSuffix(w, "k")+"cy")
		case strings.HasSuffix(w, "ak") && w != strings.ToLower(w):
			out = append(out, strings.TrimSuffix(w, "k")+"cy")
		case strings.HasSuffix(w, "usin"):
			out = append(out, w+"i")
		case strings.HasSuffix(w, "ka") && w != strings.ToLower(w) && !hasCyrillic(w):
			out = append(out, kaPlural(w))
		}
		if f := feminineDemonym(w); f != "" {
			out = append(out, f, kaPlural(f))
		}
	}
	return out
}

// kaPlural returns the nominative plural of a feminine noun in -ka
// (Polka → Polki, Rosjanka → Rosjanki).
func kaPlural(w string) string {
	return strings.TrimSuffix(w, "a") + "i"
}

// feminineDemonym returns the feminine inhabitant noun Polish makes
// regularly of the capitalised masculine w (feminineNoun); "" for other
// words and for Polak, whose Polka the actor data lists with the
// irregular feminines (Francuzka, Włoszka).
func feminineDemonym(w string) string {
	if w == strings.ToLower(w) || hasCyrillic(w) || w == "Polak" {
		return ""
	}
	return feminineNoun(w)
}

// feminineNoun returns the feminine inhabitant noun Polish makes
// regularly of the masculine w, in w's letter case: -czyk → -ka with ń → n
// (Libijczyk → Libijka, Jemeńczyk → Jemenka), -anin → -anka (Rosjanin →
// Rosjanka), -iec → -ka (Niemiec → Niemka, Ukrainiec → Ukrainka), -usin →
// -usinka (Białorusin → Białorusinka), -ak → -aczka (Słowak → Słowaczka,
// Austriak → Austriaczka) but Polak → Polka. "" for other words.
func feminineNoun(w string) string {
	switch {
	case strings.HasSuffix(w, "czyk"):
		stem := strings.TrimSuffix(w, "czyk")
		if strings.HasSuffix(stem, "ń") {
			stem = strings.TrimSuffix(stem, "ń") + "n"
		}
		return stem + "ka"
	case strings.HasSuffix(w, "anin"):
		return strings.TrimSuffix(w, "in") + "ka"
	case strings.HasSuffix(w, "iec") && utf8.RuneCountInString(w) > 5:
		return strings.TrimSuffix(w, "iec") + "ka"
	case strings.HasSuffix(w, "usin"):
		return w + "ka"
	case w == "Polak" || w == "polak":
		return w[:len(w)-2] + "ka"
	case strings.HasSuffix(w, "ak") && utf8.RuneCountInString(w) > 3:
		return w[:len(w)-1] + "czka"
	}
	return ""
}
