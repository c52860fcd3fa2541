package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"sort"
)

// floorFigures are the overall figures a floor file may set a minimum for.
// An undefined figure (nothing to measure) counts as 0.
var floorFigures = map[string]func(DocScore) (float64, bool){
	"events_f1":        func(s DocScore) (float64, bool) { return s.Events.Full.F1() },
	"events_precision": func(s DocScore) (float64, bool) { return s.Events.Full.Precision() },
	"events_recall":    func(s DocScore) (float64, bool) { return s.Events.Full.Recall() },
	"entities_recall":  func(s DocScore) (float64, bool) { return s.Entities.Found.Value() },
	"quotes_f1":        func(s DocScore) (float64, bool) { return s.Quotes.F1() },
	"times_accuracy":   func(s DocScore) (float64, bool) { return s.Times.Value.Value() },
}

// Floor is the least quality the project accepts, read from a JSON object
// such as {"events_f1": 0.25, "note": "..."}: figure names (events_f1,
// events_precision, events_recall, entities_recall, quotes_f1,
// times_accuracy) with minimum values, and an optional free-text "note".
type Floor map[string]float64

// ReadFloor reads a floor file; unknown figure names are errors.
func ReadFloor(path string) (Floor, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var raw map[string]json.RawMessage
	if err := strictJSON(data, &raw); err != nil {
		return nil, fmt.Errorf("%s: bad JSON: %s", path, jsonErr(data, err))
	}
	f := Floor{}
	for k, v := range raw {
		if k == "note" {
			continue
		}
		if _, ok := floorFigures[k]; !ok {
			return nil, fmt.Errorf("%s: %s: unknown figure (known: events_f1, events_precision, events_recall, entities_recall, quotes_f1, times_accuracy)", path, k)
		}
		var x float64
		if err := json.Unmarshal(bytes.TrimSpace(v), &x); err != nil || x < 0 || x > 1 {
			return nil, fmt.Errorf("%s: %s: want a number from 0 to 1, have %s", path, k, clip(v))
		}
		f[k] = x
	}
	return f, nil
}

// Check returns one message for every figure of s below its floor, sorted.
func (f Floor) Check(s DocScore) []string {
	var out []string
	for k, min := range f {
		// Compare at the four decimals the reports show, so that a figure
		// printed as equal to its floor passes.
		v, _ := floorFigures[k](s)
		if *opt(v, true) < min {
			out = append(out, fmt.Sprintf("%s %.4f is below the floor %.4f", k, v, min))
		}
	}
	sort.Strings(out)
	return out
}
