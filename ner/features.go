package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kronika/kronika/doc"
)

// Features are hashed: each is a template number mixed with hashes of the
// strings it looks at, reduced to one of 2^bits buckets. Nothing is
// allocated per token: the strings are hashed in place (lower-cased on the
// fly) into per-sentence arrays that are reused between calls.

// nfeat is the number of features of every token (always all of them, with
// sentinel values past the sentence edges).
const nfeat = 38

const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

// Sentinel hashes for positions before and after the sentence.
const (
	hashBOS = 0x2b3f1a07
	hashEOS = 0x5c9e40d3
)

// Token flags.
const (
	flagInitCap  = 1 << iota // first letter upper-case
	flagAllCaps              // every letter upper-case, at least two letters
	flagLemmaCap             // the lemma starts with an upper-case letter
	flagDigit                // contains a digit
	flagFirst                // first token of the sentence
	flagNoLetter             // no letter at all
)

func mix(a, b uint32) uint32 {
	h := a*0x9E3779B1 ^ b
	h ^= h >> 15
	h *= 0x85EBCA77
	h ^= h >> 13
	h *= 0xC2B2AE3D
	h ^= h >> 16
	return h
}

// hashLower is the FNV-1a hash of the lower-cased UTF-8 of s.
func hashLower(s string) uint32 {
	h := uint32(fnvOffset)
	for _, r := range s {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			h = (h ^ uint32(r)) * fnvPrime
			continue
		}
		h = hashRune(h, unicode.ToLower(r))
	}
	return h
}

func hashRune(h uint32, r rune) uint32 {
	var b [utf8.UTFMax]byte
	n := utf8.EncodeRune(b[:], r)
	for _, c := range b[:n] {
		h = (h ^ uint32(c)) * fnvPrime
	}
	return h
}

// hashRunes hashes lower-cased runes.
func hashRunes(rs []rune) uint32 {
	h := uint32(fnvOffset)
	for _, r := range rs {
		h = hashRune(h, r)
	}
	return h
}

// tokenFeats holds, per token of one sentence, the hashes the feature
// templates combine.
type tokenFeats struct {
	n                int
	wl, lem, sh, pc  []uint32
	pre2, pre3, pre4 []uint32
	suf2, suf3, suf4 []uint32
	extra            []uint32 // the language's word class (see TagWith), 0 when none
	lsuf3            []uint32 // last three letters of the lemma
	run              []uint32 // length and position in a run of capitalised words
	flags            []uint32
	runes            []rune
	shape            []byte
}

func growU(s []uint32, n int) []uint32 {
	if cap(s) < n {
		return make([]uint32, n, n+n/2)
	}
	return s[:n]
}

// fill computes the per-token hashes of tokens; extra is nil or one value
// per token.
func (tf *tokenFeats) fill(text string, tokens []doc.Token, extra []uint32) {
	tf.grow(len(tokens))
	for i := range tokens {
		tf.fillToken(text, tokens, i, extra)
	}
	tf.fillRuns()
}

// grow sizes the per-token arrays for n tokens.
func (tf *tokenFeats) grow(n int) {
	tf.n = n
	for _, p := range []*[]uint32{&tf.wl, &tf.lem, &tf.sh, &tf.pc, &tf.pre2, &tf.pre3, &tf.pre4, &tf.suf2, &tf.suf3, &tf.suf4, &tf.extra, &tf.lsuf3, &tf.run, &tf.flags} {
		*p = growU(*p, n)
	}
}

// tokenForm returns the text of token i, "" when its span is out of range.
func tokenForm(text string, tokens []doc.Token, i int) string {
	t := &tokens[i]
	if t.Start >= 0 && t.Start <= t.End && t.End <= len(text) {
		return text[t.Start:t.End]
	}
	return ""
}

// posCase hashes a token's part of speech and case (tokenFeats.pc).
func posCase(t *doc.Token) uint32 { return mix(hashTag(t.XPOS, t.UPOS), hashCase(t.Feats)) }

// fillToken computes the hashes of token i.
func (tf *tokenFeats) fillToken(text string, tokens []doc.Token, i int, extra []uint32) {
	t := &tokens[i]
	form := tokenForm(text, tokens, i)
	tf.runes = tf.runes[:0]
	tf.shape = tf.shape[:0]
	var fl uint32
	upper, letters := 0, 0
	for k, r := range form {
		lr := r
		switch {
		case unicode.IsUpper(r):
			lr = unicode.ToLower(r)
			upper++
			letters++
			if k == 0 {
				fl |= flagInitCap
			}
			tf.shape = appendShape(tf.shape, 'X')
		case unicode.IsLetter(r):
			letters++
			tf.shape = appendShape(tf.shape, 'x')
		case unicode.IsDigit(r):
			fl |= flagDigit
			tf.shape = appendShape(tf.shape, 'd')
		case r < utf8.RuneSelf:
			tf.shape = appendShape(tf.shape, byte(r))
		default:
			tf.shape = appendShape(tf.shape, 'o')
		}
		tf.runes = append(tf.runes, lr)
	}
	if letters >= 2 && upper == letters {
		fl |= flagAllCaps
	}
	if letters == 0 {
		fl |= flagNoLetter
	}
	if i == 0 {
		fl |= flagFirst
	}
	if r, _ := utf8.DecodeRuneInString(t.Lemma); unicode.IsUpper(r) {
		fl |= flagLemmaCap
	}
	tf.flags[i] = fl
	rs := tf.runes
	tf.wl[i] = hashRunes(rs)
	if t.Lemma != "" {
		tf.lem[i] = hashLower(t.Lemma)
	} else {
		tf.lem[i] = tf.wl[i]
	}
	tf.sh[i] = hashBytes(tf.shape)
	tf.pc[i] = posCase(t)
	tf.extra[i] = 0
	if i < len(extra) {
		tf.extra[i] = extra[i]
	}
	tf.lsuf3[i] = hashSuffix(t.Lemma, 3)
	tf.pre2[i] = hashRunes(rs[:min(2, len(rs))])
	tf.pre3[i] = hashRunes(rs[:min(3, len(rs))])
	tf.pre4[i] = hashRunes(rs[:min(4, len(rs))])
	tf.suf2[i] = hashRunes(rs[max(0, len(rs)-2):])
	tf.suf3[i] = hashRunes(rs[max(0, len(rs)-3):])
	tf.suf4[i] = hashRunes(rs[max(0, len(rs)-4):])
}

// fillRuns computes tf.run from the flags of every token.
func (tf *tokenFeats) fillRuns() {
	n := tf.n
	// Runs of capitalised words ("Royal Dutch Shell"): the run's length
	// (up to 4) and the words before and after in it (up to 3), 0 outside.
	for i := 0; i < n; {
		if tf.flags[i]&(flagInitCap|flagAllCaps) == 0 {
			tf.run[i] = 0
			i++
			continue
		}
		j := i + 1
		for j < n && tf.flags[j]&(flagInitCap|flagAllCaps) != 0 {
			j++
		}
		l := uint32(min(j-i, 4))
		for k := i; k < j; k++ {
			tf.run[k] = l<<4 | uint32(min(k-i, 3))<<2 | uint32(min(j-1-k, 3)) + 1
		}
		i = j
	}
}

// appendShape adds a shape class, collapsing repeats and keeping at most
// eight classes.
func appendShape(s []byte, c byte) []byte {
	if len(s) > 0 && s[len(s)-1] == c || len(s) >= 8 {
		return s
	}
	return append(s, c)
}

func hashBytes(b []byte) uint32 {
	h := uint32(fnvOffset)
	for _, c := range b {
		h = (h ^ uint32(c)) * fnvPrime
	}
	return h
}

// hashTag hashes the part of speech: the first segment of the
// language-specific tag, or the universal tag when there is none.
func hashTag(xpos, upos string) uint32 {
	if xpos != "" {
		if k := strings.IndexByte(xpos, ':'); k >= 0 {
			xpos = xpos[:k]
		}
		return hashLower(xpos)
	}
	return hashLower(upos)
}

// hashCase hashes the Case value of UD features ("" when none).
func hashCase(feats string) uint32 {
	k := strings.Index(feats, "Case=")
	if k < 0 {
		return 0
	}
	v := feats[k+5:]
	if e := strings.IndexByte(v, '|'); e >= 0 {
		v = v[:e]
	}
	return hashLower(v)
}

// extract appends the nfeat bucket numbers of every token to out.
func extract(tf *tokenFeats, out []uint32, bits uint) []uint32 {
	n := tf.n
	mask := uint32(1)<<bits - 1
	at := func(s []uint32, i int) uint32 {
		switch {
		case i < 0:
			return hashBOS
		case i >= n:
			return hashEOS
		}
		return s[i]
	}
	for i := 0; i < n; i++ {
		wl, lem, sh, pc, fl := tf.wl[i], tf.lem[i], tf.sh[i], tf.pc[i], tf.flags[i]
		shp, shn := at(tf.sh, i-1), at(tf.sh, i+1)
		wlp, wln := at(tf.wl, i-1), at(tf.wl, i+1)
		flp, fln := at(tf.flags, i-1), at(tf.flags, i+1)
		lemp, lemn := at(tf.lem, i-1), at(tf.lem, i+1)
		f := [nfeat]uint32{
			mix(0, 1),
			mix(1, wl),
			mix(2, wlp),
			mix(3, wln),
			mix(4, at(tf.wl, i-2)),
			mix(5, at(tf.wl, i+2)),
			mix(6, lem),
			mix(7, lemp),
			mix(8, lemn),
			mix(9, sh),
			mix(10, shp),
			mix(11, shn),
			mix(mix(12, shp), sh),
			mix(mix(13, sh), shn),
			mix(14, tf.pre2[i]),
			mix(15, tf.pre3[i]),
			mix(16, tf.pre4[i]),
			mix(17, tf.suf2[i]),
			mix(18, tf.suf3[i]),
			mix(19, tf.suf4[i]),
			mix(20, pc),
			mix(21, at(tf.pc, i-1)),
			mix(22, at(tf.pc, i+1)),
			mix(23, fl),
			mix(mix(24, flp), fl),
			mix(mix(25, fl), fln),
			mix(mix(26, wlp), wl),
			mix(mix(27, wl), wln),
			mix(mix(28, lemp), sh),
			mix(mix(29, sh), lemn),
			mix(mix(30, tf.suf3[i]), fl),
			mix(mix(31, fl), pc),
			mix(32, tf.extra[i]),
			mix(mix(35, tf.extra[i]), fl),
			mix(37, tf.lsuf3[i]),
			mix(mix(38, lemp), tf.suf3[i]),
			mix(39, tf.run[i]),
			mix(mix(40, tf.run[i]), tf.extra[i]),
		}
		for _, h := range f {
			out = append(out, h&mask)
		}
	}
	return out
}

// hashSuffix hashes the last n letters of s, lower-cased.
func hashSuffix(s string, n int) uint32 {
	k := len(s)
	for c := 0; c < n && k > 0; c++ {
		_, size := utf8.DecodeLastRuneInString(s[:k])
		k -= size
	}
	return hashLower(s[k:])
}
