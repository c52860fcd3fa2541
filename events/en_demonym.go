package events

import (
	"strings"
	"sync"

	"github.com/kronika/kronika/actors"
	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/places"
)

// sharedDemonyms maps an English nationality word that several states of
// the actor base share ("Congolese": COG and COD; "Dominican": DMA and
// DOM), in lower case, to their codes. The actor base links such a word
// to none of them.
var sharedDemonyms = sync.OnceValue(func() map[string][]string {
	by := map[string][]string{}
	for _, a := range actors.Default().Actors {
		if a.Kind != actors.Country || a.Demonym == "" || len(a.Tenures) == 0 {
			continue
		}
		k := strings.ToLower(a.Demonym)
		by[k] = append(by[k], a.Tenures[0].Country)
	}
	for k, codes := range by {
		if len(codes) < 2 {
			delete(by, k)
		}
	}
	return by
})

// sharedDemonym returns, in English, the state a nationality word two
// states share stands for in this article (NORP entity e, linked to
// none): the one of them the article names elsewhere, if only one is;
// else, when it names neither, the more populous ("Dominican police"
// are the Dominican Republic's, "Congolese troops" the DR Congo's). ""
// when the article names both, or e is no such word.
func (c *coder) sharedDemonym(e *doc.Entity) string {
	if !c.english() || e.Type != "NORP" || e.Country != "" {
		return ""
	}
	codes := sharedDemonyms()[strings.ToLower(e.Name)]
	if len(codes) == 0 {
		codes = sharedDemonyms()[strings.ToLower(strings.TrimSuffix(e.Name, "s"))] // "Dominicans"
	}
	if len(codes) == 0 {
		return ""
	}
	if c.namedCountries == nil {
		// once an article: a nationality word in every sentence of a long
		// one would otherwise read all its entities each time
		c.namedCountries = map[string]bool{}
		for i := range c.d.Entities {
			if x := &c.d.Entities[i]; x.Country != "" && x.Type != "NORP" {
				c.namedCountries[x.Country] = true
			}
		}
	}
	named := ""
	for _, code := range codes {
		if c.namedCountries[code] {
			if named != "" && named != code {
				return "" // both named: the sentence must tell
			}
			named = code
		}
	}
	if named != "" {
		return named
	}
	best, pop := "", -1
	for _, code := range codes {
		if p := places.Default().Country(code); p != nil && p.Population > pop {
			best, pop = code, p.Population
		}
	}
	return best
}
