package main

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kronika/kronika/ingest"
	"github.com/kronika/kronika/pipeline"
)

var corpus = flag.String("corpus", "", "directory or file of articles for BenchmarkExtractCorpus")

func noColdStart(t *testing.T) {
	old := benchExecutable
	benchExecutable = func() string { return "" } // the test binary is not kronika
	t.Cleanup(func() { benchExecutable = old })
}

func TestBench(t *testing.T) {
	noColdStart(t)
	out, errs, code := kronika(t, "bench", "--workers", "2", "../../eval/testdata/gold", seed)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, s := range []string{"corpus: 2 inputs", "machine: ", "start-up in process: ", "DOCS/S", "TOKENS/S", "MB/S", "PEAK RSS", "1 core", "all cores"} {
		if !strings.Contains(out, s) {
			t.Errorf("output lacks %q:\n%s", s, out)
		}
	}
	out, errs, code = kronika(t, "bench", "--json", "--passes", "2", "--cpus", "1", seed)
	if code != 0 {
		t.Fatalf("--json: exit %d: %s", code, errs)
	}
	var rep benchReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("%v:\n%s", err, out)
	}
	if rep.Inputs != 1 || len(rep.Runs) != 2 || rep.Runs[0].Docs != 2 || rep.Runs[0].Tokens == 0 ||
		rep.Runs[1].GOMAXPROCS != 1 || rep.Runs[0].Bytes != 2*rep.Bytes || rep.StartupS <= 0 {
		t.Errorf("report %+v", rep)
	}
}

func TestBenchMarkdown(t *testing.T) {
	noColdStart(t)
	out, errs, code := kronika(t, "bench", "--markdown", "--warmup", "0", seed)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, s := range []string{"## ", "Machine: ", "```\nkronika bench --markdown --warmup 0 " + seed + "\n```", "| 1 core | 1 | 1 |", "| all cores |", "Start-up: "} {
		if !strings.Contains(out, s) {
			t.Errorf("output lacks %q:\n%s", s, out)
		}
	}
}

// TestBenchCPUProfile: --cpuprofile writes a profile that pprof can read
// (a gzipped protocol buffer), and an unwritable path is an error.
func TestBenchCPUProfile(t *testing.T) {
	noColdStart(t)
	prof := filepath.Join(t.TempDir(), "cpu.prof")
	if _, errs, code := kronika(t, "bench", "--warmup", "0", "--cpuprofile", prof, seed); code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	data, err := os.ReadFile(prof)
	if err != nil {
		t.Fatal(err)
	}
	if len(data) < 2 || data[0] != 0x1f || data[1] != 0x8b {
		t.Errorf("the profile (%d bytes) is not gzipped", len(data))
	}
	if _, _, code := kronika(t, "bench", "--warmup", "0", "--cpuprofile", filepath.Join(prof, "x"), seed); code == 0 {
		t.Errorf("a profile under a file: exit 0")
	}
}

func TestBenchUsage(t *testing.T) {
	noColdStart(t)
	for _, args := range [][]string{{"bench"}, {"bench", "--passes", "0", seed}, {"bench", "-"}} {
		if _, errs, code := kronika(t, args...); code != 2 {
			t.Errorf("%q: exit %d, stderr %q", args, code, errs)
		}
	}
	if _, _, code := kronika(t, "bench", "/nonexistent/dir"); code != 1 {
		t.Errorf("missing input: exit %d", code)
	}
}

// BenchmarkExtractCorpus runs extract (read from memory, process, write
// JSON) over a corpus: go test ./cmd/kronika -run XXX -bench ExtractCorpus
// -corpus $PWD/../shared/data/slavicner/raw (a relative path starts in
// cmd/kronika). One op is one pass over the corpus.
func BenchmarkExtractCorpus(b *testing.B) {
	if *corpus == "" {
		b.Skip("no -corpus given")
	}
	names, errs := ingest.Expand([]string{*corpus})
	if len(errs) > 0 {
		b.Fatal(errs[0])
	}
	var inputs []benchInput
	var size int64
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			b.Fatal(err)
		}
		inputs = append(inputs, benchInput{n, data})
		size += int64(len(data))
	}
	p := pipeline.New()
	b.SetBytes(size)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, in := range inputs {
			docs, errs := ingest.Read(in.name, in.data)
			if len(errs) > 0 {
				b.Fatal(errs[0])
			}
			for _, d := range docs {
				if _, err := benchDoc(p, d); err != nil {
					b.Fatal(err)
				}
			}
		}
	}
}
