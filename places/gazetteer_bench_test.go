package places

import "testing"

// BenchmarkLoad reads the embedded gazetteer, as the first use does. It
// reports the CPU time per load too (cpu-ns/op, both cores together),
// which a loaded machine changes less than the wall time.
func BenchmarkLoad(b *testing.B) {
	places, names := gazetteerData, namesData
	b.SetBytes(int64(len(places) + len(names)))
	c0 := cpuTime()
	for i := 0; i < b.N; i++ {
		if _, err := Parse(places, names); err != nil {
			b.Fatal(err)
		}
	}
	if c0 > 0 {
		b.ReportMetric(float64(cpuTime()-c0)/float64(b.N), "cpu-ns/op")
	}
}
