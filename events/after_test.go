package events_test

import (
	"strings"
	"testing"

	"github.com/kronika/kronika/actors"
	"github.com/kronika/kronika/events"
	"github.com/kronika/kronika/lang"
	"github.com/kronika/kronika/pipeline"
)

// TestAfterSlot checks the "after" slot, PETRARCH's default target (the
// first actor after the verb in its clause, object or prepositional), with
// a lexicon of three entries in place of the English one.
func TestAfterSlot(t *testing.T) {
	lex := "restore tie\tverb\tCOOPERATE\t-\t064\t-\tsubj\tafter\t-\n" +
		"condemn\tverb\tREJECT\t-\t122\t-\tsubj\tafter\t-\n" +
		"attack\tverb\tASSAULT\t-\t190\t-\tsubj\tafter\t-\n" +
		"warn\tverb\tTHREATEN\t-\t160\t-\tsubj\tafter\t-\n"
	en := lang.Get("en")
	x, _, err := events.ExtendLexiconWith(en.Events, []events.LexiconFile{{Name: "after.tsv", Data: []byte(lex)}}, nil,
		events.ExtendOptions{Alone: true})
	if err != nil {
		t.Fatal(err)
	}
	old := en.Events
	en.Events = x
	defer func() { en.Events = old }()
	p := pipeline.New()
	for _, tc := range []struct{ text, want string }{
		// a prepositional phrase after the object that names no actor
		{"Russia restored full diplomatic ties with Georgia.", "COOPERATE RUS>GEO asserted"},
		// the object itself
		{"France condemned Russia on Monday.", "REJECT FRA>RUS asserted"},
		// the nearest of two
		{"France condemned an attack by Russia in Syria.", "REJECT FRA>RUS asserted"},
		// a passive: the subject is the target, the agent the source
		{"Georgia was attacked by Russia.", "ASSAULT RUS>GEO asserted"},
		// not beyond another finite verb: the reported clause has its own
		{"France said Russia attacked Georgia.", "ASSAULT RUS>GEO asserted"},
		// the subject of a clause "that" opens right after the verb
		{"France warned that Russia is a danger.", "THREATEN FRA>RUS asserted"},
		// a list with a comma before its conjunction: each party
		{"Poland, the awful Hungary, and good Austria condemned Russia.",
			"REJECT POL>RUS asserted; REJECT HUN>RUS asserted; REJECT AUT>RUS asserted"},
		// nothing after the verb: no event
		{"Russia restored ties.", ""},
		// not the subject of a later verb
		{"Russia restored ties with us, a senior French official said.", ""},
	} {
		d := code(t, p, "en", "2024-03-01\n\n"+tc.text+"\n")
		if got := strings.Join(describe(d), "; "); got != tc.want {
			t.Errorf("%s\n  got  %q\n  want %q", tc.text, got, tc.want)
		}
	}
}

// TestSectorPhrases: sector phrases of several words (a PETRARCH agents
// file's "main opposition group") give the role of the country named
// before them; the longest phrase wins over its head alone. With Alone,
// they replace the base's sectors.
func TestSectorPhrases(t *testing.T) {
	lex := "restore tie\tverb\tCOOPERATE\t-\t064\t-\tsubj\tafter\t-\n"
	en := lang.Get("en")
	x, _, err := events.ExtendLexiconWith(en.Events, []events.LexiconFile{{Name: "s.tsv", Data: []byte(lex)}},
		events.AnalyzerLemmatizer(en.Morph), events.ExtendOptions{Alone: true, Sectors: map[string]string{"main opposition group": "MOP", "security officials": "SPY",
			"government": "GOV", "soldiers": "MIL", "officials": "GOV", "ambassador": "GOV", "lawmaker": "LEG"}})
	if err != nil {
		t.Fatal(err)
	}
	old := en.Events
	en.Events = x
	defer func() { en.Events = old }()
	p := pipeline.New()
	for _, tc := range []struct{ text, want string }{
		{"Russia restored diplomatic ties with the Georgian main opposition group.", "RUS>GEOMOP"},
		{"Russian security officials restored diplomatic ties with the Georgian government.", "RUSSPY>GEOGOV"},
		// alone, the base's sectors are not used ("police")
		{"Russian soldiers restored diplomatic ties with the Georgian police.", "RUSMIL>GEO"},
		// a body and its seat
		{"Officials in Russia restored diplomatic ties with lawmakers in Georgia.", "RUSGOV>GEOLEG"},
		// the sector of a genitive or a seat is its coordinated countries' too
		{"The ambassadors of France, Spain and Italy restored diplomatic ties with Georgia.",
			"FRAGOV>GEO; ESPGOV>GEO; ITAGOV>GEO"},
		{"Lawmakers in France and Spain restored diplomatic ties with Georgia.", "FRALEG>GEO; ESPLEG>GEO"},
	} {
		d := code(t, p, "en", "2024-03-01\n\n"+tc.text+"\n")
		var got []string
		for _, e := range d.Events {
			got = append(got, e.Source.Actor+">"+e.Target.Actor)
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%s\n  got  %q\n  want %q", tc.text, g, tc.want)
		}
	}
}

// TestTitleAndForms: a title before a name that the actor base codes by
// its country alone gives the sector; a verb dictionary's negated pattern
// ("DID N'T", split as TreeBank splits it) matches the contraction as
// written, before the verb; a verb listed in an inflected form ("LEFT"
// beside "LEAVE") is tried, on that form, before the lemma's entries.
func TestTitleAndForms(t *testing.T) {
	verbs := "&NEG\n+DID N'T\n+WO N'T\n\n--- RESTORE [064] ---\nRESTORE\n- * FXLL DIPLOMATIC [+++]\n- * TIES [064]\n\n" +
		"--- VISIT [042:043] ---\nVISIT\n\n" +
		"--- CLASH [121] ---\nCLASH\n- &NEG * OVER EFFORTS [904]\n- * OVER EFFORTS [121]\n\n" +
		"--- LEAVE [012] ---\nLEAVE\n\n--- LEFT [032] ---\nLEFT\n"
	en := lang.Get("en")
	x, _, err := events.ExtendLexiconWith(en.Events, []events.LexiconFile{{Name: "verbs.txt", Data: []byte(verbs)}},
		events.AnalyzerLemmatizer(en.Morph), events.ExtendOptions{Alone: true, Import: events.ImportOptions{AllCodes: true}})
	if err != nil {
		t.Fatal(err)
	}
	old := en.Events
	en.Events = x
	defer func() { en.Events = old }()
	kb := actors.Default().Clone()
	if _, err := kb.AddUserFile("t.actors.txt", []byte("ROMENDACIL [UKR]\n")); err != nil {
		t.Fatal(err)
	}
	p := pipeline.New()
	p.Actors = kb
	for _, tc := range []struct{ text, want string }{
		{"Ukrainian Prime Minister Romendacil restored diplomatic ties with Georgia.", "UKRGOV>GEO 064"},
		{"Romendacil restored diplomatic ties with Georgia.", "UKR>GEO 064"},
		{"Romendacil clashed over the efforts of Georgia.", "UKR>GEO 121"},
		{"Romendacil didn't clash over the efforts of Georgia.", "UKR>GEO 904"},
		{"Romendacil won't clash over the efforts of Georgia.", "UKR>GEO 904"},
		// a place-holder code codes nothing: the next pattern does
		{"Romendacil restored fxll diplomatic ties with Georgia.", "UKR>GEO 064"},
		// a pair of codes is two events, the second back
		{"Romendacil visited Georgia.", "UKR>GEO 042; GEO>UKR 043"},
		// a verb listed in an inflected form is that form only
		{"Romendacil left for Georgia.", "UKR>GEO 032"},
		{"Romendacil will leave Georgia.", "UKR>GEO 012"},
	} {
		d := code(t, p, "en", "2024-03-01\n\n"+tc.text+"\n")
		var got []string
		for _, e := range d.Events {
			got = append(got, e.Source.Actor+">"+e.Target.Actor+" "+e.CAMEO)
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%s\n  got  %q\n  want %q", tc.text, g, tc.want)
		}
	}
}
