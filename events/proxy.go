package events

import (
	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
)

// speaksFor reports whether noun phrase q, right after noun phrase p,
// names the party p's head speaks for: p's head is a "proxy" cue (a
// spokesman, a spokeswoman) and q's preposition one too ("for"), so "a
// spokesman for the Afghan government" is the government's and "a
// spokeswoman for President Ghani" Ghani's, as "a spokesman of" is. The
// preposition names that party only after such a noun: "aid for
// Ukraine", "the envoy for Syria" (often another state's) do not.
func (c *coder) speaksFor(p, q *doc.Phrase) bool {
	if q.Prep == "" || c.cue(q.Prep)&lang.CueProxy == 0 {
		return false
	}
	return c.cue(c.d.Tokens[p.Head].Lemma)&lang.CueProxy != 0
}
