package entities

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/kronika/kronika/doc"
)

func TestUnify(t *testing.T) {
	m := func(start int) doc.Mention { return doc.Mention{Span: doc.Span{Start: start, End: start + 1}} }
	d := &doc.Document{Entities: []doc.Entity{
		{ID: "E1", Type: "GPE", Name: "Federacja Rosyjska", Canonical: "Russia", Actor: "RUS", Country: "RUS", Mentions: []doc.Mention{m(10), m(50)}},
		{ID: "E2", Type: "PERSON", Name: "Kim Dzong Un", Canonical: "Kim Jong Un", Actor: "PRKGOV", Country: "PRK", Mentions: []doc.Mention{m(20)}},
		{ID: "E3", Type: "ORG", Name: "Rosja", Canonical: "Russia", Actor: "RUS", Country: "RUS", Mentions: []doc.Mention{m(5), m(30), m(40)}},
		{ID: "E4", Type: "NORP", Name: "rosyjski", Canonical: "Russian", Actor: "RUS", Country: "RUS", Mentions: []doc.Mention{m(60)}},
		{ID: "E5", Type: "PERSON", Name: "Kowalski", Mentions: []doc.Mention{m(70)}},
		{ID: "E6", Type: "PERSON", Name: "Nowak", Mentions: []doc.Mention{m(80)}},
		{ID: "E7", Type: "PERSON", Name: "Rosja", Canonical: "Russia", Actor: "RUS", Country: "RUS", Mentions: []doc.Mention{m(90)}},
	}}
	Unify(d)
	var got []string
	for _, e := range d.Entities {
		var starts []string
		for _, mm := range e.Mentions {
			starts = append(starts, string(rune('0'+mm.Start/10)))
		}
		got = append(got, e.ID+" "+e.Type+" "+e.Name+" "+strings.Join(starts, ""))
	}
	want := []string{
		"E1 ORG Rosja 01345", // Rosja has the most mentions: its name and type are kept
		"E2 PERSON Kim Dzong Un 2",
		"E3 NORP rosyjski 6",   // another actor (the nationality)
		"E4 PERSON Kowalski 7", // unlinked entities never merge
		"E5 PERSON Nowak 8",
		"E6 PERSON Rosja 9", // a person is never merged with a place
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}

// TestUnifiesAgrees checks the quick test of Unify against the merging
// itself on random documents: unifies is true exactly when unify merges
// two entities, whatever the order, keys and types.
func TestUnifiesAgrees(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 13))
	canon := []string{"", "", "Russia", "Poland", "Kim Jong Un", "Russia\x00RUS"}
	actors := []string{"RUS", "POL", "PRKGOV", "", "RUS\x00"}
	types := []string{"PERSON", "GPE", "LOC", "ORG", "NORP", "EVENT"}
	merged, kept := 0, 0
	for n := 0; n < 5000; n++ {
		d := &doc.Document{}
		for k := range 1 + rng.IntN(12) {
			c := canon[rng.IntN(len(canon))]
			e := doc.Entity{ID: "E" + strconv.Itoa(k+1), Type: types[rng.IntN(len(types))], Name: "n", Canonical: c}
			if c != "" {
				e.Actor, e.Country = actors[rng.IntN(len(actors))], actors[rng.IntN(len(actors))]
				if rng.IntN(4) > 0 {
					e.Country = e.Actor
				}
			}
			e.Mentions = []doc.Mention{{Span: doc.Span{Start: k, End: k + 1}}}
			d.Entities = append(d.Entities, e)
		}
		quick := unifies(d.Entities)
		before := len(d.Entities)
		unify(d)
		nul := false
		for _, e := range d.Entities {
			nul = nul || strings.Contains(e.Canonical+e.Actor+e.Country, "\x00")
		}
		switch did := len(d.Entities) < before; {
		case did && !quick:
			t.Fatalf("document %d: unify merged, unifies said no", n)
		case !did && quick && !nul:
			t.Fatalf("document %d: unifies said yes, unify merged nothing", n)
		case did:
			merged++
		default:
			kept++
		}
	}
	if merged < 300 || kept < 300 {
		t.Fatalf("too few of one kind: %d merged, %d kept", merged, kept)
	}
}

// TestUnifyKeepsInputMentions: merging and sorting work on copies; the
// mention arrays the entities came with are left as they were, spare
// capacity included.
func TestUnifyKeepsInputMentions(t *testing.T) {
	m := func(start int) doc.Mention { return doc.Mention{Span: doc.Span{Start: start, End: start + 1}} }
	withRoom := func(ms ...doc.Mention) []doc.Mention { return append(make([]doc.Mention, 0, 8), ms...) }
	d := &doc.Document{Entities: []doc.Entity{
		{ID: "E1", Type: "GPE", Name: "Rosja", Canonical: "Russia", Actor: "RUS", Country: "RUS", Mentions: withRoom(m(10), m(50))},
		{ID: "E2", Type: "PERSON", Name: "Putin", Mentions: withRoom(m(40), m(20))}, // out of order, merged with nothing
		{ID: "E3", Type: "GPE", Name: "Federacja Rosyjska", Canonical: "Russia", Actor: "RUS", Country: "RUS", Mentions: withRoom(m(5), m(30))},
	}}
	var before [][]doc.Mention
	for _, e := range d.Entities {
		before = append(before, slices.Clone(e.Mentions[:cap(e.Mentions)]))
	}
	in := slices.Clone(d.Entities)
	Unify(d)
	for i, e := range in {
		if got := e.Mentions[:cap(e.Mentions)]; !slices.Equal(got, before[i]) {
			t.Errorf("entity %s: mentions array %v, was %v", e.ID, got, before[i])
		}
	}
	var got []string
	for _, e := range d.Entities {
		s := e.ID + " " + e.Name
		for _, mm := range e.Mentions {
			s += " " + strconv.Itoa(mm.Start)
		}
		got = append(got, s)
	}
	if want := "E1 Rosja 5 10 30 50|E2 Putin 20 40"; strings.Join(got, "|") != want {
		t.Errorf("got %q, want %q", strings.Join(got, "|"), want)
	}
}
