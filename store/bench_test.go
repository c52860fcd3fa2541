package store

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kronika/kronika/doc"
)

// BenchmarkAdd stores articles of 40 sentences with 2 events each, one
// transaction each.
func BenchmarkAdd(b *testing.B) { benchAdd(b, 1) }

// BenchmarkAddBatch stores them 64 to a transaction, as ingest does.
func BenchmarkAddBatch(b *testing.B) { benchAdd(b, 64) }

func benchAdd(b *testing.B, batch int) {
	s, err := Open(filepath.Join(b.TempDir(), "b.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	s.BatchDocs, s.BatchDelay = batch, time.Minute
	t := &testing.T{}
	var sb strings.Builder
	for i := range 40 {
		fmt.Fprintf(&sb, "Zdanie numer %d mówi o tym, że prezydent spotkał się z ministrem w Łodzi. ", i)
	}
	sb.WriteString("Wczoraj Kima odwiedził Putin.")
	base := sb.String()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		v := visit
		v.date = fmt.Sprintf("2024-%02d-%02d", 1+i%12, 1+i%28)
		d := mkDoc(t, "b.txt", "2024-06-20", fmt.Sprintf("%d ", i)+base, v, v)
		d.Events[1].Type = "AGREE"
		if _, err := s.Add(ctx, d); err != nil {
			b.Fatal(err)
		}
	}
	_ = doc.Hash
}
