package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/kronika/kronika/lang"
	"github.com/kronika/kronika/ner"
)

// NER evaluation on an IOB corpus with gold tokenization (the KPWr test
// file): every sentence is analysed by the language's morphology and
// recognizer, as in the pipeline, and the names are scored per type and
// overall, exact (same tokens and type) and by overlap (same type, at least
// one token in common; one to one, greedy in order). The PolEval 2018 final
// score is 0.8·overlap F1 + 0.2·exact F1.

// NERKPWrType maps a KPWr fine named-entity label (without B-/I-) to a
// Kronika entity type, or "" for the names Kronika has no type for
// (numbers, currencies, gods, animals, "other").
func NERKPWrType(label string) string {
	switch {
	case label == "nam_liv_person":
		return "PERSON"
	case label == "nam_org_nation", label == "nam_liv_habitant", strings.HasPrefix(label, "nam_adj_country"),
		label == "nam_adj", label == "nam_adj_city":
		return "NORP"
	case strings.HasPrefix(label, "nam_org"):
		return "ORG"
	case strings.HasPrefix(label, "nam_loc_gpe"):
		return "GPE"
	case strings.HasPrefix(label, "nam_loc"), strings.HasPrefix(label, "nam_fac"):
		return "LOC"
	case strings.HasPrefix(label, "nam_eve"):
		return "EVENT"
	case strings.HasPrefix(label, "nam_pro"):
		return "PRODUCT"
	}
	return ""
}

// NERReport holds the figures of one NER evaluation.
type NERReport struct {
	Corpus    string
	Sentences int
	Tokens    int
	Exact     map[string]*PRF // per type, and "ALL"
	Overlap   map[string]*PRF
	Seconds   float64 // analysis and recognition time
}

// NERAll is the key of the overall figures in NERReport.
const NERAll = "ALL"

// PolEval returns the PolEval 2018 final score over the types in keep (all
// gold types when keep is empty): 0.8·overlap F1 + 0.2·exact F1.
func (r *NERReport) PolEval(keep ...string) float64 {
	e, o := r.sum(r.Exact, keep), r.sum(r.Overlap, keep)
	ef, _ := e.F1()
	of, _ := o.F1()
	return 0.8*of + 0.2*ef
}

func (r *NERReport) sum(m map[string]*PRF, keep []string) PRF {
	if len(keep) == 0 {
		return *m[NERAll]
	}
	var s PRF
	for _, t := range keep {
		if p := m[t]; p != nil {
			s.Add(*p)
		}
	}
	return s
}

// NERModelTypes are the types the Polish model and its demonym rule
// produce; EVENT and PRODUCT come only from a short hand-written list and
// two word rules, so the PolEval score is also given without them.
var NERModelTypes = []string{"PERSON", "ORG", "GPE", "LOC", "NORP"}

// NERScoreIOB scores the language's recognizer on the documents of an IOB
// corpus whose span types are already Kronika's.
func NERScoreIOB(docs []ner.IOBDoc, l *lang.Language) *NERReport {
	r := &NERReport{Exact: map[string]*PRF{NERAll: {}}, Overlap: map[string]*PRF{NERAll: {}}}
	get := func(m map[string]*PRF, t string) *PRF {
		if m[t] == nil {
			m[t] = &PRF{}
		}
		return m[t]
	}
	start := time.Now()
	for _, dd := range docs {
		for i := range dd.Sentences {
			s := &dd.Sentences[i]
			d := s.Document()
			r.Sentences++
			r.Tokens += len(d.Tokens)
			if l.Morph != nil {
				l.Morph.Analyze(d, d.Tokens)
			}
			var pred []ner.Span
			if l.NER != nil {
				for _, p := range l.NER.Recognize(d, d.Tokens) {
					pred = append(pred, ner.Span{Start: p.Start, End: p.End, Type: p.Type})
				}
			}
			for _, mode := range []struct {
				m     map[string]*PRF
				match func(g, p ner.Span) bool
			}{
				{r.Exact, func(g, p ner.Span) bool { return g == p }},
				{r.Overlap, func(g, p ner.Span) bool { return g.Type == p.Type && g.Start < p.End && p.Start < g.End }},
			} {
				used := make([]bool, len(pred))
				for _, g := range s.Spans {
					pg := get(mode.m, g.Type)
					pg.Gold++
					mode.m[NERAll].Gold++
					for k, p := range pred {
						if !used[k] && mode.match(g, p) {
							used[k] = true
							pg.MatchedGold++
							mode.m[NERAll].MatchedGold++
							break
						}
					}
				}
				for k, p := range pred {
					pp := get(mode.m, p.Type)
					pp.Pred++
					mode.m[NERAll].Pred++
					if used[k] {
						pp.MatchedPred++
						mode.m[NERAll].MatchedPred++
					}
				}
			}
		}
	}
	r.Seconds = time.Since(start).Seconds()
	return r
}

// NEREvaluateKPWr reads the KPWr NER test file (82 fine types, mapped by
// NERKPWrType) and scores the language's recognizer on it.
func NEREvaluateKPWr(path string, l *lang.Language) (*NERReport, error) {
	docs, err := ner.ReadIOBFile(path, NERKPWrType)
	if err != nil {
		return nil, err
	}
	r := NERScoreIOB(docs, l)
	r.Corpus = path
	return r, nil
}

func (r *NERReport) types() []string {
	var ts []string
	for t := range r.Exact {
		if t != NERAll {
			ts = append(ts, t)
		}
	}
	for t := range r.Overlap {
		if r.Exact[t] == nil && t != NERAll {
			ts = append(ts, t)
		}
	}
	sort.Strings(ts)
	return append(ts, NERAll)
}

// WriteTable prints the figures per type.
func (r *NERReport) WriteTable(w io.Writer) error {
	fmt.Fprintf(w, "%s: %d sentences, %d tokens, %.0f tokens/s (morphology and recognition)\n",
		r.Corpus, r.Sentences, r.Tokens, float64(r.Tokens)/max(r.Seconds, 1e-9))
	fmt.Fprintf(w, "%-8s  %-44s  %s\n", "TYPE", "EXACT", "OVERLAP")
	for _, t := range r.types() {
		e, o := r.Exact[t], r.Overlap[t]
		if e == nil {
			e = &PRF{}
		}
		if o == nil {
			o = &PRF{}
		}
		fmt.Fprintf(w, "%-8s  %-44s  %s\n", t, e.String(), o.String())
	}
	fmt.Fprintf(w, "PolEval final score (0.8·overlap F1 + 0.2·exact F1): all types %.3f; %s only %.3f\n",
		r.PolEval(), strings.Join(NERModelTypes, "/"), r.PolEval(NERModelTypes...))
	return nil
}

// MarshalJSON writes the figures with the PolEval scores.
func (r *NERReport) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Schema          string          `json:"schema"`
		Corpus          string          `json:"corpus"`
		Sentences       int             `json:"sentences"`
		Tokens          int             `json:"tokens"`
		TokensPerSecond float64         `json:"tokens_per_second"`
		Exact           map[string]*PRF `json:"exact"`
		Overlap         map[string]*PRF `json:"overlap"`
		PolEval         float64         `json:"poleval"`
		PolEvalModel    float64         `json:"poleval_model_types"`
	}{"kronika-eval-ner/1", r.Corpus, r.Sentences, r.Tokens, float64(r.Tokens) / max(r.Seconds, 1e-9), r.Exact, r.Overlap,
		r.PolEval(), r.PolEval(NERModelTypes...)})
}
