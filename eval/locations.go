package eval

import "github.com/kronika/kronika/doc"

// ScoreLocations scores the places of d's events that fully match a gold
// event whose location is annotated (pairs comes from ScoreEvents). A
// null gold location is right when the event has none; a country is right
// when the event is placed in that country at country precision; a finer
// place when the event's place has the gold country and the gold name
// (compared as ids are: case, spacing and punctuation ignored).
func ScoreLocations(g *GoldFile, d *doc.Document, pairs []int) Acc {
	var a Acc
	for i, j := range pairs {
		if j < 0 || i >= len(d.Events) || !g.Events[j].HasLocation {
			continue
		}
		a.Total++
		if locationRight(g.Events[j].Location, d.Events[i].Location) {
			a.Correct++
		}
	}
	return a
}

func locationRight(gold *GoldLocation, got *doc.Location) bool {
	switch {
	case gold == nil || got == nil:
		return gold == nil && got == nil
	case gold.Country != got.Country:
		return false
	case gold.Precision == "country":
		return got.Precision == "country"
	}
	return foldID(gold.Name) == foldID(got.Name)
}
