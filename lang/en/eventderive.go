package en

import (
	"slices"
	"strings"

	"github.com/kronika/kronika/lang"
)

// withGerunds returns the trigger lexicon x with a noun entry for the
// gerund of each one-word verb trigger that acts on its object ("the
// sanctioning of Serbian officials by the United States", "the jailing
// of activists", "the storming of the parliament by protesters"): the
// tagger reads such a gerund as a noun whose lemma is itself, which no
// verb entry matches. The gerund codes the verb's event with the frame of
// a nominalisation: the verb's object is the phrase after "of", its
// subject the possessive, the "by" phrase or the nationality adjective.
// Verbs marked weak, and gerunds the lexicon lists as nouns of their own
// ("killing", "meeting", "bombing"), are left as they are. x itself is not
// changed.
func withGerunds(x *lang.EventLexicon) *lang.EventLexicon {
	if x == nil {
		return nil
	}
	nouns := map[string]bool{}
	for i := range x.Entries {
		if e := &x.Entries[i]; e.POS == "noun" {
			nouns[e.Words[0]] = true
		}
	}
	source := []lang.Slot{{Pos: "poss"}, {Prep: "by"}, {Pos: "adj"}}
	target := []lang.Slot{{Prep: "of"}}
	var add []lang.EventEntry
	seen := map[string]bool{}
	for i := range x.Entries {
		e := &x.Entries[i]
		if e.POS != "verb" || len(e.Words) != 1 || e.Flags&lang.Weak != 0 || e.Sequence != nil ||
			!slices.Contains(e.Target, lang.Slot{Pos: "obj"}) {
			continue
		}
		for _, g := range gerunds(e.Words[0]) {
			key := g + "\t" + e.Type + "\t" + e.CAMEO
			if nouns[g] || seen[key] {
				continue
			}
			seen[key] = true
			d := *e
			d.Words, d.POS = []string{g}, "noun"
			d.Source, d.Target = source, target
			add = append(add, d)
		}
	}
	if len(add) == 0 {
		return x
	}
	y := lang.NewEventLexicon(append(slices.Clone(x.Entries), add...))
	y.Subject, y.Object, y.Agent = x.Subject, x.Object, x.Agent
	y.Cues, y.Sectors, y.Actors = x.Cues, x.Sectors, x.Actors
	y.Rules = x.Rules
	return y
}

// gerunds returns the spellings of the -ing form of verb v: "e" dropped
// ("seizing"), "ie" as "y" ("vying"), and after a single vowel and
// consonant both the plain and the doubled spelling, as stress decides
// and the lexicon does not say ("expelling", "sanctioning"; the one the
// language lacks never meets a text).
func gerunds(v string) []string {
	n := len(v)
	switch {
	case n < 3:
		return nil
	case strings.HasSuffix(v, "ie"):
		return []string{v[:n-2] + "ying"}
	case strings.HasSuffix(v, "ee") || strings.HasSuffix(v, "ye") || strings.HasSuffix(v, "oe"):
		return []string{v + "ing"}
	case v[n-1] == 'e':
		return []string{v[:n-1] + "ing"}
	case isVowel(v[n-2]) && !isVowel(v[n-3]) && strings.IndexByte("bdglmnprt", v[n-1]) >= 0:
		return []string{v + "ing", v + v[n-1:] + "ing"}
	}
	return []string{v + "ing"}
}
