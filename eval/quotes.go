package eval

import (
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/kronika/kronika/doc"
)

// QuoteScore measures quotations: which were found (PRF) and, of those
// found, how many were attributed to the right speaker.
type QuoteScore struct {
	PRF
	Speaker Acc
	// Missed lists the gold quotations no prediction matched
	// ("speaker: prefix"), Spurious the predictions that matched none and
	// WrongSpeaker the matched pairs with another speaker ("gold ≠
	// predicted: prefix"), for --details. They are kept on the tuning and
	// dev splits only (DropHeldOut): held-out gold is scored, never read.
	Missed       []string `json:"-"`
	Spurious     []string `json:"-"`
	WrongSpeaker []string `json:"-"`
}

// Add adds the counts of o to s.
func (s *QuoteScore) Add(o QuoteScore) {
	s.PRF.Add(o.PRF)
	s.Speaker.Add(o.Speaker)
}

// MarshalJSON writes the PRF figures and the speaker accuracy.
func (s QuoteScore) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		prfJSON
		SpeakerAccuracy *float64 `json:"speaker_accuracy"`
		SpeakerCorrect  int      `json:"speaker_correct"`
	}{s.PRF.fields(), opt(s.Speaker.Value()), s.Speaker.Correct})
}

// QuoteMatch reports whether a predicted quotation matches a gold text
// prefix. Both are compared after foldQuote (quotation marks, spacing, case
// and end punctuation ignored). The prediction matches when its text starts
// with the gold prefix; or, for a quotation shorter than the prefix (the
// annotator copied all of a short quote), when the prefix starts with the
// predicted text and that text is at least half as long as the prefix, so
// that a quote cut a word short still counts and a stray fragment does not.
func QuoteMatch(predText, goldPrefix string) bool {
	p, g := foldQuote(predText), foldQuote(goldPrefix)
	if g == "" || p == "" {
		return false
	}
	if len(p) >= len(g) {
		return p[:len(g)] == g
	}
	return g[:len(p)] == p && 2*utf8.RuneCountInString(p) >= utf8.RuneCountInString(g)
}

// ScoreQuotes matches predicted quotations of d with gold quotations one to
// one, greedily in document order (each prediction takes the first free gold
// quote it matches). Precision counts all predictions, recall all gold
// quotes. The speaker of a matched pair is right when the gold speaker
// equals (after foldName) the canonical name or the name of the predicted
// speaker's entity, or the speaker's text; a null gold speaker is right only
// when the prediction names no speaker.
func ScoreQuotes(gold []GoldQuote, d *doc.Document) QuoteScore {
	s := QuoteScore{PRF: PRF{Pred: len(d.Quotes), Gold: len(gold)}}
	used := make([]bool, len(gold))
	for _, q := range d.Quotes {
		text := quoteText(d, q)
		matched := false
		for j, g := range gold {
			if used[j] || !QuoteMatch(text, g.TextPrefix) {
				continue
			}
			used[j], matched = true, true
			s.MatchedPred++
			s.MatchedGold++
			s.Speaker.Total++
			if speakerRight(g.Speaker, q.Speaker, d) {
				s.Speaker.Correct++
			} else {
				s.WrongSpeaker = append(s.WrongSpeaker, fmt.Sprintf("%q ≠ %q: %s", g.Speaker, predSpeaker(q.Speaker, d), short(text)))
			}
			break
		}
		if !matched {
			s.Spurious = append(s.Spurious, fmt.Sprintf("%q: %s", predSpeaker(q.Speaker, d), short(text)))
		}
	}
	for j, g := range gold {
		if !used[j] {
			s.Missed = append(s.Missed, fmt.Sprintf("%q: %s", g.Speaker, short(g.TextPrefix)))
		}
	}
	return s
}

// DropHeldOut forgets the quotation details (Missed, Spurious,
// WrongSpeaker), as a held-out document's are never shown.
func (s *QuoteScore) DropHeldOut() {
	s.Missed, s.Spurious, s.WrongSpeaker = nil, nil, nil
}

// predSpeaker names a predicted speaker for --details: its text, and the
// canonical name of its entity when that differs.
func predSpeaker(sp doc.Speaker, d *doc.Document) string {
	name := sp.Text
	for _, e := range d.Entities {
		if e.ID == sp.Entity && sp.Entity != "" {
			if c := e.Canonical; c != "" && foldName(c) != foldName(name) {
				name += " = " + c
			}
			break
		}
	}
	return name
}

// short gives a quotation's first 60 characters on one line.
func short(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) > 60 {
		r := []rune(s)
		s = string(r[:60]) + "…"
	}
	return s
}

func quoteText(d *doc.Document, q doc.Quote) string {
	if q.Start < 0 || q.End > len(d.Text) || q.Start > q.End {
		return ""
	}
	return d.Text[q.Start:q.End]
}

func speakerRight(gold string, sp doc.Speaker, d *doc.Document) bool {
	g := foldName(gold)
	if g == "" {
		return sp.Entity == "" && foldName(sp.Text) == ""
	}
	if foldName(sp.Text) == g {
		return true
	}
	if sp.Entity == "" {
		return false
	}
	for _, e := range d.Entities {
		if e.ID == sp.Entity {
			return foldName(e.Canonical) == g || foldName(e.Name) == g
		}
	}
	return false
}
