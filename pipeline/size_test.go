package pipeline

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/ingest"
)

// bigDocument builds a Polish document of about size bytes: the seed
// article's paragraphs repeated, each followed by a quoted statement, so
// that every stage (names, actors, times, quotes) has work throughout.
func bigDocument(tb testing.TB, size int) []byte {
	tb.Helper()
	seedText, err := os.ReadFile(seed)
	if err != nil {
		tb.Fatal(err)
	}
	body := string(seedText)
	if i := strings.IndexByte(body, '\n'); i >= 0 && strings.HasPrefix(body, " date") {
		body = body[i+1:]
	}
	var b strings.Builder
	for n := 0; b.Len() < size; n++ {
		b.WriteString(body)
		fmt.Fprintf(&b, "\n„To jest cytat numer %d” – powiedział Tusk. Premier Donald Tusk rozmawiał z Zełenskim.\n\n", n)
	}
	return []byte(b.String())
}

func processBytes(tb testing.TB, data []byte) {
	tb.Helper()
	// Made here rather than read, so that sizes above
	// ingest.MaxDocumentSize can be measured too.
	d := &doc.Document{Source: "big.txt", Format: ingest.FormatText, Text: string(data), Date: "2024-07"}
	if err := New().Process(d); err != nil {
		tb.Fatal(err)
	}
}

// BenchmarkDocumentSize shows how time grows with the size of one document:
// with linear work, MB/s is about the same at every size (the first size
// also pays for loading the dictionaries and models). KRONIKA_BENCH_20MB=1
// adds a 20 MB document, beyond ingest.MaxDocumentSize.
//
//	go test ./pipeline -run '^$' -bench DocumentSize -benchtime 1x -benchmem
func BenchmarkDocumentSize(b *testing.B) {
	sizes := []int{100 << 10, 1 << 20, 5 << 20}
	if os.Getenv("KRONIKA_BENCH_20MB") != "" {
		sizes = append(sizes, 20<<20)
	}
	for _, size := range sizes {
		data := bigDocument(b, size)
		b.Run(fmt.Sprintf("%.1fMB", float64(size)/(1<<20)), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				processBytes(b, data)
			}
		})
	}
}

// TestLinearInSize fails when processing a document four times as large
// takes much more than four times as long: the time per byte of the large
// one is about that of the small one when the work is linear, up to four
// times it when a quadratic pass dominates (3.5 before the quotation and
// entity lookups were indexed). The best of three runs each, in CPU time,
// to ride out a busy machine.
func TestLinearInSize(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	small, large := bigDocument(t, 150<<10), bigDocument(t, 600<<10)
	processBytes(t, small) // warm up: dictionaries, models
	best := func(data []byte) time.Duration {
		d := time.Duration(1 << 62)
		for range 3 {
			start := cpuTime()
			processBytes(t, data)
			d = min(d, cpuTime()-start)
		}
		return d
	}
	ts, tl := best(small), best(large)
	ratio := float64(tl) / float64(ts) * float64(len(small)) / float64(len(large))
	t.Logf("%d KB: %v, %d KB: %v, time per byte large/small %.2f", len(small)>>10, ts, len(large)>>10, tl, ratio)
	if ratio > 2.5 {
		t.Errorf("time per byte grows %.2f× from %d KB to %d KB: some pass is not linear", ratio, len(small)>>10, len(large)>>10)
	}
}
