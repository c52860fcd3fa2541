package places

import (
	"strings"
	"testing"

	"github.com/kronika/kronika/doc"
)

func TestDateline(t *testing.T) {
	g := Default()
	ctx := Context{Countries: map[string]int{}, Admin1: map[string]bool{}}
	cases := []struct {
		text string
		want string // the place's name, "" for none
	}{
		{"WARSZAWA (PAP) – Premier spotkał się w poniedziałek z rolnikami.", "Warsaw"},
		{"KYIV, Ukraine (AP) — Russian drones struck the capital overnight, officials said.", "Kyiv"},
		{"МОСКВА, 12 мар — РИА Новости. Президент провёл совещание с членами правительства.", "Moscow"},
		{"Charków: w nocy rosyjskie drony uderzyły w elektrownię na obrzeżach miasta.", "Kharkiv"},
		{"Macron: Nie możemy decydować za Ukrainę, powiedział prezydent Francji.", ""}, // a speaker, not a place
		{"Polska – Niemcy 2:1", ""}, // a score, no story after the dash
		{"Europa – kontynent, który od lat spiera się o politykę migracyjną.", ""},       // a continent is no dateline
		{"Premier spotkał się w poniedziałek z rolnikami w Warszawie – podała PAP.", ""}, // no place first
		{"Rolnicy protestowali w Warszawie.", ""},
	}
	for _, c := range cases {
		d := &doc.Document{Text: c.text, Blocks: []doc.Block{{Span: doc.Span{Start: 0, End: len(c.text)}, Kind: doc.Paragraph}}}
		p := g.Dateline(d, nil, ctx)
		got := ""
		if p != nil {
			got = p.Name
		}
		if got != c.want {
			t.Errorf("%q: dateline %q, want %q", c.text, got, c.want)
		}
	}
	// A title before the first paragraph is not a dateline.
	text := "Kijów – stolica w ogniu po nocnym ataku dronów\nPremier spotkał się z rolnikami."
	nl := strings.IndexByte(text, '\n')
	d := &doc.Document{Text: text, Blocks: []doc.Block{{Span: doc.Span{Start: 0, End: nl}, Kind: doc.Title},
		{Span: doc.Span{Start: nl + 1, End: len(text)}, Kind: doc.Paragraph}}}
	if p := g.Dateline(d, nil, ctx); p != nil {
		t.Errorf("a title read as a dateline: %s", p.Name)
	}
}
