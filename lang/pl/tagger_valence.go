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

// Verb cases: how often the first noun phrase after a verb is in each
// case, counted over the word forms of NKJP-1M (CC BY 4.0) where the
// forms leave no doubt: "nacisnął klamkę" counts an accusative for
// "nacisnąć", "zaczęli nową pracę" too (the adjective's accusative and
// instrumental, the noun's accusative), "popełnili błąd" too (a plural
// verb cannot have the singular "błąd" as its subject), "wychodziły
// pensjonarki" nothing (nominative or accusative), "stoi kobieta" a
// nominative for "stać". A verb whose nouns are never accusative does
// not take an object ("wychodzić", "krążyć"); one whose nouns are mostly
// accusative does ("trzymać").
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
	err := eachDataLine(r, func(line int, s string) error {
		f := strings.Split(s, "\t")
		if len(f) != 1+vcCases || f[0] == "" {
			return fmt.Errorf("line %d: want a lemma and %d counts", line, vcCases)
		}
		var c verbCaseCounts
		if err := tableCounts(line, f[1:], c[:]); err != nil {
			return err
		}
		if _, dup := m[f[0]]; dup {
			return fmt.Errorf("line %d: %q listed twice", line, f[0])
		}
		m[f[0]] = c
		return nil
	})
	if err != nil {
		return nil, err
	}
	return m, nil
}

// eachDataLine calls f with the number and text of each line of r that is
// neither empty nor a comment (#), up to f's first error.
func eachDataLine(r io.Reader, f func(line int, s string) error) error {
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		if err := f(line, s); err != nil {
			return err
		}
	}
	return sc.Err()
}

// tableCounts reads the counts of one table line into dst, one field
// each; a count is a number, not negative.
func tableCounts(line int, fields []string, dst []int) error {
	for i := range dst {
		n, err := strconv.Atoi(fields[i])
		if err != nil || n < 0 {
			return fmt.Errorf("line %d: bad count %q", line, fields[i])
		}
		dst[i] = n
	}
	return nil
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

// countVerbCases adds to counts the case of the first noun phrase after
// each verb of one sentence of word forms, where both are certain from
// the forms alone: the verb's readings are verb forms of one lemma; the
// phrase follows after adverbs and particles only, before any
// preposition, and its words' readings agree in one case only ("nową
// książkę": the adjective's accusative and instrumental and the noun's
// accusative leave the accusative). A personal pronoun first ("dał mu
// książkę") is counted and the phrase after it too. After a negated verb
// only the nominative, dative and instrumental count: negation turns an
// accusative object into a genitive.
func countVerbCases(sent []string, counts map[string]*verbCaseCounts, analyze func(form string, initial bool) []Analysis) {
	for i := 0; i+1 < len(sent); i++ {
		as := analyze(sent[i], i == 0)
		lemma := verbLemma(as)
		if lemma == "" || lemma == "być" {
			continue
		}
		// After "nie" an accusative object is put in the genitive: a
		// genitive or accusative there says nothing of the verb.
		negated := i > 0 && strings.EqualFold(sent[i-1], "nie")
		subj := subjectBits(as)
		if infinitive(as) {
			// "ma tam powstać pomnik": the subject of a verb before.
			for k := i - 1; k >= 0 && k >= i-3; k-- {
				if b := subjectBits(analyze(sent[k], k == 0)); b != 0 {
					subj = b
					break
				}
			}
		}
		j := i + 1
		if _, aglt := agltForms[sent[j]]; aglt {
			subj = 0 // "popełnił em": the first or second person
			j++
		}
		if j < len(sent) && sent[j] == "się" {
			lemma += " się"
			j++
		}
		add := func(c int) {
			if negated && (c == vcGen || c == vcAcc) {
				return
			}
			cc := counts[lemma]
			if cc == nil {
				cc = new(verbCaseCounts)
				counts[lemma] = cc
			}
			cc[c]++
		}
		var np agreeSet
		inNP := false
		for steps := 0; j < len(sent) && steps < 6; steps, j = steps+1, j+1 {
			if strings.EqualFold(sent[j], "nie") {
				break
			}
			bs := analyze(sent[j], false)
			kind, set, pron := phraseWord(bs, false)
			if kind == 0 {
				break
			}
			if kind == 3 { // an adverb or particle, only before the phrase
				if inNP {
					break
				}
				continue
			}
			if !inNP {
				np, inNP = set, true
			} else {
				np = np.and(set)
			}
			if kind == 1 {
				continue // a modifier: the noun follows
			}
			c := np.onlyCase()
			if c < 0 && np[vcNom] != 0 {
				// A nominative that cannot be the verb's subject
				// ("popełnili błąd", "nacisnąć klawisz") is not one.
				np[vcNom] &= subj
				c = np.onlyCase()
			}
			if c >= 0 {
				add(c)
			}
			if !pron || c < 0 {
				break
			}
			np, inNP = agreeSet{}, false
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

// subjectBits returns the agreement bits (agreeBits) of a nominative
// that could be the subject of a verb with the readings as: none after an
// infinitive, an impersonal form, an imperative, an adverbial participle
// or a verb in the first or second person; the number after a verb in
// the third person; number and gender after a past form.
func subjectBits(as []Analysis) uint16 {
	var b uint16
	for i := range as {
		m := &as[i].Morph
		switch m.Class {
		case "fin", "bedzie":
			if m.Vals[Person] == "ter" {
				b |= agreeBits(&Morph{Vals: [numAttrs]string{Number: m.Vals[Number]}})
			}
		case "praet", "winien":
			if m.Vals[Gender] != "" {
				b |= agreeBits(m)
			} else {
				b |= agreeBits(&Morph{Vals: [numAttrs]string{Number: m.Vals[Number]}})
			}
		}
	}
	return b
}

// infinitive reports whether a verb's readings include an infinitive.
func infinitive(as []Analysis) bool {
	for i := range as {
		if as[i].Morph.Class == "inf" {
			return true
		}
	}
	return false
}

// agreeSet holds the readings of a phrase word as bits of case × number
// × gender, so that the readings of words that agree intersect: the
// cases of vcNames, then the locative (vcLoc).
type agreeSet [vcCases + 1]uint16

// vcLoc is the locative's place in an agreeSet.
const vcLoc = vcCases

// agreeBits are the bits of a reading's number and gender within its
// case; a pronoun without gender ("mi", "nas") has the bits of all.
func agreeBits(m *Morph) uint16 {
	var ns, gs []int
	switch m.Vals[Number] {
	case "sg":
		ns = []int{0}
	case "pl":
		ns = []int{1}
	default:
		ns = []int{0, 1}
	}
	switch m.Vals[Gender] {
	case "m1":
		gs = []int{0}
	case "m2":
		gs = []int{1}
	case "m3":
		gs = []int{2}
	case "f":
		gs = []int{3}
	case "n":
		gs = []int{4}
	default:
		gs = []int{0, 1, 2, 3, 4}
	}
	var b uint16
	for _, n := range ns {
		for _, g := range gs {
			b |= 1 << (n*5 + g)
		}
	}
	return b
}

func (s agreeSet) and(t agreeSet) agreeSet {
	for i := range s {
		s[i] &= t[i]
	}
	return s
}

// onlyCase returns the one case left in s, or -1 when none or several.
func (s agreeSet) onlyCase() int {
	c := -1
	for i, b := range s {
		if b == 0 {
			continue
		}
		if c >= 0 {
			return -1
		}
		c = i
	}
	return c
}

// phraseWord classes a word after a verb: 3 for an adverb or particle
// (read on), 1 for an adjective or participle (a modifier: read on), 2
// for a noun, gerund or personal pronoun (pron) ending the phrase, 0 for
// anything else. A word that may be an adjective is read as one
// ("staremu człowiekowi"), though it may stand for a noun. set holds the
// readings of the class chosen, in the cases of vcNames and, with loc
// (after a preposition), the locative; vocative readings and guesses are
// passed over.
func phraseWord(as []Analysis, loc bool) (kind int, set agreeSet, pron bool) {
	if len(as) == 0 || as[0].Source == FromGuess {
		return 0, set, false
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
			return 0, set, false
		}
	}
	switch {
	case adj && !adv:
		kind = 1
	case adv && !adj && !noun:
		return 3, set, false
	case noun && !adv:
		kind = 2
	default:
		return 0, set, false
	}
	for i := range as {
		a := &as[i]
		switch {
		case a.Source == FromGuess, a.Morph.Vals[Case] == "voc":
			continue // rare in running text: "kobieto"
		case a.Morph.Vals[Case] == "loc" && !loc:
			continue // only after a preposition: "kobiecie" is a dative here
		}
		switch a.Morph.Class {
		case "adj", "ppas", "pact":
			if kind != 1 {
				continue
			}
		case "ppron12", "ppron3":
			pron = true
		default:
			if kind != 2 {
				continue
			}
		}
		k := caseIndex(a.Morph.Vals[Case])
		if a.Morph.Vals[Case] == "loc" {
			k = vcLoc
		}
		if k < 0 {
			return 0, agreeSet{}, false // no case
		}
		set[k] |= agreeBits(&a.Morph)
	}
	return kind, set, pron
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
# often the first noun phrase after it (and the one after a personal pronoun
# there) is nominative, genitive, dative, accusative and instrumental,
# counted over the word forms of NKJP-1M (CC BY 4.0; its tags are not read)
# where the forms leave one case: the readings of adjective and noun that
# agree, no locative without a preposition, no nominative the verb cannot
# agree with; after "nie" no genitive or accusative (lang/pl/tagger_valence.go).
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
	err := eachDataLine(r, func(line int, s string) error {
		if strings.ContainsAny(s, "\t ") {
			return fmt.Errorf("line %d: want one lemma", line)
		}
		if m[s] {
			return fmt.Errorf("line %d: %q listed twice", line, s)
		}
		m[s] = true
		return nil
	})
	if err != nil {
		return nil, err
	}
	return m, nil
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

// valenceCases revisits the case of the first noun phrase after a verb
// (past adverbs, particles, "się", a person clitic "-em" and a dative
// pronoun) by the verb-case table: among the cases the noun's form offers
// in its lemma and class, and the adjectives before it offer with it, it
// takes the one whose count exceeds that of the tagger's case by
// valenceMargin ("przekazali Komisji": dative, not genitive; "położyła
// ręce": accusative, not dative). A nominative the verb cannot agree with
// ("wezwano pierwszego świadka", "popełnili błąd") counts little; a
// nominative that can be the subject stays where the clause puts an
// object or a relative word before the verb ("Udział wzięły
// reprezentacje"), after a verb of saying that follows the words
// reported, and needs only valenceMarginDropped where no subject
// precedes (the subject is dropped, or the noun). No nominative is read
// where the clause has its subject already. A verb the table lacks, not
// reflexive and with a passive participle (not in data/no-passive.tsv),
// counts as valenceMin accusatives. After a negated verb only a
// dative or instrumental is read, against the genitive and accusative
// counts together ("nie podlegają kontroli"). A copula, "być", and
// pronouns such as "co", "to" are passed over.
func valenceCases(d *doc.Document, tokens []doc.Token) {
	for v := range tokens {
		if !verbTag(tokens[v].XPOS) || tokens[v].Lemma == "być" || copulaAt(d, tokens, v) {
			continue
		}
		refl := reflexiveAt(d, tokens, v)
		vc := verbCasesOf(tokens[v].Lemma, refl)
		if vc == (verbCaseCounts{}) && !refl && !noPassive()[tokens[v].Lemma] {
			// A verb the corpus does not show enough: one with a passive
			// participle takes an accusative object ("rozbiera wiadukt").
			vc[vcAcc] = valenceMin
		}
		first := v + 1
		if refl {
			first++
		}
		for first < len(tokens) && (strings.HasPrefix(tokens[first].XPOS, "aglt:") || tokens[first].XPOS == "adv" ||
			strings.HasPrefix(tokens[first].XPOS, "adv:") || tokens[first].XPOS == "part" || tokens[first].XPOS == "qub") {
			first++
		}
		// A personal pronoun first: the phrase after it ("poddano go
		// operacji"), as the table counts it.
		if first+1 < len(tokens) && strings.HasPrefix(tokens[first].XPOS, "ppron") {
			if morphOf(tokens[first].XPOS).Vals[Case] != "dat" {
				continue // the pronoun is the object, or the subject
			}
			first++
		}
		k := first
		for k < len(tokens) && adjLike(tokens[k].XPOS) {
			k++
		}
		if k >= len(tokens) || !nounLike(tokens[k].XPOS) || pronounNouns[tokens[k].Lemma] {
			continue
		}
		revalence(d, tokens, v, first, k, vc, negatedAt(tokens, v))
	}
}

// valenceMargin is how many times the verb's count of a case (plus one
// half) must exceed that of the tagger's case to change it, and
// valenceMarginDropped the same for an agreeing nominative in a clause
// without a subject before the verb; valenceMin is the fewest counts of
// the new case. Tuned on UD PDB-dev and LFG-dev.
const (
	valenceMargin        = 2.0
	valenceMin           = 2
	valenceMarginDropped = 1.5
)

// revalence revises the noun at k (its adjectives from first) after the
// verb at v with the verb's counts vc (see valenceCases).
func revalence(d *doc.Document, tokens []doc.Token, v, first, k int, vc verbCaseCounts, negated bool) {
	m := morphOf(tokens[k].XPOS)
	cur := caseIndex(m.Vals[Case])
	if cur < 0 {
		return
	}
	head := v // the verb whose subject a nominative would be
	if strings.HasPrefix(tokens[v].XPOS, "inf:") && v > 0 && verbTag(tokens[v-1].XPOS) {
		head = v - 1 // "ma powstać pomnik"
	}
	score := func(c int, mo *Morph) float64 {
		s := float64(vc[c]) + 0.5
		if negated && c == vcGen {
			s += float64(vc[vcAcc]) // the object of a negated verb
		}
		if c == vcNom && !canBeSubject(tokens, head, mo, false) {
			s /= 8
		}
		return s
	}
	// Before the verb in its clause: a nominative that can be its
	// subject, and a nominal that can be a fronted object
	// ("Udział wzięły reprezentacje").
	subject, fronted := false, false
	for j := v - 1; j >= 0 && !clauseEnd(d, &tokens[j]); j-- {
		x := tokens[j].XPOS
		if !nounLike(x) && !strings.HasPrefix(x, "ppron") && !strings.HasPrefix(x, "num:") && !relativeWords[tokens[j].Lemma] ||
			governedByPrep(tokens, 0, j) {
			continue
		}
		jm := morphOf(x)
		if relativeWords[tokens[j].Lemma] {
			if jm.Vals[Case] == "nom" && nominativeForm(d, &tokens[j], j == 0) {
				subject = true // "która rozbiera wiadukt"
			} else {
				fronted = true // "jakie daje im Fundusz": nominative or accusative
			}
			continue
		}
		switch jm.Vals[Case] {
		case "nom":
			subject = subject || canBeSubject(tokens, head, jm, false)
		case "acc", "gen", "dat", "inst":
			fronted = true
		}
	}
	margin := valenceMargin
	if cur == vcNom && canBeSubject(tokens, head, m, false) {
		if fronted || reportingAt(d, tokens, v) {
			return // the verb's subject after it
		}
		if !subject {
			margin = valenceMarginDropped // the subject may be the noun or dropped
		}
	}
	lemma := tokens[k].Lemma
	curScore := score(cur, m)
	var best *Analysis
	bestScore := 0.0
	as := cachedAnalyses(d.Text[tokens[k].Start:tokens[k].End], k == 0)
	for i := range as {
		a := &as[i]
		c := caseIndex(a.Morph.Vals[Case])
		if c < 0 || c == cur || a.Lemma != lemma || a.Morph.Class != m.Class || vc[c] < valenceMin || c == vcNom && subject || negated && c != vcDat && c != vcInst {
			continue
		}
		s := score(c, &a.Morph)
		if s <= bestScore || s < margin*curScore {
			continue
		}
		ok := true
		num := a.Morph.agreeNumber()
		for j := first; j < k && ok; j++ {
			ok = hasReading(d, &tokens[j], j == 0, a.Morph.Vals[Case], num, a.Morph.Vals[Gender])
		}
		if ok {
			best, bestScore = a, s
		}
	}
	if best == nil {
		return
	}
	tokens[k].Lemma, tokens[k].XPOS = best.Lemma, best.TokenXPOS()
	tokens[k].UPOS, tokens[k].Feats = best.UD()
	if first < k {
		setRun(d, tokens, first, k, best.Morph.Vals[Case], best.Morph.agreeNumber(), best.Morph.Vals[Gender])
	}
}

// caseIndex returns the index of a case among vcNames, or -1.
func caseIndex(c string) int {
	for i, n := range vcNames {
		if n == c {
			return i
		}
	}
	return -1
}

// reportingAt reports whether the verb at v follows a dash, comma or
// closing quotation mark: a verb of saying after the words reported,
// whose subject comes after it ("- rzucił Kwiczoł").
func reportingAt(d *doc.Document, tokens []doc.Token, v int) bool {
	if v == 0 || tokens[v-1].XPOS != "interp" {
		return false
	}
	switch d.Text[tokens[v-1].Start:tokens[v-1].End] {
	case "-", "–", "—", ",", "”", "\"", "»":
		return true
	}
	return false
}

// negatedAt reports whether the verb at v is negated: "nie" before it, or
// before the verb whose infinitive it is ("nie mogę robić").
func negatedAt(tokens []doc.Token, v int) bool {
	if v > 0 && tokens[v-1].Lemma == "nie" {
		return true
	}
	return v > 1 && strings.HasPrefix(tokens[v].XPOS, "inf:") && verbTag(tokens[v-1].XPOS) && tokens[v-2].Lemma == "nie"
}
