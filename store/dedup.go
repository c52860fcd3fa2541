package store

import (
	"encoding/binary"
	"unicode"
	"unicode/utf8"
)

// Near-duplicate articles — wire copies, updates of a story, the same text
// on two sites — are found by MinHash over word shingles:
//
//   - a document's words are its text folded (Fold: lower case, Polish
//     letters without diacritics), split at every character that is not a
//     letter or a digit; its shingles are the runs of ShingleWords
//     consecutive words, hashed (64 bits);
//   - its signature has MinHashes positions, filled by one-permutation
//     hashing (minhash): each shingle hashed once falls into one position,
//     which keeps the least value; the share of equal positions in two
//     signatures estimates the Jaccard resemblance of their shingle sets;
//   - the signature is cut into Bands bands of MinHashes/Bands values;
//     documents sharing a band are candidates (locality-sensitive hashing:
//     a pair of resemblance 0.5 shares a band with probability 0.65, one
//     of 0.7 with 0.98), and a candidate whose estimated resemblance is at
//     least NearDuplicate is a near-duplicate;
//   - a new document so close to stored ones is linked (duplicate_of) to
//     the original of the closest: the earliest stored of its group. Only
//     originals enter the band index, so that a story copied a thousand
//     times costs a lookup of one candidate, not of a thousand (a copy
//     is compared with the original, not with other copies).
//
// A text of fewer than MinShingles shingles (a headline, a stub) is not
// compared. Near-duplicates are stored like any document: their events are
// mentions like any other (GDELT counts every article), and the link lets
// a reader count or leave out copies.
const (
	ShingleWords  = 3
	MinHashes     = 64
	Bands         = 16
	MinShingles   = 10
	NearDuplicate = 0.5
)

// minhashMul and minhashAdd define the hash, h ↦ h·mul + add
// (multiply-shift, mul odd; minhash uses the first pair), fixed for ever:
// a stored signature must stay comparable with new ones.
var minhashMul, minhashAdd = func() (m, a [MinHashes]uint64) {
	x := uint64(0x6b726f6e696b61) // "kronika"
	for i := range m {
		x = splitmix(x)
		m[i] = x | 1
		x = splitmix(x)
		a[i] = x
	}
	return m, a
}()

// splitmix is the SplitMix64 finaliser: a cheap, well-mixed 64-bit hash.
func splitmix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ x>>30) * 0xbf58476d1ce4e5b9
	x = (x ^ x>>27) * 0x94d049bb133111eb
	return x ^ x>>31
}

// shingles returns the hashes of the document's distinct word shingles:
// each word hashed (FNV-1a), the hashes of a shingle's words chained
// through splitmix.
func shingles(text string) []uint64 {
	const offset, prime = 14695981039346656037, 1099511628211
	var words []uint64
	folded := Fold(text)
	h, in := uint64(offset), false
	for i := 0; i < len(folded); {
		r, n := utf8.DecodeRuneInString(folded[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			for _, c := range []byte(folded[i : i+n]) {
				h = (h ^ uint64(c)) * prime
			}
			in = true
		} else if in {
			words = append(words, h)
			h, in = offset, false
		}
		i += n
	}
	if in {
		words = append(words, h)
	}
	seen := make(map[uint64]bool, len(words))
	var out []uint64
	for i := 0; i+ShingleWords <= len(words); i++ {
		v := uint64(0)
		for _, w := range words[i : i+ShingleWords] {
			v = splitmix(v ^ w)
		}
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}

// signature is a document's MinHash signature, nil when its text is too
// short to compare.
type signature []uint32

// minhash computes the signature of a text by one-permutation hashing:
// each shingle is hashed once (multiply-shift), its top bits pick one of
// MinHashes bins and the next 32 bits are its value; a bin keeps its
// least value. A bin no shingle fell into takes the value of the next
// filled bin (circularly) with a constant of its distance added
// ("densification"), so that two similar texts agree there as often as
// in filled bins. One hash a shingle instead of MinHashes.
func minhash(text string) signature {
	sh := shingles(text)
	if len(sh) < MinShingles {
		return nil
	}
	const empty = ^uint32(0)
	sig := make(signature, MinHashes)
	for i := range sig {
		sig[i] = empty
	}
	for _, h := range sh {
		x := h*minhashMul[0] + minhashAdd[0]
		bin := x >> 58 // 64 bins
		if v := uint32(x >> 26); v < sig[bin] {
			sig[bin] = v
		}
	}
	filled := sig.clone()
	for i := range sig {
		if filled[i] != empty {
			continue
		}
		for d := 1; d < MinHashes; d++ {
			if v := filled[(i+d)%MinHashes]; v != empty {
				sig[i] = v + uint32(d)*0x9e3779b9
				break
			}
		}
	}
	return sig
}

func (s signature) clone() signature { return append(signature(nil), s...) }

// bytes encodes the signature for the minhash column.
func (s signature) bytes() []byte {
	b := make([]byte, 4*len(s))
	for i, v := range s {
		binary.LittleEndian.PutUint32(b[4*i:], v)
	}
	return b
}

func signatureOf(b []byte) signature {
	if len(b) != 4*MinHashes {
		return nil
	}
	s := make(signature, MinHashes)
	for i := range s {
		s[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return s
}

// bands returns the LSH keys of the signature, one per band; the band's
// number is hashed in, so equal values in different bands differ.
func (s signature) bands() []int64 {
	rows := MinHashes / Bands
	out := make([]int64, Bands)
	for b := range out {
		x := uint64(b)
		for _, v := range s[b*rows : (b+1)*rows] {
			x = splitmix(x ^ uint64(v))
		}
		out[b] = int64(x)
	}
	return out
}

// resemblance estimates the Jaccard resemblance of two signatures.
func resemblance(a, b signature) float64 {
	if len(a) != len(b) || len(a) == 0 {
		return 0
	}
	n := 0
	for i := range a {
		if a[i] == b[i] {
			n++
		}
	}
	return float64(n) / float64(len(a))
}
