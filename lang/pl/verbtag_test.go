package pl

import "testing"

// verbTag is true for the verbal classes of NKJP tags only, whatever
// letter the other classes begin with.
func TestVerbTag(t *testing.T) {
	for _, tc := range []struct {
		tag  string
		want bool
	}{
		{"fin:sg:ter:imperf", true},
		{"praet:sg:m1:perf", true},
		{"impt:sg:sec:perf", true},
		{"imps:imperf", true},
		{"inf:perf", true},
		{"bedzie:sg:ter:imperf", true},
		{"winien:sg:m1:imperf", true},
		{"pcon:imperf", true},
		{"pant:perf", true},
		{"subst:sg:nom:m1", false},
		{"ppron3:sg:gen:m1:ter:akc:npraep", false},
		{"pact:sg:nom:m1:imperf:aff", false},
		{"ppas:sg:nom:f:perf:aff", false},
		{"prep:gen", false},
		{"interp", false},
		{"pred", false},
		{"inf", false},
		{"fin", false},
		{"ger:sg:nom:n:imperf:aff", false},
		{"brev:pun", false},
		{"", false},
	} {
		if got := verbTag(tc.tag); got != tc.want {
			t.Errorf("verbTag(%q) = %v, want %v", tc.tag, got, tc.want)
		}
	}
}
