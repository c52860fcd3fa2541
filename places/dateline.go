package places

import "github.com/kronika/kronika/doc"

// Dateline returns the place of the article's dateline, or nil: the first
// paragraph opens with a place name, optionally followed by a comma and
// more (a country, a date) and an agency in brackets, then a dash or a
// colon and the story ("WARSZAWA (PAP) – …", "KYIV, Ukraine (AP) — …",
// "МОСКВА, 12 мар — РИА Новости."). The name is the resolved place the
// recogniser found there, else the gazetteer's best place of that name
// (continents are no datelines). Nothing in it is language-specific:
// datelines look alike in every language the project reads.
func (g *Gazetteer) Dateline(d *doc.Document, resolved []*Place, ctx Context) *Place {
	start, end, _, ok := d.DatelineName()
	if !ok {
		return nil
	}
	name := d.Text[start:end]
	// The recogniser's place there, resolved in context.
	for i, p := range resolved {
		if p == nil || p.Feature == "CONT" {
			continue
		}
		for _, m := range d.Entities[i].Mentions {
			if m.Start == start && m.End <= end {
				return p
			}
		}
	}
	var best *Place
	for _, p := range g.Lookup(name) {
		if !p.Located || p.Feature == "CONT" {
			continue
		}
		if best == nil || score(p, &doc.Entity{}, ctx) > score(best, &doc.Entity{}, ctx) {
			best = p
		}
	}
	return best
}
