package eval

import (
	"github.com/kronika/kronika/doc"
)

// EventScore compares predicted events with gold events three ways:
//
//   - Full: PLOVER type, source country and target country agree (either
//     order when the gold event is symmetric) — the figure quoted as
//     "event F1";
//   - TypeOnly: the PLOVER type agrees, whoever the participants are;
//   - DyadOnly: the countries agree (either order when symmetric), whatever
//     the type.
//
// In each, recall counts required gold events only, and precision counts all
// predicted events, a prediction being correct when it matches any gold
// event, required or optional. Matching is one-to-one and greedy (see
// matchEvents): two predictions of one gold event make one correct and one
// spurious, as the same act reported twice is one event.
type EventScore struct {
	Full     PRF `json:"full"`
	TypeOnly PRF `json:"type_only"`
	DyadOnly PRF `json:"dyad_only"`
	// Conf50 and Conf80 are Full counted over the predictions with a
	// confidence of at least 0.5 and 0.8 (recall counts what those match).
	Conf50 PRF `json:"confidence_0_5"`
	Conf80 PRF `json:"confidence_0_8"`
	// Missed lists the required gold events no prediction matched, and
	// Spurious the predictions that matched no gold event ("TYPE SRC>TGT";
	// "-" for no country). Filled per document, not in the overall figures.
	Missed   []string `json:"missed,omitempty"`
	Spurious []string `json:"spurious,omitempty"`
	// Retyped pairs a spurious prediction with a gold event of the same
	// dyad that no prediction matched and whose type differs ("ACCUSE
	// PAK>PAK, gold COERCE PAK>PAK"): the right participants with the wrong
	// type. Each gold event is paired once, a required one first. Not kept
	// for held-out documents (DropHeldOut).
	Retyped []string `json:"retyped,omitempty"`
}

// DropHeldOut forgets the type confusions (Retyped) of a held-out
// document: they name its gold events, which are scored, never shown.
func (s *EventScore) DropHeldOut() {
	s.Retyped = nil
}

// Add adds the counts of o to s (not the lists).
func (s *EventScore) Add(o EventScore) {
	s.Full.Add(o.Full)
	s.TypeOnly.Add(o.TypeOnly)
	s.DyadOnly.Add(o.DyadOnly)
	s.Conf50.Add(o.Conf50)
	s.Conf80.Add(o.Conf80)
}

// ScoreEvents scores the predicted events of one document against its gold
// events. pairs[i] is the index of the gold event matched (fully) by
// pred[i], or -1.
func ScoreEvents(gold []GoldEvent, pred []doc.Event) (s EventScore, pairs []int) {
	var goldHit []bool
	s.Full, pairs, goldHit = matchEvents(gold, pred, func(g GoldEvent, p doc.Event) bool {
		return g.Type == p.Type && dyadMatch(g, p)
	})
	s.TypeOnly, _, _ = matchEvents(gold, pred, func(g GoldEvent, p doc.Event) bool {
		return g.Type == p.Type
	})
	s.DyadOnly, _, _ = matchEvents(gold, pred, dyadMatch)
	full := func(g GoldEvent, p doc.Event) bool { return g.Type == p.Type && dyadMatch(g, p) }
	s.Conf50, _, _ = matchEvents(gold, atConfidence(pred, 0.5), full)
	s.Conf80, _, _ = matchEvents(gold, atConfidence(pred, 0.8), full)
	for i, g := range gold {
		if g.Required && !goldHit[i] {
			s.Missed = append(s.Missed, describeGold(g))
		}
	}
	for i, p := range pred {
		if pairs[i] < 0 {
			s.Spurious = append(s.Spurious, describePred(p))
		}
	}
	s.Retyped = retyped(gold, pred, pairs, goldHit)
	return s, pairs
}

// retyped lists the spurious predictions (pairs[i] < 0) whose dyad matches
// a gold event left unmatched (goldHit false) of another type, each gold
// event taken once, a required one before an optional one.
func retyped(gold []GoldEvent, pred []doc.Event, pairs []int, goldHit []bool) []string {
	var out []string
	used := make([]bool, len(gold))
	for i, p := range pred {
		if pairs[i] >= 0 {
			continue
		}
		best := -1
		for j, g := range gold {
			if goldHit[j] || used[j] || g.Type == p.Type || !dyadMatch(g, p) {
				continue
			}
			if best < 0 || g.Required && !gold[best].Required {
				best = j
			}
		}
		if best >= 0 {
			used[best] = true
			out = append(out, describePred(p)+", gold "+describeGold(gold[best]))
		}
	}
	return out
}

// dyadMatch reports whether the countries of g and p agree, in either
// order when g is symmetric.
func dyadMatch(g GoldEvent, p doc.Event) bool {
	ps, pt := country(p.Source), country(p.Target)
	return g.SourceCountry == ps && g.TargetCountry == pt ||
		g.Symmetric && g.SourceCountry == pt && g.TargetCountry == ps
}

func country(p *doc.Participant) string {
	if p == nil {
		return ""
	}
	return p.Country
}

// matchEvents pairs predictions with gold events, one to one. Predictions
// are taken in document order; each takes the best gold event still free
// among those it matches: a required one before an optional one (so that an
// optional duplicate never steals the match recall needs), then a directed
// one before a symmetric one (a symmetric gold event accepts either
// direction, so it is kept free for a reversed prediction), then the first
// in the file. Greedy matching can miss the largest pairing in
// contrived cases; with these preferences it finds it on real articles, and it
// is simple to predict by hand.
func matchEvents(gold []GoldEvent, pred []doc.Event, match func(GoldEvent, doc.Event) bool) (s PRF, pairs []int, goldHit []bool) {
	goldHit = make([]bool, len(gold))
	pairs = make([]int, len(pred))
	for _, g := range gold {
		if g.Required {
			s.Gold++
		}
	}
	s.Pred = len(pred)
	for i, p := range pred {
		best, bestRank := -1, 99
		for j, g := range gold {
			if goldHit[j] {
				continue
			}
			if !match(g, p) {
				continue
			}
			rank := 0
			if !g.Required {
				rank += 2
			}
			if g.Symmetric {
				rank++
			}
			if rank < bestRank {
				best, bestRank = j, rank
			}
		}
		pairs[i] = best
		if best >= 0 {
			goldHit[best] = true
			s.MatchedPred++
			if gold[best].Required {
				s.MatchedGold++
			}
		}
	}
	return s, pairs, goldHit
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func describeGold(g GoldEvent) string {
	sep := ">"
	if g.Symmetric {
		sep = "<>"
	}
	return g.Type + " " + orDash(g.SourceCountry) + sep + orDash(g.TargetCountry)
}

func describePred(p doc.Event) string {
	return orDash(p.Type) + " " + orDash(country(p.Source)) + ">" + orDash(country(p.Target))
}

// atConfidence returns the predictions with a confidence of at least min.
func atConfidence(pred []doc.Event, min float64) []doc.Event {
	var out []doc.Event
	for _, p := range pred {
		if p.Confidence >= min {
			out = append(out, p)
		}
	}
	return out
}
