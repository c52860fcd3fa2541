package ner

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"

	"github.com/kronika/kronika/doc"
)

// Example is one training sentence: its tokens (with whatever morphology
// the analyzer that will run before tagging fills) and the gold names.
type Example struct {
	Doc    *doc.Document
	Tokens []doc.Token
	Spans  []Span
	Extra  []uint32 // nil, or the class of each token as TagWith receives it
}

// Options control training.
type Options struct {
	Types  []string // entity types to learn; gold spans of other types count as no name
	Epochs int      // passes over the data (default 8)
	Seed   uint64   // shuffling seed: the same data, options and seed give the same model
	Bits   uint     // log2 of the number of feature buckets (default 20)
	// Dev, when not empty, is scored after every epoch and reported through
	// Progress.
	Dev      []Example
	Progress func(epoch int, trainErrors int, dev Scores)
}

// Scores are exact-match precision, recall and F1 of names.
type Scores struct {
	Gold, Pred, Correct int
	P, R, F1            float64
}

func (s *Scores) finish() {
	if s.Pred > 0 {
		s.P = float64(s.Correct) / float64(s.Pred)
	}
	if s.Gold > 0 {
		s.R = float64(s.Correct) / float64(s.Gold)
	}
	if s.P+s.R > 0 {
		s.F1 = 2 * s.P * s.R / (s.P + s.R)
	}
}

// Evaluate tags the examples with m and scores exact spans and types.
func Evaluate(m *Model, ex []Example) Scores {
	var s Scores
	for _, e := range ex {
		pred := m.TagWith(e.Doc, e.Tokens, e.Extra)
		gold := map[Span]bool{}
		for _, g := range e.Spans {
			if m.typeIndex(g.Type) >= 0 {
				gold[g] = true
			}
		}
		s.Gold += len(gold)
		s.Pred += len(pred)
		for _, p := range pred {
			if gold[p] {
				s.Correct++
			}
		}
	}
	s.finish()
	return s
}

func (m *Model) typeIndex(t string) int {
	for i, x := range m.types {
		if x == t {
			return i
		}
	}
	return -1
}

// goldLabels turns spans into BIO label numbers.
func goldLabels(n int, spans []Span, types []string, out []int32) []int32 {
	out = growInt(out, n)
	for i := range out {
		out[i] = 0
	}
	for _, s := range spans {
		t := -1
		for k, x := range types {
			if x == s.Type {
				t = k
			}
		}
		if t < 0 || s.Start < 0 || s.End > n || s.Start >= s.End {
			continue
		}
		out[s.Start] = int32(1 + 2*t)
		for i := s.Start + 1; i < s.End; i++ {
			out[i] = int32(2 + 2*t)
		}
	}
	return out
}

// Train learns a model from examples with the averaged structured
// perceptron. The result depends only on the examples, their order and the
// options.
func Train(examples []Example, opt Options) (*Model, error) {
	if len(opt.Types) == 0 {
		return nil, errors.New("ner: no entity types to train")
	}
	if len(opt.Types) > maxTypes {
		return nil, fmt.Errorf("ner: at most %d entity types", maxTypes)
	}
	if opt.Epochs <= 0 {
		opt.Epochs = 8
	}
	if opt.Bits == 0 {
		opt.Bits = 20
	}
	if opt.Bits < 8 || opt.Bits > maxBits {
		return nil, fmt.Errorf("ner: feature bits %d out of range 8..%d", opt.Bits, maxBits)
	}
	L := labelCount(len(opt.Types))
	B := 1 << opt.Bits

	// Features and gold labels of every example, computed once.
	var tf tokenFeats
	offs := make([]int, len(examples)+1)
	var feats []uint32
	var gold []int32
	var lb []int32
	for k, e := range examples {
		tf.fill(e.Doc.Text, e.Tokens, e.Extra)
		feats = extract(&tf, feats, opt.Bits)
		lb = goldLabels(len(e.Tokens), e.Spans, opt.Types, lb)
		gold = append(gold, lb...)
		offs[k+1] = offs[k] + len(e.Tokens)
	}

	w := make([]float32, B*L)
	u := make([]float32, B*L) // sum of c × update, for averaging
	tw := make([]float32, L*L)
	tu := make([]float32, L*L)
	c := float32(1)
	rng := rand.New(rand.NewPCG(opt.Seed, opt.Seed^0x6b72_6f6e_696b_61))
	order := make([]int, len(examples))
	for i := range order {
		order[i] = i
	}
	var sc []float32
	var back, path []int32
	m := &Model{types: append([]string(nil), opt.Types...), bits: opt.Bits, nlabel: L}
	for epoch := 1; epoch <= opt.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		nerr := 0
		for _, k := range order {
			n := offs[k+1] - offs[k]
			if n == 0 {
				continue
			}
			fs := feats[offs[k]*nfeat : offs[k+1]*nfeat]
			g := gold[offs[k]:offs[k+1]]
			sc = grow(sc, n*L)
			for i := range sc {
				sc[i] = 0
			}
			for i := 0; i < n; i++ {
				row := sc[i*L : i*L+L]
				for _, f := range fs[i*nfeat : i*nfeat+nfeat] {
					ws := w[int(f)*L : int(f)*L+L]
					for l, v := range ws {
						row[l] += v
					}
				}
			}
			back = growInt(back, n*L)
			path = growInt(path, n)
			viterbi(sc, n, L, tw, back, path)
			for i := 0; i < n; i++ {
				pg, pp := g[i], path[i]
				if pg != pp {
					nerr++
					for _, f := range fs[i*nfeat : i*nfeat+nfeat] {
						w[int(f)*L+int(pg)]++
						u[int(f)*L+int(pg)] += c
						w[int(f)*L+int(pp)]--
						u[int(f)*L+int(pp)] -= c
					}
				}
				if i > 0 && (pg != pp || g[i-1] != path[i-1]) {
					a, b := int(g[i-1])*L+int(pg), int(path[i-1])*L+int(pp)
					tw[a]++
					tu[a] += c
					tw[b]--
					tu[b] -= c
				}
			}
			c++
		}
		if opt.Progress != nil {
			var s Scores
			if len(opt.Dev) > 0 {
				m.setWeights(w, u, tw, tu, c)
				s = Evaluate(m, opt.Dev)
			}
			opt.Progress(epoch, nerr, s)
		}
	}
	m.setWeights(w, u, tw, tu, c)
	return m, nil
}

// setWeights stores the averaged weights w − u/c, quantised to 16 bits.
func (m *Model) setWeights(w, u, tw, tu []float32, c float32) {
	maxAbs := float32(0)
	avg := func(w, u float32) float32 { return w - u/c }
	for i := range w {
		if a := float32(math.Abs(float64(avg(w[i], u[i])))); a > maxAbs {
			maxAbs = a
		}
	}
	for i := range tw {
		if a := float32(math.Abs(float64(avg(tw[i], tu[i])))); a > maxAbs {
			maxAbs = a
		}
	}
	if maxAbs == 0 {
		maxAbs = 1
	}
	m.scale = maxAbs / 32767
	q := func(v float32) int16 { return int16(math.Round(float64(v / m.scale))) }
	if len(m.w) != len(w) {
		m.w = make([]int16, len(w))
	}
	for i := range w {
		m.w[i] = q(avg(w[i], u[i]))
	}
	if len(m.trans) != len(tw) {
		m.trans = make([]int16, len(tw))
	}
	for i := range tw {
		m.trans[i] = q(avg(tw[i], tu[i]))
	}
}
