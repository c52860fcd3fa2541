package pl

import (
	"errors"
	"math"

	"github.com/kronika/kronika/doc"
)

// TaggerOptions control TrainTagger.
type TaggerOptions struct {
	// Iterations of expectation maximisation after the initial estimate
	// (which counts neighbouring classes as if independent).
	Iterations int
	// Progress, when set, is told the log-likelihood per token after each
	// iteration (0 is the initial estimate).
	Progress func(iter int, logLikPerToken float64)
}

// TrainTagger estimates the transitions of the contextual tagger from
// sentences of raw word forms (only the forms and their spacing are read):
// every word is restricted to the analyzer's readings, weighted by its
// context-free scores, and the class bigram counts are re-estimated by the
// forward-backward algorithm. Corpus order fixes the result.
func TrainTagger(docs []*doc.Document, opt TaggerOptions) (*TaggerModel, error) {
	loadModel()
	m := &TaggerModel{Classes: []string{"<s>"}, index: map[string]int32{"<s>": 0}}
	var local [2]map[string][]tagCand
	local[0], local[1] = map[string][]tagCand{}, map[string][]tagCand{}
	var sents [][][]tagCand
	tokens := 0
	for _, d := range docs {
		for _, s := range d.Sentences {
			toks := d.Tokens[s.FirstToken:s.EndToken]
			if len(toks) == 0 {
				continue
			}
			sent := make([][]tagCand, len(toks))
			prev, prevJoined := "", false
			for i := range toks {
				form := d.Text[toks[i].Start:toks[i].End]
				initial := i == 0 || isOpening(prev)
				k := 0
				if initial {
					k = 1
				}
				_, clitic := agltForms[form]
				c, ok := local[k][form]
				if !ok || clitic {
					c = m.trainCandidates(analyzeAfter(form, initial, prev, prevJoined))
					if !clitic {
						local[k][form] = c
					}
				}
				sent[i] = c
				prev, prevJoined = form, !toks[i].SpaceAfter
			}
			sents = append(sents, sent)
			tokens += len(toks)
		}
	}
	if tokens == 0 {
		return nil, errors.New("no tokens to train on")
	}
	n := len(m.Classes)
	counts := make([]float64, n*n)
	// Initial estimate: neighbours independent.
	var q, qprev []float64
	bos := []tagCand{{cls: 0}}
	for _, sent := range sents {
		qprev = append(qprev[:0], 1)
		prevC := bos
		for i := 0; i <= len(sent); i++ {
			c := bos
			if i < len(sent) {
				c = sent[i]
			}
			q = normEmit(q[:0], c)
			for a := range prevC {
				for b := range c {
					counts[int(prevC[a].cls)*n+int(c[b].cls)] += qprev[a] * q[b]
				}
			}
			qprev, q = q, qprev
			prevC = c
		}
	}
	// The rules break the symmetry between readings of one word.
	parts := make([]classInfo, n)
	for a, k := range m.Classes {
		parts[a] = classParts(k)
	}
	for a := 0; a < n; a++ {
		for b := 0; b < n; b++ {
			counts[a*n+b] *= math.Exp(ruleScore(&parts[a], &parts[b]))
		}
	}
	if opt.Progress != nil {
		opt.Progress(0, 0)
	}
	trans := make([]float64, n*n)
	prior := make([]float64, n)
	for it := 1; it <= opt.Iterations; it++ {
		smoothTransitions(counts, n, trans, prior)
		next := make([]float64, n*n)
		ll := 0.0
		for _, sent := range sents {
			ll += forwardBackward(sent, n, trans, prior, next)
		}
		counts = next
		if opt.Progress != nil {
			opt.Progress(it, ll/float64(tokens))
		}
	}
	m.counts = map[[2]int32]uint64{}
	for a := 0; a < n; a++ {
		for b := 0; b < n; b++ {
			if q := uint64(math.Round(counts[a*n+b] * 4)); q > 0 {
				m.counts[[2]int32{int32(a), int32(b)}] = q
			}
		}
	}
	m.build()
	return m, nil
}

// trainCandidates builds candidates, adding unseen classes to the model.
func (m *TaggerModel) trainCandidates(as []Analysis) []tagCand {
	for i := range as {
		k := coarseKey(&as[i].Morph)
		if _, ok := m.index[k]; !ok && len(k) <= taggerMaxKey && len(m.Classes) < taggerMaxModelClasses {
			m.index[k] = int32(len(m.Classes))
			m.Classes = append(m.Classes, k)
		}
	}
	c := m.buildCandidates(as)
	// Classes beyond the format's limits (never in practice) are dropped.
	out := c[:0]
	for _, x := range c {
		if int(x.cls) < len(m.Classes) {
			out = append(out, x)
		}
	}
	return out
}

// normEmit appends the normalised emission probabilities of c to dst.
func normEmit(dst []float64, c []tagCand) []float64 {
	sum := 0.0
	for _, x := range c {
		p := math.Exp(float64(x.emit))
		dst = append(dst, p)
		sum += p
	}
	for i := range dst {
		dst[i] /= sum
	}
	return dst
}

// smoothTransitions fills trans with T(b|a) = (n(a,b) + s·P(b)) / (n(a) + s)
// and prior with P(b).
func smoothTransitions(counts []float64, n int, trans, prior []float64) {
	total := 0.0
	for b := range prior {
		prior[b] = 0
	}
	row := make([]float64, n)
	for a := 0; a < n; a++ {
		for b := 0; b < n; b++ {
			c := counts[a*n+b]
			row[a] += c
			prior[b] += c
			total += c
		}
	}
	for b := range prior {
		prior[b] = (prior[b] + 0.5) / (total + 0.5*float64(n))
	}
	for a := 0; a < n; a++ {
		for b := 0; b < n; b++ {
			trans[a*n+b] = (counts[a*n+b] + taggerSmoothing*prior[b]) / (row[a] + taggerSmoothing)
		}
	}
}

// forwardBackward adds the expected class bigram counts of one sentence to
// counts and returns its log-likelihood (up to the emissions' constants).
// Positions 0 and len+1 are the sentence boundaries; the emission of class
// b is exp(emit)/P(b), the analyzer's context-free score turned into a
// likelihood.
func forwardBackward(sent [][]tagCand, n int, trans, prior, counts []float64) float64 {
	N := len(sent) + 2
	bos := []tagCand{{cls: 0}}
	at := func(i int) []tagCand {
		if i == 0 || i == N-1 {
			return bos
		}
		return sent[i-1]
	}
	emit := make([][]float64, N)
	alpha := make([][]float64, N)
	beta := make([][]float64, N)
	scale := make([]float64, N)
	for i := 0; i < N; i++ {
		c := at(i)
		e := make([]float64, len(c))
		for k, x := range c {
			if i == 0 || i == N-1 {
				e[k] = 1
			} else {
				e[k] = math.Exp(float64(x.emit)) / prior[x.cls]
			}
		}
		emit[i] = e
	}
	alpha[0] = []float64{1}
	scale[0] = 1
	ll := 0.0
	for i := 1; i < N; i++ {
		c, p := at(i), at(i-1)
		a := make([]float64, len(c))
		sum := 0.0
		for k := range c {
			v := 0.0
			for j := range p {
				v += alpha[i-1][j] * trans[int(p[j].cls)*n+int(c[k].cls)]
			}
			a[k] = v * emit[i][k]
			sum += a[k]
		}
		if sum <= 0 || math.IsNaN(sum) || math.IsInf(sum, 0) {
			return ll // numerically hopeless sentence: skipped
		}
		for k := range a {
			a[k] /= sum
		}
		alpha[i], scale[i] = a, sum
		ll += math.Log(sum)
	}
	beta[N-1] = []float64{1}
	for i := N - 2; i >= 0; i-- {
		c, nx := at(i), at(i+1)
		b := make([]float64, len(c))
		for j := range c {
			v := 0.0
			for k := range nx {
				v += trans[int(c[j].cls)*n+int(nx[k].cls)] * emit[i+1][k] * beta[i+1][k]
			}
			b[j] = v / scale[i+1]
		}
		beta[i] = b
	}
	for i := 1; i < N; i++ {
		c, p := at(i), at(i-1)
		for j := range p {
			for k := range c {
				x := alpha[i-1][j] * trans[int(p[j].cls)*n+int(c[k].cls)] * emit[i][k] * beta[i][k] / scale[i]
				counts[int(p[j].cls)*n+int(c[k].cls)] += x
			}
		}
	}
	return ll
}
