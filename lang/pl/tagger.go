package pl

import (
	"bufio"
	"bytes"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
	"sync"

	"github.com/kronika/kronika/doc"
)

// The contextual tagger chooses one reading per word among the analyzer's
// readings (dictionary and guesser) by Viterbi decoding over coarse
// classes: the NKJP class with number, case and gender ("adj:sg:loc:m3",
// "prep::gen:"). Emissions are the analyzer's context-free scores; within
// the winning class the analyzer's best reading gives lemma and tag.
// Transitions add up to three parts (TagOptions):
//
//   - hand-written agreement and government rules (tagger_rules.go): a
//     preposition governs the case of the next nominal word, an adjective
//     agrees with the word after it, a nominative with the verb beside it;
//   - bigrams of parts of speech;
//   - bigrams of full classes.
//
// Both bigram tables come from data/tagger.model: expected counts
// estimated by expectation maximisation over the word forms of NKJP-1M
// (CC BY 4.0), each word restricted to its own readings and the counts
// started from the rules (without them the cases of a preposition are
// mere labels that the estimation may swap). On UD PDB-dev and LFG-dev
// the rules and the part-of-speech bigrams help; the bigrams of full
// classes lower the accuracy of case, so DefaultTagOptions leaves them
// out.
//
// data/tagger.model is rebuilt by `kronika train tagger`
// (scripts/train-tagger.sh).

//go:embed data/tagger.model
var taggerModelData []byte

// taggerMagic opens a model file; the digit is the format version.
const taggerMagic = "KRONIKA-PL-TAGGER 1\n"

// Decoding weights, tuned on UD PDB-dev and LFG-dev.
const (
	// taggerSmoothing is the weight of the class prior in the smoothed
	// transitions (expected counts plus taggerSmoothing × P(b)).
	taggerSmoothing = 1.0
	// taggerPrune drops classes whose emission is this far below the
	// word's best.
	taggerPrune = 14.0
	// taggerMaxClasses bounds the classes considered per word.
	taggerMaxClasses = 16
)

// TaggerModel is a trained contextual tagger: coarse classes and the
// expected counts of their bigrams. Class 0 is the sentence boundary.
type TaggerModel struct {
	Classes []string
	index   map[string]int32
	// counts holds the expected bigram counts, row a, column b, in
	// quarters (as stored).
	counts map[[2]int32]uint64
	// trans holds log T(b|a), (n+1)×(n+1) like the other matrices: the
	// last row and column stand for classes the model does not know and
	// score 0. It is built on first use (fullTransitions).
	trans    []float32
	row      []float64 // expected count of each class as the first of a pair
	prior    []float64 // P(b), smoothed
	logPrior []float32 // log P(b), 0 for unknown classes
	rules    []float32 // ruleScore of each pair
	// posTrans holds log T(B|A) − log P(B) of the classes' parts of
	// speech (the first part of the key), for each pair of classes.
	posTrans []float32

	mu    sync.Mutex
	combo map[TagOptions]*combined
	cache candCache
}

// coarseKey is the class of a reading the tagger models.
func coarseKey(m *Morph) string {
	return m.Class + ":" + m.Vals[Number] + ":" + m.Vals[Case] + ":" + m.Vals[Gender]
}

// classOf returns the index of a class key, or len(Classes) when unknown.
func (m *TaggerModel) classOf(key string) int32 {
	if i, ok := m.index[key]; ok {
		return i
	}
	return int32(len(m.Classes))
}

var (
	taggerOnce  sync.Once
	taggerModel *TaggerModel
)

// DefaultTagger returns the embedded tagger model, loading it on first use;
// nil when the embedded file is empty. It panics if the file is corrupt,
// which the package tests rule out.
func DefaultTagger() *TaggerModel {
	taggerOnce.Do(func() {
		if len(taggerModelData) == 0 {
			return
		}
		m, err := LoadTagger(taggerModelData)
		if err != nil {
			panic(fmt.Sprintf("pl: embedded tagger model: %v", err))
		}
		taggerModel = m
	})
	return taggerModel
}

// Limits of the model format, checked when loading.
const (
	taggerMaxModelClasses = 1 << 13
	taggerMaxKey          = 64
)

// LoadTagger reads a model written by TaggerModel.Save.
func LoadTagger(data []byte) (*TaggerModel, error) {
	if !bytes.HasPrefix(data, []byte(taggerMagic)) {
		return nil, errors.New("not a tagger model (bad header)")
	}
	r := bytes.NewReader(data[len(taggerMagic):])
	n, err := binary.ReadUvarint(r)
	if err != nil || n < 1 || n > taggerMaxModelClasses {
		return nil, fmt.Errorf("bad class count")
	}
	m := &TaggerModel{index: map[string]int32{}, counts: map[[2]int32]uint64{}}
	for i := 0; i < int(n); i++ {
		l, err := binary.ReadUvarint(r)
		if err != nil || l > taggerMaxKey || l > uint64(r.Len()) {
			return nil, fmt.Errorf("class %d: bad name", i)
		}
		b := make([]byte, l)
		if _, err := io.ReadFull(r, b); err != nil {
			return nil, fmt.Errorf("class %d: %v", i, err)
		}
		k := string(b)
		if _, dup := m.index[k]; dup {
			return nil, fmt.Errorf("class %q listed twice", k)
		}
		m.index[k] = int32(i)
		m.Classes = append(m.Classes, k)
	}
	for a := 0; a < int(n); a++ {
		k, err := binary.ReadUvarint(r)
		if err != nil || k > n {
			return nil, fmt.Errorf("row %d: bad length", a)
		}
		b := uint64(0)
		for j := uint64(0); j < k; j++ {
			d, err1 := binary.ReadUvarint(r)
			q, err2 := binary.ReadUvarint(r)
			if err1 != nil || err2 != nil || q == 0 || q > 1<<40 {
				return nil, fmt.Errorf("row %d: bad entry", a)
			}
			if j > 0 && d == 0 {
				return nil, fmt.Errorf("row %d: repeated column", a)
			}
			b += d
			if b >= n {
				return nil, fmt.Errorf("row %d: column out of range", a)
			}
			m.counts[[2]int32{int32(a), int32(b)}] = q
		}
	}
	if r.Len() != 0 {
		return nil, errors.New("trailing bytes")
	}
	m.build()
	return m, nil
}

// build computes the decoding scores from the counts:
// log T(b|a) and log P(b), with T(b|a) = (n(a,b) + s·P(b)) / (n(a) + s).
func (m *TaggerModel) build() {
	n := len(m.Classes)
	row := make([]float64, n)
	col := make([]float64, n)
	total := 0.0
	for k, q := range m.counts {
		c := float64(q) / 4
		row[k[0]] += c
		col[k[1]] += c
		total += c
	}
	prior := make([]float64, n)
	for b := range prior {
		prior[b] = (col[b] + 0.5) / (total + 0.5*float64(n))
	}
	w := n + 1
	m.logPrior = make([]float32, w)
	m.rules = make([]float32, w*w)
	for b := 0; b < n; b++ {
		m.logPrior[b] = float32(math.Log(prior[b]))
	}
	// Parts of speech: the counts summed over number, case and gender.
	pos := make([]int, n)
	posIndex := map[string]int{}
	for a, k := range m.Classes {
		p, _, _ := strings.Cut(k, ":")
		if _, ok := posIndex[p]; !ok {
			posIndex[p] = len(posIndex)
		}
		pos[a] = posIndex[p]
	}
	np := len(posIndex)
	pc := make([]float64, np*np)
	prow := make([]float64, np)
	pcol := make([]float64, np)
	for k, q := range m.counts {
		c := float64(q) / 4
		pc[pos[k[0]]*np+pos[k[1]]] += c
		prow[pos[k[0]]] += c
		pcol[pos[k[1]]] += c
	}
	plog := make([]float32, np*np)
	for A := 0; A < np; A++ {
		for B := 0; B < np; B++ {
			pb := (pcol[B] + 0.5) / (total + 0.5*float64(np))
			t := (pc[A*np+B] + taggerSmoothing*pb) / (prow[A] + taggerSmoothing)
			plog[A*np+B] = float32(math.Log(t) - math.Log(pb))
		}
	}
	m.posTrans = make([]float32, w*w)
	for a := 0; a < n; a++ {
		for b := 0; b < n; b++ {
			m.posTrans[a*w+b] = plog[pos[a]*np+pos[b]]
		}
	}
	parts := make([]classInfo, n)
	for a, k := range m.Classes {
		parts[a] = classParts(k)
	}
	for a := 0; a < n; a++ {
		for b := 0; b < n; b++ {
			m.rules[a*w+b] = float32(ruleScore(&parts[a], &parts[b]))
		}
	}
	m.row, m.prior = row, prior
}

// fullTransitions fills m.trans, which only options with a Weight use;
// the caller holds m.mu.
func (m *TaggerModel) fullTransitions() {
	if m.trans != nil {
		return
	}
	n := len(m.Classes)
	w := n + 1
	dense := make([]float64, n*n)
	for k, q := range m.counts {
		dense[int(k[0])*n+int(k[1])] = float64(q) / 4
	}
	m.trans = make([]float32, w*w)
	for a := 0; a < n; a++ {
		for b := 0; b < n; b++ {
			t := (dense[a*n+b] + taggerSmoothing*m.prior[b]) / (m.row[a] + taggerSmoothing)
			m.trans[a*w+b] = float32(math.Log(t))
		}
	}
}

// Save writes the model: the header line, the class count, each class
// name, then per row the number of non-zero columns and, for each, the
// distance from the previous column and the count in quarters (unsigned
// varints).
func (m *TaggerModel) Save(w io.Writer) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(taggerMagic)
	var buf [binary.MaxVarintLen64]byte
	put := func(v uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], v)]) }
	n := len(m.Classes)
	put(uint64(n))
	for _, c := range m.Classes {
		put(uint64(len(c)))
		bw.WriteString(c)
	}
	for a := 0; a < n; a++ {
		var cols []int
		for b := 0; b < n; b++ {
			if m.counts[[2]int32{int32(a), int32(b)}] > 0 {
				cols = append(cols, b)
			}
		}
		put(uint64(len(cols)))
		prev := 0
		for _, b := range cols {
			put(uint64(b - prev))
			put(m.counts[[2]int32{int32(a), int32(b)}])
			prev = b
		}
	}
	return bw.Flush()
}

// tagCand is one class a word may take in a sentence, with the reading
// chosen within it.
type tagCand struct {
	cls int32
	// emit is the class's summed probability of readings, each reading's
	// share of its lemma group given by the NKJP tag priors; cf is the
	// analyzer's own score of the class's best reading (its lemma group's
	// mass). Both are relative to the word's best.
	emit, cf float32
	res      tokenResult
	// cases and agree are those of all the word's readings with the
	// candidate's lemma (doc.Token.CaseSet, AgreeSet).
	cases doc.Cases
	agree doc.Agreement
}

// candCacheMax bounds the forms whose candidates a model caches, of each
// kind (inside a sentence, first word).
const candCacheMax = 100_000

// candCache caches the candidates of each form (by "initial"), as the
// analyzer's readings do not depend on the context.
type candCache [2]growMap[string, []tagCand]

// candidates returns the classes a word may take, best emission first.
func (m *TaggerModel) candidates(form string, initial bool, prev string, prevJoined bool) []tagCand {
	k := 0
	if initial {
		k = 1
	}
	cc := &m.cache[k]
	// The cache holds no clitic, whose readings depend on the word before
	// it: a form found there is none, and only a miss asks.
	if c, ok := cc.load(form); ok {
		return c
	}
	_, clitic := agltForms[form]
	c := m.buildCandidates(analyzeAfter(form, initial, prev, prevJoined))
	if !clitic {
		cc.store(strings.Clone(form), c, candCacheMax)
	}
	return c
}

// readingEmissions returns the log score of each reading on its own. The
// analyzer scores the readings of one lemma and class as a group (see
// groupScores); the group's mass is shared among its tags by their NKJP
// priors.
func readingEmissions(as []Analysis) []float64 {
	out := make([]float64, len(as))
	type group struct {
		lemma, class string
		max, sum     float64
	}
	var gbuf [16]group
	groups := gbuf[:0]
	idx := make([]int, len(as))
	for i := range as {
		p := priorOf(as[i].XPOS)
		g := -1
		for j := range groups {
			if groups[j].lemma == as[i].Lemma && groups[j].class == as[i].Morph.Class {
				g = j
				break
			}
		}
		if g < 0 {
			groups = append(groups, group{lemma: as[i].Lemma, class: as[i].Morph.Class, max: p})
			g = len(groups) - 1
		} else if p > groups[g].max {
			groups[g].max = p
		}
		idx[i] = g
	}
	for i := range as {
		g := &groups[idx[i]]
		g.sum += math.Exp(priorOf(as[i].XPOS) - g.max)
	}
	for i := range as {
		g := &groups[idx[i]]
		out[i] = as[i].Score + priorOf(as[i].XPOS) - (g.max + math.Log(g.sum))
	}
	return out
}

// buildCandidates groups the readings by class: a class's emission is the
// summed probability of its readings, its reading the analyzer's first.
func (m *TaggerModel) buildCandidates(as []Analysis) []tagCand {
	if len(as) == 0 {
		return nil
	}
	em := readingEmissions(as)
	type acc struct {
		key   string
		max   float64
		sum   float64
		first int
	}
	var accs []acc
	for i := range as {
		key := coarseKey(&as[i].Morph)
		j := -1
		for k := range accs {
			if accs[k].key == key {
				j = k
				break
			}
		}
		if j < 0 {
			accs = append(accs, acc{key: key, max: em[i], first: i})
		} else if em[i] > accs[j].max {
			accs[j].sum *= math.Exp(accs[j].max - em[i])
			accs[j].max = em[i]
		}
		if j < 0 {
			j = len(accs) - 1
		}
		accs[j].sum += math.Exp(em[i] - accs[j].max)
	}
	best := math.Inf(-1)
	for i := range accs {
		accs[i].max += math.Log(accs[i].sum)
		best = math.Max(best, accs[i].max)
	}
	bestCF := as[0].Score
	out := make([]tagCand, 0, len(accs))
	for _, a := range accs {
		if a.max < best-taggerPrune && a.first != 0 {
			continue
		}
		r := &as[a.first]
		upos, feats := r.UD()
		out = append(out, tagCand{cls: m.classOf(a.key), emit: float32(a.max - best),
			cf: float32(r.Score - bestCF), res: tokenResult{r.Lemma, r.TokenXPOS(), upos, feats}})
	}
	for i := range out {
		for j := range as {
			if as[j].Lemma == out[i].res.lemma {
				out[i].cases |= doc.CaseOf(as[j].Morph.Vals[Case])
				out[i].agree |= agreeOf(&as[j].Morph)
			}
		}
	}
	// Best emission first (insertion sort: few classes).
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].emit > out[j-1].emit; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	if len(out) > taggerMaxClasses {
		out = out[:taggerMaxClasses]
	}
	return out
}

// sentenceCandidates returns the candidates of each token of a sentence.
func (m *TaggerModel) sentenceCandidates(d *doc.Document, tokens []doc.Token, dst [][]tagCand) [][]tagCand {
	prev, prevJoined := "", false
	for i := range tokens {
		t := &tokens[i]
		form := d.Text[t.Start:t.End]
		initial := i == 0 || isOpening(prev)
		dst = append(dst, m.candidates(form, initial, prev, prevJoined))
		prev, prevJoined = form, !t.SpaceAfter
	}
	return dst
}

// viterbiScratch holds the buffers of one decoding.
type viterbiScratch struct {
	cands [][]tagCand
	score []float32
	back  []int16
	off   []int
	best  []int16
}

var scratchPool = sync.Pool{New: func() any { return new(viterbiScratch) }}

// TagOptions are the decoding weights.
type TagOptions struct {
	// Weight scales the transitions between full classes, log T(b|a).
	Weight float64
	// PriorWeight (times Weight) is subtracted times log P(b): 1 turns
	// the emissions into likelihoods as in a hidden Markov model.
	PriorWeight float64
	// CF mixes the analyzer's own scores into the emissions (0: the
	// per-tag split of readingEmissions, 1: the analyzer's scores).
	CF float64
	// RuleWeight scales the agreement and government rules (ruleScore).
	RuleWeight float64
	// POSWeight scales the transitions between parts of speech
	// (posTrans).
	POSWeight float64
}

// DefaultTagOptions are the weights of the default analyzer, tuned on UD
// PDB-dev and LFG-dev: the transitions between full classes lower the
// accuracy of case there, those between parts of speech and the rules
// raise it.
var DefaultTagOptions = TagOptions{Weight: 0, PriorWeight: 0, CF: 1, RuleWeight: 1, POSWeight: 1.5}

// combined holds the decoding matrix of one set of options.
type combined struct {
	trans []float32 // (n+1)×(n+1) transition scores
	prior []float32 // per class, added to the emission
	cf    float32
}

// scores returns the decoding matrix for o, built once per options.
func (m *TaggerModel) scores(o TagOptions) *combined {
	m.mu.Lock()
	defer m.mu.Unlock()
	if c, ok := m.combo[o]; ok {
		return c
	}
	c := &combined{trans: make([]float32, len(m.rules)), prior: make([]float32, len(m.logPrior)), cf: float32(o.CF)}
	for i := range c.trans {
		c.trans[i] = float32(o.RuleWeight)*m.rules[i] + float32(o.POSWeight)*m.posTrans[i]
	}
	if o.Weight != 0 {
		m.fullTransitions()
		for i := range c.trans {
			c.trans[i] += float32(o.Weight) * m.trans[i]
		}
	}
	for b := range c.prior {
		c.prior[b] = -float32(o.Weight*o.PriorWeight) * m.logPrior[b]
	}
	if m.combo == nil {
		m.combo = map[TagOptions]*combined{}
	}
	m.combo[o] = c
	return c
}

// Tag fills Lemma, UPOS, XPOS and Feats of the tokens of one sentence with
// the best sequence of readings under the options.
func (m *TaggerModel) Tag(d *doc.Document, tokens []doc.Token, o TagOptions) {
	if len(tokens) == 0 {
		return
	}
	c := m.scores(o)
	s := scratchPool.Get().(*viterbiScratch)
	s.cands = m.sentenceCandidates(d, tokens, s.cands[:0])
	path := m.decode(s, c)
	for i := range tokens {
		cs := s.cands[i]
		if len(cs) == 0 {
			continue
		}
		r := &cs[path[i]].res
		t := &tokens[i]
		t.Lemma, t.XPOS, t.UPOS, t.Feats = r.lemma, r.xpos, r.upos, r.feats
		t.CaseSet, t.AgreeSet = cs[path[i]].cases, cs[path[i]].agree
	}
	genitivesNotVerbs(d, tokens)
	contextRules(d, tokens)
	timeSpanCases(d, tokens)
	firstNames(d, tokens)
	namesInRuns(d, tokens)
	nounsAfterModifiers(d, tokens)
	phraseReadings(d, tokens)
	numeralNouns(d, tokens)
	nomAccClauses(d, tokens)
	personalObjects(d, tokens)
	pluralObjects(d, tokens)
	accusativeObjects(d, tokens)
	clauseRoles(d, tokens)
	relativePronouns(d, tokens)
	relativeSubjects(d, tokens)
	subjectAgreement(d, tokens)
	genitiveSubjects(d, tokens)
	pluralPastGender(d, tokens)
	adjectivesForNouns(d, tokens)
	gerunds(d, tokens)
	datives(d, tokens)
	dativeJej(d, tokens)
	frontedObjects(d, tokens)
	titlesBeforeNames(d, tokens)
	governedDatives(d, tokens)
	agreeNounPhrases(d, tokens)
	predicatives(d, tokens)
	predicativeClauses(d, tokens)
	personNominals(d, tokens)
	numeralCases(d, tokens)
	adjpCases(d, tokens)
	postpositionTemu(d, tokens)
	timeSpanCases(d, tokens)
	genitiveNames(d, tokens)
	tagDigits(d, tokens)
	tagRoman(d, tokens)
	nominalsAfterPrepositions(d, tokens)
	prepositionCase(d, tokens)
	prepositionPhrases(d, tokens)
	possessivePronouns(d, tokens)
	pronounObjects(d, tokens)
	nonFiniteObjects(d, tokens)
	distantHeads(d, tokens)
	valenceCases(d, tokens)
	prepValence(d, tokens)
	postverbalSubjects(d, tokens)
	passiveParticiples(d, tokens)
	initialNames(d, tokens)
	maleFirstNames(d, tokens)
	personNames(d, tokens)
	coordinatedNouns(d, tokens)
	adnominalGenitives(d, tokens)
	pronounTo(d, tokens)
	pronounObjectsByPerson(d, tokens)
	namesInParentheses(d, tokens)
	vocativesInClauses(d, tokens)
	numeralObjects(d, tokens)
	coordinatedSubjects(d, tokens)
	quantityNumerals(d, tokens)
	postposedAfterAdverbs(d, tokens)
	predicativeAdjectives(d, tokens)
	frontedObjects(d, tokens)
	agreeNounPhrases(d, tokens)
	clear(s.cands)
	scratchPool.Put(s)
}

// decode runs Viterbi over s.cands and returns the chosen candidate of each
// token. A token without candidates (none in practice) passes the best
// score on unchanged.
func (m *TaggerModel) decode(s *viterbiScratch, c *combined) []int16 {
	W := int32(len(m.Classes) + 1)
	s.off = s.off[:0]
	total := 0
	for _, cs := range s.cands {
		s.off = append(s.off, total)
		total += max(len(cs), 1)
	}
	s.score = growF(s.score, total)
	s.back = growI(s.back, total)
	s.best = growI(s.best, len(s.cands))
	// The boundary before the sentence is class 0.
	bos := [1]tagCand{{cls: 0}}
	var zero [1]float32
	prev, prevScore := bos[:], zero[:]
	for i, cs := range s.cands {
		o := s.off[i]
		if len(cs) == 0 {
			bestJ, bestV := argmax(prevScore)
			s.score[o], s.back[o] = bestV, bestJ
			prev, prevScore = nil, s.score[o:o+1]
			continue
		}
		for k := range cs {
			b := cs[k].cls
			e := (1-c.cf)*cs[k].emit + c.cf*cs[k].cf + c.prior[b]
			bestV, bestJ := float32(math.Inf(-1)), int16(0)
			if len(prev) == 0 {
				bestV = prevScore[0]
			}
			for j := range prev {
				v := prevScore[j] + c.trans[prev[j].cls*W+b]
				if v > bestV {
					bestV, bestJ = v, int16(j)
				}
			}
			s.score[o+k] = bestV + e
			s.back[o+k] = bestJ
		}
		prev, prevScore = cs, s.score[o:o+len(cs)]
	}
	// The boundary after the sentence.
	bestV, bestJ := float32(math.Inf(-1)), int16(0)
	for j := range prevScore {
		v := prevScore[j]
		if j < len(prev) {
			v += c.trans[prev[j].cls*W]
		}
		if v > bestV {
			bestV, bestJ = v, int16(j)
		}
	}
	for i := len(s.cands) - 1; i >= 0; i-- {
		s.best[i] = bestJ
		bestJ = s.back[s.off[i]+int(bestJ)]
	}
	return s.best
}

// argmax returns the index and value of the largest element.
func argmax(xs []float32) (int16, float32) {
	bj, bv := int16(0), float32(math.Inf(-1))
	for j, v := range xs {
		if v > bv {
			bj, bv = int16(j), v
		}
	}
	return bj, bv
}

func growF(b []float32, n int) []float32 {
	if cap(b) < n {
		return make([]float32, n)
	}
	return b[:n]
}

func growI(b []int16, n int) []int16 {
	if cap(b) < n {
		return make([]int16, n)
	}
	return b[:n]
}

// Tagger is a lang.Analyzer that runs the contextual tagger with the given
// options (the default analyzer uses DefaultTagOptions).
type Tagger struct {
	Model *TaggerModel
	TagOptions
}

// Analyze implements lang.Analyzer.
func (t Tagger) Analyze(d *doc.Document, tokens []doc.Token) {
	t.Model.Tag(d, tokens, t.TagOptions)
}
