package events

import (
	"github.com/kronika/kronika/actors"
	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/places"
)

// townCountry returns the country of the towns and regions a document
// names when none of its entities has a country of its own (no state,
// no known person or body: "Płoccy policjanci zatrzymali …", a local
// story that names only Polish towns), so that the police, courts and
// workers it describes get one: the gazetteer's country of its GPE and
// LOC entities, weighed by their mentions, when one country has the
// most; "" otherwise, and whenever an entity has a country (the
// article's main country is then doc.Document.MainCountry's).
func townCountry(d *doc.Document) string {
	placed := false
	for i := range d.Entities {
		e := &d.Entities[i]
		if e.Country != "" {
			return ""
		}
		placed = placed || e.Type == "GPE" || e.Type == "LOC"
	}
	if !placed {
		return ""
	}
	g := places.Default()
	ctx := g.DocumentContext(d)
	n := map[string]int{}
	for i := range d.Entities {
		e := &d.Entities[i]
		if e.Type != "GPE" && e.Type != "LOC" {
			continue
		}
		if p := g.Resolve(e, ctx, actors.Default()); p != nil && p.Country != "" {
			n[p.Country] += len(e.Mentions)
		}
	}
	return doc.Plurality(n)
}
