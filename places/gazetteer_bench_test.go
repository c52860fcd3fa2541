package places

import "testing"

// BenchmarkLoad reads the embedded gazetteer, as the first use does.
func BenchmarkLoad(b *testing.B) {
	places, names := mustRead("data/gazetteer.tsv"), mustRead("data/names.tsv")
	b.SetBytes(int64(len(places) + len(names)))
	for i := 0; i < b.N; i++ {
		if _, err := Parse(places, names); err != nil {
			b.Fatal(err)
		}
	}
}
