package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"slices"
	"syscall"
	"time"

	"github.com/kronika/kronika/store"
	"github.com/kronika/kronika/store/pgstore"
)

func init() {
	commands["gen"] = command{
		usage: "--db PATH|postgres://... [--events N] [--seed N] [--measure N]",
		brief: "write a synthetic database of N events with their documents and mentions, for measuring; --measure times N runs of each benchmark query (an event page, dyad counts per day, a full-text search) and prints p50/p99, on a SQLite file or (with --events 0) a PostgreSQL database",
		run:   runGen,
	}
}

func runGen(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("gen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dbPath := fs.String("db", "", "database `PATH` to write (must not exist) or, with --events 0, to measure (a SQLite file, or a PostgreSQL URL postgres://...)")
	events := fs.Int("events", 1000000, "synthetic events to write (0: write nothing, measure an existing database)")
	seed := fs.Uint64("seed", 1, "random seed: the same seed writes the same database")
	measure := fs.Int("measure", 0, "after writing, run each benchmark query `N` times and print p50/p99 latencies")
	if err := parseFlags(fs, args); err != nil {
		return usagef("%v", err)
	}
	if *dbPath == "" || fs.NArg() > 0 {
		return usagef("give --db PATH and no arguments")
	}
	if *events < 0 || *measure < 0 {
		return usagef("--events and --measure want 0 or more")
	}
	if pgstore.IsURL(*dbPath) {
		// Synthetic rows are written by the SQLite store only (without
		// the merge lookups); a PostgreSQL chronicle is filled by
		// kronika worker and measured here.
		if *events > 0 {
			return usagef("gen writes synthetic events into a new SQLite file only: give --events 0 to measure %s", pgstore.Redact(*dbPath))
		}
		db, err := openQuery(*dbPath, store.OpenReadOnly)
		if err != nil {
			return err
		}
		defer db.Close()
		if *measure > 0 {
			return measureQueries(context.Background(), db, *measure, *seed, stdout)
		}
		return nil
	}
	if *events > 0 {
		if _, err := os.Stat(*dbPath); err == nil {
			return fmt.Errorf("%s exists: gen writes a new database", *dbPath)
		}
	}
	db, err := store.Open(*dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	ctx := context.Background()
	if *events > 0 {
		start := time.Now()
		err := db.Generate(ctx, store.GenOptions{Events: *events, Seed: *seed, Progress: func(done int) {
			if done%200000 == 0 || done == *events {
				fmt.Fprintf(stderr, "kronika gen: %d events, %.0f s\n", done, time.Since(start).Seconds())
			}
		}})
		if err != nil {
			return err
		}
		c, _ := db.Counts(ctx)
		st, _ := os.Stat(*dbPath)
		size := int64(0)
		if st != nil {
			size = st.Size()
		}
		fmt.Fprintf(stdout, "wrote %d events, %d mentions, %d documents, %d sentences in %.0f s; %s: %.0f MB\n",
			c.Events, c.Mentions, c.Documents, c.Sentences, time.Since(start).Seconds(), *dbPath, float64(size)/1e6)
	}
	if *measure > 0 {
		return measureQueries(ctx, db, *measure, *seed, stdout)
	}
	return nil
}

// benchQueries are the measured queries: each call runs one with
// parameters drawn from r.
var benchQueries = []struct {
	name string
	run  func(ctx context.Context, db store.Reader, r *rand.Rand) (int, error)
}{
	{"event page: --country C --type T --since M --limit 50, with mentions", func(ctx context.Context, db store.Reader, r *rand.Rand) (int, error) {
		countries := []string{"USA", "RUS", "UKR", "CHN", "POL", "DEU", "FRA", "IRN", "LTU", "HUN", "SYR", "BRA"}
		types := []string{"CONSULT", "ASSAULT", "ACCUSE", "SUPPORT", "AGREE", "SANCTION"}
		f := store.Filter{Country: countries[r.IntN(len(countries))], Type: types[r.IntN(len(types))],
			Since: fmt.Sprintf("2024-%02d", 1+r.IntN(12)), Limit: 50}
		evs, err := db.Events(ctx, f)
		if err == nil {
			err = db.LoadMentions(ctx, evs)
		}
		return len(evs), err
	}},
	{"dyad counts per day over a year: --dyad A-B --format daily", func(ctx context.Context, db store.Reader, r *rand.Rand) (int, error) {
		cs := []string{"USA", "RUS", "UKR", "CHN", "POL", "DEU", "FRA", "GBR", "ISR", "IRN", "TUR", "LTU"}
		a, b := r.IntN(len(cs)), r.IntN(len(cs)-1)
		if b >= a {
			b++
		}
		days, err := db.CountByDate(ctx, store.Filter{Dyad: cs[a] + "-" + cs[b], Since: "2024-01-01", Until: "2024-12-31"})
		return len(days), err
	}},
	{"full-text search: --q WORD --limit 50, with mentions", func(ctx context.Context, db store.Reader, r *rand.Rand) (int, error) {
		words := []string{"rosja", "łotwa", "węgry", "zaatakował", "sankcje", "porozumienie", "negocjacjach", "gazu",
			"szczytu", "zboża", "ukraina chiny", "premier polska", "armia izrael", "zawieszenia broni"}
		// Made-up words of every frequency, as Generate writes them.
		q := words[r.IntN(len(words))]
		if r.IntN(2) == 0 {
			q = fmt.Sprintf("k%x", r.IntN(2000))
		}
		evs, err := db.Events(ctx, store.Filter{Q: q, Limit: 50})
		if err == nil {
			err = db.LoadMentions(ctx, evs)
		}
		return len(evs), err
	}},
}

func measureQueries(ctx context.Context, db store.Reader, n int, seed uint64, w io.Writer) error {
	r := rand.New(rand.NewPCG(seed, 7))
	c, err := db.Counts(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\n%d events, %d mentions; %d runs of each query\n\n", c.Events, c.Mentions, n)
	fmt.Fprintln(w, "| query | p50 ms | p99 ms | max ms | CPU p50 ms | CPU p99 ms | mean rows |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|")
	for _, q := range benchQueries {
		// One warm-up run fills the page cache.
		if _, err := q.run(ctx, db, r); err != nil {
			return err
		}
		var lat, cpu []float64
		rows := 0
		for range n {
			c0 := cpuTime()
			t := time.Now()
			k, err := q.run(ctx, db, r)
			if err != nil {
				return fmt.Errorf("%s: %w", q.name, err)
			}
			lat = append(lat, float64(time.Since(t).Microseconds())/1000)
			cpu = append(cpu, float64((cpuTime()-c0).Microseconds())/1000)
			rows += k
		}
		slices.Sort(lat)
		slices.Sort(cpu)
		fmt.Fprintf(w, "| %s | %.1f | %.1f | %.1f | %.1f | %.1f | %.0f |\n", q.name, pct(lat, 50), pct(lat, 99), lat[len(lat)-1],
			pct(cpu, 50), pct(cpu, 99), float64(rows)/float64(n))
	}
	return nil
}

// cpuTime is the CPU time the process has used: on a busy machine the
// CPU a query takes says more than its wall time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// pct returns the p-th percentile of sorted values (nearest rank).
func pct(sorted []float64, p float64) float64 {
	i := int(float64(len(sorted))*p/100+0.5) - 1
	return sorted[max(0, min(i, len(sorted)-1))]
}
