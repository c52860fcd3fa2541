package eval

import (
	"path/filepath"
	"sort"
	"strings"
)

// The held-out protocol (eval/README.md, "The held-out protocol"): every
// figure is on a split. "tune" data may be read to choose rules and list
// entries; "held-out" data is only scored; "dev" is data read while
// building that belongs to neither side (the seed gold set of
// ../shared/eval). Each table of kronika eval names the split of each of
// its lines.
const (
	SplitTune    = "tune"
	SplitHeldOut = "held-out"
	SplitDev     = "dev"
)

// slavicSplits is SlavicNER's split by topic: two topics for tuning, two
// held out.
var slavicSplits = map[string]string{
	"asia_bibi":   SplitTune,
	"nord_stream": SplitTune,
	"brexit":      SplitHeldOut,
	"ryanair":     SplitHeldOut,
}

// SlavicSplit is the split of a SlavicNER topic; a topic the protocol does
// not name is "dev".
func SlavicSplit(topic string) string {
	if s, ok := slavicSplits[topic]; ok {
		return s
	}
	return SplitDev
}

// GoldSplit is the split of a gold file by its folders: one named "tune"
// or "heldout" (eval/gold/<lang>/tune, eval/gold/<lang>/heldout), else
// "dev".
func GoldSplit(path string) string {
	for _, dir := range strings.Split(filepath.ToSlash(filepath.Dir(path)), "/") {
		switch dir {
		case "tune":
			return SplitTune
		case "heldout":
			return SplitHeldOut
		}
	}
	return SplitDev
}

// splitOrder lists the splits that occur among keys, tune first, then
// held-out, then the rest by name.
func splitOrder(present map[string]bool) []string {
	var out []string
	for _, s := range []string{SplitTune, SplitHeldOut, SplitDev} {
		if present[s] {
			out = append(out, s)
		}
	}
	var rest []string
	for s := range present {
		if s != SplitTune && s != SplitHeldOut && s != SplitDev {
			rest = append(rest, s)
		}
	}
	sort.Strings(rest)
	return append(out, rest...)
}
