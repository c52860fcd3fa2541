package en_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/pipeline"
)

// TestCommaLists: the noun phrases of a list written with commas are
// coordinated with its first; appositions and opening adverbials are not.
func TestCommaLists(t *testing.T) {
	p := pipeline.New()
	p.Until = "phrases"
	for _, tc := range []struct{ text, want string }{
		// the noun phrases, "+" before a coordinated one
		{"Poland, Hungary, Austria and Italy signed the treaty.",
			"Poland +Hungary +Austria +Italy | the treaty"},
		{"Evil Russia, the awful Belarus, and good Georgia welcomed the talks.",
			"Evil Russia +the awful Belarus +good Georgia | the talks"},
		{"The ambassadors of France, Spain and Italy met the president.",
			"The ambassadors | of France +of Spain +of Italy | the president"},
		// the period of an abbreviation is its phrase's own: the list
		// goes on after it; a sentence's last period is not
		{"The U.S. and France criticized the plan.",
			"The U.S. +France | the plan"},
		{"U.S., French and Chinese diplomats met the president.",
			"U.S. +French +Chinese diplomats | the president"},
		{"The plan was backed by the U.K. and the U.S.",
			"The plan | by the U.K. +by the U.S"},
		// a conjunction of several words: "as well as" anywhere, "along
		// with" after a passive agent; after an object "along with" adds
		// a companion and stays a preposition
		{"Kenya as well as Uganda criticized the plan.",
			"Kenya +Uganda | the plan"},
		{"Kenya, Uganda as well as Rwanda criticized the plan.",
			"Kenya +Uganda +Rwanda | the plan"},
		{"The plan was backed by Kenya, as well as by Uganda.",
			"The plan | by Kenya +by Uganda"},
		{"The plan was backed by Kenya along with Uganda.",
			"The plan | by Kenya +by Uganda"},
		{"The plan was backed by Kenya alongside Uganda.",
			"The plan | by Kenya +by Uganda"},
		{"Kenya signed the pact along with Uganda.",
			"Kenya | the pact | with Uganda"},
		// an apposition: no conjunction closes the run
		{"Poland signed a deal with Hungary, its biggest trading partner, on Monday.",
			"Poland | a deal | with Hungary | its biggest trading partner | on Monday"},
		// names alone, three or more, without a conjunction: a list
		{"Poland, Hungary, Austria condemned the attack.",
			"Poland +Hungary +Austria | the attack"},
		{"The attack was condemned by Poland, Hungary, Austria on Monday.",
			"The attack | by Poland +by Hungary +by Austria | on Monday"},
		{"Poland condemned Hungary, Austria, Slovakia on Monday.",
			"Poland | Hungary +Austria +Slovakia | on Monday"},
		// … but not two names (a place and its country), a name and a
		// description, a parenthetical, or a run a comma closes
		{"Officials met in Lyon, France on Monday.",
			"Officials | in Lyon | France | on Monday"},
		{"Jan Kowalski, Poland's foreign minister, condemned the attack.",
			"Jan Kowalski | Poland's foreign minister | the attack"},
		{"Poland, he said, condemned the attack.",
			"Poland | he | the attack"},
		{"Poland, Hungary, Austria, the bloc's members, condemned the attack.",
			"Poland | Hungary | Austria | the bloc's members | the attack"},
		// an opening adverbial
		{"In Paris, France and Germany signed a deal.",
			"in Paris | France +Germany | a deal"},
		{"With the signing of the accord, the government and the rebels agreed.",
			"with the signing | of the accord | the government +the rebels"},
		// a preposition that opens a clause: its noun is a subject
		{"Poland restored ties five years after crowds trashed its embassy.",
			"Poland | ties five years | crowds | its embassy"},
		{"Poland restored ties after the war.",
			"Poland | ties | after the war"},
	} {
		d := &doc.Document{Text: tc.text, Lang: "en", Date: "2024-05-10"}
		if err := p.Process(d); err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		prev := -1
		for _, ph := range d.Phrases {
			if ph.Kind != doc.NounPhrase {
				continue
			}
			if prev >= 0 {
				if ph.Coordinated {
					b.WriteString(" +")
				} else {
					b.WriteString(" | ")
				}
			}
			if ph.Prep != "" && !strings.EqualFold(d.Form(d.Tokens[ph.First].Span), ph.Prep) {
				b.WriteString(ph.Prep + " ")
			}
			b.WriteString(d.Text[d.Tokens[ph.First].Start:d.Tokens[ph.End-1].End])
			prev = ph.End
		}
		if got := b.String(); got != tc.want {
			t.Errorf("%s\n  got  %q\n  want %q", tc.text, got, tc.want)
		}
	}
}

// TestAdverbPair: two adverbs joined by "and" stay inside their verb
// group, which keeps its passive.
func TestAdverbPair(t *testing.T) {
	p := pipeline.New()
	p.Until = "phrases"
	d := &doc.Document{Text: "The minister was heavily and unjustly criticized by the press.", Lang: "en", Date: "2024-05-10"}
	if err := p.Process(d); err != nil {
		t.Fatal(err)
	}
	var vgs []string
	for _, ph := range d.Phrases {
		if ph.Kind == doc.VerbGroup {
			vgs = append(vgs, d.Text[d.Tokens[ph.First].Start:d.Tokens[ph.End-1].End]+" passive="+strconv.FormatBool(ph.Passive))
		}
	}
	if got := strings.Join(vgs, "; "); got != "was heavily and unjustly criticized passive=true" {
		t.Errorf("verb groups %q", got)
	}
}
