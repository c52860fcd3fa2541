package places

import "github.com/kronika/kronika/lang"

func init() { lang.KnownPlace = knownPlace }

// knownPlace reports whether name is a country, a first-level division or
// a city of at least 100,000 people in the gazetteer (lang.KnownPlace).
func knownPlace(name string) bool {
	for _, p := range Default().Lookup(name) {
		if p.Feature == "ADM1" || p.Feature == "PCLI" || p.Population >= 100000 {
			return true
		}
	}
	return false
}
