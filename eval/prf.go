package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// PRF holds the counts behind precision, recall and F1. Precision is
// MatchedPred/Pred, recall MatchedGold/Gold; the two numerators differ when
// gold items are weighted differently from predictions (optional gold events
// make predictions correct but are not needed for recall).
//
// A ratio with a zero denominator is undefined: its method returns ok=false,
// the JSON holds null and the table prints "-", always beside the counts.
// F1 is undefined only when there is neither a prediction nor a gold item;
// otherwise an undefined precision or recall counts as 0 in F1 (predicting
// nothing where gold exists scores F1 = 0, not "unknown").
type PRF struct {
	MatchedPred int // predictions that match a gold item
	Pred        int // all predictions
	MatchedGold int // gold items (that count for recall) matched by a prediction
	Gold        int // gold items that count for recall
}

// Add adds the counts of o to p.
func (p *PRF) Add(o PRF) {
	p.MatchedPred += o.MatchedPred
	p.Pred += o.Pred
	p.MatchedGold += o.MatchedGold
	p.Gold += o.Gold
}

// Precision returns MatchedPred/Pred; ok is false when there is no prediction.
func (p PRF) Precision() (v float64, ok bool) { return ratio(p.MatchedPred, p.Pred) }

// Recall returns MatchedGold/Gold; ok is false when there is no gold item.
func (p PRF) Recall() (v float64, ok bool) { return ratio(p.MatchedGold, p.Gold) }

// F1 returns the harmonic mean of precision and recall; ok is false when
// there is neither a prediction nor a gold item.
func (p PRF) F1() (v float64, ok bool) {
	if p.Pred == 0 && p.Gold == 0 {
		return 0, false
	}
	pr, _ := p.Precision()
	rc, _ := p.Recall()
	if pr+rc == 0 {
		return 0, true
	}
	return 2 * pr * rc / (pr + rc), true
}

// String formats the figures for a table: "P 0.500 (1/2) R 1.000 (1/1) F1 0.667".
func (p PRF) String() string {
	pr, pok := p.Precision()
	rc, rok := p.Recall()
	f, fok := p.F1()
	return fmt.Sprintf("P %s (%d/%d) R %s (%d/%d) F1 %s",
		fig(pr, pok), p.MatchedPred, p.Pred, fig(rc, rok), p.MatchedGold, p.Gold, fig(f, fok))
}

type prfJSON struct {
	Precision   *float64 `json:"precision"`
	Recall      *float64 `json:"recall"`
	F1          *float64 `json:"f1"`
	MatchedPred int      `json:"matched_predicted"`
	Pred        int      `json:"predicted"`
	MatchedGold int      `json:"matched_gold"`
	Gold        int      `json:"gold"`
}

// MarshalJSON writes the ratios (null when undefined) and the counts.
func (p PRF) MarshalJSON() ([]byte, error) { return json.Marshal(p.fields()) }

func (p PRF) fields() prfJSON {
	return prfJSON{
		Precision: opt(p.Precision()), Recall: opt(p.Recall()), F1: opt(p.F1()),
		MatchedPred: p.MatchedPred, Pred: p.Pred, MatchedGold: p.MatchedGold, Gold: p.Gold,
	}
}

// Acc is an accuracy: Correct out of Total. With Total = 0 it is undefined
// (null in JSON, "-" in tables).
type Acc struct {
	Correct int
	Total   int
}

// Add adds the counts of o to a.
func (a *Acc) Add(o Acc) {
	a.Correct += o.Correct
	a.Total += o.Total
}

// Value returns Correct/Total; ok is false when Total is 0.
func (a Acc) Value() (v float64, ok bool) { return ratio(a.Correct, a.Total) }

// String formats the accuracy for a table: "0.750 (3/4)".
func (a Acc) String() string {
	v, ok := a.Value()
	return fmt.Sprintf("%s (%d/%d)", fig(v, ok), a.Correct, a.Total)
}

type accJSON struct {
	Accuracy *float64 `json:"accuracy"`
	Correct  int      `json:"correct"`
	Total    int      `json:"total"`
}

// MarshalJSON writes the accuracy (null when undefined) and the counts.
func (a Acc) MarshalJSON() ([]byte, error) {
	return json.Marshal(accJSON{Accuracy: opt(a.Value()), Correct: a.Correct, Total: a.Total})
}

func ratio(n, d int) (float64, bool) {
	if d == 0 {
		return 0, false
	}
	return float64(n) / float64(d), true
}

// opt turns an undefined figure into a JSON null and rounds a defined one to
// four decimals, enough for any table and stable across platforms.
func opt(v float64, ok bool) *float64 {
	if !ok {
		return nil
	}
	r := float64(int64(v*10000+0.5)) / 10000
	return &r
}

// fig formats a figure for a table: three decimals, or "-" when undefined.
func fig(v float64, ok bool) string {
	if !ok {
		return "-"
	}
	return fmt.Sprintf("%.3f", v)
}

// marshal is json.Marshal without HTML escaping: reports hold "RUS>PRK",
// which should read as written.
func marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(b.Bytes(), "\n"), nil
}
