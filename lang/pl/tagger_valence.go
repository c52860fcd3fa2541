package pl

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/kronika/kronika/doc"
)

// Verb cases: how often the first noun after a verb is in each case,
// counted over the word forms of NKJP-1M (CC BY 4.0) where the form
// leaves no doubt: "nacisnął klamkę" counts an accusative for
// "nacisnąć", "wychodziły pensjonarki" nothing (nominative or
// accusative), "stoi kobieta" a nominative for "stać". A verb whose
// nouns are never accusative does not take an object ("wychodzić",
// "krążyć"); one whose nouns are mostly accusative does ("trzymać").
// The passes after the tagger read the counts where a noun's form is
// ambiguous (verbSubjectsAfter, accusativeObjects).
//
// data/verb-cases.tsv is rebuilt by
//
//	KRONIKA_GEN_VALENCE=1 go test ./lang/pl -run TestGenerateVerbCases

//go:embed data/verb-cases.tsv
var verbCasesData string

// The cases counted after a verb; the locative needs a preposition.
const (
	vcNom = iota
	vcGen
	vcDat
	vcAcc
	vcInst
	vcCases
)

var vcNames = [vcCases]string{"nom", "gen", "dat", "acc", "inst"}

// verbCaseCounts are the counts of one verb, in the order of vcNames.
type verbCaseCounts [vcCases]int

var (
	verbCasesOnce sync.Once
	verbCases     map[string]verbCaseCounts
)

// verbCasesOf returns the counts of a verb lemma, reflexive ("lemma się")
// when refl; zero counts for verbs the table does not hold.
func verbCasesOf(lemma string, refl bool) verbCaseCounts {
	verbCasesOnce.Do(func() {
		m, err := parseVerbCases(strings.NewReader(verbCasesData))
		if err != nil {
			panic(fmt.Sprintf("pl: data/verb-cases.tsv: %v", err))
		}
		verbCases = m
	})
	if refl {
		lemma += " się"
	}
	return verbCases[lemma]
}

// parseVerbCases reads the table: comment lines (#), then one verb a
// line, lemma (with " się" for the reflexive verb) and the five counts,
// tab-separated.
func parseVerbCases(r io.Reader) (map[string]verbCaseCounts, error) {
	m := map[string]verbCaseCounts{}
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		f := strings.Split(s, "\t")
		if len(f) != 1+vcCases || f[0] == "" {
			return nil, fmt.Errorf("line %d: want a lemma and %d counts", line, vcCases)
		}
		var c verbCaseCounts
		for i := range c {
			n, err := strconv.Atoi(f[1+i])
			if err != nil || n < 0 {
				return nil, fmt.Errorf("line %d: bad count %q", line, f[1+i])
			}
			c[i] = n
		}
		if _, dup := m[f[0]]; dup {
			return nil, fmt.Errorf("line %d: %q listed twice", line, f[0])
		}
		m[f[0]] = c
	}
	return m, sc.Err()
}

// takesNoObject reports whether the nouns after the verb are, by the
// counts, its subject rather than its object: nominatives seen at least
// minEvidence times and more than three times as often as accusatives.
func (c verbCaseCounts) takesNoObject() bool {
	return c[vcNom] >= minEvidence && c[vcNom] > 3*c[vcAcc]
}

// takesObject reports whether the nouns after the verb are, by the counts,
// its accusative object: accusatives seen at least minEvidence times and
// more than three times as often as nominatives.
func (c verbCaseCounts) takesObject() bool {
	return c[vcAcc] >= minEvidence && c[vcAcc] > 3*c[vcNom]
}

// takesGenitive reports whether the nouns after the verb are, by the
// counts, its genitive object ("dokonać", "wymagać", "unikać"):
// genitives seen at least three times and more than twice as often as
// accusatives and datives together.
func (c verbCaseCounts) takesGenitive() bool {
	return c[vcGen] >= 3 && c[vcGen] > 2*(c[vcAcc]+c[vcDat])
}

// genitiveVerbAt reports whether the verb at v takes its object in the
// genitive: listed as a genitive-verb in data/tagger-words.tsv or so
// counted in the verb-case table (with "się" when it follows).
func genitiveVerbAt(d *doc.Document, tokens []doc.Token, v int) bool {
	l := tokens[v].Lemma
	return genitiveVerbs[l] || verbCasesOf(l, reflexiveAt(d, tokens, v)).takesGenitive()
}

// minEvidence is the fewest unambiguous nouns a verb's preference rests on.
const minEvidence = 2

// verbClasses are the NKJP classes of verb forms whose nouns are counted.
var verbClasses = map[string]bool{"fin": true, "praet": true, "impt": true, "inf": true, "bedzie": true,
	"imps": true, "pcon": true, "pant": true, "winien": true}

// countVerbCases adds to counts the case of the first noun after each verb
// of one sentence of word forms, where both are certain from the forms
// alone: the verb's readings are verb forms of one lemma, not negated; the
// noun follows after adverbs, particles and adjectives only, before any
// preposition, and all its readings have one case.
func countVerbCases(sent []string, counts map[string]*verbCaseCounts, analyze func(form string, initial bool) []Analysis) {
	for i := 0; i+1 < len(sent); i++ {
		as := analyze(sent[i], i == 0)
		lemma := verbLemma(as)
		if lemma == "" || lemma == "być" {
			continue
		}
		if i > 0 && strings.EqualFold(sent[i-1], "nie") {
			continue
		}
		j := i + 1
		if sent[j] == "się" {
			lemma += " się"
			j++
		}
		for steps := 0; j < len(sent) && steps < 4; steps, j = steps+1, j+1 {
			if strings.EqualFold(sent[j], "nie") {
				break
			}
			bs := analyze(sent[j], false)
			kind, c := nounCase(bs)
			if kind == 1 {
				continue // a modifier
			}
			if kind == 2 && c >= 0 {
				cc := counts[lemma]
				if cc == nil {
					cc = new(verbCaseCounts)
					counts[lemma] = cc
				}
				cc[c]++
			}
			break
		}
	}
}

// verbLemma returns the lemma of a word all of whose readings are verb
// forms of one lemma, else "".
func verbLemma(as []Analysis) string {
	if len(as) == 0 || as[0].Source == FromGuess {
		return ""
	}
	for i := range as {
		if as[i].Source == FromGuess {
			continue // a capitalised verb guessed as a name too
		}
		if !verbClasses[as[i].Morph.Class] || as[i].Lemma != as[0].Lemma {
			return ""
		}
	}
	return as[0].Lemma
}

// nounCase classes a word after a verb: 1 for an adverb, particle or
// adjective (read on), 2 for a noun or personal pronoun with its case
// among vcNames when all its readings have that one case (else -1), 0 for
// anything else. Vocative readings and guesses are passed over.
func nounCase(as []Analysis) (kind, c int) {
	if len(as) == 0 || as[0].Source == FromGuess {
		return 0, -1
	}
	adv, adj, noun := false, false, false
	for i := range as {
		if as[i].Source == FromGuess {
			continue
		}
		switch as[i].Morph.Class {
		case "adv", "qub", "part":
			adv = true
		case "adj", "ppas", "pact":
			adj = true
		case "subst", "depr", "ger", "ppron12", "ppron3":
			noun = true
		default:
			return 0, -1
		}
	}
	// A word that may be an adjective is read as one ("staremu
	// człowiekowi"), though it may stand for a noun.
	if adj && !adv || adv && !adj && !noun {
		return 1, -1
	}
	if !noun || adv {
		return 0, -1
	}
	c = -1
	for i := range as {
		if as[i].Source == FromGuess || as[i].Morph.Vals[Case] == "voc" {
			continue // rare in running text: "kobieto"
		}
		k := -1
		for n, name := range vcNames {
			if as[i].Morph.Vals[Case] == name {
				k = n
			}
		}
		if k < 0 || c >= 0 && k != c {
			return 2, -1
		}
		c = k
	}
	return 2, c
}

// writeVerbCases writes the table read by parseVerbCases: the verbs with
// at least min counts, in lemma order.
func writeVerbCases(w io.Writer, counts map[string]*verbCaseCounts, min int) error {
	var lemmas []string
	for l, c := range counts {
		n := 0
		for _, k := range c {
			n += k
		}
		if n >= min {
			lemmas = append(lemmas, l)
		}
	}
	sort.Strings(lemmas)
	bw := bufio.NewWriter(w)
	bw.WriteString(verbCasesHeader)
	for _, l := range lemmas {
		c := counts[l]
		fmt.Fprintf(bw, "%s\t%d\t%d\t%d\t%d\t%d\n", l, c[0], c[1], c[2], c[3], c[4])
	}
	return bw.Flush()
}

const verbCasesHeader = `# Verb cases: for each verb lemma ("lemma się" when "się" follows it), how
# often the first noun after it is nominative, genitive, dative, accusative
# and instrumental, counted over the word forms of NKJP-1M (CC BY 4.0; its
# tags are not read) where the forms leave no doubt (lang/pl/tagger_valence.go).
# Generated: KRONIKA_GEN_VALENCE=1 go test ./lang/pl -run TestGenerateVerbCases
# lemma	nom	gen	dat	acc	inst
`

// Verbs without a passive participle: a verb whose dictionary entry has
// no "ppas" form cannot take an accusative object ("krążyć", "powstać",
// "narastać"), so a noun after it that agrees is its subject. The list
// holds the verb lemmas of NKJP-1M that PoliMorf gives no passive
// participle; verbs the verb-case table shows with objects ("mieć") keep
// them. data/no-passive.tsv is rebuilt by
//
//	KRONIKA_GEN_NOPASSIVE=1 go test ./lang/pl -run TestGenerateNoPassive
//
//go:embed data/no-passive.tsv
var noPassiveData string

// noPassive is the list, read at its first use.
var noPassive = sync.OnceValue(func() map[string]bool {
	m, err := parseNoPassive(strings.NewReader(noPassiveData))
	if err != nil {
		panic(fmt.Sprintf("pl: data/no-passive.tsv: %v", err))
	}
	return m
})

// parseNoPassive reads the list: comment lines (#), then one lemma a line.
func parseNoPassive(r io.Reader) (map[string]bool, error) {
	m := map[string]bool{}
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		if strings.ContainsAny(s, "\t ") {
			return nil, fmt.Errorf("line %d: want one lemma", line)
		}
		if m[s] {
			return nil, fmt.Errorf("line %d: %q listed twice", line, s)
		}
		m[s] = true
	}
	return m, sc.Err()
}

// intransitive reports whether the verb lemma takes no accusative object:
// by the verb-case table (with "się" when refl), or, not reflexive,
// because it has no passive participle and the table does not show it
// with objects.
func intransitive(lemma string, refl bool, vc verbCaseCounts) bool {
	if vc.takesNoObject() {
		return true
	}
	if refl || vc.takesObject() {
		return false
	}
	return noPassive()[lemma]
}
