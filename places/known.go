package places

import "github.com/kronika/kronika/lang"

func init() { lang.KnownPlace = Known }

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
