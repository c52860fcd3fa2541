package pl

import (
	_ "embed"
	"fmt"
	"math"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kronika/kronika/internal/textutil"
	"github.com/kronika/kronika/morph"
)

// data/suffixes.tsv holds ending rules learned from the dictionary alone
// (scripts/polish-dict.sh runs morph/cmd/morphsuffix): for every ending of
// up to six letters of a proper name, and three of other words, how the
// dictionary's forms with that ending relate to their lemmas and tags.
//
//go:embed data/suffixes.tsv
var suffixesTSV string

var (
	suffixOnce sync.Once
	suffixes   *morph.SuffixTable
)

func suffixTable() *morph.SuffixTable {
	suffixOnce.Do(func() {
		t, err := morph.ReadSuffixTable(strings.NewReader(suffixesTSV), "data/suffixes.tsv")
		if err != nil {
			panic(fmt.Sprintf("pl: %v", err))
		}
		suffixes = t
	})
	return suffixes
}

// Guessing weights, tuned on UD PDB-dev and LFG-dev.
const (
	// guessBias puts guesses below dictionary readings of the same prior.
	guessBias = -2.0
	// minGuessStem: a guess keeps at least this many letters of the form.
	minGuessStem = 2
)

// hyphenEndings maps the endings written after a hyphen on acronyms and
// foreign names ("PiS-u", "NATO-wi", "Bushem") to NKJP tags.
var hyphenEndings = map[string][]string{
	"u":   {"subst:sg:gen:m3", "subst:sg:loc:m3"},
	"em":  {"subst:sg:inst:m3"},
	"owi": {"subst:sg:dat:m3"},
	"ie":  {"subst:sg:loc:m3"},
	"a":   {"subst:sg:gen:m1", "subst:sg:acc:m1"},
	"ę":   {"subst:sg:acc:f"},
	"y":   {"subst:sg:gen:f"},
	"i":   {"subst:sg:gen:f"},
	"ach": {"subst:pl:loc:m3"},
	"ów":  {"subst:pl:gen:m3"},
	"om":  {"subst:pl:dat:m3"},
}

// Guess proposes analyses for a word the dictionary lacks, best first:
// acronyms stay as they are ("MSZ", "NATO"), endings after a hyphen are
// split off ("PiS-u" → "PiS"), and other words are inflected by analogy
// with the dictionary's words of the same ending ("Trumpa" → "Trump",
// "Pjongjangu" → "Pjongjang", "Zełenskiego" → "Zełenski").
func Guess(form string) []Analysis {
	out := guess(form)
	groupScores(out)
	sortAnalyses(out)
	return out
}

// guess returns the guesses for form, unsorted and with raw scores.
func guess(form string) []Analysis {
	if form == "" {
		return nil
	}
	loadModel()
	if i := strings.LastIndexByte(form, '-'); i > 0 && i < len(form)-1 {
		if tags, ok := hyphenEndings[form[i+1:]]; ok {
			var out []Analysis
			for j, x := range tags {
				a := fixed(form[:i], x)
				a.Source = FromGuess
				a.Score = priorOf(x) + guessBias - float64(j)*0.1
				out = append(out, a)
			}
			return out
		}
	}
	if textutil.Acronym(form) || hasInnerCapital(form) {
		// Acronyms do not inflect without a hyphen.
		var out []Analysis
		for _, x := range []string{"subst:sg:nom:n", "subst:sg:gen:n", "subst:sg:acc:n"} {
			a := fixed(form, x)
			a.Source = FromGuess
			a.Score = priorOf(x) + guessBias
			out = append(out, a)
		}
		return out
	}
	class := "c"
	if isTitle(form) {
		class = "P"
	}
	rules, _ := suffixTable().Rules(class, form, minGuessStem)
	total := 0
	for _, r := range rules {
		total += r.Count
	}
	var out []Analysis
	for _, r := range rules {
		lemma, ok := r.Apply(form)
		if !ok || lemma == "" {
			continue
		}
		share := math.Log(float64(r.Count) / float64(total))
		if class == "P" && r.Cut == 1 && r.Add == "" && mascGenitiveShape(form) {
			share += mascGenitiveBonus
		}
		for _, tr := range expandTag(r.Tag) {
			out = append(out, Analysis{Lemma: lemma, Morph: tr.m, XPOS: tr.xpos, Source: FromGuess,
				Score: tr.prior + share + guessBias})
		}
	}
	if class == "P" && endsInConsonant(form) {
		// A foreign name is often cited as it is, in the nominative ("Kim",
		// "Dzong"): keep that reading in play whatever the endings say.
		at := -1
		for i, a := range out {
			if a.Lemma == form && a.Morph.Vals[Case] == "nom" {
				at = i
				break
			}
		}
		if at < 0 {
			x := "subst:sg:nom:m1"
			a := fixed(form, x)
			a.Source = FromGuess
			a.Score = priorOf(x) + math.Log(identityShare) + guessBias
			out = append(out, a)
			at = len(out) - 1
		}
		if !hasCaseEnding(form) {
			// Outrank every group of inflected readings.
			g := append([]Analysis(nil), out...)
			groupScores(g)
			best := math.Inf(-1)
			for i, b := range g {
				if i != at {
					best = math.Max(best, b.Score)
				}
			}
			out[at].Score = math.Max(out[at].Score, best+0.01)
		}
	}
	if len(out) == 0 {
		x := "ign"
		if class == "P" {
			x = "subst:sg:nom:m3"
		}
		a := fixed(form, x)
		a.Source = FromGuess
		a.Score = priorOf(x) + guessBias
		out = append(out, a)
	}
	return out
}

// mascGenitiveBonus: an unknown name in consonant + "a" is, in news, far
// more often a man's name in the genitive or accusative ("Trumpa",
// "Kima", "Merza") than a woman's in the nominative.
const mascGenitiveBonus = 1.5

func mascGenitiveShape(form string) bool {
	if !strings.HasSuffix(form, "a") || len(form) < 3 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(form[:len(form)-1])
	return !strings.ContainsRune("aeiouyąęóAEIOUY", r)
}

// caseEndings are endings that mark an inflected form of a name in a
// consonant ("Kimem", "Bidenowi"), where the unchanged reading gets no
// preference.
var caseEndings = []string{"em", "om", "ów", "ami", "ach", "owi", "iem"}

func hasCaseEnding(form string) bool {
	for _, e := range caseEndings {
		if strings.HasSuffix(form, e) {
			return true
		}
	}
	return false
}

// identityShare is the weight of the unchanged nominative among the
// guesses for a name in a consonant.
const identityShare = 1.0

func endsInConsonant(form string) bool {
	r, _ := utf8.DecodeLastRuneInString(form)
	return unicode.IsLetter(r) && !strings.ContainsRune("aeiouyąęóAEIOUYĄĘÓ", r)
}

// hasInnerCapital reports an upper-case letter after the first one, as in
// "PiS" or "McDonald".
func hasInnerCapital(s string) bool {
	_, n := utf8.DecodeRuneInString(s)
	for _, r := range s[n:] {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}
