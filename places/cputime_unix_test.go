//go:build unix

package places

import "syscall"

// cpuTime returns the process' user and system CPU time in nanoseconds:
// on a shared machine it measures a benchmark's own work, which wall
// time does not.
func cpuTime() int64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
