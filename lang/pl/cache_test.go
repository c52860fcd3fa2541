package pl

import (
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"
)

// identityTags returns the tags the analyzer gives a few sentences' words,
// each once.
func identityTags(t testing.TB) []string {
	words := strings.Fields("Miesiąc temu Kima odwiedził Putin , a rosyjska delegacja przybyła do Pjongjangu " +
		"i podpisała z władzami porozumienie o współpracy ; nie wyklucza się , że prezydenci spotkają się znowu " +
		"dwaj ministrowie rozmawiali wczoraj o sankcjach wobec Rosji")
	seen := map[string]bool{}
	var tags []string
	for _, w := range words {
		for _, a := range Analyze(w, false) {
			if x := a.TokenXPOS(); !seen[x] {
				seen[x] = true
				tags = append(tags, x)
			}
		}
	}
	if len(tags) < 20 {
		t.Fatalf("only %d tags", len(tags))
	}
	return tags
}

// TestMorphOfByIdentity: morphOf gives ParseXPOS's reading of a tag on a
// first call, on a second (found by the string itself), for a copy of the
// string (other bytes, same text) and for a prefix of a longer tag that
// shares its address (same address, other length).
func TestMorphOfByIdentity(t *testing.T) {
	for _, x := range identityTags(t) {
		want := ParseXPOS(x)
		longer := x + ":pot"
		for _, s := range []string{x, x, strings.Clone(x), longer[:len(x)], longer, longer[:len(x)]} {
			if got := morphOf(s); !reflect.DeepEqual(*got, ParseXPOS(s)) {
				t.Errorf("morphOf(%q) = %+v, want %+v", s, *got, ParseXPOS(s))
			}
		}
		if got := morphOf(x); !reflect.DeepEqual(*got, want) {
			t.Errorf("morphOf(%q) again = %+v, want %+v", x, *got, want)
		}
	}
}

// TestByIdentityConcurrent reads and replaces slots from several
// goroutines (go test -race): every hit is the value stored with its key.
func TestByIdentityConcurrent(t *testing.T) {
	var c byIdentity[string]
	tags := identityTags(t)
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := 0; r < 200; r++ {
				for _, x := range tags {
					if v, ok := c.load(x); ok && v != x {
						t.Errorf("load(%q) = %q", x, v)
						return
					}
					c.store(x, x)
				}
			}
		}()
	}
	wg.Wait()
	if v, ok := c.load(strings.Clone(tags[0])); ok {
		t.Errorf("a copy of %q at another address was found: %q", tags[0], v)
	}
}

// BenchmarkMorphOf: morphOf over the tags of a few sentences, and the
// map alone as morphOf looked tags up before.
func BenchmarkMorphOf(b *testing.B) {
	tags := identityTags(b)
	for _, x := range tags {
		morphOf(x)
	}
	b.Run("front", func(b *testing.B) {
		for b.Loop() {
			for _, x := range tags {
				morphOf(x)
			}
		}
	})
	b.Run("map", func(b *testing.B) {
		for b.Loop() {
			for _, x := range tags {
				morphCache.load(x)
			}
		}
	})
}

// TestGrowMap: what is stored is found, with the value stored first, by
// the goroutine that stored it and by the others, whether published yet
// or not; a full map stores nothing more; entries found often while
// waiting are published.
func TestGrowMap(t *testing.T) {
	var g growMap[string, int]
	const n = 5000
	key := func(i int) string { return "słowo" + string(rune('a'+i%26)) + strings.Repeat("x", i/26) }
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; i < n; i += 2 { // each key stored by two goroutines
				k := key(i)
				if v, ok := g.load(k); ok && v != i {
					t.Errorf("load(%q) = %d before its store", k, v)
					return
				}
				g.store(k, i, 0)
				if v, ok := g.load(k); !ok || v != i {
					t.Errorf("load(%q) = %d, %v after its store", k, v, ok)
					return
				}
			}
		}(w)
	}
	wg.Wait()
	if got := g.len(); got != n {
		t.Fatalf("len %d, want %d", got, n)
	}
	for i := 0; i < n; i++ {
		if g.store(key(i), -1, 0) {
			t.Fatalf("%q stored twice", key(i))
		}
		if v, ok := g.load(key(i)); !ok || v != i {
			t.Fatalf("load(%q) = %d, %v", key(i), v, ok)
		}
	}
	if r := g.readLen(); r < n/2 {
		t.Errorf("only %d of %d entries published", r, n)
	}
	// The last entries, waiting, are published once looked up often
	// (together, an eighth of the published map's size: with a single
	// entry waiting, n/8 rounds).
	for r := 0; r <= n/8 && g.readLen() < n; r++ {
		for i := 0; i < n; i++ {
			g.load(key(i))
		}
	}
	if r := g.readLen(); r != n {
		t.Errorf("%d of %d entries published after repeated lookups", r, n)
	}

	var full growMap[string, int]
	for i := 0; i < 100; i++ {
		full.store(key(i), i, 70)
	}
	if full.len() != 70 {
		t.Errorf("a map bounded to 70 holds %d", full.len())
	}
	if _, ok := full.load(key(80)); ok {
		t.Errorf("%q found in a full map", key(80))
	}
}

// TestGrowMapMissTakesNoLock: once nothing waits (all published, or the
// map full), a lookup of a word the map lacks and a store into the full
// map go by without the mutex, and still find what is there.
func TestGrowMapMissTakesNoLock(t *testing.T) {
	var g growMap[string, int]
	for i := 0; i < 70; i++ {
		g.store(strings.Repeat("a", i+1), i, 70) // the 70th fills it
	}
	if g.readLen() != 70 {
		t.Fatalf("a full map published %d of its 70 entries", g.readLen())
	}
	g.mu.Lock()
	done := make(chan string, 1)
	go func() {
		var bad []string
		if _, ok := g.load("b"); ok {
			bad = append(bad, "load(b) found")
		}
		if v, ok := g.load("aaa"); !ok || v != 2 {
			bad = append(bad, fmt.Sprintf("load(aaa) = %d, %v", v, ok))
		}
		if g.store("b", 1, 70) {
			bad = append(bad, "store(b) into a full map")
		}
		done <- strings.Join(bad, "; ")
	}()
	select {
	case bad := <-done:
		g.mu.Unlock()
		if bad != "" {
			t.Error(bad)
		}
	case <-time.After(5 * time.Second):
		g.mu.Unlock()
		t.Fatal("a miss or a store into a full map waits for the mutex")
	}
}

// BenchmarkGrowMapParallel: lookups of 2,000 words from every core at
// once, through growMap and through a map behind a sync.RWMutex (the
// caches' old way).
func BenchmarkGrowMapParallel(b *testing.B) {
	var keys []string
	for i := 0; i < 2000; i++ {
		keys = append(keys, "słowo"+strings.Repeat("x", i%40)+string(rune('a'+i%26))+string(rune('a'+i/26%26)))
	}
	var g growMap[string, int]
	var rw struct {
		sync.RWMutex
		m map[string]int
	}
	rw.m = map[string]int{}
	for i, k := range keys {
		g.store(k, i, 0)
		rw.m[k] = i
	}
	for range 3 {
		for _, k := range keys {
			g.load(k)
		}
	}
	b.Run("growMap", func(b *testing.B) {
		b.RunParallel(func(pb *testing.PB) {
			i, s := 0, 0
			for pb.Next() {
				v, _ := g.load(keys[i%len(keys)])
				s += v
				i++
			}
			_ = s
		})
	})
	b.Run("growMap-miss", func(b *testing.B) {
		misses := make([]string, len(keys))
		for i, k := range keys {
			misses[i] = k + "!"
		}
		b.ResetTimer()
		b.RunParallel(func(pb *testing.PB) {
			i, n := 0, 0
			for pb.Next() {
				if _, ok := g.load(misses[i%len(misses)]); ok {
					n++
				}
				i++
			}
			if n > 0 {
				b.Errorf("%d misses found", n)
			}
		})
	})
	b.Run("RWMutex", func(b *testing.B) {
		b.RunParallel(func(pb *testing.PB) {
			i, s := 0, 0
			for pb.Next() {
				rw.RLock()
				s += rw.m[keys[i%len(keys)]]
				rw.RUnlock()
				i++
			}
			_ = s
		})
	})
}
