package eval

import (
	"encoding/json"

	"github.com/kronika/kronika/doc"
)

// EntityScore measures how many gold entities the pipeline found and how
// many of those it typed right. Gold entity lists name what an article is
// about, not every name in it, so there is no precision: Pred only shows how
// many entities were predicted.
type EntityScore struct {
	Found   Acc // gold entities found, out of all gold entities (recall)
	TypeAcc Acc // found entities whose predicted type is the gold type
	Pred    int // predicted entities
}

// Add adds the counts of o to s.
func (s *EntityScore) Add(o EntityScore) {
	s.Found.Add(o.Found)
	s.TypeAcc.Add(o.TypeAcc)
	s.Pred += o.Pred
}

// MarshalJSON writes recall and type accuracy (null when undefined) with
// their counts.
func (s EntityScore) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Recall       *float64 `json:"recall"`
		Found        int      `json:"found"`
		Gold         int      `json:"gold"`
		Predicted    int      `json:"predicted"`
		TypeAccuracy *float64 `json:"type_accuracy"`
		TypeCorrect  int      `json:"type_correct"`
	}{opt(s.Found.Value()), s.Found.Correct, s.Found.Total, s.Pred, opt(s.TypeAcc.Value()), s.TypeAcc.Correct})
}

// ScoreEntities finds each gold entity among the predicted ones. A gold
// entity is found by the first predicted entity whose canonical name equals
// the gold canonical name; failing that, by the first whose name, or the
// lemma of one of whose mentions, equals the gold name. Names compare after
// foldName (case and spacing ignored, diacritics kept). One predicted entity
// may find several gold entities: gold lists spelling variants ("Kürecik",
// "Kurecik") of one entity as separate lines.
func ScoreEntities(gold []GoldEntity, pred []doc.Entity) EntityScore {
	s := EntityScore{Pred: len(pred)}
	for _, g := range gold {
		s.Found.Total++
		i := findEntity(g, pred)
		if i < 0 {
			continue
		}
		s.Found.Correct++
		s.TypeAcc.Total++
		if pred[i].Type == g.Type {
			s.TypeAcc.Correct++
		}
	}
	return s
}

func findEntity(g GoldEntity, pred []doc.Entity) int {
	if c := foldName(g.Canonical); c != "" {
		for i, p := range pred {
			if foldName(p.Canonical) == c {
				return i
			}
		}
	}
	n := foldName(g.Name)
	if n == "" {
		return -1
	}
	for i, p := range pred {
		if foldName(p.Name) == n {
			return i
		}
		for _, m := range p.Mentions {
			if foldName(m.Lemma) == n {
				return i
			}
		}
	}
	return -1
}
