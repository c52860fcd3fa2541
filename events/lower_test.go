package events

import (
	"strings"
	"testing"

	"github.com/kronika/kronika/lang"
)

// appendLower lowers as strings.ToLower does: ASCII, Polish and Russian
// letters, letters whose lower case is longer or shorter in UTF-8, bytes
// that are not UTF-8, and words longer than the coder's buffers.
func TestAppendLower(t *testing.T) {
	for _, s := range []string{
		"", "said", "Said", "NATO", "U.S.", "Kaczyński", "ŁÓDŹ", "Żółć",
		"Путин", "ПУТИНА", "İstanbul", "Ⱥ", "\xff", "A\xffB", "\xe2\x82", "ß",
		"\ufffd", "ǅ", "Ω", strings.Repeat("Ą", 40), strings.Repeat("X", 100),
	} {
		var buf [64]byte
		if got, want := string(appendLower(buf[:0], s)), strings.ToLower(s); got != want {
			t.Errorf("appendLower(%q) = %q, want %q", s, got, want)
		}
		if lowerASCII(s) && strings.ToLower(s) != s {
			t.Errorf("lowerASCII(%q) is true, but the word lowers to %q", s, strings.ToLower(s))
		}
	}
}

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
