package ner

import (
	"bytes"
	"fmt"
	"hash/maphash"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/kronika/kronika/doc"
)

// TestOwnCacheSame checks that a loaded model's cached scores are those
// of the plain sum over every feature, for tokens met for the first time
// and again (hits), with and without language classes, in sentences of
// several lengths and letter cases.
func TestOwnCacheSame(t *testing.T) {
	ex := tinyExamples(t)
	trained, err := Train(ex, Options{Types: []string{"PERSON", "ORG", "GPE"}, Epochs: 10, Seed: 7, Bits: 12})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := trained.Save(&buf); err != nil {
		t.Fatal(err)
	}
	models := map[string][]byte{"tiny": buf.Bytes()}
	// The Polish model the program ships, when the source tree is here.
	if b, err := os.ReadFile("../lang/pl/data/ner.model"); err == nil {
		models["pl"] = b
	}
	sents := [][]string{
		{"Wczoraj", "Jan", "Kowalski", "odwiedził", "Kraków", "."},
		{"Kraków", "odwiedził", "wczoraj", "Jan", "."},
		{"W", "Gdańsku", "mieszka", "Anna", "Nowak", ",", "a", "w", "KRAKOWIE", "Piotr", "."},
		{"Royal", "Dutch", "Shell", "kupił", "PKN", "Orlen", "w", "2019", "r", "."},
		{"Jan"},
		{"jan", "Jan", "JAN", "Jan"},
		// Keys longer than the cache keeps: scored the long way each time.
		{"Konstantynopolitańczykowianeczkówna", "i", "Dziewięćdziesięciokilkuletniemu", "."},
	}
	for name, data := range models {
		m, err := Load(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		if m.cache == nil {
			t.Fatal("a loaded model has no cache")
		}
		plain, cached := &buffers{}, &buffers{}
		for round := 0; round < 2; round++ {
			for k, forms := range sents {
				d := (&IOBSentence{Forms: forms}).Document()
				for i := range d.Tokens {
					if i%2 == 0 {
						d.Tokens[i].Lemma = strings.ToLower(forms[i])
						d.Tokens[i].XPOS = "subst:sg:nom:m3"
						d.Tokens[i].Feats = "Case=Nom"
					}
				}
				var extra []uint32
				if k%2 == 1 {
					for i := range forms {
						extra = append(extra, uint32(256+i%3))
					}
				}
				m.score(plain, d.Text, d.Tokens, extra)
				m.scoreCached(cached, d.Text, d.Tokens, extra)
				n := len(d.Tokens) * m.nlabel
				if !reflect.DeepEqual(plain.score[:n], cached.score[:n]) {
					t.Errorf("%s round %d %q: cached scores %v, plain %v", name, round, d.Text, cached.score[:n], plain.score[:n])
				}
				if got, want := m.TagWith(d, d.Tokens, extra), spansPlain(m, plain, len(d.Tokens)); !reflect.DeepEqual(got, want) {
					t.Errorf("%s %q: TagWith %v, plain %v", name, d.Text, got, want)
				}
			}
		}
	}
}

// spansPlain decodes the plain scores in b.
func spansPlain(m *Model, b *buffers, n int) []Span {
	L := m.nlabel
	back, path, tr := make([]int32, n*L), make([]int32, n), make([]float32, L*L)
	for i, v := range m.trans[:L*L] {
		tr[i] = float32(v)
	}
	viterbi(b.score[:n*L], n, L, tr, back, path)
	return spans(path, m.types)
}

// TestOwnCacheTable checks the cache's table as it grows: every key
// added finds its own entry, keys never added and keys that differ in one
// byte find none.
func TestOwnCacheTable(t *testing.T) {
	c := &ownCache{seed: maphash.MakeSeed(), stride: ownKeyOff + ownHead}
	key := func(i int) []byte {
		return appendOwnKey(nil, "słowo", strings.Repeat("x", i%7), uint32(i), uint32(i/3), i%2 == 0)
	}
	const n = 10_000
	for i := 0; i < n; i++ {
		if _, ok := c.lookup(key(i)); ok {
			t.Fatalf("key %d found before it was added", i)
		}
		_, v := c.add(key(i))
		v[0] = int32(i)
	}
	for i := 0; i < n; i++ {
		e, ok := c.lookup(key(i))
		if !ok || c.entry(e)[0] != int32(i) {
			t.Fatalf("key %d: entry %d %v", i, e, ok)
		}
		k := key(i)
		k[len(k)-2] ^= 0x80
		if _, ok := c.lookup(k); ok {
			t.Fatalf("key %d with a changed byte found", i)
		}
	}
	if _, ok := c.lookup(make([]byte, ownKeyMax+1)); ok {
		t.Fatal("a key longer than ownKeyMax found")
	}
}

// BenchmarkScoreCached scores, through a warm cache, sentences of 40,000
// distinct tokens in all, as many as a news corpus has: the cache's reads
// are then mostly memory misses, as in a long run.
func BenchmarkScoreCached(b *testing.B) {
	data, err := os.ReadFile("../lang/pl/data/ner.model")
	if err != nil {
		b.Skip("no Polish model here")
	}
	m, err := Load(bytes.NewReader(data))
	if err != nil {
		b.Fatal(err)
	}
	const perSent, nSent = 20, 2000
	var docs []*IOBSentence
	for s := 0; s < nSent; s++ {
		forms := make([]string, perSent)
		for i := range forms {
			forms[i] = fmt.Sprintf("słowo%dx", s*perSent+i)
		}
		docs = append(docs, &IOBSentence{Forms: forms})
	}
	buf := &buffers{}
	var sents []*doc.Document
	for _, s := range docs {
		d := s.Document()
		for i := range d.Tokens {
			d.Tokens[i].Lemma = strings.ToLower(s.Forms[i])
		}
		m.scoreCached(buf, d.Text, d.Tokens, nil)
		sents = append(sents, d)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d := sents[i%nSent]
		m.scoreCached(buf, d.Text, d.Tokens, nil)
	}
	b.ReportMetric(float64(b.N*perSent)/b.Elapsed().Seconds(), "tokens/s")
}

// tinyCachedModel trains and loads a small model, so that it has a cache.
func tinyCachedModel(t *testing.T) *Model {
	t.Helper()
	trained, err := Train(tinyExamples(t), Options{Types: []string{"PERSON", "ORG", "GPE"}, Epochs: 5, Seed: 7, Bits: 12})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := trained.Save(&buf); err != nil {
		t.Fatal(err)
	}
	m, err := Load(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if m.cache == nil {
		t.Fatal("a loaded model has no cache")
	}
	return m
}

// cacheSentence returns sentence k of a stream in which words recur
// (hits) and new ones keep coming (misses).
func cacheSentence(k int) *doc.Document {
	forms := []string{"W", fmt.Sprintf("Mieście%d", k%13), "mieszka", "Jan", fmt.Sprintf("Nowak%d", k), "."}
	return (&IOBSentence{Forms: forms}).Document()
}

// TestOwnCacheConcurrent scores one stream of sentences from several
// goroutines at once through the shared cache (run with -race): every
// score is the plain sum's.
func TestOwnCacheConcurrent(t *testing.T) {
	m := tinyCachedModel(t)
	const workers, perWorker = 4, 60
	errs := make(chan string, workers)
	for w := 0; w < workers; w++ {
		go func(w int) {
			plain, cached := &buffers{}, &buffers{}
			for k := 0; k < perWorker; k++ {
				d := cacheSentence(k + w*perWorker/2)
				m.score(plain, d.Text, d.Tokens, nil)
				m.scoreCached(cached, d.Text, d.Tokens, nil)
				n := len(d.Tokens) * m.nlabel
				if !reflect.DeepEqual(plain.score[:n], cached.score[:n]) {
					errs <- fmt.Sprintf("worker %d %q: cached %v, plain %v", w, d.Text, cached.score[:n], plain.score[:n])
					return
				}
			}
			errs <- ""
		}(w)
	}
	for w := 0; w < workers; w++ {
		if e := <-errs; e != "" {
			t.Error(e)
		}
	}
}

// TestOwnCacheFull checks that a cache that is full keeps no more
// entries and still scores new words as the plain sum does.
func TestOwnCacheFull(t *testing.T) {
	m := tinyCachedModel(t)
	const limit = 8
	m.cache.max = limit
	plain, cached := &buffers{}, &buffers{}
	for k := 0; k < 20; k++ {
		d := cacheSentence(k)
		m.score(plain, d.Text, d.Tokens, nil)
		m.scoreCached(cached, d.Text, d.Tokens, nil)
		n := len(d.Tokens) * m.nlabel
		if !reflect.DeepEqual(plain.score[:n], cached.score[:n]) {
			t.Errorf("%q: cached %v, plain %v", d.Text, cached.score[:n], plain.score[:n])
		}
	}
	if m.cache.n != limit {
		t.Errorf("a full cache holds %d entries, want %d", m.cache.n, limit)
	}
}

// TestOwnCacheCollision checks that a slot whose hash bits match a key
// but whose entry holds another key is no hit.
func TestOwnCacheCollision(t *testing.T) {
	c := &ownCache{seed: maphash.MakeSeed(), stride: ownKeyOff + ownHead}
	a := appendOwnKey(nil, "Jan", "jan", 1, 0, false)
	b := appendOwnKey(nil, "Jana", "jan", 1, 0, false)
	ea, _ := c.add(a)
	// a slot for b's hash that points at a's entry, as two keys whose
	// hashes share their high bits would leave
	c.place(maphash.Bytes(c.seed, b), ea)
	if e, ok := c.lookup(b); ok {
		t.Fatalf("key b found at entry %d, which holds key a", e)
	}
	if e, ok := c.lookup(a); !ok || e != ea {
		t.Fatalf("key a: entry %d %v, want %d", e, ok, ea)
	}
	eb, _ := c.add(b)
	if e, ok := c.lookup(b); !ok || e != eb {
		t.Fatalf("key b after it was added: entry %d %v, want %d", e, ok, eb)
	}
}
