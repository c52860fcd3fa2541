package morph

import (
	"errors"
	"os"
	"testing"
	"time"
)

// TestCorruptDictionaryFast: one wrong byte in the automaton either makes
// Load fail at once or gives a dictionary whose lookups and walk stay
// bounded. Before the checks, the first case walked for 10 s and the
// second spent 90 s in one lookup (thousands of readings with distinct
// tags).
func TestCorruptDictionaryFast(t *testing.T) {
	dict, err := os.ReadFile(plDict)
	if err != nil {
		t.Skip(err)
	}
	info, err := os.ReadFile(plInfo)
	if err != nil {
		t.Skip(err)
	}
	for _, c := range []struct {
		pos      int
		val      byte
		rejected bool
	}{{39, 0xff, true}, {177, 0x66, false}} {
		data := append([]byte(nil), dict...)
		data[c.pos] = c.val
		start := time.Now()
		d, err := Load(data, info)
		if c.rejected {
			if !errors.Is(err, ErrFormat) {
				t.Errorf("byte %d = %#x: Load gives %v, want ErrFormat", c.pos, c.val, err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("byte %d = %#x: %v", c.pos, c.val, err)
		}
		for _, w := range []string{"kota", "Putina", "ma", "żółć"} {
			if rs, _, _ := d.LookupFold([]byte(w), nil, nil); len(rs) > maxReadings {
				t.Errorf("%q: %d readings", w, len(rs))
			}
		}
		n := 0
		d.Walk(func(form, lemma []byte, tag string) bool { n++; return n < 200 })
		if el := time.Since(start); el > 10*time.Second {
			t.Errorf("byte %d = %#x: %v", c.pos, c.val, el)
		}
	}
}
