package textutil

import (
	"strings"
	"testing"
)

// AppendLower lowers as strings.ToLower does: ASCII, Polish and Russian
// letters, letters whose lower case is longer or shorter in UTF-8, bytes
// that are not UTF-8, and words longer than a caller's stack buffer; what
// b held before stays.
func TestAppendLower(t *testing.T) {
	for _, s := range []string{
		"", "said", "Said", "NATO", "U.S.", "Kaczyński", "ŁÓDŹ", "Żółć",
		"Путин", "ПУТИНА", "İstanbul", "Ⱥ", "\xff", "A\xffB", "\xe2\x82", "ß",
		"\ufffd", "ǅ", "Ω", strings.Repeat("Ą", 40), strings.Repeat("X", 100),
	} {
		var buf [64]byte
		if got, want := string(AppendLower(buf[:0], s)), strings.ToLower(s); got != want {
			t.Errorf("AppendLower(%q) = %q, want %q", s, got, want)
		}
		if got, want := string(AppendLower([]byte("<"), s)), "<"+strings.ToLower(s); got != want {
			t.Errorf("AppendLower(<, %q) = %q, want %q", s, got, want)
		}
		if LowerASCII(s) && strings.ToLower(s) != s {
			t.Errorf("LowerASCII(%q) is true, but the word lowers to %q", s, strings.ToLower(s))
		}
	}
}
