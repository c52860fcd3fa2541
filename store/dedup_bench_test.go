package store

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkMinHash: the signature of one SlavicNER article (skipped
// without ../shared).
func BenchmarkMinHash(b *testing.B) {
	files, _ := filepath.Glob("../../shared/data/slavicner/raw/nord_stream/pl/*.txt")
	if len(files) == 0 {
		b.Skip("no SlavicNER texts in ../shared")
	}
	var texts []string
	for _, f := range files[:50] {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(t))
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		minhash(texts[i%len(texts)])
	}
}
