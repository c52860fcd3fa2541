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

// ctxFeats returns the other features of token i: those that read its
// neighbours (the rest of extract's).
func ctxFeats(tf *tokenFeats, i int, mask uint32) [nCtx]uint32 {
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
	wl, lem, sh, fl := tf.wl[i], tf.lem[i], tf.sh[i], tf.flags[i]
	_ = lem
	shp, shn := at(tf.sh, i-1), at(tf.sh, i+1)
	wlp, wln := at(tf.wl, i-1), at(tf.wl, i+1)
	flp, fln := at(tf.flags, i-1), at(tf.flags, i+1)
	lemp, lemn := at(tf.lem, i-1), at(tf.lem, i+1)
	f := [nCtx]uint32{
		mix(2, wlp),
		mix(3, wln),
		mix(4, at(tf.wl, i-2)),
		mix(5, at(tf.wl, i+2)),
		mix(7, lemp),
		mix(8, lemn),
		mix(10, shp),
		mix(11, shn),
		mix(mix(12, shp), sh),
		mix(mix(13, sh), shn),
		mix(21, at(tf.pc, i-1)),
		mix(22, at(tf.pc, i+1)),
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
	sum                   []int32 // summed weights of the own features, per label
}

// ownCacheMax bounds the tokens a model's cache keeps.
const ownCacheMax = 150_000

type ownCache struct {
	mu sync.RWMutex
	m  map[ownKey]ownVal
}

// scoreCached fills b.score (n × L emission scores) through the cache;
// it returns the same scores as extract and the weight sums of TagWith.
func (m *Model) scoreCached(b *buffers, text string, tokens []doc.Token, extra []uint32) {
	n := len(tokens)
	L := m.nlabel
	mask := uint32(1)<<m.bits - 1
	tf := &b.tf
	tf.grow(n)
	b.own = growInt(b.own, n*L)
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
		copy(b.own[i*L:i*L+L], v.sum)
	}
	c.mu.RUnlock()
	for _, i := range b.miss {
		tf.fillToken(text, tokens, int(i), extra)
		a := b.own[int(i)*L : int(i)*L+L]
		clear(a)
		for _, f := range ownFeats(tf, int(i), mask) {
			for k, v := range m.w[int(f)*L : int(f)*L+L] {
				a[k] += int32(v)
			}
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
				append([]int32(nil), b.own[int(i)*L:int(i)*L+L]...)}
		}
		c.mu.Unlock()
	}
	tf.fillRuns()
	b.score = grow(b.score, n*L)
	for i := 0; i < n; i++ {
		a := b.own[i*L : i*L+L]
		for _, f := range ctxFeats(tf, i, mask) {
			for k, v := range m.w[int(f)*L : int(f)*L+L] {
				a[k] += int32(v)
			}
		}
		row := b.score[i*L : i*L+L]
		for k, v := range a {
			row[k] = float32(v)
		}
	}
}
