package events_test

import (
	"strings"
	"testing"

	"github.com/kronika/kronika/pipeline"
)

// TestModalityCueWord: the cue word the trace gives for an act's modality
// is a word of that modality, not another cue met on the way back to the
// clause's start (a copula, a preposition, a pronoun).
func TestModalityCueWord(t *testing.T) {
	cases := []struct{ text, want string }{
		// "będzie" is a copula cue, "nie" the negation
		{"Polska nie będzie przedłużać umowy z Rosją.", `modality negated: cue "nie"`},
		// "z" an origin cue
		{"Rosja nie z nami zaatakowała Ukrainę.", `modality negated: cue "nie"`},
	}
	p := pipeline.New()
	for _, tc := range cases {
		d := code(t, p, "pl", " date 2024-07-10\n"+tc.text+"\n")
		if len(d.Events) == 0 {
			t.Errorf("%q: no event", tc.text)
			continue
		}
		ex := strings.Join(d.Events[0].Explain, "\n")
		if !strings.Contains(ex, tc.want) {
			t.Errorf("%q: explain lacks %s:\n%s", tc.text, tc.want, ex)
		}
	}
}
