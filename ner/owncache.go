package ner

import (
	"bytes"
	"encoding/binary"
	"hash/maphash"
	"sync"
	"unsafe"

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

// A token's entry is found by its key: what its own features and hashes
// depend on (form, lemma, tag class and case, language class, first
// word), packed into one string (appendOwnKey), so that a lookup hashes
// and compares plain bytes.

// appendOwnKey appends the packed key of a token to dst: the length of
// the form, the form, the lemma, then the fixed-size fields, so that no
// two tokens that differ in any field share a key.
func appendOwnKey(dst []byte, form, lemma string, pc, extra uint32, first bool) []byte {
	dst = binary.AppendUvarint(dst, uint64(len(form)))
	dst = append(dst, form...)
	dst = append(dst, lemma...)
	dst = binary.LittleEndian.AppendUint32(dst, pc)
	dst = binary.LittleEndian.AppendUint32(dst, extra)
	if first {
		return append(dst, 1)
	}
	return append(dst, 0)
}

// An entry is kept in chunks of ownChunk entries, each entry its key
// (its length in bytes, then the bytes, in ownKeyWords words), then
// ownHead hashes (wl, lem, sh, fl, suf3), then nParts × L summed weights:
// of the token's own features, then of its features in each neighbour's
// scores. Flat chunks give the collector no pointer per entry to follow;
// a key next to its values makes a hit read one place after its slot, not
// a map's key string and then the values elsewhere. A key longer than
// ownKeyMax bytes is not kept (its token is scored the long way).
const (
	ownHead     = 5
	ownChunk    = 1024
	ownKeyWords = 12
	ownKeyMax   = 4 * ownKeyWords
	ownKeyOff   = 1 + ownKeyWords // where an entry's values start
)

// ownCacheMax bounds the tokens a model's cache keeps.
const ownCacheMax = 100_000

type ownCache struct {
	mu sync.RWMutex
	// slots is an open-addressing table, a power of two long and at most
	// half full: 0 is empty, else the high 32 bits of the key's hash and
	// the entry's index plus one. A slot whose hash bits match is a hit
	// only if the entry's key bytes are the key's.
	slots  []uint64
	seed   maphash.Seed
	max    int // the most entries kept (ownCacheMax)
	chunks [][]int32
	stride int // ownKeyOff + ownHead + nParts × L
	n      int
	// edge holds, per part, the weights a missing neighbour adds (the
	// sentinels before and after the sentence), nParts × L.
	edge []int32
	// nz has a bit set per bucket whose weights are not all zero (45%
	// of the Polish model's): a pair feature that lands in an empty
	// bucket (about one in six on news text) then costs no read of the
	// weight table.
	nz []uint64
}

// row returns the whole of entry e: key, hashes and weights.
func (c *ownCache) row(e int32) []int32 {
	ch := c.chunks[e/ownChunk]
	o := int(e%ownChunk) * c.stride
	return ch[o : o+c.stride : o+c.stride]
}

// entry returns the values of entry e (its hashes and weights).
func (c *ownCache) entry(e int32) []int32 {
	return c.row(e)[ownKeyOff:]
}

// keyOf returns the key bytes stored in a row.
func keyOf(row []int32) []byte {
	return unsafe.Slice((*byte)(unsafe.Pointer(&row[1])), ownKeyMax)[:row[0]]
}

// lookup returns the entry whose key is k.
func (c *ownCache) lookup(k []byte) (int32, bool) {
	if len(c.slots) == 0 || len(k) > ownKeyMax {
		return 0, false
	}
	h := maphash.Bytes(c.seed, k)
	tag, mask := h>>32, uint64(len(c.slots)-1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := c.slots[i]
		if s == 0 {
			return 0, false
		}
		if s>>32 == tag {
			e := int32(uint32(s)) - 1
			if bytes.Equal(keyOf(c.row(e)), k) {
				return e, true
			}
		}
	}
}

// add appends an entry with key k (at most ownKeyMax bytes, not in the
// cache yet) and returns its values to fill.
func (c *ownCache) add(k []byte) (int32, []int32) {
	if 2*(c.n+1) > len(c.slots) {
		c.rehash(max(4096, 2*len(c.slots)))
	}
	e := int32(c.n)
	if c.n%ownChunk == 0 {
		c.chunks = append(c.chunks, make([]int32, ownChunk*c.stride))
	}
	c.n++
	row := c.row(e)
	row[0] = int32(len(k))
	copy(keyOf(row)[:len(k)], k)
	c.place(maphash.Bytes(c.seed, k), e)
	return e, row[ownKeyOff:]
}

// place puts entry e, whose key hashes to h, in the first empty slot.
func (c *ownCache) place(h uint64, e int32) {
	mask := uint64(len(c.slots) - 1)
	i := h & mask
	for c.slots[i] != 0 {
		i = (i + 1) & mask
	}
	c.slots[i] = h>>32<<32 | uint64(uint32(e+1))
}

// rehash moves the entries to a table of n slots.
func (c *ownCache) rehash(n int) {
	c.slots = make([]uint64, n)
	for e := int32(0); int(e) < c.n; e++ {
		c.place(maphash.Bytes(c.seed, keyOf(c.row(e))), e)
	}
}

// newOwnCache returns the cache of a loaded model.
func (m *Model) newOwnCache() *ownCache {
	L := m.nlabel
	mask := uint32(1)<<m.bits - 1
	c := &ownCache{seed: maphash.MakeSeed(), max: ownCacheMax, stride: ownKeyOff + ownHead + nParts*L, edge: make([]int32, nParts*L)}
	B := len(m.w) / L
	c.nz = make([]uint64, (B+63)/64)
	for b := 0; b < B; b++ {
		if nonZero(m.w[b*L : b*L+L]) {
			c.nz[b/64] |= 1 << (b % 64)
		}
	}
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

// addNonZero is addWeights that skips the buckets whose weights are all
// zero, which add nothing.
func (m *Model) addNonZero(nz []uint64, a []int32, fs []uint32) {
	L := m.nlabel
	for _, f := range fs {
		if nz[f/64]&(1<<(f%64)) == 0 {
			continue
		}
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
	if cap(b.rows) < n {
		b.rows = make([][]int32, n)
	}
	b.rows = b.rows[:n]
	b.miss = b.miss[:0]
	c := m.cache
	var kbuf [64]byte
	c.mu.RLock()
	// A full cache stays full: its misses are not added, and take no
	// write lock.
	full := c.n >= c.max
	for i := range tokens {
		t := &tokens[i]
		pc := posCase(t)
		var x uint32
		if i < len(extra) {
			x = extra[i]
		}
		tf.pc[i], tf.extra[i] = pc, x
		e, ok := c.lookup(appendOwnKey(kbuf[:0], tokenForm(text, tokens, i), t.Lemma, pc, x, i == 0))
		if !ok {
			b.miss = append(b.miss, int32(i))
			continue
		}
		v := c.entry(e)
		tf.wl[i], tf.lem[i], tf.sh[i], tf.flags[i], tf.suf3[i] = uint32(v[0]), uint32(v[1]), uint32(v[2]), uint32(v[3]), uint32(v[4])
		// The entry's weights are read where they are: an entry never
		// changes once the cache has it, nor moves.
		b.rows[i] = v[ownHead : ownHead+P : ownHead+P]
	}
	c.mu.RUnlock()
	var fs []uint32
	for _, i := range b.miss {
		tf.fillToken(text, tokens, int(i), extra)
		a := b.own[int(i)*P : int(i)*P+P : int(i)*P+P]
		b.rows[i] = a
		clear(a)
		own := ownFeats(tf, int(i), mask)
		m.addWeights(a[:L], own[:])
		for part := partPrev1; part < nParts; part++ {
			fs = neighbourFeats(part, tf.wl[i], tf.lem[i], tf.sh[i], tf.pc[i], mask, fs[:0])
			m.addWeights(a[part*L:part*L+L], fs)
		}
	}
	if len(b.miss) > 0 && !full {
		c.mu.Lock()
		for _, i := range b.miss {
			if c.n >= c.max {
				break
			}
			t := &tokens[i]
			k := appendOwnKey(kbuf[:0], tokenForm(text, tokens, int(i)), t.Lemma, tf.pc[i], tf.extra[i], i == 0)
			if len(k) > ownKeyMax {
				continue
			}
			if _, ok := c.lookup(k); ok {
				continue
			}
			_, v := c.add(k)
			v[0], v[1], v[2], v[3], v[4] = int32(tf.wl[i]), int32(tf.lem[i]), int32(tf.sh[i]), int32(tf.flags[i]), int32(tf.suf3[i])
			copy(v[ownHead:], b.own[int(i)*P:int(i)*P+P])
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
		return b.rows[j][p*L : p*L+L]
	}
	// The pair features of the whole sentence first, then the sums: the
	// reads of the weight table, scattered, then follow one another
	// closely enough for the processor to wait for several at once.
	pfs := b.feats[:0]
	for i := 0; i < n; i++ {
		pf := pairFeats(tf, i, mask)
		pfs = append(pfs, pf[:]...)
	}
	b.feats = pfs
	for i := 0; i < n; i++ {
		var acc [2*maxTypes + 1]int32
		a := acc[:L]
		copy(a, b.rows[i][:L])
		for _, q := range [4][]int32{part(i-1, partPrev1), part(i+1, partNext1), part(i-2, partPrev2), part(i+2, partNext2)} {
			for k, v := range q {
				a[k] += v
			}
		}
		m.addNonZero(c.nz, a, pfs[i*nPair:i*nPair+nPair])
		row := b.score[i*L : i*L+L]
		for k, v := range a {
			row[k] = float32(v)
		}
	}
}
