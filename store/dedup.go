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
//   - its signature is, for each of MinHashes seeded hash functions, the
//     least hash of any shingle: the share of equal positions in two
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

// minhashMul and minhashAdd define the hash functions, h ↦ the high 32
// bits of h·mul + add (multiply-shift, mul odd), fixed for ever: a stored
// signature must stay comparable with new ones.
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

// minhash computes the signature of a text.
func minhash(text string) signature {
	sh := shingles(text)
	if len(sh) < MinShingles {
		return nil
	}
	sig := make(signature, MinHashes)
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	for _, h := range sh {
		for i := range sig {
			if v := uint32((h*minhashMul[i] + minhashAdd[i]) >> 32); v < sig[i] {
				sig[i] = v
			}
		}
	}
	return sig
}

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
