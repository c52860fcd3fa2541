package main

import (
	"strings"

	"github.com/kronika/kronika/actors"
	"github.com/kronika/kronika/internal/isocodes"
)

// Names of first-level divisions in Polish and Russian come from Debian's
// iso-codes (ISO 3166-2 subdivisions with their gettext translations;
// LGPL-2.1+): /usr/share/iso-codes/json/iso_3166-2.json and
// /usr/share/locale/{pl,ru}/LC_MESSAGES/iso_3166-2.mo.

// divisionWords are the words ISO 3166-2 and GeoNames write around a
// division's proper name; they are dropped before the two are compared.
var divisionWords = map[string]bool{
	"oblast": true, "oblast'": true, "kray": true, "kraj": true, "krai": true, "respublika": true,
	"republic": true, "avtonomna": true, "avtonomnyy": true, "okrug": true, "autonomous": true,
	"province": true, "state": true, "region": true, "governorate": true, "district": true,
	"county": true, "prefecture": true, "department": true, "of": true, "the": true, "city": true,
	"voivodeship": true, "wojewodztwo": true,
}

// divisionKey folds a division's name for matching ISO 3166-2 to GeoNames.
func divisionKey(name string) string {
	var out []string
	for _, w := range strings.Fields(actors.Key(strings.ReplaceAll(name, "-", " "))) {
		if !divisionWords[w] {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

// isoDivisionNames returns, per GeoNames admin1 code, the Polish and
// Russian names iso-codes gives the same division. An ISO subdivision is
// the GeoNames division of its country with the same folded name, or
// else the only one whose folded name starts with the other's ("Kurskaja"
// and "Kursk") over at least five letters.
func isoDivisionNames(isoJSON, localeDir string, admins []*place, alpha2 map[string]string) (map[string][]string, int, error) {
	subs, err := isocodes.Subdivisions(isoJSON)
	if err != nil {
		return nil, 0, err
	}
	langs := []string{"pl", "ru"}
	tr, err := isocodes.Translations(localeDir, "iso_3166-2", langs...)
	if err != nil {
		return nil, 0, err
	}
	byCountry := map[string][]*place{}
	for _, a := range admins {
		byCountry[a.country] = append(byCountry[a.country], a)
	}
	out := map[string][]string{}
	matched := 0
	for _, s := range subs {
		if s.Parent != "" {
			continue // second-level
		}
		cc, _, _ := strings.Cut(s.Code, "-")
		k := divisionKey(s.Name)
		if k == "" {
			continue
		}
		var exact, prefix []*place
		for _, a := range byCountry[alpha2[cc]] {
			for _, n := range a.names[:2] {
				ak := divisionKey(n)
				switch {
				case ak == "":
				case ak == k:
					exact = append(exact, a)
				case len(ak) >= 5 && len(k) >= 5 && (strings.HasPrefix(ak, k) || strings.HasPrefix(k, ak)):
					prefix = append(prefix, a)
				}
			}
		}
		var a *place
		switch {
		case len(exact) > 0 && (len(exact) == 1 || exact[0] == exact[1]):
			a = exact[0]
		case len(exact) == 0 && len(prefix) > 0 && (len(prefix) == 1 || prefix[0] == prefix[1] && len(prefix) == 2):
			a = prefix[0]
		}
		if a == nil {
			continue
		}
		matched++
		for _, l := range langs {
			if v := tr[l][s.Name]; v != "" && v != s.Name {
				out[a.admin1] = append(out[a.admin1], v)
			}
		}
	}
	return out, matched, nil
}
