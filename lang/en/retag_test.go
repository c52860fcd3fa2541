package en

import "testing"

// TestPassiveAdjective: an "-ed" word of a verb after "be" and an adverb,
// before the preposition of its cause, is the verb's participle
// (ner_morph.go passiveAdjective); without the preposition, without the
// adverb's "be", or a word that is no verb's "-ed" form, it keeps the
// tagger's reading.
func TestPassiveAdjective(t *testing.T) {
	for _, c := range []struct {
		text, word, lemma, upos string
	}{
		{"The United States is deeply disappointed by the vote.", "disappointed", "disappoint", "VERB"},
		{"Germany is very concerned about the decision.", "concerned", "concern", "VERB"},
		{"Officials were gravely alarmed at the news.", "alarmed", "alarm", "VERB"},
		{"The minister was deeply concerned.", "concerned", "", ""},
		{"The deeply disappointed fans went home.", "disappointed", "", ""},
		{"The village is very isolated from the city.", "isolated", "", ""},
	} {
		d, toks := sentence(c.text)
		Analyzer{}.Analyze(d, toks)
		found := false
		for _, tk := range toks {
			if d.Form(tk.Span) != c.word {
				continue
			}
			found = true
			if c.upos == "" {
				if tk.XPOS == "VBN" && tk.Lemma != c.word {
					t.Errorf("%s: %s read as participle %s", c.text, c.word, tk.Lemma)
				}
				continue
			}
			if tk.Lemma != c.lemma || tk.UPOS != c.upos {
				t.Errorf("%s: %s = %s/%s, want %s/%s", c.text, c.word, tk.Lemma, tk.UPOS, c.lemma, c.upos)
			}
		}
		if !found {
			t.Errorf("%s: no token %q", c.text, c.word)
		}
	}
}

// TestThatAfterVerb: "that" between a verb and a name opens the verb's
// clause (a conjunction, not in the name's noun phrase); before a noun,
// or a day's name, it is no conjunction of a clause.
func TestThatAfterVerb(t *testing.T) {
	for _, c := range []struct {
		text   string
		clause bool
	}{
		{"Russia warned that Ukraine will cut ties with Georgia.", true},
		{"Russia rejected that proposal.", false},
		{"Russia signed that Monday deal.", false},
	} {
		d, toks := sentence(c.text)
		Analyzer{}.Analyze(d, toks)
		for _, tk := range toks {
			if d.Form(tk.Span) == "that" && (tk.UPOS == "SCONJ") != c.clause {
				t.Errorf("%s: that/%s", c.text, tk.UPOS)
			}
		}
	}
}
