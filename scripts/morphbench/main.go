// Command morphbench measures dictionary lookups per second on a word list
// (one word per line), the same measurement as the Java Morfologik bench
// beside which scripts/morph-bench.sh runs it: load time, then a warm-up
// pass and a measured pass over the list.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"runtime"
	"time"

	"github.com/kronika/kronika/lang/pl"
	"github.com/kronika/kronika/morph"
)

func main() {
	fold := flag.Bool("fold", false, "also retry other letter cases (LookupFold)")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: morphbench [-fold] WORDLIST")
		os.Exit(2)
	}
	f, err := os.Open(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, "morphbench:", err)
		os.Exit(1)
	}
	var words [][]byte
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		words = append(words, []byte(sc.Text()))
	}
	f.Close()

	t0 := time.Now()
	d := pl.Dictionary()
	load := time.Since(t0)

	dst := make([]morph.Reading, 0, 256)
	buf := make([]byte, 0, 1<<14)
	var found, readings int
	var elapsed time.Duration
	var mallocs uint64
	for rep := 0; rep < 2; rep++ { // warm-up, then measured
		found, readings = 0, 0
		var m0, m1 runtime.MemStats
		runtime.ReadMemStats(&m0)
		st := time.Now()
		for _, w := range words {
			if *fold {
				dst, buf, _ = d.LookupFold(w, dst[:0], buf[:0])
			} else {
				dst, buf = d.Lookup(w, dst[:0], buf[:0])
			}
			if len(dst) > 0 {
				found++
			}
			readings += len(dst)
		}
		elapsed = time.Since(st)
		runtime.ReadMemStats(&m1)
		mallocs = m1.Mallocs - m0.Mallocs
	}
	fmt.Printf("load_ms=%.1f words=%d found=%d readings=%d words_per_s=%.0f allocs_per_lookup=%.4f\n",
		float64(load.Microseconds())/1000, len(words), found, readings,
		float64(len(words))/elapsed.Seconds(), float64(mallocs)/float64(len(words)))
}
