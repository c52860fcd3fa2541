package pl

//go:generate ../../scripts/polish-dict.sh

import (
	_ "embed"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/internal/textutil"
	"github.com/kronika/kronika/lang"
	"github.com/kronika/kronika/morph"
)

// The Polish morphological dictionary is Morfologik's polish.dict (PoliMorf,
// BSD-2, see data/polish.LICENSE.txt), rebuilt by scripts/polish-dict.sh.
// nkjp-tags.tsv and nkjp-forms.tsv are unigram counts learned from the
// automatic tags of NKJP-1M (CC BY 4.0): how often each NKJP tag occurs, and
// the preferred reading of the forms the dictionary leaves ambiguous.
var (
	//go:embed data/polish.dict
	polishDict []byte
	//go:embed data/polish.info
	polishInfo []byte
	//go:embed data/nkjp-tags.tsv
	nkjpTags string
	//go:embed data/nkjp-forms.tsv
	nkjpForms string
	//go:embed data/function-words.tsv
	functionWordsTSV string
	//go:embed data/nkjp-lemmas.tsv
	nkjpLemmas string
)

var (
	dictOnce sync.Once
	dict     *morph.Dictionary

	modelOnce sync.Once
	tagPrior  map[string]float64       // NKJP tag → log relative frequency
	formPrefs map[string][]formReading // form → NKJP readings with counts
	funcWords map[string]formReading   // lower-case form → preferred lemma and tag prefix
	lemmaFreq map[string]float64       // lower-case lemma → estimated NKJP count
)

// formReading is one reading of a form as counted in NKJP.
type formReading struct {
	lemma, xpos string
	count       int
}

// Dictionary returns the Polish morphological dictionary, loading it on
// first use (about 10 ms). It panics if the embedded data is corrupt, which
// the package tests rule out.
func Dictionary() *morph.Dictionary {
	dictOnce.Do(func() {
		d, err := morph.Load(polishDict, polishInfo)
		if err != nil {
			panic(fmt.Sprintf("pl: embedded dictionary: %v", err))
		}
		dict = d
	})
	return dict
}

func loadModel() {
	modelOnce.Do(func() {
		var err error
		tagPrior, err = parseTagCounts(nkjpTags)
		if err == nil {
			formPrefs, err = parseFormCounts(nkjpForms)
		}
		if err == nil {
			funcWords, err = parseFunctionWords(functionWordsTSV)
		}
		if err == nil {
			lemmaFreq, err = parseCounts(nkjpLemmas, "data/nkjp-lemmas.tsv")
		}
		if err != nil {
			panic(fmt.Sprintf("pl: embedded NKJP tables: %v", err))
		}
	})
}

// eachRow calls fn for every line of a TSV table that is neither empty nor
// a comment, with its fields, which must number cols. Errors name the file
// and line.
func eachRow(name, data string, cols int, fn func(f []string) error) error {
	for i, line := range strings.Split(data, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != cols {
			return fmt.Errorf("%s:%d: want %d columns", name, i+1, cols)
		}
		if err := fn(f); err != nil {
			return fmt.Errorf("%s:%d: %v", name, i+1, err)
		}
	}
	return nil
}

// parseTagCounts reads "tag TAB count" lines into log relative frequencies.
func parseTagCounts(s string) (map[string]float64, error) {
	counts, err := parseCounts(s, "data/nkjp-tags.tsv")
	if err != nil {
		return nil, err
	}
	total := 0.0
	for _, v := range counts {
		total += v
	}
	for k, v := range counts {
		counts[k] = math.Log((v + 0.5) / (total + 1))
	}
	return counts, nil
}

// parseCounts reads "key TAB count" lines; a key listed twice adds up.
func parseCounts(s, name string) (map[string]float64, error) {
	m := map[string]float64{}
	err := eachRow(name, s, 2, func(f []string) error {
		n, err := strconv.Atoi(f[1])
		m[f[0]] += float64(n)
		return err
	})
	return m, err
}

// parseFormCounts reads "form TAB lemma TAB tag TAB count" lines.
func parseFormCounts(s string) (map[string][]formReading, error) {
	m := map[string][]formReading{}
	err := eachRow("data/nkjp-forms.tsv", s, 4, func(f []string) error {
		n, err := strconv.Atoi(f[3])
		m[f[0]] = append(m[f[0]], formReading{f[1], f[2], n})
		return err
	})
	return m, err
}

// parseFunctionWords reads "form TAB lemma TAB tag-prefix" lines.
func parseFunctionWords(s string) (map[string]formReading, error) {
	m := map[string]formReading{}
	err := eachRow("data/function-words.tsv", s, 3, func(f []string) error {
		if _, dup := m[f[0]]; dup {
			return fmt.Errorf("%q listed twice", f[0])
		}
		m[f[0]] = formReading{lemma: f[1], xpos: f[2]}
		return nil
	})
	return m, err
}

// Source says where an analysis comes from.
type Source uint8

const (
	// FromDict: the dictionary lists the form as written.
	FromDict Source = iota
	// FromDictFolded: the dictionary lists the form in another letter case.
	FromDictFolded
	// FromLexicon: the small built-in lexicon of forms the dictionary lacks
	// (punctuation, digits, clitics).
	FromLexicon
	// FromGuess: the guesser for unknown words.
	FromGuess
)

// Analysis is one reading of a word: its lemma and a single NKJP tag with
// its UD equivalents.
type Analysis struct {
	Lemma  string
	Morph  Morph
	XPOS   string
	Source Source
	// Score ranks the analyses of one word (higher is better); it is a log
	// probability up to a constant.
	Score float64
}

// UD returns the UD part of speech and FEATS of the analysis.
func (a *Analysis) UD() (upos, feats string) {
	return udOf(&a.Morph, a.XPOS, a.Lemma)
}

// TokenXPOS returns the XPOS written on a token: the reading's XPOS with
// the collectivity of a neuter noun.
func (a *Analysis) TokenXPOS() string {
	if a.Morph.Class == "num" && noCollectivity[a.Lemma] {
		return strings.TrimSuffix(a.XPOS, ":ncol")
	}
	return a.Morph.withNounCol(a.XPOS)
}

// noCollectivity lists numerals that have no collective forms, so UD
// Polish PDB writes no collectivity in their XPOS: indefinite quantities
// and the hundreds.
var noCollectivity = map[string]bool{
	"wiele": true, "więcej": true, "najwięcej": true, "niewiele": true, "ile": true, "ileż": true,
	"tyle": true, "dużo": true, "mało": true, "mniej": true, "najmniej": true, "trochę": true,
	"sporo": true, "parę": true, "pół": true, "półtora": true, "kilkaset": true, "sto": true,
	"dwieście": true, "trzysta": true, "czterysta": true, "pięćset": true, "sześćset": true,
	"siedemset": true, "osiemset": true, "dziewięćset": true,
}

// Case returns the NKJP case of the analysis ("nom", "gen", ...; "" for
// words without case).
func (a *Analysis) Case() string { return a.Morph.Vals[Case] }

// expanded caches the single readings of each interned dictionary tag.
var expanded sync.Map // string → []tagReading

type tagReading struct {
	m     Morph
	xpos  string
	prior float64
}

func expandTag(tag string) []tagReading {
	if v, ok := expanded.Load(tag); ok {
		return v.([]tagReading)
	}
	// The priors come from the model, and the readings are kept: a tag
	// expanded before the model is loaded (a name of an English document
	// looked up in the dictionary first) would keep priors of zero.
	loadModel()
	var out []tagReading
	for _, t := range ParseTags(tag) {
		for _, m := range t.Expand() {
			x := m.XPOS()
			out = append(out, tagReading{m: m, xpos: x, prior: priorOf(x)})
		}
	}
	expanded.Store(tag, out)
	return out
}

// priorOf returns the log prior of an NKJP tag; tags NKJP never uses get a
// floor below every seen one.
func priorOf(xpos string) float64 {
	if p, ok := tagPrior[xpos]; ok {
		return p
	}
	return -16
}

// udCache caches Morph.UD per XPOS, lemma class and the two readings'
// marks that the XPOS does not spell (a conditional "zrobiłaby" has the
// XPOS of "zrobiła"; a plurale tantum that of a plural).
var udCache = struct {
	sync.RWMutex
	m map[udKey][2]string
}{m: map[udKey][2]string{}}

type udKey struct {
	xpos, lemma string
	cond, ptan  bool
}

func udOf(m *Morph, xpos, lemma string) (string, string) {
	key := udKey{xpos, lemmaKey(lemma, m.Class), m.Cond, m.Ptan}
	udCache.RLock()
	v, ok := udCache.m[key]
	udCache.RUnlock()
	if ok {
		return v[0], v[1]
	}
	u, f := m.UD(lemma)
	key.xpos, key.lemma = strings.Clone(key.xpos), strings.Clone(key.lemma)
	udCache.Lock()
	udCache.m[key] = [2]string{u, f}
	udCache.Unlock()
	return u, f
}

// lemmaKey reduces a lemma to what Morph.UD looks at.
func lemmaKey(lemma, class string) string {
	if _, ok := pronominal[lemma]; ok {
		return lemma
	}
	switch lemma {
	case "być", "zostać", "to", "się", "nie", "by", "niech", "niechaj", "niechże", "temu":
		return lemma
	}
	if class == "interp" || class == "brev" {
		return lemma
	}
	if isTitle(lemma) {
		return "\x01T"
	}
	return ""
}

// isTitle reports whether s starts with an upper-case letter
// (textutil.Capitalised, under the name the package's files use).
func isTitle(s string) bool { return textutil.Capitalised(s) }

// Scoring weights, tuned on UD PDB-dev and LFG-dev.
const (
	// foldedPenalty: a reading found only in another letter case
	// ("Kima" → kima, kimać) is less likely than one found as written.
	foldedPenalty = -0.8
	// initialFoldedPenalty: the same at the start of a sentence, where
	// capitals say nothing.
	initialFoldedPenalty = -0.2
	// formWeight scales the NKJP evidence for a form's readings.
	formWeight = 2.0
	// funcWordBonus: the hand-written preference for a function word's
	// reading outweighs every statistic.
	funcWordBonus = 100.0
)

// classBias corrects the priors of classes that statistics without context
// overrate: interjections ("o", "na"), abbreviations ("w" for "wiek"),
// bound words and depreciative nouns.
var classBias = map[string]float64{
	"interj": -4, "brev": -3, "burk": -3, "depr": -2, "xxx": -3, "adja": -2,
}

// identityBonus favours the nominative of a noun whose form is its lemma
// ("Henryk" the man, not the genitive plural of "Henryka").
const identityBonus = 1.0

// caseBias orders the readings of one lemma where a form is ambiguous
// between cases that always share it (feminine adjectives in -ej:
// genitive, dative, locative), which corpus counts without context cannot
// tell apart. It does not change which lemma wins.
var caseBias = map[string]float64{"gen": 0.6, "dat": -1.0, "voc": -2, "loc": 0.2}

// nominalizedPenalty: a noun reading of a word that is also an adjective of
// the same lemma ("młody" the groom, "ostatni" the last one) is rarer than
// the adjective.
const nominalizedPenalty = -2.0

// initialProperPenalty: at the start of a sentence, where every word is
// capitalised, a proper noun ("Świat", a surname) is rarer than the common
// noun of the same spelling ("świat").
const initialProperPenalty = -1.0

// penalizeInitialProper applies initialProperPenalty to the proper-noun
// readings of a word that also has a common-noun reading attested in
// NKJP. A common noun the corpus never saw ("litwa", "ukraina", "china")
// does not push a country or a name aside: "Litwa podpisała…".
func penalizeInitialProper(as []Analysis) {
	common := false
	for i := range as {
		if as[i].Morph.Class == "subst" && !isTitle(as[i].Lemma) && lemmaFreq[as[i].Lemma] > 0 {
			common = true
			break
		}
	}
	if !common {
		return
	}
	for i := range as {
		if as[i].Morph.Class == "subst" && isTitle(as[i].Lemma) {
			as[i].Score += initialProperPenalty
		}
	}
}

// participleBonus: where a form is both a participle and the adjective
// made of it ("określony", "znany"), UD Polish PDB mostly reads the
// participle.
const participleBonus = 1.5

// preferParticiples applies participleBonus.
func preferParticiples(as []Analysis) {
	for i := range as {
		c := as[i].Morph.Class
		if c != "ppas" && c != "pact" {
			continue
		}
		for j := range as {
			if as[j].Morph.Class == "adj" && as[j].Morph.Vals[Case] == as[i].Morph.Vals[Case] &&
				as[j].Morph.Vals[Number] == as[i].Morph.Vals[Number] && as[j].Morph.Vals[Gender] == as[i].Morph.Vals[Gender] {
				as[i].Score += participleBonus
				break
			}
		}
	}
}

// penalizeNominalized applies nominalizedPenalty.
func penalizeNominalized(as []Analysis) {
	for i := range as {
		if as[i].Morph.Class != "subst" {
			continue
		}
		for j := range as {
			if as[j].Morph.Class == "adj" && as[j].Lemma == as[i].Lemma {
				as[i].Score += nominalizedPenalty
				break
			}
		}
	}
}

// Analyze returns every analysis of form, best first. initial says the word
// begins a sentence (or a heading), where an upper-case letter does not
// mark a name. The result never is empty for a non-empty form: unknown
// words get guesses.
func Analyze(form string, initial bool) []Analysis {
	return analyzeAfter(form, initial, "", true)
}

// agltForms are the clitic forms of "być" ("-em", "-śmy", ...), which UD
// and NKJP split off past-tense verbs and a few other words.
var agltForms = map[string]string{
	"m": "aglt:sg:pri:imperf:nwok", "em": "aglt:sg:pri:imperf:wok",
	"ś": "aglt:sg:sec:imperf:nwok", "eś": "aglt:sg:sec:imperf:wok",
	"śmy": "aglt:pl:pri:imperf:nwok", "eśmy": "aglt:pl:pri:imperf:wok",
	"ście": "aglt:pl:sec:imperf:nwok", "eście": "aglt:pl:sec:imperf:wok",
}

// cliticHost reports whether a word may carry a split-off clitic.
func cliticHost(prev string) bool {
	for _, s := range []string{"ł", "ła", "ło", "li", "ły", "by", "że", "ż", "gdzie", "co", "kiedy", "czy", "jak"} {
		if strings.HasSuffix(prev, s) {
			return true
		}
	}
	return false
}

func analyzeAfter(form string, initial bool, prev string, prevJoined bool) []Analysis {
	if form == "" {
		return nil
	}
	loadModel()
	if x, ok := agltForms[form]; ok && prev != "" && (prevJoined || cliticHost(prev)) {
		return []Analysis{fixed("być", x)}
	}
	if isPunct(form) {
		if fw, ok := funcWords[form]; ok {
			return []Analysis{fixed(fw.lemma, fw.xpos)} // "%", "§": abbreviations
		}
		return []Analysis{fixed(form, "interp")}
	}
	if isDigits(form) {
		return []Analysis{fixed(form, "dig")}
	}
	d := Dictionary()
	var rbuf [32]morph.Reading
	var lbuf [256]byte
	rs, lb := d.Lookup([]byte(form), rbuf[:0], lbuf[:0])
	exact := len(rs)
	// Other letter cases: lower case for capitalised words, title case
	// for all-capitals and lower-case ones.
	if lower := strings.ToLower(form); lower != form {
		rs, lb = d.Lookup([]byte(lower), rs, lb)
		if textutil.Acronym(form) {
			if title := titleCase(form); title != form {
				rs, lb = d.Lookup([]byte(title), rs, lb)
			}
		}
	} else if title := titleCase(form); title != form && exact == 0 {
		rs, lb = d.Lookup([]byte(title), rs, lb)
	}
	_ = lb
	var out []Analysis
	for i, r := range rs {
		src, bonus := FromDict, 0.0
		if i >= exact {
			src = FromDictFolded
			if initial || exact == 0 && !isTitle(form) {
				bonus = initialFoldedPenalty
			} else {
				bonus = foldedPenalty
			}
		}
		lemma := string(r.Lemma)
		for _, tr := range expandTag(r.Tag) {
			if tr.m.Class == "siebie" {
				lemma = "siebie" // the dictionary files its forms under "się"
			}
			out = append(out, Analysis{Lemma: lemma, Morph: tr.m, XPOS: tr.xpos, Source: src, Score: tr.prior + bonus})
		}
	}
	if len(out) == 0 || exact == 0 && isTitle(form) && !initial && !hasAdjReading(out) {
		// A capitalised word the dictionary knows only in lower case may
		// well be a foreign name ("Kima", "Una"): let the guesser compete.
		// Not where it is an adjective in lower case: inside a name it
		// keeps its adjective readings ("Korea Północna", "Stany
		// Zjednoczone"), not a surname's the endings suggest.
		out = append(out, guess(form)...)
	}
	for i := range out {
		out[i].Score += classBias[out[i].Morph.Class]
	}
	penalizeNominalized(out)
	preferParticiples(out)
	if initial {
		penalizeInitialProper(out)
	}
	for i := range out {
		if out[i].Morph.Class == "subst" && out[i].Lemma == form && out[i].Morph.Vals[Case] == "nom" && !strings.HasSuffix(form, "a") {
			out[i].Score += identityBonus
		}
	}
	out = applyFormPrefs(form, initial, out)
	if fw, ok := funcWords[strings.ToLower(form)]; ok {
		matched := false
		for i := range out {
			if out[i].Lemma == fw.lemma && strings.HasPrefix(out[i].XPOS, fw.xpos) {
				out[i].Score += funcWordBonus
				matched = true
			}
		}
		if !matched {
			// A reading the dictionary lacks ("to" as a predicative).
			a := fixed(fw.lemma, fw.xpos)
			a.Score = funcWordBonus
			out = append(out, a)
		}
	}
	if len(out) == 0 {
		out = []Analysis{fixed(form, "ign")}
		out[0].Source = FromGuess
	}
	groupScores(out)
	for i := range out {
		// Within a lemma's readings only (see groupScores).
		out[i].Score += 1e-3 * caseBias[out[i].Morph.Vals[Case]]
	}
	sortAnalyses(out)
	return dedupe(out)
}

// sortAnalyses sorts by score, best first, keeping the order of ties.
func sortAnalyses(as []Analysis) {
	sort.SliceStable(as, func(i, j int) bool { return as[i].Score > as[j].Score })
}

// groupScores ranks the readings of one lemma and class together: an
// adjective whose gender is open ("m1.m2.m3") must not lose to a noun
// reading only because its probability is split over three tags. Each
// score becomes the log of the summed probability of its (lemma, class)
// group plus a small term that keeps the group's own order.
func groupScores(as []Analysis) {
	// Groups are small (a word has a few dozen readings at most): find each
	// reading's group by scanning rather than through a map.
	type group struct {
		lemma, class string
		max, sum     float64
	}
	var buf [16]group
	groups := buf[:0]
	idx := make([]int, len(as))
	for i := range as {
		g := -1
		for j := range groups {
			if groups[j].lemma == as[i].Lemma && groups[j].class == as[i].Morph.Class {
				g = j
				break
			}
		}
		if g < 0 {
			groups = append(groups, group{lemma: as[i].Lemma, class: as[i].Morph.Class, max: as[i].Score})
			g = len(groups) - 1
		} else if as[i].Score > groups[g].max {
			groups[g].max = as[i].Score
		}
		idx[i] = g
	}
	for i := range as {
		g := &groups[idx[i]]
		g.sum += math.Exp(as[i].Score - g.max)
	}
	for i := range as {
		g := &groups[idx[i]]
		as[i].Score = g.max + math.Log(g.sum) + 1e-3*(as[i].Score-g.max)
	}
}

// applyFormPrefs adds NKJP's evidence about this very form.
func applyFormPrefs(form string, initial bool, out []Analysis) []Analysis {
	prefs := formPrefs[form]
	if initial && isTitle(form) {
		prefs = append(prefs[:len(prefs):len(prefs)], formPrefs[strings.ToLower(form)]...)
	} else if len(prefs) == 0 && isTitle(form) && adjPrefs(formPrefs[strings.ToLower(form)]) {
		// An adjective capitalised inside a name ("z Nową Zelandią")
		// keeps the evidence of its lower-case form.
		prefs = formPrefs[strings.ToLower(form)]
	}
	if len(prefs) == 0 {
		return out
	}
	total := 0
	for _, p := range prefs {
		total += p.count
	}
	matched := false
	for i := range out {
		for _, p := range prefs {
			if p.xpos == out[i].XPOS && p.lemma == out[i].Lemma {
				out[i].Score += formWeight * math.Log(float64(p.count+1))
				matched = true
			}
		}
	}
	if !matched && len(out) == 0 {
		for _, p := range prefs {
			m := ParseXPOS(p.xpos)
			out = append(out, Analysis{Lemma: p.lemma, Morph: m, XPOS: p.xpos, Source: FromLexicon,
				Score: math.Log(float64(p.count) / float64(total+1))})
		}
	}
	return out
}

// fixed builds a single lexicon analysis.
func fixed(lemma, xpos string) Analysis {
	return Analysis{Lemma: lemma, Morph: ParseXPOS(xpos), XPOS: xpos, Source: FromLexicon}
}

// dedupe drops repeated readings (same lemma and tag), keeping the first.
func dedupe(as []Analysis) []Analysis {
	out := as[:0]
	for _, a := range as {
		dup := false
		for _, b := range out {
			if a.XPOS == b.XPOS && a.Lemma == b.Lemma {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, a)
		}
	}
	return out
}

func isPunct(s string) bool {
	for _, r := range s {
		if !unicode.IsPunct(r) && !unicode.IsSymbol(r) {
			return false
		}
	}
	return true
}

func isDigits(s string) bool {
	digits := 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == ',' || r == '.' || r == ':':
		default:
			return false
		}
	}
	return digits > 0
}

// titleCase upper-cases the first letter of s and lower-cases the rest.
func titleCase(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + strings.ToLower(s[n:])
}

// Analyzer is the Polish lang.Analyzer: the contextual tagger
// (tagger.go) chooses each token's reading among the analyses of its form.
// ContextFreeAnalyzer gives every token its best context-free analysis
// instead.
type Analyzer struct{}

// ContextFreeAnalyzer is the Polish lang.Analyzer without the tagger.
// Results are cached per form (up to tokenCacheMax forms), since a word's
// context-free analysis does not depend on its context.
type ContextFreeAnalyzer struct{}

// tokenResult is the cached analysis of one form.
type tokenResult struct{ lemma, xpos, upos, feats string }

const tokenCacheMax = 200_000

var tokenCache = struct {
	sync.RWMutex
	m [2]map[string]tokenResult // by "initial" (0: inside a sentence, 1: first word)
	n int
}{m: [2]map[string]tokenResult{{}, {}}}

func cachedToken(form string, initial bool) (tokenResult, bool) {
	k := 0
	if initial {
		k = 1
	}
	tokenCache.RLock()
	r, ok := tokenCache.m[k][form]
	tokenCache.RUnlock()
	return r, ok
}

func cacheToken(form string, initial bool, r tokenResult) {
	k := 0
	if initial {
		k = 1
	}
	tokenCache.Lock()
	if tokenCache.n < tokenCacheMax {
		if _, ok := tokenCache.m[k][form]; !ok {
			tokenCache.m[k][strings.Clone(form)] = r
			tokenCache.n++
		}
	}
	tokenCache.Unlock()
}

// analyzer returns the Polish morphological analyzer.
func analyzer() lang.Analyzer { return Analyzer{} }

// Analyze fills Lemma, UPOS, XPOS and Feats of the tokens of one sentence.
func (Analyzer) Analyze(d *doc.Document, tokens []doc.Token) {
	if m := DefaultTagger(); m != nil {
		m.Tag(d, tokens, DefaultTagOptions)
		return
	}
	ContextFreeAnalyzer{}.Analyze(d, tokens)
}

// Analyze fills Lemma, UPOS, XPOS and Feats of the tokens of one sentence,
// each token on its own.
func (ContextFreeAnalyzer) Analyze(d *doc.Document, tokens []doc.Token) {
	prev, prevJoined := "", false
	for i := range tokens {
		t := &tokens[i]
		form := d.Text[t.Start:t.End]
		initial := i == 0 || i > 0 && isOpening(prev)
		// Only the clitics of "być" depend on the word before them.
		_, clitic := agltForms[form]
		if r, ok := cachedToken(form, initial); ok && !clitic {
			t.Lemma, t.XPOS, t.UPOS, t.Feats = r.lemma, r.xpos, r.upos, r.feats
		} else if as := analyzeAfter(form, initial, prev, prevJoined); len(as) > 0 {
			a := &as[0]
			t.Lemma, t.XPOS = a.Lemma, a.TokenXPOS()
			t.UPOS, t.Feats = a.UD()
			if !clitic {
				cacheToken(form, initial, tokenResult{t.Lemma, t.XPOS, t.UPOS, t.Feats})
			}
		}
		prev, prevJoined = form, !t.SpaceAfter
	}
}

// isOpening reports whether a token after prev starts a clause in which a
// capital letter is not informative (after a quotation mark or a colon or
// a dash at the start).
func isOpening(prev string) bool {
	switch prev {
	case "„", "\"", "«", "(", ":", "–", "-", "—", "…", "»", "”":
		return true
	}
	return false
}

// hasAdjReading reports whether the best of as (the dictionary's readings
// of a word) is an adjective or a participle ("północna", "zjednoczone"),
// not a rare one beside a pronoun ("kim": kto, or ki).
func hasAdjReading(as []Analysis) bool {
	best := -1
	for i := range as {
		if best < 0 || as[i].Score > as[best].Score {
			best = i
		}
	}
	return best >= 0 && adjectival(as[best].Morph.Class)
}

// adjPrefs reports whether the form most often read in prefs is an
// adjective or a participle.
func adjPrefs(prefs []formReading) bool {
	best := -1
	for i := range prefs {
		if best < 0 || prefs[i].count > prefs[best].count {
			best = i
		}
	}
	return best >= 0 && adjectival(ParseXPOS(prefs[best].xpos).Class)
}

// adjectival reports whether a grammatical class is an adjective or an
// adjectival participle.
func adjectival(class string) bool {
	switch class {
	case "adj", "ppas", "pact":
		return true
	}
	return false
}
