// Package ner is a generic sequence labeller over the tokens of one sentence:
// an averaged structured perceptron with BIO labels, hashed features and
// Viterbi decoding, and its training. Kronika uses it for named entities, but
// nothing in it is specific to names or to a language: lang/pl trains and
// ships its Polish model on it and is the recogniser the pipeline calls
// (lang.Language.NER); the entities package turns the spans into document
// entities.
package ner

import (
	"errors"
	"sync"

	"github.com/kronika/kronika/doc"
)

// Span is a recognised name: tokens [Start, End) of the slice given to Tag,
// with its entity type.
type Span struct {
	Start, End int
	Type       string
}

// Model is a trained recogniser. It is safe for concurrent use.
type Model struct {
	types  []string // entity types; labels are O, then B-t and I-t per type
	bits   uint     // log2 of the number of feature buckets
	scale  float32  // weight = int16 value * scale
	w      []int16  // buckets × labels, row-major
	trans  []int16  // labels × labels (previous, current)
	nlabel int
	pool   sync.Pool
	// cache, set on loaded models (whose weights no longer change), keeps
	// the per-token part of the scores (owncache.go).
	cache *ownCache
	// ftrans, set on loaded models, is trans as viterbi reads it.
	ftrans []float32
}

// Types returns the entity types the model labels.
func (m *Model) Types() []string { return append([]string(nil), m.types...) }

// Labels are numbered 0 = O, 1+2k = B-type k, 2+2k = I-type k.
func labelCount(ntypes int) int { return 1 + 2*ntypes }

func isInside(l int) bool { return l > 0 && l%2 == 0 }

// allowed reports whether label cur may follow label prev in BIO: an inside
// label continues a name of its own type only.
func allowed(prev, cur int) bool {
	if !isInside(cur) {
		return true
	}
	return prev == cur || prev == cur-1
}

// buffers are the per-call scratch space of Tag, reused through a pool so
// that tagging does not allocate per token.
type buffers struct {
	tf    tokenFeats
	feats []uint32 // bucket indices, nfeat per token
	score []float32
	back  []int32
	path  []int32
	trans []float32 // the model's transitions as viterbi reads them
	own   []int32   // scoreCached: summed weights per token and label
	rows  [][]int32 // scoreCached: each token's weights, in own or in the cache
	miss  []int32   // scoreCached: tokens not in the cache
}

func (m *Model) getBuffers() *buffers {
	if b, ok := m.pool.Get().(*buffers); ok {
		return b
	}
	return &buffers{}
}

// Tag labels the tokens of one sentence of d and returns the names found,
// in order. Token texts are read from d.Text; Lemma, UPOS and XPOS are used
// when a morphological analyzer filled them.
func (m *Model) Tag(d *doc.Document, tokens []doc.Token) []Span {
	return m.TagWith(d, tokens, nil)
}

// TagWith is Tag with a language-specific class of each token (a small
// number or a hash; 0 means none), such as what a dictionary knows of the
// word. A model gives its best results with the classes it was trained
// with (Example.Extra).
func (m *Model) TagWith(d *doc.Document, tokens []doc.Token, extra []uint32) []Span {
	if len(tokens) == 0 || m == nil {
		return nil
	}
	b := m.getBuffers()
	defer m.pool.Put(b)
	n := len(tokens)
	L := m.nlabel
	if m.cache != nil {
		m.scoreCached(b, d.Text, tokens, extra)
	} else {
		m.score(b, d.Text, tokens, extra)
	}
	sc := b.score[:n*L]
	b.back = growInt(b.back, n*L)
	b.path = growInt(b.path, n)
	tr := m.ftrans
	if tr == nil {
		b.trans = grow(b.trans, L*L)
		for i, v := range m.trans[:L*L] {
			b.trans[i] = float32(v)
		}
		tr = b.trans
	}
	viterbi(sc, n, L, tr, b.back, b.path)
	return spans(b.path[:n], m.types)
}

// score fills b.score (n × L emission scores): the weights of every
// token's features summed.
func (m *Model) score(b *buffers, text string, tokens []doc.Token, extra []uint32) {
	n := len(tokens)
	b.tf.fill(text, tokens, extra)
	b.feats = extract(&b.tf, b.feats[:0], m.bits)
	L := m.nlabel
	b.score = grow(b.score, n*L)
	sc := b.score[:n*L]
	var acc [2*maxTypes + 1]int32
	for i := 0; i < n; i++ {
		a := acc[:L]
		for k := range a {
			a[k] = 0
		}
		for _, f := range b.feats[i*nfeat : i*nfeat+nfeat] {
			ws := m.w[int(f)*L : int(f)*L+L]
			for k, v := range ws {
				a[k] += int32(v)
			}
		}
		row := sc[i*L : i*L+L]
		for k, v := range a {
			row[k] = float32(v)
		}
	}
}

func grow(s []float32, n int) []float32 {
	if cap(s) < n {
		return make([]float32, n, n+n/2)
	}
	return s[:n]
}

func growInt(s []int32, n int) []int32 {
	if cap(s) < n {
		return make([]int32, n, n+n/2)
	}
	return s[:n]
}

// viterbi finds the best BIO-consistent label sequence for emission scores
// sc (n × L) and transition scores tr (L × L, previous × current),
// writing it to path. An inside label is reached only from the two labels
// BIO allows before it (B- and I- of its type), which are tried alone, in
// the order of the full scan, so that ties resolve as they would.
func viterbi(sc []float32, n, L int, tr []float32, back, path []int32) {
	const neg = -1e30
	// sc is overwritten in place with the best score of a path ending in
	// each label.
	for c := 0; c < L; c++ {
		if isInside(c) {
			sc[c] = neg
		}
	}
	for i := 1; i < n; i++ {
		prev := sc[(i-1)*L : i*L]
		cur := sc[i*L : i*L+L]
		for c := 0; c < L; c++ {
			best, arg := float32(neg), int32(0)
			p0, p1 := 0, L
			if isInside(c) {
				p0, p1 = c-1, c+1
			}
			for p := p0; p < p1; p++ {
				if prev[p] <= neg/2 {
					continue
				}
				if s := prev[p] + tr[p*L+c]; s > best {
					best, arg = s, int32(p)
				}
			}
			if best <= neg/2 {
				cur[c] = neg
			} else {
				cur[c] += best
			}
			back[i*L+c] = arg
		}
	}
	last := sc[(n-1)*L : n*L]
	arg := 0
	for c := 1; c < L; c++ {
		if last[c] > last[arg] {
			arg = c
		}
	}
	for i := n - 1; i >= 0; i-- {
		path[i] = int32(arg)
		if i > 0 {
			arg = int(back[i*L+arg])
		}
	}
}

// spans reads names off a BIO label sequence.
func spans(path []int32, types []string) []Span {
	var out []Span
	for i := 0; i < len(path); {
		l := int(path[i])
		if l == 0 {
			i++
			continue
		}
		t := (l - 1) / 2
		j := i + 1
		for j < len(path) && int(path[j]) == 2+2*t {
			j++
		}
		out = append(out, Span{Start: i, End: j, Type: types[t]})
		i = j
	}
	return out
}

// ErrFormat is returned by Load for data that is not a model file.
var ErrFormat = errors.New("ner: not a model file")
