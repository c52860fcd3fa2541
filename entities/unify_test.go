package entities

import (
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
