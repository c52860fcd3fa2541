package actors

import (
	"strings"
	"testing"
)

// joinedIs must answer as strings.Join(words, " ") == s, for role phrases
// and for the odd inputs a text gives (empty words, spaces inside words).
func TestJoinedIs(t *testing.T) {
	for _, tc := range []struct {
		words []string
		s     string
	}{
		{[]string{"minister", "spraw", "zagranicznych"}, "minister spraw zagranicznych"},
		{[]string{"minister", "spraw"}, "minister spraw zagranicznych"},
		{[]string{"minister", "spraw", "zagranicznych"}, "minister spraw"},
		{[]string{"prime", "minister"}, "prime  minister"},
		{[]string{"prime minister"}, "prime minister"},
		{[]string{"", "minister"}, " minister"},
		{[]string{"minister", ""}, "minister"},
		{[]string{"minister"}, "ministers"},
		{[]string{"ministers"}, "minister"},
		{nil, ""},
		{nil, "minister"},
	} {
		want := strings.Join(tc.words, " ") == tc.s
		if got := joinedIs(tc.words, tc.s); got != want {
			t.Errorf("joinedIs(%q, %q) = %v, want %v", tc.words, tc.s, got, want)
		}
	}
}

// BenchmarkDescribe is Describe over phrases around names, as the
// resolver reads them: each word is tried against every role phrase.
//
//	go test ./actors -run XXX -bench Describe -benchmem
func BenchmarkDescribe(b *testing.B) {
	kb := Default()
	phrases := []struct {
		lang  string
		words []string
	}{
		{"pl", []string{"minister", "spraw", "zagranicznych", "Rosji"}},
		{"pl", []string{"rzecznik", "Kremla"}},
		{"pl", []string{"były", "premier", "Wielkiej", "Brytanii"}},
		{"en", []string{"the", "Russian", "foreign", "minister"}},
		{"en", []string{"a", "spokesman", "for", "the", "company"}},
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range phrases {
			kb.Describe(p.lang, p.words)
		}
	}
}
