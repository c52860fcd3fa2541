//go:build !unix

package actors

import "time"

var start0 = time.Now()

// cpuTime falls back to the wall clock where the CPU time is not at hand.
func cpuTime() time.Duration { return time.Since(start0) }
