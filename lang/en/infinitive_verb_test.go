package en

import "testing"

// wantTag analyses text as one sentence and checks that each token whose
// form is word (there must be one) has tag xpos and, unless lemma is "",
// that lemma.
func wantTag(t *testing.T, text, word, xpos, lemma string) {
	t.Helper()
	d, toks := sentence(text)
	Analyzer{}.Analyze(d, toks)
	found := false
	for _, tk := range toks {
		if d.Form(tk.Span) != word {
			continue
		}
		found = true
		if tk.XPOS != xpos || lemma != "" && tk.Lemma != lemma {
			t.Errorf("%s: %s = %s/%s, want %s/%s", text, word, tk.XPOS, tk.Lemma, xpos, lemma)
		}
	}
	if !found {
		t.Errorf("%s: no token %q", text, word)
	}
}

// TestNameVerbTo: a plural noun after a name and before "to" and a base
// verb is the clause's finite verb when no finite verb follows
// (infinitive_verb.go); after a possessive or a common noun, or with a
// finite verb later, it stays a noun.
func TestNameVerbTo(t *testing.T) {
	for _, c := range []struct {
		text, word, xpos, lemma string
	}{
		{"A senior official said Turkey needs to return the S-400.", "needs", "VBZ", "need"},
		{"Officials said Russia plans to attack Kyiv.", "plans", "VBZ", "plan"},
		{"Analysts said Iran seeks to expand its influence.", "seeks", "VBZ", "seek"},
		{"Russia's plans to attack Kyiv were foiled.", "plans", "NNS", "plan"},
		{"He said the peace talks to end the war would resume.", "talks", "NNS", "talk"},
		{"Officials said Ukraine talks to end the war began Monday.", "talks", "NNS", "talk"},
	} {
		wantTag(t, c.text, c.word, c.xpos, c.lemma)
	}
}

// TestCommonSubjectVerb: in a sentence without a finite verb, an "-ed"
// word after a common noun (and adverbs) is the finite past verb
// (infinitive_verb.go, commonSubjectVerb); before "by" it stays a
// participle.
func TestCommonSubjectVerb(t *testing.T) {
	for _, c := range []struct {
		text, word, xpos string
	}{
		{"The junta imposed martial law on six townships in Yangon", "imposed", "VBD"},
		{"Nine rights groups this week called for his immediate release", "called", "VBD"},
		{"A ceasefire brokered by Egypt", "brokered", "VBN"},
	} {
		wantTag(t, c.text, c.word, c.xpos, "")
	}
}

// TestCommonSubjectPresent: in a sentence without a finite verb, a plural
// noun whose stem is a verb, after a noun and before a determiner, a
// preposition or an adverb, is the finite present verb
// (infinitive_verb.go, commonSubjectPresent).
func TestCommonSubjectPresent(t *testing.T) {
	for _, c := range []struct {
		text, word, xpos string
	}{
		{"The base also reportedly houses nuclear weapons", "houses", "VBZ"},
		{"Pakistani military rescues nearly 200 passengers", "rescues", "VBZ"},
		{"The base has three houses near the river", "houses", "NNS"},
	} {
		wantTag(t, c.text, c.word, c.xpos, "")
	}
}

// TestInitialPlural: the capitalised plural of a common noun that opens a
// sentence before its finite verb is that noun, not a name
// (infinitive_verb.go, initialPlural); a people's word and a word before
// no verb keep the tagger's reading.
func TestInitialPlural(t *testing.T) {
	for _, c := range []struct {
		text, word, xpos, lemma string
	}{
		{"Troops killed 20 militants in northern Mali", "Troops", "NNS", "troop"},
		{"Rebels attacked a village in northern Mali", "Rebels", "NNS", "rebel"},
		{"Americans voted on Tuesday", "Americans", "", ""},
	} {
		d, toks := sentence(c.text)
		Analyzer{}.Analyze(d, toks)
		tk := toks[0]
		if d.Form(tk.Span) != c.word {
			t.Fatalf("%s: first token %q", c.text, d.Form(tk.Span))
		}
		if c.xpos == "" {
			if tk.XPOS == "NNS" && tk.Lemma != c.word {
				t.Errorf("%s: %s read as the noun %s", c.text, c.word, tk.Lemma)
			}
			continue
		}
		if tk.XPOS != c.xpos || tk.Lemma != c.lemma {
			t.Errorf("%s: %s = %s/%s, want %s/%s", c.text, c.word, tk.XPOS, tk.Lemma, c.xpos, c.lemma)
		}
	}
}
