package en

import (
	"slices"
	"testing"
)

// predictSerial is predict looking each feature up and adding its
// weights before making the next: predict must give the same class on
// every word (the same float sums in the same order).
func (m *posModel) predictSerial(b *posBuf, i int, w []byte, p1, p2 string) string {
	var scores [64]float64
	var seen uint64
	add := func(h uint64) {
		j := h & m.mask
		for {
			s := &m.slots[j]
			if s.n == 0 {
				return
			}
			if s.hash == h {
				for k, c := range m.wclass[s.off : s.off+s.n] {
					scores[c] += float64(m.weight[int(s.off)+k])
					seen |= 1 << c
				}
				return
			}
			j = (j + 1) & m.mask
		}
	}
	k := i + 2
	add(hBias)
	if len(w) > 0 {
		add(fnvBytes(hSuffix, w[max(0, len(w)-3):]))
		add(fnvBytes(hPref1, w[:1]))
	}
	add(fnvString(hTag1, p1))
	add(fnvString(hTag2, p2))
	add(fnvString(fnvString(fnvString(hTag12, p1), " "), p2))
	add(b.ctxHash(hWord, k))
	add(b.ctxHash(fnvString(fnvString(hTag1Word, p1), " "), k))
	add(b.ctxHash(hPrevWord, k-1))
	add(b.ctxSuffixHash(hPrevSuffix, k-1))
	add(b.ctxHash(hPrev2Word, k-2))
	add(b.ctxHash(hNextWord, k+1))
	add(b.ctxSuffixHash(hNextSuffix, k+1))
	add(b.ctxHash(hNext2Word, k+2))
	best := -1
	for c := range m.classes {
		if seen&(1<<c) != 0 && (best < 0 || scores[c] > scores[best]) {
			best = c
		}
	}
	if best < 0 {
		return ""
	}
	return m.classes[best]
}

// tagBy is tag with the model's prediction made by predict.
func (m *posModel) tagBy(b *posBuf, predict func(b *posBuf, i int, w []byte, p1, p2 string) string) {
	n := len(b.words)
	b.ctx = append(b.ctx, [2]int{-1, 0}, [2]int{-2, 0})
	for i := 0; i < n; i++ {
		b.normalize(i)
	}
	b.ctx = append(b.ctx, [2]int{-3, 0}, [2]int{-4, 0})
	p1, p2 := posSentinels[0], posSentinels[1]
	for i := 0; i < n; i++ {
		w := b.word(i)
		var tag string
		if t, ok := m.special(w); ok {
			tag = t
		} else if c, ok := m.dict[string(w)]; ok {
			tag = m.classes[c]
		} else {
			tag = predict(b, i, w, p1, p2)
		}
		b.tags = append(b.tags, tag)
		p2, p1 = p1, tag
	}
}

// voaSentences returns the words of every sentence of the VOA stories.
func voaSentences(tb testing.TB) [][]string {
	var out [][]string
	for _, d := range voaDocs(tb) {
		for s := range d.Sentences {
			var words []string
			for _, t := range d.SentenceTokens(s) {
				words = append(words, d.Text[t.Start:t.End])
			}
			if len(words) > 0 {
				out = append(out, words)
			}
		}
	}
	return out
}

func TestPredictSameAsSerial(t *testing.T) {
	m, err := posTagger()
	if err != nil {
		t.Fatal(err)
	}
	sents := voaSentences(t)
	sents = append(sents, []string{"The", "ruble", "fell", "4.5%", "on", "Monday", "."}, []string{"x"}, []string{""})
	b1, b2 := new(posBuf), new(posBuf)
	words := 0
	for _, ws := range sents {
		b1.reset()
		b2.reset()
		for _, w := range ws {
			b1.addWord(w)
			b2.addWord(w)
		}
		m.tag(b1)
		m.tagBy(b2, m.predictSerial)
		if !slices.Equal(b1.tags, b2.tags) {
			t.Fatalf("%q: %q, one feature at a time %q", ws, b1.tags, b2.tags)
		}
		words += len(ws)
	}
	t.Logf("%d sentences, %d words", len(sents), words)
}

func benchTagVOA(b *testing.B, serial bool) {
	m, err := posTagger()
	if err != nil {
		b.Fatal(err)
	}
	sents := voaSentences(b)
	if len(sents) == 0 {
		b.Skip("no VOA stories in ../shared")
	}
	pb := new(posBuf)
	b.ReportAllocs()
	for b.Loop() {
		for _, ws := range sents {
			pb.reset()
			for _, w := range ws {
				pb.addWord(w)
			}
			if serial {
				m.tagBy(pb, m.predictSerial)
			} else {
				m.tag(pb)
			}
		}
	}
}

// BenchmarkPOSTagVOA tags every sentence of the VOA stories (words
// given); BenchmarkPOSTagVOASerial does it with predictSerial.
func BenchmarkPOSTagVOA(b *testing.B)       { benchTagVOA(b, false) }
func BenchmarkPOSTagVOASerial(b *testing.B) { benchTagVOA(b, true) }
