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
