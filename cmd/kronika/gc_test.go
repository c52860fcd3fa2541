package main

import (
	"runtime/debug"
	"testing"
)

// tuneGC sets GOGC to gcPercent when the environment sets none, and
// leaves what the environment set.
func TestTuneGC(t *testing.T) {
	prev := debug.SetGCPercent(100)
	defer debug.SetGCPercent(prev)
	for _, tc := range []struct {
		env  string
		want int
	}{
		{"", gcPercent},
		{"100", 100},
		{"off", 100},
		{"50", 100},
	} {
		debug.SetGCPercent(100)
		tuneGC(func(k string) string {
			if k == "GOGC" {
				return tc.env
			}
			return ""
		})
		if got := debug.SetGCPercent(100); got != tc.want {
			t.Errorf("GOGC=%q: percent %d, want %d", tc.env, got, tc.want)
		}
	}
}
