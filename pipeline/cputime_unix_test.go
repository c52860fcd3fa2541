//go:build unix

package pipeline

import (
	"syscall"
	"time"
)

// cpuTime returns the user and system time the process has used so far,
// which on a shared machine varies less than wall-clock time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
