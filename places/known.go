package places

import (
	"regexp"

	"github.com/kronika/kronika/actors"
	"github.com/kronika/kronika/lang"
)

func init() { lang.KnownPlace, lang.KnownDivision = Known, KnownDivision }

// Known reports whether the gazetteer knows name as a country, a
// first-level division or a city of at least 100,000 people: the test the
// recognisers use for a name they cannot type otherwise (lang.KnownPlace).
// A name made only of position words ("North", "Western") is not one.
func Known(name string) bool {
	if positional(name) {
		return false
	}
	for _, p := range Default().Lookup(name) {
		if p.Feature == "ADM1" || p.Feature == "PCLI" || p.Population >= 100000 {
			return true
		}
	}
	return false
}

// KnownDivision reports whether the actor base knows name as a
// first-level division (lang.KnownDivision), by the names
// actors/data/places-admin1.tsv gives it, Russian ones among them that
// the gazetteer lacks ("Бавария").
func KnownDivision(name string) bool {
	for _, m := range actors.Default().Lookup(name) {
		if m.Actor.Kind == actors.Place && !m.Adjective && len(m.Actor.Tenures) > 0 && divisionTitle.MatchString(m.Actor.Tenures[0].Title) {
			return true
		}
	}
	return false
}

// divisionTitle is the title of a first-level division in the actor base:
// its ISO 3166-2 type and code ("land DE-BY", "oblast RU-MOS").
var divisionTitle = regexp.MustCompile(` [A-Z]{2}-[A-Z0-9]{1,3}$`)
