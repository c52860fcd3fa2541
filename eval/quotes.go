package eval

import (
	"encoding/json"
	"unicode/utf8"

	"github.com/kronika/kronika/doc"
)

// QuoteScore measures quotations: which were found (PRF) and, of those
// found, how many were attributed to the right speaker.
type QuoteScore struct {
	PRF
	Speaker Acc
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
		for j, g := range gold {
			if used[j] || !QuoteMatch(text, g.TextPrefix) {
				continue
			}
			used[j] = true
			s.MatchedPred++
			s.MatchedGold++
			s.Speaker.Total++
			if speakerRight(g.Speaker, q.Speaker, d) {
				s.Speaker.Correct++
			}
			break
		}
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
