package en

import (
	"slices"
	"testing"
)

// TestGerunds: the -ing spellings of verbs, as the tagger meets them in
// nouns ("the jailing of").
func TestGerunds(t *testing.T) {
	cases := []struct {
		verb string
		want []string
	}{
		{"jail", []string{"jailing"}},
		{"seize", []string{"seizing"}},
		{"vie", []string{"vying"}},
		{"agree", []string{"agreeing"}},
		{"expel", []string{"expel" + "ing", "expelling"}},
		{"sanction", []string{"sanctioning"}},
		{"ban", []string{"baning", "banning"}},
		{"storm", []string{"storming"}},
		{"go", nil},
	}
	for _, c := range cases {
		if got := gerunds(c.verb); !slices.Equal(got, c.want) {
			t.Errorf("gerunds(%q) = %q, want %q", c.verb, got, c.want)
		}
	}
}

// TestWithGerunds: the English lexicon holds a noun entry for the gerund
// of a verb that acts on its object, with the verb's type and code and a
// nominal frame; not for a weak verb, nor for a gerund listed as a noun of
// its own.
func TestWithGerunds(t *testing.T) {
	x := New().Events
	find := func(head, pos string) []int {
		var out []int
		for _, i := range x.Triggers(head) {
			if x.Entries[i].POS == pos {
				out = append(out, i)
			}
		}
		return out
	}
	for _, c := range []struct{ gerund, verb, typ string }{
		{"jailing", "jail", "COERCE"}, {"sanctioning", "sanction", "SANCTION"},
		{"storming", "storm", "ASSAULT"}, {"beheading", "behead", "ASSAULT"},
	} {
		idx := find(c.gerund, "noun")
		if len(idx) == 0 || len(find(c.verb, "verb")) == 0 {
			t.Errorf("no noun entry for %q or no verb %q", c.gerund, c.verb)
			continue
		}
		e := x.Entries[idx[0]]
		if e.Type != c.typ || len(e.Target) != 1 || e.Target[0].Prep != "of" || len(e.Source) != 3 {
			t.Errorf("%q: %s %v → %v", c.gerund, e.Type, e.Source, e.Target)
		}
	}
	// "killing" is a noun of the lexicon's own: one entry, not a second
	if n := len(find("killing", "noun")); n != 1 {
		t.Errorf("killing: %d noun entries, want the lexicon's one", n)
	}
	// "help" is weak: no "helping"
	if n := len(find("helping", "noun")); n != 0 {
		t.Errorf("helping: %d noun entries, want none", n)
	}
	if x.Cues["not"] == 0 || len(x.Sectors) == 0 || x.Subject.Pos != "subj" {
		t.Error("the lexicon with gerunds lost the cues, sectors or slots")
	}
}
