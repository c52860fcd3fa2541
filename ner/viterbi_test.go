package ner

import (
	"math/rand"
	"slices"
	"testing"
)

// viterbiScan is viterbi trying every previous label and skipping the
// ones BIO forbids: the decoding viterbi must reproduce.
func viterbiScan(sc []float32, n, L int, tr []float32, back, path []int32) {
	const neg = -1e30
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
			for p := 0; p < L; p++ {
				if !allowed(p, c) || prev[p] <= neg/2 {
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

// randomLattice returns emission and transition scores for n tokens and
// L labels: small integers, so that ties between paths are frequent.
func randomLattice(r *rand.Rand, n, L int) (sc, tr []float32) {
	sc = make([]float32, n*L)
	for i := range sc {
		sc[i] = float32(r.Intn(7) - 3)
	}
	tr = make([]float32, L*L)
	for i := range tr {
		tr[i] = float32(r.Intn(5) - 2)
	}
	return sc, tr
}

func TestViterbiSameAsScan(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for trial := 0; trial < 3000; trial++ {
		L := labelCount(1 + r.Intn(maxTypes))
		n := 1 + r.Intn(12)
		sc, tr := randomLattice(r, n, L)
		sc2 := slices.Clone(sc)
		back, path := make([]int32, n*L), make([]int32, n)
		back2, path2 := make([]int32, n*L), make([]int32, n)
		viterbi(sc, n, L, tr, back, path)
		viterbiScan(sc2, n, L, tr, back2, path2)
		if !slices.Equal(path, path2) || !slices.Equal(sc, sc2) {
			t.Fatalf("trial %d (n %d, L %d): path %v, the scan's %v", trial, n, L, path, path2)
		}
		for i := 1; i < n; i++ {
			if !allowed(int(path[i-1]), int(path[i])) || i == 1 && isInside(int(path[0])) {
				t.Fatalf("trial %d: path %v breaks BIO at %d", trial, path, i)
			}
		}
	}
}

func benchViterbi(b *testing.B, decode func(sc []float32, n, L int, tr []float32, back, path []int32)) {
	r := rand.New(rand.NewSource(2))
	const n = 30
	L := labelCount(4)
	sc, tr := randomLattice(r, n, L)
	work := make([]float32, len(sc))
	back, path := make([]int32, n*L), make([]int32, n)
	b.ReportAllocs()
	for b.Loop() {
		copy(work, sc)
		decode(work, n, L, tr, back, path)
	}
}

// BenchmarkViterbi decodes a sentence of 30 tokens with 4 entity types
// (9 labels); BenchmarkViterbiScan does it by the full scan.
func BenchmarkViterbi(b *testing.B)     { benchViterbi(b, viterbi) }
func BenchmarkViterbiScan(b *testing.B) { benchViterbi(b, viterbiScan) }
