package ner

import (
	"strings"
	"sync"

	"github.com/kronika/kronika/doc"
)

// Of a token's nfeat features, nOwn depend on the token alone (its form,
// lemma, part of speech and case, language class and whether it opens the
// sentence) and the rest on its neighbours. A loaded model keeps, per
// token, the hashes its neighbours' features read and the summed weights
// of its own features, so that a word seen before costs one map lookup
// instead of its own features' scattered reads of the weight table.
// The scores are integer sums, so they are the same in any order: the
// cache changes no result (TestOwnCacheSame).

const (
	nOwn = 17
	nCtx = nfeat - nOwn
)

// ownFeats returns the features of token i that depend on it alone
// (a subset of extract's, with the same hashes).
func ownFeats(tf *tokenFeats, i int, mask uint32) [nOwn]uint32 {
	wl, lem, sh, pc, fl := tf.wl[i], tf.lem[i], tf.sh[i], tf.pc[i], tf.flags[i]
	f := [nOwn]uint32{
		mix(0, 1),
		mix(1, wl),
		mix(6, lem),
		mix(9, sh),
		mix(14, tf.pre2[i]),
		mix(15, tf.pre3[i]),
		mix(16, tf.pre4[i]),
		mix(17, tf.suf2[i]),
		mix(18, tf.suf3[i]),
		mix(19, tf.suf4[i]),
		mix(20, pc),
		mix(23, fl),
		mix(mix(30, tf.suf3[i]), fl),
		mix(mix(31, fl), pc),
		mix(32, tf.extra[i]),
		mix(mix(35, tf.extra[i]), fl),
		mix(37, tf.lsuf3[i]),
	}
	for k := range f {
		f[k] &= mask
	}
	return f
}

// Of the other features, ten read one neighbour alone (its word, lemma,
// shape or part of speech at a fixed offset): a token's share in each of
// its neighbours' scores is cached with it too (the parts of ownVal.sum).
// The remaining nPair combine a token with a neighbour or its run.
const nPair = nCtx - 10

// The parts of ownVal.sum, each L long: the token's own features, then
// what it adds to the scores of the token after it (as "previous"), of
// the token before it (as "next"), and two after and two before.
const (
	partOwn = iota
	partPrev1
	partNext1
	partPrev2
	partNext2
	nParts
)

// neighbourFeats returns the features a token whose hashes are wl, lem,
// sh and pc adds to a neighbour's scores, for one part (partPrev1 ..
// partNext2); the sentinels hashBOS and hashEOS stand for no token.
func neighbourFeats(part int, wl, lem, sh, pc, mask uint32, out []uint32) []uint32 {
	switch part {
	case partPrev1:
		out = append(out, mix(2, wl), mix(7, lem), mix(10, sh), mix(21, pc))
	case partNext1:
		out = append(out, mix(3, wl), mix(8, lem), mix(11, sh), mix(22, pc))
	case partPrev2:
		out = append(out, mix(4, wl))
	case partNext2:
		out = append(out, mix(5, wl))
	}
	for k := range out {
		out[k] &= mask
	}
	return out
}

// pairFeats returns the features of token i that combine it with a
// neighbour (the rest of extract's).
func pairFeats(tf *tokenFeats, i int, mask uint32) [nPair]uint32 {
	n := tf.n
	at := func(s []uint32, i int) uint32 {
		switch {
		case i < 0:
			return hashBOS
		case i >= n:
			return hashEOS
		}
		return s[i]
	}
	wl, sh, fl := tf.wl[i], tf.sh[i], tf.flags[i]
	shp, shn := at(tf.sh, i-1), at(tf.sh, i+1)
	wlp, wln := at(tf.wl, i-1), at(tf.wl, i+1)
	flp, fln := at(tf.flags, i-1), at(tf.flags, i+1)
	lemp, lemn := at(tf.lem, i-1), at(tf.lem, i+1)
	f := [nPair]uint32{
		mix(mix(12, shp), sh),
		mix(mix(13, sh), shn),
		mix(mix(24, flp), fl),
		mix(mix(25, fl), fln),
		mix(mix(26, wlp), wl),
		mix(mix(27, wl), wln),
		mix(mix(28, lemp), sh),
		mix(mix(29, sh), lemn),
		mix(mix(38, lemp), tf.suf3[i]),
		mix(39, tf.run[i]),
		mix(mix(40, tf.run[i]), tf.extra[i]),
	}
	for k := range f {
		f[k] &= mask
	}
	return f
}

// ownKey is what a token's own features and hashes depend on.
type ownKey struct {
	form, lemma string
	pc, extra   uint32
	first       bool
}

// ownVal is what the cache keeps of a token.
type ownVal struct {
	wl, lem, sh, fl, suf3 uint32
	// sum holds nParts × L summed weights: of the token's own features,
	// then of its features in each neighbour's scores.
	sum []int32
}

// ownCacheMax bounds the tokens a model's cache keeps.
const ownCacheMax = 100_000

type ownCache struct {
	mu sync.RWMutex
	m  map[ownKey]ownVal
	// edge holds, per part, the weights a missing neighbour adds (the
	// sentinels before and after the sentence), nParts × L.
	edge []int32
}

// newOwnCache returns the cache of a loaded model.
func (m *Model) newOwnCache() *ownCache {
	L := m.nlabel
	mask := uint32(1)<<m.bits - 1
	c := &ownCache{m: map[ownKey]ownVal{}, edge: make([]int32, nParts*L)}
	var fs []uint32
	for part := partPrev1; part < nParts; part++ {
		h := uint32(hashBOS)
		if part == partNext1 || part == partNext2 {
			h = hashEOS
		}
		fs = neighbourFeats(part, h, h, h, h, mask, fs[:0])
		m.addWeights(c.edge[part*L:part*L+L], fs)
	}
	return c
}

// addWeights adds the weights of features fs to a.
func (m *Model) addWeights(a []int32, fs []uint32) {
	L := m.nlabel
	for _, f := range fs {
		for k, v := range m.w[int(f)*L : int(f)*L+L] {
			a[k] += int32(v)
		}
	}
}

// scoreCached fills b.score (n × L emission scores) through the cache;
// it returns the same scores as extract and the weight sums of TagWith.
func (m *Model) scoreCached(b *buffers, text string, tokens []doc.Token, extra []uint32) {
	n := len(tokens)
	L := m.nlabel
	P := nParts * L
	mask := uint32(1)<<m.bits - 1
	tf := &b.tf
	tf.grow(n)
	b.own = growInt(b.own, n*P)
	b.miss = b.miss[:0]
	c := m.cache
	c.mu.RLock()
	for i := range tokens {
		t := &tokens[i]
		pc := posCase(t)
		var x uint32
		if i < len(extra) {
			x = extra[i]
		}
		tf.pc[i], tf.extra[i] = pc, x
		v, ok := c.m[ownKey{tokenForm(text, tokens, i), t.Lemma, pc, x, i == 0}]
		if !ok {
			b.miss = append(b.miss, int32(i))
			continue
		}
		tf.wl[i], tf.lem[i], tf.sh[i], tf.flags[i], tf.suf3[i] = v.wl, v.lem, v.sh, v.fl, v.suf3
		copy(b.own[i*P:i*P+P], v.sum)
	}
	c.mu.RUnlock()
	var fs []uint32
	for _, i := range b.miss {
		tf.fillToken(text, tokens, int(i), extra)
		a := b.own[int(i)*P : int(i)*P+P]
		clear(a)
		own := ownFeats(tf, int(i), mask)
		m.addWeights(a[:L], own[:])
		for part := partPrev1; part < nParts; part++ {
			fs = neighbourFeats(part, tf.wl[i], tf.lem[i], tf.sh[i], tf.pc[i], mask, fs[:0])
			m.addWeights(a[part*L:part*L+L], fs)
		}
	}
	if len(b.miss) > 0 {
		c.mu.Lock()
		for _, i := range b.miss {
			if len(c.m) >= ownCacheMax {
				break
			}
			t := &tokens[i]
			k := ownKey{tokenForm(text, tokens, int(i)), t.Lemma, tf.pc[i], tf.extra[i], i == 0}
			if _, ok := c.m[k]; ok {
				continue
			}
			k.form, k.lemma = strings.Clone(k.form), strings.Clone(k.lemma)
			c.m[k] = ownVal{tf.wl[i], tf.lem[i], tf.sh[i], tf.flags[i], tf.suf3[i],
				append([]int32(nil), b.own[int(i)*P:int(i)*P+P]...)}
		}
		c.mu.Unlock()
	}
	tf.fillRuns()
	b.score = grow(b.score, n*L)
	// part returns what token j adds to a neighbour as the given part,
	// or what a missing neighbour adds.
	part := func(j, p int) []int32 {
		if j < 0 || j >= n {
			return c.edge[p*L : p*L+L]
		}
		return b.own[j*P+p*L : j*P+p*L+L]
	}
	for i := 0; i < n; i++ {
		var acc [2*maxTypes + 1]int32
		a := acc[:L]
		copy(a, b.own[i*P:i*P+L])
		for _, q := range [4][]int32{part(i-1, partPrev1), part(i+1, partNext1), part(i-2, partPrev2), part(i+2, partNext2)} {
			for k, v := range q {
				a[k] += v
			}
		}
		pf := pairFeats(tf, i, mask)
		m.addWeights(a, pf[:])
		row := b.score[i*L : i*L+L]
		for k, v := range a {
			row[k] = float32(v)
		}
	}
}
