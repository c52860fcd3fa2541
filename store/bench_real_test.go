package store

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/ingest"
	"github.com/kronika/kronika/pipeline"
)

// BenchmarkAddSlavicNER stores the SlavicNER Polish articles as kronika
// ingest does (64 to a transaction), coded beforehand: the store's own
// CPU per article, against the CPU of coding them (store-% is the
// store's cost over extract), and a profile of it with -cpuprofile. It
// skips without ../shared.
func BenchmarkAddSlavicNER(b *testing.B) {
	dirs, _ := filepath.Glob("../../shared/data/slavicner/raw/*/pl")
	if len(dirs) == 0 {
		b.Skip("no ../shared/data/slavicner/raw")
	}
	inputs, _ := ingest.Expand(dirs)
	var docs []*doc.Document
	p := pipeline.New()
	p.Run(inputs[:1], os.Stdin, 1, func(pipeline.Result) {}) // load the models before timing
	c0 := cpuTime()
	p.Run(inputs, os.Stdin, 1, func(r pipeline.Result) { docs = append(docs, r.Docs...) })
	extract := cpuTime() - c0
	b.ResetTimer()
	var cpu time.Duration
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		s, err := Open(filepath.Join(b.TempDir(), "b.db"))
		if err != nil {
			b.Fatal(err)
		}
		s.BatchDocs, s.BatchDelay = 64, time.Second
		b.StartTimer()
		c0 := cpuTime()
		for _, d := range docs {
			if _, err := s.Add(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
		cpu += cpuTime() - c0
	}
	// CPU time is the figure to read on a shared machine: wall time
	// counts the other processes' turns too.
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(docs)), "µs/doc")
	b.ReportMetric(float64(cpu.Microseconds())/float64(b.N*len(docs)), "cpu-µs/doc")
	// The store's cost against coding the same articles (what extract
	// does, one worker, without writing JSON), both in this process.
	b.ReportMetric(float64(extract.Microseconds())/float64(len(docs)), "extract-cpu-µs/doc")
	b.ReportMetric(100*float64(cpu)/float64(b.N)/float64(extract), "store-%")
}

// cpuTime is the process's user and system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
