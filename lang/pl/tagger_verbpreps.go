package pl

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"

	"github.com/kronika/kronika/doc"
)

// Verb prepositions: for a verb followed by a preposition of two cases
// ("patrzeć na" + acc, "stać na" + loc; "pochylać się nad" + inst,
// "wychodzić za" + acc), how often the phrase after the preposition is
// accusative, locative and instrumental, counted over the word forms of
// NKJP-1M (CC BY 4.0) where agreement leaves one case ("patrzył na
// starego psa", not "na mnie"). prepValence reads the counts where the
// phrase's form is ambiguous.
//
// data/verb-preps.tsv is rebuilt with data/verb-cases.tsv by
//
//	KRONIKA_GEN_VALENCE=1 go test ./lang/pl -run TestGenerateVerbCases

//go:embed data/verb-preps.tsv
var verbPrepsData string

// The cases counted after a preposition.
const (
	vpAcc = iota
	vpLoc
	vpInst
	vpCases
)

var vpNames = [vpCases]string{"acc", "loc", "inst"}

// verbPrepCounts are the counts of one verb and preposition, in the order
// of vpNames.
type verbPrepCounts [vpCases]int

// twoCasePreps are the prepositions whose case the verb before them
// chooses.
var twoCasePreps = map[string]bool{"w": true, "na": true, "o": true, "po": true, "za": true,
	"pod": true, "nad": true, "przed": true, "między": true}

// verbPreps is the table, read at its first use; keys are "lemma\tprep"
// (lemma with " się" for the reflexive verb).
var verbPreps = sync.OnceValue(func() map[string]verbPrepCounts {
	m, err := parseVerbPreps(strings.NewReader(verbPrepsData))
	if err != nil {
		panic(fmt.Sprintf("pl: data/verb-preps.tsv: %v", err))
	}
	return m
})

// parseVerbPreps reads the table: comment lines (#), then one verb and
// preposition a line, lemma, preposition and the three counts,
// tab-separated.
func parseVerbPreps(r io.Reader) (map[string]verbPrepCounts, error) {
	m := map[string]verbPrepCounts{}
	err := eachDataLine(r, func(line int, s string) error {
		f := strings.Split(s, "\t")
		if len(f) != 2+vpCases || f[0] == "" || !twoCasePreps[f[1]] {
			return fmt.Errorf("line %d: want a lemma, a preposition of two cases and %d counts", line, vpCases)
		}
		var c verbPrepCounts
		if err := tableCounts(line, f[2:], c[:]); err != nil {
			return err
		}
		k := f[0] + "\t" + f[1]
		if _, dup := m[k]; dup {
			return fmt.Errorf("line %d: %q %q listed twice", line, f[0], f[1])
		}
		m[k] = c
		return nil
	})
	if err != nil {
		return nil, err
	}
	return m, nil
}

// prepCase returns the index of a case among vpNames, or -1.
func prepCase(c string) int {
	for i, n := range vpNames {
		if n == c {
			return i
		}
	}
	return -1
}

// countVerbPreps adds to counts the case of the phrase after a preposition
// of two cases right after each verb of one sentence of word forms (past
// "się", a person clitic and adverbs), where the verb's readings are verb
// forms of one lemma and the readings of the phrase's words agree in one
// of the preposition's cases.
func countVerbPreps(sent []string, counts map[string]*verbPrepCounts, analyze func(form string, initial bool) []Analysis) {
	for i := 0; i+2 < len(sent); i++ {
		lemma := verbLemma(analyze(sent[i], i == 0))
		if lemma == "" || lemma == "być" {
			continue
		}
		j := i + 1
		if _, aglt := agltForms[sent[j]]; aglt {
			j++
		}
		if j < len(sent) && sent[j] == "się" {
			lemma += " się"
			j++
		}
		for steps := 0; j < len(sent) && steps < 2; steps, j = steps+1, j+1 {
			if kind, _, _ := phraseWord(analyze(sent[j], false), false); kind != 3 {
				break
			}
		}
		if j >= len(sent) {
			continue
		}
		prep, cases := prepReadings(analyze(sent[j], false))
		if prep == "" {
			continue
		}
		var np agreeSet
		inNP := false
		for j++; j < len(sent); j++ {
			kind, set, _ := phraseWord(analyze(sent[j], false), true)
			if kind == 0 || kind == 3 {
				break
			}
			if !inNP {
				np, inNP = set, true
			} else {
				np = np.and(set)
			}
			if kind == 1 {
				continue
			}
			for c := range np {
				if c >= len(cases) || !cases[c] {
					np[c] = 0
				}
			}
			c := np.onlyCase()
			k := -1
			switch c {
			case vcAcc:
				k = vpAcc
			case vcLoc:
				k = vpLoc
			case vcInst:
				k = vpInst
			}
			if k >= 0 {
				key := lemma + "\t" + prep
				cc := counts[key]
				if cc == nil {
					cc = new(verbPrepCounts)
					counts[key] = cc
				}
				cc[k]++
			}
			break
		}
	}
}

// prepReadings returns the lemma of a word whose readings as a
// preposition are those of one of twoCasePreps, and the accusative,
// locative and instrumental it governs by their places in an agreeSet;
// "" when it is none. Its other readings ("na" as an interjection, "w" as
// the abbreviation of "wiek") are rare after a verb.
func prepReadings(as []Analysis) (string, [vcCases + 1]bool) {
	var cases [vcCases + 1]bool
	lemma := ""
	for i := range as {
		a := &as[i]
		if a.Morph.Class != "prep" {
			continue
		}
		if a.Source == FromGuess || !twoCasePreps[a.Lemma] || lemma != "" && a.Lemma != lemma {
			return "", cases
		}
		lemma = a.Lemma
		switch c := a.Morph.Vals[Case]; c {
		case "loc":
			cases[vcLoc] = true
		case "acc", "inst":
			cases[caseIndex(c)] = true
		}
	}
	return lemma, cases
}

// writeVerbPreps writes the table read by parseVerbPreps: the pairs with
// at least min counts, in order.
func writeVerbPreps(w io.Writer, counts map[string]*verbPrepCounts, min int) error {
	var keys []string
	for k, c := range counts {
		if c[0]+c[1]+c[2] >= min {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	bw := bufio.NewWriter(w)
	bw.WriteString(verbPrepsHeader)
	for _, k := range keys {
		c := counts[k]
		fmt.Fprintf(bw, "%s\t%d\t%d\t%d\n", k, c[0], c[1], c[2])
	}
	return bw.Flush()
}

const verbPrepsHeader = `# Verb prepositions: for each verb lemma ("lemma się" when "się" follows it)
# and preposition of two cases right after it, how often the phrase after
# the preposition is accusative, locative and instrumental, counted over the
# word forms of NKJP-1M (CC BY 4.0; its tags are not read) where the
# readings of the phrase's words agree in one of the preposition's cases
# (lang/pl/tagger_verbpreps.go).
# Generated: KRONIKA_GEN_VALENCE=1 go test ./lang/pl -run TestGenerateVerbCases
# lemma	prep	acc	loc	inst
`

// prepValence revisits the case of a preposition of two cases right after
// a verb (past "się", a person clitic and adverbs) and of the phrase it
// governs by the verb-preposition table: where the phrase's noun (its
// lemma and class) and adjectives can be read in the other case, and the
// verb's count of that case exceeds the tagger's by valenceMargin, the
// preposition and the phrase take it ("patrzyła na mnie": accusative;
// "prosi o wiadomości": accusative).
func prepValence(d *doc.Document, tokens []doc.Token) {
	table := verbPreps()
	for v := range tokens {
		if !verbTag(tokens[v].XPOS) || tokens[v].Lemma == "być" {
			continue
		}
		lemma := tokens[v].Lemma
		j := v + 1
		if j < len(tokens) && strings.HasPrefix(tokens[j].XPOS, "aglt:") {
			j++
		}
		if reflexiveAt(d, tokens, v) {
			lemma += " się"
			j++
		}
		for j < len(tokens) && (tokens[j].XPOS == "adv" || strings.HasPrefix(tokens[j].XPOS, "adv:") || tokens[j].XPOS == "qub" || tokens[j].XPOS == "part") {
			j++
		}
		if j+1 >= len(tokens) || !strings.HasPrefix(tokens[j].XPOS, "prep:") || !twoCasePreps[tokens[j].Lemma] {
			continue
		}
		vc, ok := table[lemma+"\t"+tokens[j].Lemma]
		if !ok {
			continue
		}
		first := j + 1
		k := first
		for k < len(tokens) && adjLike(tokens[k].XPOS) {
			k++
		}
		if k >= len(tokens) || !nounLike(tokens[k].XPOS) && !strings.HasPrefix(tokens[k].XPOS, "ppron") {
			continue
		}
		reprep(d, tokens, j, first, k, vc)
	}
}

// reprep revises the preposition at p, the noun at k and its adjectives
// from first with the counts vc (see prepValence).
func reprep(d *doc.Document, tokens []doc.Token, p, first, k int, vc verbPrepCounts) {
	pm := morphOf(tokens[p].XPOS)
	cur := prepCase(pm.Vals[Case])
	if cur < 0 {
		return
	}
	m := morphOf(tokens[k].XPOS)
	if m.Vals[Case] != pm.Vals[Case] {
		return // the phrase is not the preposition's as tagged
	}
	lemma := tokens[k].Lemma
	as := cachedAnalyses(d.Text[tokens[k].Start:tokens[k].End], k == 0)
	for i := range as {
		a := &as[i]
		c := prepCase(a.Morph.Vals[Case])
		if c < 0 || c == cur || a.Lemma != lemma || a.Morph.Class != m.Class || vc[c] < valenceMin ||
			float64(vc[c])+0.5 < valenceMargin*(float64(vc[cur])+0.5) {
			continue
		}
		num := a.Morph.agreeNumber()
		ok := true
		for j := first; j < k && ok; j++ {
			ok = hasReading(d, &tokens[j], j == 0, a.Morph.Vals[Case], num, a.Morph.Vals[Gender])
		}
		if !ok {
			continue
		}
		plemma, pc := tokens[p].Lemma, a.Morph.Vals[Case]
		if !setCachedReading(d, &tokens[p], p == 0, func(b *Analysis) bool {
			return b.Lemma == plemma && b.Morph.Class == "prep" && b.Morph.Vals[Case] == pc
		}) {
			return
		}
		tokens[k].Lemma, tokens[k].XPOS = a.Lemma, a.TokenXPOS()
		tokens[k].UPOS, tokens[k].Feats = a.UD()
		if first < k {
			setRun(d, tokens, first, k, pc, num, a.Morph.Vals[Gender])
		}
		return
	}
}
