package events

import (
	"strings"
	"testing"

	"github.com/kronika/kronika/lang"
)

// cue finds a word's cue kinds whatever its case, under the lexicon's
// lower-case keys.
func TestCueAnyCase(t *testing.T) {
	x := &lang.EventLexicon{Cues: map[string]lang.CueKind{"wezwać": 1}}
	c := &coder{x: x}
	for _, w := range []string{"wezwać", "Wezwać", "WEZWAĆ"} {
		if got := c.cue(w); got != 1 {
			t.Errorf("cue(%q) = %v, want 1", w, got)
		}
	}
	if got := c.cue("wezwał"); got != 0 {
		t.Errorf("cue(wezwał) = %v, want 0", got)
	}
}

// BenchmarkCue looks words up lowered in a stack buffer (cue) and, to
// compare, through strings.ToLower.
func BenchmarkCue(b *testing.B) {
	x := &lang.EventLexicon{Cues: map[string]lang.CueKind{"said": 1, "minister": 2}}
	c := &coder{x: x}
	words := []string{"Said", "minister", "Minister", "Kaczyński", "ПУТИН", "said"}
	b.Run("cue", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, w := range words {
				c.cue(w)
			}
		}
	})
	b.Run("ToLower", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, w := range words {
				_ = x.Cues[strings.ToLower(w)]
			}
		}
	})
}
