package ingest

import (
	"os"
	"sync"
	"testing"
)

// TestReadConcurrent reads the same inputs from several goroutines, as the
// pipeline's workers do; run it with -race.
func TestReadConcurrent(t *testing.T) {
	var inputs [][2]string
	for _, p := range []string{"testdata/page.html", "testdata/broken.html", "testdata/stories.jsonl", "testdata/title_first.txt"} {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, [2]string{p, string(b)})
	}
	want := make([]string, len(inputs))
	for i, in := range inputs {
		docs, _ := Read(in[0], []byte(in[1]))
		want[i] = docs[0].ID
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 3 {
				for i, in := range inputs {
					docs, _ := Read(in[0], []byte(in[1]))
					if len(docs) == 0 || docs[0].ID != want[i] {
						t.Errorf("%s: different result under concurrency", in[0])
					}
				}
			}
		})
	}
	wg.Wait()
}
