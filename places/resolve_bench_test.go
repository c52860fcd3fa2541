package places

import (
	"testing"

	"github.com/kronika/kronika/actors"
)

// BenchmarkResolve is the cost of resolving one entity.
func BenchmarkResolve(b *testing.B) {
	g, kb := Default(), actors.Default()
	ctx := Context{Countries: map[string]int{"FRA": 2}, Admin1: map[string]bool{}}
	es := []*struct{ name string }{{"Paris"}, {"Charków"}, {"Pjongjang"}, {"Springfield"}}
	for i := 0; i < b.N; i++ {
		e := entity("GPE", es[i%len(es)].name, "", "")
		g.Resolve(e, ctx, kb)
	}
}
