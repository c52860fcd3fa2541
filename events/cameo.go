package events

import (
	_ "embed"
	"fmt"
	"math"
	"strconv"
	"strings"
	"sync"
)

// cameoTable holds the Goldstein score of every CAMEO code (cameo.tsv,
// rebuilt by scripts/cameo-goldstein.sh).
//
//go:embed cameo.tsv
var cameoTable string

var goldstein = sync.OnceValue(func() map[string]float64 {
	m := map[string]float64{}
	for i, line := range strings.Split(cameoTable, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		code, score, ok := strings.Cut(line, "\t")
		v, err := strconv.ParseFloat(score, 64)
		if !ok || err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
			panic(fmt.Sprintf("events/cameo.tsv:%d: want code<TAB>score", i+1))
		}
		m[code] = v
	}
	return m
})

// Goldstein returns the Goldstein score of a CAMEO code: its own, or that
// of the nearest more general code.
func Goldstein(code string) float64 {
	g := goldstein()
	for c := code; len(c) >= 2; c = c[:len(c)-1] {
		if v, ok := g[c]; ok {
			return v
		}
	}
	return 0
}

// QuadClass returns CAMEO's quad class of a code: 1 verbal cooperation
// (01–05), 2 material cooperation (06–08), 3 verbal conflict (09–13), 4
// material conflict (14–20); 0 for a malformed code.
func QuadClass(code string) int {
	if len(code) < 2 {
		return 0
	}
	root, err := strconv.Atoi(code[:2])
	if err != nil {
		return 0
	}
	switch {
	case root >= 1 && root <= 5:
		return 1
	case root >= 6 && root <= 8:
		return 2
	case root >= 9 && root <= 13:
		return 3
	case root >= 14 && root <= 20:
		return 4
	}
	return 0
}
