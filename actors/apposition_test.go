package actors_test

import (
	"testing"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/pipeline"
)

// TestApposition: an unknown person's description after a comma gives
// a country and role when it names a state; a body named there is no
// state's, and a clause or a list after the comma is no description.
// want "" means no actor.
func TestApposition(t *testing.T) {
	p := pipeline.New()
	for _, tc := range []struct{ text, form, want string }{
		{"Talks resumed on Monday. Peter Halvorsen, Finland's former prime minister, criticized the plan.",
			"Peter Halvorsen", "FINGOV"},
		{"Talks resumed on Monday. Kemal Oztunc, a Turkish lawmaker, criticized the plan.",
			"Kemal Oztunc", "TURLEG"},
		{"Talks resumed on Monday. Tomas Varga, an Azerbaijani businessman, was arrested in Baku.",
			"Tomas Varga", "AZEBUS"},
		// a company's president is no state's official
		{"Talks resumed on Monday. Milo Darrant, president of the Brightwater Shipping Company, criticized the plan.",
			"Milo Darrant", ""},
		// a first-level division of a state gives that state
		{"Talks resumed on Monday. Milo Darrant, Ontario's provincial leader, criticized the plan.",
			"Milo Darrant", "CANGOV"},
		{"Talks resumed on Monday. Milo Darrant, governor of the Veneto region, criticized the plan.",
			"Milo Darrant", "ITAGOV"},
		// a division's name inside another name ("Wan", Polish for Van,
		// in a company's name) is no division
		{"Talks resumed on Monday. Milo Darrant, president of Wan Guo Jin Liang Company, criticized the plan.",
			"Milo Darrant", ""},
		// a clause after the comma describes nobody
		{"Talks resumed on Monday. Milo Darrant, speaking in Finland, criticized the plan.",
			"Milo Darrant", ""},
	} {
		checkMentionActor(t, p, "en", "2024-03-10", tc.text, tc.form, tc.want)
	}
}

// checkMentionActor processes text and checks that the entities with a
// mention written form have actor want ("" for none), and that there is
// one.
func checkMentionActor(t *testing.T, p *pipeline.Pipeline, lang, date, text, form, want string) {
	t.Helper()
	d := &doc.Document{Text: text, Lang: lang, Date: date, Source: "test"}
	if err := p.Process(d); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range d.Entities {
		for _, m := range e.Mentions {
			if d.Form(m.Span) == form {
				found = true
				if e.Actor != want {
					t.Errorf("%q: %q actor %q, want %q", text, form, e.Actor, want)
				}
			}
		}
	}
	if !found {
		t.Errorf("%q: no entity mentions %q", text, form)
	}
}
