package ingest

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// BenchmarkReadSlavicNER times Read over the Polish SlavicNER raw files,
// loaded into memory first. It reports MB/s (from SetBytes) and docs/s.
func BenchmarkReadSlavicNER(b *testing.B) {
	dir := sharedPath(b, "data/slavicner/raw")
	files, _ := filepath.Glob(filepath.Join(dir, "*", "pl", "*.txt"))
	if len(files) == 0 {
		b.Skip("no SlavicNER files")
	}
	data := make([][]byte, len(files))
	var total int64
	for i, f := range files {
		d, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		data[i] = d
		total += int64(len(d))
	}
	b.SetBytes(total)
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	for b.Loop() {
		for i, d := range data {
			if _, errs := Read(files[i], d); len(errs) != 0 {
				b.Fatal(errs[0])
			}
		}
	}
	b.ReportMetric(float64(b.N*len(files))/time.Since(start).Seconds(), "docs/s")
}

// BenchmarkReadHTML times Read over the HTML page fixture, extraction
// included.
func BenchmarkReadHTML(b *testing.B) {
	page, err := os.ReadFile("testdata/page.html")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	start := time.Now()
	for b.Loop() {
		if _, errs := Read("page.html", page); len(errs) != 0 {
			b.Fatal(errs[0])
		}
	}
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "docs/s")
}
