package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"strconv"
	"strings"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/ingest"
	"github.com/kronika/kronika/pipeline"
)

func init() {
	commands["bench"] = command{
		usage: "[--workers N] [--cpus N] [--passes N] [--warmup N] [--cpuprofile FILE] [--json|--markdown] FILE|DIR ...",
		brief: "measure extract on a corpus: documents/s, tokens/s, MB/s, peak memory, start-up; on 1 core and on all",
		run:   runBench,
	}
}

// benchExecutable returns the binary to time a cold start with; tests,
// whose binary is not kronika, set it to return "".
var benchExecutable = func() string {
	p, err := os.Executable()
	if err != nil {
		return ""
	}
	return p
}

type benchInput struct {
	name string
	data []byte
}

// benchRun is one timed pass over the corpus.
type benchRun struct {
	Name       string  `json:"name"`
	Workers    int     `json:"workers"`
	GOMAXPROCS int     `json:"gomaxprocs"`
	Seconds    float64 `json:"seconds"`
	Docs       int     `json:"documents"`
	Tokens     int     `json:"tokens"`
	Bytes      int64   `json:"bytes"`
	DocsPerS   float64 `json:"documents_per_s"`
	TokensPerS float64 `json:"tokens_per_s"`
	MBPerS     float64 `json:"mb_per_s"`
	CPUSeconds float64 `json:"cpu_seconds"` // user+system CPU of the process during the run; -1 when unknown
	DocsPerCPU float64 `json:"documents_per_cpu_s"`
	PeakRSS    int64   `json:"peak_rss_bytes"` // -1 when unknown
	PeakHow    string  `json:"peak_rss_source"`
	Errors     int     `json:"errors"`
}

type benchReport struct {
	Command   string     `json:"command"`
	Machine   string     `json:"machine"`
	Inputs    int        `json:"inputs"`
	Bytes     int64      `json:"bytes"`
	LoadS     float64    `json:"load_seconds"`
	NewS      float64    `json:"pipeline_new_seconds"`
	FirstS    float64    `json:"first_document_seconds"`
	StartupS  float64    `json:"startup_seconds"`         // pipeline.New + first document
	ProcessS  float64    `json:"process_startup_seconds"` // a new kronika extract process; 0 when not measured
	ProcessOn string     `json:"process_startup_input,omitempty"`
	WarmupS   float64    `json:"warmup_seconds"`
	Load      string     `json:"load_average,omitempty"` // 1, 5, 15 min, from /proc/loadavg before the runs
	Runs      []benchRun `json:"runs"`
	// Stages are the seconds each pipeline stage took in one single-core
	// pass over the corpus.
	Stages []benchStage `json:"stages"`
}

type benchStage struct {
	Name    string  `json:"name"`
	Seconds float64 `json:"seconds"`
}

// writeStages prints each stage's time and share of the pipeline's.
func writeStages(w io.Writer, stages []benchStage) {
	total := 0.0
	for _, s := range stages {
		total += s.Seconds
	}
	if total <= 0 {
		return
	}
	fmt.Fprintf(w, "stages (one single-core pass):")
	for _, s := range stages {
		fmt.Fprintf(w, " %s %s (%.0f%%)", s.Name, dur(s.Seconds), 100*s.Seconds/total)
	}
	fmt.Fprintln(w)
}

func runBench(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	workers := fs.Int("workers", 0, "workers of the all-cores run (0: one per CPU used)")
	cpus := fs.Int("cpus", 0, "GOMAXPROCS of the all-cores run (0: all cores)")
	passes := fs.Int("passes", 1, "times the corpus is processed in each run (more passes, steadier figures)")
	warmup := fs.Int("warmup", 1, "untimed passes over the corpus before the timed runs, so that both runs see warm caches (start-up is measured apart)")
	asJSON := fs.Bool("json", false, "print one JSON object instead of a table")
	asMD := fs.Bool("markdown", false, "print a section for BENCHMARKS.md (date, commit, machine, command, table)")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the timed runs (after the warm-up and the per-stage pass) to `FILE`, for go tool pprof")
	if err := parseFlags(fs, args); err != nil {
		return usagef("%v", err)
	}
	if fs.NArg() == 0 {
		return usagef("no input: give corpus files or directories")
	}
	if *passes < 1 || *workers < 0 || *cpus < 0 || *warmup < 0 {
		return usagef("--passes must be at least 1, --workers, --cpus and --warmup not negative")
	}
	all := runtime.NumCPU()
	if *cpus > 0 {
		all = *cpus
	}
	nw := *workers
	if nw == 0 {
		nw = all
	}

	// Load the corpus first: reading files is not what is measured.
	t := time.Now()
	names, errs := ingest.Expand(fs.Args())
	for _, err := range errs {
		fmt.Fprintf(stderr, "kronika bench: %s\n", oneLine(err))
	}
	var inputs []benchInput
	rep := benchReport{Command: "kronika bench " + strings.Join(args, " "), Machine: machine()}
	for _, n := range names {
		if n == "-" || strings.Contains(n, "://") {
			return usagef("%s: bench reads files and directories only", n)
		}
		data, err := os.ReadFile(n)
		if err != nil {
			return err
		}
		inputs = append(inputs, benchInput{n, data})
		rep.Bytes += int64(len(data))
	}
	if len(inputs) == 0 {
		return fmt.Errorf("no input files found")
	}
	rep.Inputs = len(inputs)
	rep.LoadS = time.Since(t).Seconds()

	// Start-up: building the pipeline and taking the first document
	// through it (lazy loading included), as a command run on one file
	// would.
	t = time.Now()
	p := pipeline.New()
	rep.NewS = time.Since(t).Seconds()
	t1 := time.Now()
	first, errs := ingest.Read(inputs[0].name, inputs[0].data)
	if len(first) > 0 {
		if _, err := benchDoc(p, first[0]); err != nil {
			errs = append(errs, err)
		}
	}
	for _, err := range errs {
		fmt.Fprintf(stderr, "kronika bench: %s\n", oneLine(err))
	}
	rep.FirstS = time.Since(t1).Seconds()
	rep.StartupS = time.Since(t).Seconds()
	if exe := benchExecutable(); exe != "" {
		small := smallest(inputs)
		if s, err := coldStart(exe, small); err == nil {
			rep.ProcessS, rep.ProcessOn = s, small
		} else {
			fmt.Fprintf(stderr, "kronika bench: cold start: %s\n", oneLine(err))
		}
	}

	prev := runtime.GOMAXPROCS(0)
	defer runtime.GOMAXPROCS(prev)
	if data, err := os.ReadFile("/proc/loadavg"); err == nil {
		if f := strings.Fields(string(data)); len(f) >= 3 {
			rep.Load = strings.Join(f[:3], " ")
		}
	}
	if *warmup > 0 {
		w := benchCorpus(p, inputs, nw, all, *warmup, io.Discard)
		rep.WarmupS = w.Seconds
	}
	// Per-stage times of one single-core pass, apart from the timed runs
	// (taking the time of each stage costs a little).
	p.Timings = pipeline.NewTimings()
	benchCorpus(p, inputs, 1, 1, 1, io.Discard)
	for i, d := range p.Timings.Of() {
		rep.Stages = append(rep.Stages, benchStage{Name: pipeline.Stages[i].Name, Seconds: d.Seconds()})
	}
	p.Timings = nil
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
	}
	failed := false
	for _, cfg := range []struct {
		name          string
		workers, cpus int
	}{{"1 core", 1, 1}, {"all cores", nw, all}} {
		r := benchCorpus(p, inputs, cfg.workers, cfg.cpus, *passes, stderr)
		r.Name = cfg.name
		failed = failed || r.Errors > 0
		rep.Runs = append(rep.Runs, r)
	}
	if *cpuProfile != "" {
		pprof.StopCPUProfile()
	}

	out := bufio.NewWriter(stdout)
	switch {
	case *asJSON:
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			return err
		}
	case *asMD:
		writeBenchMarkdown(out, rep)
	default:
		writeBench(out, rep)
	}
	if err := out.Flush(); err != nil {
		return err
	}
	if failed {
		return errReported
	}
	return nil
}

// benchDoc processes one document and writes it as kronika/1 JSON to
// nowhere, as extract does; it returns the number of tokens.
func benchDoc(p *pipeline.Pipeline, d *doc.Document) (int, error) {
	if err := p.Process(d); err != nil {
		return 0, fmt.Errorf("%s: %w", d.Source, err)
	}
	if err := d.Marshal(io.Discard, false); err != nil {
		return 0, fmt.Errorf("%s: %w", d.Source, err)
	}
	return len(d.Tokens), nil
}

// benchCorpus times passes over the corpus under GOMAXPROCS cpus: workers
// goroutines read (decode) the loaded inputs into documents, and as many
// process them, so that the documents of one large input (a JSONL file)
// are spread over the workers too.
//
// The peak memory is the process's peak resident set (VmHWM of
// /proc/self/status), reset before the run by writing 5 to
// /proc/self/clear_refs; it includes the loaded corpus. Where /proc is
// missing it falls back to the memory the Go runtime holds from the system
// after the run (runtime.MemStats.Sys), which is not a peak.
func benchCorpus(p *pipeline.Pipeline, inputs []benchInput, workers, cpus, passes int, stderr io.Writer) benchRun {
	runtime.GOMAXPROCS(cpus)
	runtime.GC()
	debug.FreeOSMemory()
	hwmReset := os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) == nil

	var mu sync.Mutex
	r := benchRun{Workers: workers, GOMAXPROCS: cpus}
	report := func(err error) {
		mu.Lock()
		defer mu.Unlock()
		r.Errors++
		if r.Errors <= 3 {
			fmt.Fprintf(stderr, "kronika bench: %s\n", oneLine(err))
		}
	}
	jobs := make(chan int, workers)
	docs := make(chan *doc.Document, 4*workers)
	var readers, procs sync.WaitGroup
	cpu0, cpuOK := procCPU()
	t := time.Now()
	for w := 0; w < workers; w++ {
		readers.Add(1)
		go func() {
			defer readers.Done()
			var b int64
			for i := range jobs {
				in := inputs[i%len(inputs)]
				ds, errs := ingest.Read(in.name, in.data)
				for _, e := range errs {
					report(e)
				}
				for _, d := range ds {
					docs <- d
				}
				b += int64(len(in.data))
			}
			mu.Lock()
			r.Bytes += b
			mu.Unlock()
		}()
		procs.Add(1)
		go func() {
			defer procs.Done()
			var n, tokens int
			for d := range docs {
				tk, err := benchDoc(p, d)
				if err != nil {
					report(err)
					continue
				}
				n++
				tokens += tk
			}
			mu.Lock()
			r.Docs += n
			r.Tokens += tokens
			mu.Unlock()
		}()
	}
	for i := 0; i < passes*len(inputs); i++ {
		jobs <- i
	}
	close(jobs)
	readers.Wait()
	close(docs)
	procs.Wait()
	r.Seconds = time.Since(t).Seconds()
	r.CPUSeconds = -1
	if cpu1, ok := procCPU(); ok && cpuOK {
		r.CPUSeconds = cpu1 - cpu0
		if r.CPUSeconds > 0 {
			r.DocsPerCPU = float64(r.Docs) / r.CPUSeconds
		}
	}
	if r.Seconds > 0 {
		r.DocsPerS = float64(r.Docs) / r.Seconds
		r.TokensPerS = float64(r.Tokens) / r.Seconds
		r.MBPerS = float64(r.Bytes) / 1e6 / r.Seconds
	}
	r.PeakRSS, r.PeakHow = -1, "unknown"
	if hwm, ok := procStatus("VmHWM"); ok && hwmReset {
		r.PeakRSS, r.PeakHow = hwm, "VmHWM"
	} else {
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		r.PeakRSS, r.PeakHow = int64(ms.Sys), "MemStats.Sys"
	}
	return r
}

// procCPU returns the user and system CPU time of the process so far, in
// seconds, from /proc/self/stat (clock ticks of 1/100 s, the Linux
// default). On a machine shared with other work, throughput per CPU second
// varies less than throughput per wall-clock second.
func procCPU() (float64, bool) {
	data, err := os.ReadFile("/proc/self/stat")
	if err != nil {
		return 0, false
	}
	// The command name, field 2, is in parentheses and may hold spaces.
	i := bytes.LastIndexByte(data, ')')
	if i < 0 {
		return 0, false
	}
	f := strings.Fields(string(data[i+1:]))
	if len(f) < 13 {
		return 0, false
	}
	utime, err1 := strconv.ParseInt(f[11], 10, 64)
	stime, err2 := strconv.ParseInt(f[12], 10, 64)
	if err1 != nil || err2 != nil {
		return 0, false
	}
	return float64(utime+stime) / 100, true
}

// procStatus returns a "kB" field of /proc/self/status in bytes.
func procStatus(field string) (int64, bool) {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, false
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, field+":"); ok {
			f := strings.Fields(rest)
			if len(f) == 2 && f[1] == "kB" {
				n, err := strconv.ParseInt(f[0], 10, 64)
				return n * 1024, err == nil
			}
		}
	}
	return 0, false
}

func smallest(inputs []benchInput) string {
	best := inputs[0]
	for _, in := range inputs[1:] {
		if len(in.data) < len(best.data) {
			best = in
		}
	}
	return best.name
}

// coldStart times a new process running "kronika extract FILE", the
// start-up a user sees (executable loading, package initialisation,
// pipeline, one document); the best of three runs.
func coldStart(exe, file string) (float64, error) {
	best := -1.0
	for i := 0; i < 3; i++ {
		cmd := exec.Command(exe, "extract", file)
		cmd.Stdout = io.Discard
		var errb bytes.Buffer
		cmd.Stderr = &errb
		t := time.Now()
		if err := cmd.Run(); err != nil {
			return 0, fmt.Errorf("%s extract %s: %v: %s", exe, file, err, strings.TrimSpace(errb.String()))
		}
		if s := time.Since(t).Seconds(); best < 0 || s < best {
			best = s
		}
	}
	return best, nil
}

// machine describes where the benchmark ran: cores, Go, CPU model.
func machine() string {
	model := "unknown CPU"
	if data, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
				model = strings.TrimSpace(v)
				break
			}
		}
	}
	return fmt.Sprintf("%d cores, %s %s/%s, %s", runtime.NumCPU(), runtime.Version(), runtime.GOOS, runtime.GOARCH, model)
}

func writeBench(w io.Writer, r benchReport) {
	fmt.Fprintf(w, "corpus: %d inputs, %.2f MB (loaded in %s; untimed warm-up %s)\n", r.Inputs, float64(r.Bytes)/1e6, dur(r.LoadS), dur(r.WarmupS))
	fmt.Fprintf(w, "machine: %s\n", r.Machine)
	if r.Load != "" {
		fmt.Fprintf(w, "load average before the runs: %s (other processes share the cores when it is above 0)\n", r.Load)
	}
	fmt.Fprintf(w, "start-up in process: %s (pipeline.New %s + first document %s)\n", dur(r.StartupS), dur(r.NewS), dur(r.FirstS))
	if r.ProcessOn != "" {
		fmt.Fprintf(w, "start-up as a new process: %s (kronika extract %s, best of 3)\n", dur(r.ProcessS), r.ProcessOn)
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "RUN\tWORKERS\tGOMAXPROCS\tTIME\tCPU\tDOCS\tTOKENS\tDOCS/S\tTOKENS/S\tMB/S\tDOCS/CPU-S\tPEAK RSS\t")
	for _, x := range r.Runs {
		peak := "?"
		if x.PeakRSS >= 0 {
			peak = fmt.Sprintf("%.0f MB", float64(x.PeakRSS)/1e6)
		}
		cpu, perCPU := "?", "?"
		if x.CPUSeconds >= 0 {
			cpu, perCPU = dur(x.CPUSeconds), fmt.Sprintf("%.0f", x.DocsPerCPU)
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%s\t%s\t%d\t%d\t%.0f\t%.0f\t%.2f\t%s\t%s\t\n", x.Name, x.Workers, x.GOMAXPROCS,
			dur(x.Seconds), cpu, x.Docs, x.Tokens, x.DocsPerS, x.TokensPerS, x.MBPerS, perCPU, peak)
	}
	tw.Flush()
	if len(r.Runs) > 0 {
		fmt.Fprintf(w, "peak RSS: %s of the whole process, corpus in memory included\n", r.Runs[0].PeakHow)
	}
	if len(r.Runs) == 2 && r.Runs[0].Seconds > 0 && r.Runs[1].Seconds > 0 {
		fmt.Fprintf(w, "speed-up on %d cores: %.2fx\n", r.Runs[1].GOMAXPROCS, r.Runs[0].Seconds/r.Runs[1].Seconds)
	}
	writeStages(w, r.Stages)
}

// writeBenchMarkdown prints the report as a section of BENCHMARKS.md.
func writeBenchMarkdown(w io.Writer, r benchReport) {
	rev := "unknown commit"
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" && len(s.Value) >= 7 {
				rev = "commit " + s.Value[:7]
			}
		}
	}
	fmt.Fprintf(w, "## %s, %s\n\n", time.Now().UTC().Format("2006-01-02"), rev)
	fmt.Fprintf(w, "Machine: %s; load average before the runs %s.\n\n", r.Machine, r.Load)
	fmt.Fprintf(w, "```\n%s\n```\n\n", r.Command)
	fmt.Fprintln(w, "| run | workers | GOMAXPROCS | time | CPU | docs | tokens | docs/s | tokens/s | MB/s | docs/CPU-s | peak RSS |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|---|---|---|---|---|")
	for _, x := range r.Runs {
		fmt.Fprintf(w, "| %s | %d | %d | %s | %s | %d | %d | %.0f | %.0f | %.2f | %.0f | %.0f MB |\n", x.Name, x.Workers, x.GOMAXPROCS,
			dur(x.Seconds), dur(x.CPUSeconds), x.Docs, x.Tokens, x.DocsPerS, x.TokensPerS, x.MBPerS, x.DocsPerCPU, float64(x.PeakRSS)/1e6)
	}
	fmt.Fprintf(w, "\nStart-up: %s in process (pipeline.New %s + first document %s)", dur(r.StartupS), dur(r.NewS), dur(r.FirstS))
	if r.ProcessOn != "" {
		fmt.Fprintf(w, "; %s as a new process (kronika extract %s)", dur(r.ProcessS), r.ProcessOn)
	}
	fmt.Fprintln(w, ".")
}

func dur(s float64) string {
	switch {
	case s < 1e-3:
		return fmt.Sprintf("%.0f µs", s*1e6)
	case s < 1:
		return fmt.Sprintf("%.1f ms", s*1e3)
	}
	return fmt.Sprintf("%.2f s", s)
}
