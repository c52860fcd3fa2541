package events_test

import (
	"strings"
	"sync"
	"testing"

	"github.com/kronika/kronika/events"
	"github.com/kronika/kronika/ingest"
	"github.com/kronika/kronika/lang"
	"github.com/kronika/kronika/pipeline"
)

// TestFallbackLead: the English fallback dictionary (PETRARCH's verbs,
// events/fallback.go) codes a verb the lexicon lacks ("pummel") in an
// article's lead sentence only, between two named actors of two countries,
// asserted, and only when the lexicon codes nothing there.
func TestFallbackLead(t *testing.T) {
	cases := []textCase{
		{"Border clash\n\nChile pummeled Peru on Monday.", "ASSAULT CHL>PER asserted"},
		// not the lead sentence
		{"Border clash\n\nThe talks stalled. Chile pummeled Peru on Monday.", ""},
		// a description, not a named actor
		{"Border clash\n\nChile pummeled the fishermen on Monday.", ""},
		// the lexicon codes the lead: the fallback is not tried
		{"Border clash\n\nChile pummeled Peru and condemned Bolivia on Monday.", "ACCUSE CHL>BOL asserted"},
		// within one country
		{"Border clash\n\nUkraine pummeled Kherson on Monday.", ""},
		// the target a place after a locative preposition
		{"Border clash\n\nChile pummeled the border posts in Peru on Monday.", ""},
		// negated, hypothetical, dated before the article
		{"Border clash\n\nChile did not pummel Peru on Monday.", ""},
		{"Border clash\n\nChile may pummel Peru.", ""},
		{"Border clash\n\nChile pummeled Peru in 2019.", ""},
	}
	checkEnglish(t, cases, false)
}

// TestFallbackLeavesNoTrace: an event of the fallback dictionary that is
// left out leaves no party acted on for a later verb without an object
// (implicit.go), while one kept does, as the lexicon's events do.
func TestFallbackLeavesNoTrace(t *testing.T) {
	cases := []textCase{
		// left out (within one country): Russia refuses nobody
		{"Border clash\n\nUkraine pummeled Kherson on Monday. Russia refused.", ""},
		// kept: Bolivia refuses the party Chile acted on
		{"Border clash\n\nChile pummeled Peru on Monday. Bolivia refused.", "ASSAULT CHL>PER asserted; REJECT BOL>PER asserted"},
	}
	checkEnglish(t, cases, false)
}

// TestFallbackConfidence: an event of the fallback dictionary has a
// confidence below 0.5 and says where it comes from.
func TestFallbackConfidence(t *testing.T) {
	d := code(t, pipeline.New(), "en", " date 2024-07-10\nBorder clash\n\nChile pummeled Peru on Monday.\n")
	if len(d.Events) != 1 {
		t.Fatalf("events %q, want one", describe(d))
	}
	e := d.Events[0]
	if e.CAMEO != "190" || e.Confidence <= 0 || e.Confidence >= 0.5 {
		t.Errorf("CAMEO %s confidence %.2f, want 190 below 0.5", e.CAMEO, e.Confidence)
	}
}

// TestFallbackKeptByExtend: a lexicon extended with a user's entries keeps
// the base's fallback dictionary; one coding with the user's entries alone
// (kronika eval --petrarch) has none.
func TestFallbackKeptByExtend(t *testing.T) {
	base := lang.Get("en").Events
	if base.Fallback == nil {
		t.Fatal("the English lexicon has no fallback dictionary")
	}
	user := []events.LexiconFile{{Name: "user.tsv", Data: []byte("woo\tverb\tAGREE\t-\t030\t-\tsubj\tobj\t-\n")}}
	x, _, err := events.ExtendLexiconWith(base, user, nil, events.ExtendOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if x.FallbackName != base.FallbackName || len(x.Fallback) != len(base.Fallback) {
		t.Errorf("extended lexicon: fallback %q (%d bytes), want the base's", x.FallbackName, len(x.Fallback))
	}
	x, _, err = events.ExtendLexiconWith(base, user, nil, events.ExtendOptions{Alone: true})
	if err != nil {
		t.Fatal(err)
	}
	if x.Fallback != nil {
		t.Errorf("lexicon of the user's entries alone has a fallback %q", x.FallbackName)
	}
}

// TestFallbackConcurrent: documents coded at once, as extract --workers
// codes them, share the fallback dictionary imported on first use and
// code alike (run with -race to check the import's locking).
func TestFallbackConcurrent(t *testing.T) {
	const text = " date 2024-07-10\nBorder clash\n\nChile pummeled Peru on Monday.\n"
	var wg sync.WaitGroup
	got := make([]string, 4)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			docs, err := ingest.Read("test.txt", []byte(text))
			if err != nil || len(docs) != 1 {
				got[i] = "read failed"
				return
			}
			docs[0].Lang = "en"
			if err := pipeline.New().Process(docs[0]); err != nil {
				got[i] = err.Error()
				return
			}
			got[i] = strings.Join(describe(docs[0]), "; ")
		}()
	}
	wg.Wait()
	for i, g := range got {
		if g != "ASSAULT CHL>PER asserted" {
			t.Errorf("document %d: events %q, want ASSAULT CHL>PER asserted", i, g)
		}
	}
}
