package pl

import (
	"reflect"
	"strings"
	"sync"
	"testing"
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
