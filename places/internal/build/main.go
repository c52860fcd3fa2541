// Command build rebuilds the gazetteer of package places from GeoNames
// extracts (cities15000.txt, admin1CodesASCII.txt), the ISO code table and
// the hand-written exonyms and regions of places/data, and the country
// names of the actor base. Run it through scripts/places.sh.
//
// It writes two files:
//
//	gazetteer.tsv  one place a line: geonameid, name, country (alpha-3),
//	               admin1 code, feature code, lat, lon, population, and
//	               for a country its capital's geonameid
//	names.tsv      key (actors.Key of a name), tab, the line numbers
//	               (0-based, comma-separated, most populous first) of the
//	               places it names; sorted by key
package main

import (
	"bufio"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/kronika/kronika/actors"
)

type place struct {
	id       int
	name     string
	country  string // alpha-3
	admin1   string // GeoNames admin1 code, "UA.07"
	feature  string
	lat, lon float64
	located  bool
	pop      int
	capital  int // for a country, its capital's geonameid
	names    []string
}

func main() {
	geo := flag.String("geo", "../shared/data/geo", "folder with cities15000.txt and admin1CodesASCII.txt")
	dir := flag.String("data", "places/data", "folder with iso3166.tsv, exonyms.tsv, regions.tsv; output goes there too")
	isoJSON := flag.String("iso3166-2", "/usr/share/iso-codes/json/iso_3166-2.json", "iso-codes' ISO 3166-2 subdivisions (Debian package iso-codes)")
	locale := flag.String("locale", "/usr/share/locale", "folder with pl/ and ru/LC_MESSAGES/iso_3166-2.mo (iso-codes' translations)")
	flag.Parse()
	if err := run(*geo, *dir, *isoJSON, *locale); err != nil {
		fmt.Fprintln(os.Stderr, "places build:", err)
		os.Exit(1)
	}
}

func readTSV(path string, fn func(f []string, line int) error) error {
	fh, err := os.Open(path)
	if err != nil {
		return err
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	n := 0
	for sc.Scan() {
		n++
		s := sc.Text()
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		if err := fn(strings.Split(s, "\t"), n); err != nil {
			return fmt.Errorf("%s:%d: %v", path, n, err)
		}
	}
	return sc.Err()
}

// keep reports whether an alternate name is worth indexing: Latin or
// Cyrillic letters, starting with a capital (GeoNames' romanizations of
// Chinese and Korean, "an dao er cheng", start in lower case), and not a
// short code in capitals ("ALV", "NYC").
func keep(s string) bool {
	if s == "" {
		return false
	}
	first := true
	letters, upper := 0, 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.In(r, unicode.Latin, unicode.Cyrillic) {
				return false
			}
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
			if first && !unicode.IsUpper(r) {
				return false
			}
			first = false
		} else if unicode.IsDigit(r) {
			return false
		}
	}
	if letters == 0 || letters <= 4 && upper == letters && letters > 1 {
		return false
	}
	return true
}

func run(geo, dir, isoJSON, locale string) error {
	iso := map[string]string{} // alpha-2 → alpha-3
	isoName := map[string]string{}
	var isoOrder []string
	if err := readTSV(filepath.Join(dir, "iso3166.tsv"), func(f []string, _ int) error {
		if len(f) < 3 {
			return fmt.Errorf("want 3 fields")
		}
		iso[f[0]] = f[1]
		isoName[f[1]] = f[2]
		isoOrder = append(isoOrder, f[1])
		return nil
	}); err != nil {
		return err
	}

	var cities []*place
	if err := readTSV(filepath.Join(geo, "cities15000.txt"), func(f []string, _ int) error {
		if len(f) < 15 {
			return fmt.Errorf("want 19 fields, have %d", len(f))
		}
		id, _ := strconv.Atoi(f[0])
		lat, err1 := strconv.ParseFloat(f[4], 64)
		lon, err2 := strconv.ParseFloat(f[5], 64)
		pop, _ := strconv.Atoi(f[14])
		c3 := iso[f[8]]
		if err1 != nil || err2 != nil || c3 == "" {
			return fmt.Errorf("bad coordinates or country %q", f[8])
		}
		p := &place{id: id, name: f[1], country: c3, feature: f[7], lat: lat, lon: lon, located: true, pop: pop,
			names: []string{f[1], f[2]}}
		if f[10] != "" {
			p.admin1 = f[8] + "." + f[10]
		}
		for _, a := range strings.Split(f[3], ",") {
			if keep(a) {
				p.names = append(p.names, a)
			}
		}
		cities = append(cities, p)
		return nil
	}); err != nil {
		return err
	}
	sort.SliceStable(cities, func(i, j int) bool { return cities[i].pop > cities[j].pop })

	// First-level divisions, at their seat (the largest PPLA city in
	// them) or else their largest city.
	var admins []*place
	adminByCode := map[string]*place{}
	if err := readTSV(filepath.Join(geo, "admin1CodesASCII.txt"), func(f []string, _ int) error {
		if len(f) < 4 {
			return fmt.Errorf("want 4 fields")
		}
		cc, _, _ := strings.Cut(f[0], ".")
		id, _ := strconv.Atoi(f[3])
		p := &place{id: id, name: f[1], country: iso[cc], admin1: f[0], feature: "ADM1", names: []string{f[1], f[2]}}
		if p.country == "" {
			return nil
		}
		admins = append(admins, p)
		adminByCode[f[0]] = p
		return nil
	}); err != nil {
		return err
	}
	divNames, matched, err := isoDivisionNames(isoJSON, locale, admins, iso)
	if err != nil {
		return err
	}
	for _, a := range admins {
		a.names = append(a.names, divNames[a.admin1]...)
	}
	fmt.Fprintf(os.Stderr, "places: %d ISO 3166-2 divisions matched to GeoNames, %d with Polish or Russian names\n", matched, len(divNames))
	for _, pass := range []bool{true, false} {
		for _, c := range cities {
			a := adminByCode[c.admin1]
			if a == nil || a.located || pass && c.feature != "PPLA" {
				continue
			}
			a.lat, a.lon, a.located = c.lat, c.lon, true
		}
	}

	// Countries: the capital, and as representative point the city
	// nearest the population-weighted mean of the country's cities.
	countries := map[string]*place{}
	var countryList []*place
	byCountry := map[string][]*place{}
	for _, c := range cities {
		byCountry[c.country] = append(byCountry[c.country], c)
	}
	kb := actors.Default()
	for _, c3 := range isoOrder {
		name := isoName[c3]
		var names []string
		if a := kb.Country(c3); a != nil && a.Kind == actors.Country {
			name = a.Canonical
			names = append(names, a.Aliases...)
		}
		p := &place{name: name, country: c3, feature: "PCLI", names: append([]string{name, isoName[c3]}, names...)}
		cs := byCountry[c3]
		if len(cs) > 0 {
			var sx, sy, sz, w float64
			for _, c := range cs {
				la, lo := c.lat*math.Pi/180, c.lon*math.Pi/180
				pw := float64(c.pop)
				sx += pw * math.Cos(la) * math.Cos(lo)
				sy += pw * math.Cos(la) * math.Sin(lo)
				sz += pw * math.Sin(la)
				w += pw
			}
			best, bd := cs[0], math.Inf(1)
			for _, c := range cs {
				la, lo := c.lat*math.Pi/180, c.lon*math.Pi/180
				dx := math.Cos(la)*math.Cos(lo) - sx/w
				dy := math.Cos(la)*math.Sin(lo) - sy/w
				dz := math.Sin(la) - sz/w
				if d := dx*dx + dy*dy + dz*dz; d < bd {
					best, bd = c, d
				}
			}
			p.lat, p.lon, p.located = best.lat, best.lon, true
			for _, c := range cs {
				p.pop += c.pop
				if c.feature == "PPLC" && p.capital == 0 {
					p.capital = c.id // cities are sorted by population
				}
			}
		}
		countries[c3] = p
		countryList = append(countryList, p)
	}

	// Hand-written regions that make news and are not cities or
	// divisions: name, country, admin1 code, lat, lon, other names, and
	// optionally the feature (RGN, the default, or CONT for a continent).
	var regions []*place
	if err := readTSV(filepath.Join(dir, "regions.tsv"), func(f []string, _ int) error {
		if len(f) < 6 {
			return fmt.Errorf("want 6 fields")
		}
		lat, err1 := strconv.ParseFloat(f[3], 64)
		lon, err2 := strconv.ParseFloat(f[4], 64)
		if err1 != nil || err2 != nil {
			return fmt.Errorf("bad coordinates")
		}
		p := &place{name: f[0], country: f[1], admin1: f[2], feature: "RGN", lat: lat, lon: lon, located: true,
			names: append([]string{f[0]}, strings.Split(f[5], "|")...)}
		if len(f) > 6 && f[6] != "" {
			if f[6] != "RGN" && f[6] != "CONT" {
				return fmt.Errorf("feature %q: want RGN or CONT", f[6])
			}
			p.feature = f[6]
		}
		regions = append(regions, p)
		return nil
	}); err != nil {
		return err
	}

	// English names: a city the actor base lists as a capital, city or
	// town of its country under an English name that is one of the city's GeoNames
	// names takes that name ("Roma" → Rome, "Tehrān" → Tehran), the most
	// populous such city only.
	claimed := map[string]bool{}
	for _, c := range cities {
		// A name that is another city's own is that city's ("New Delhi"
		// among Delhi's alternate names).
		for _, n := range c.names[:2] {
			claimed[c.country+"\t"+actors.Key(n)] = true
		}
	}
	for _, c := range cities {
		keys := map[string]bool{}
		for _, n := range c.names {
			keys[actors.Key(n)] = true
		}
		for _, n := range c.names[:2] {
			for _, m := range kb.Lookup(n) {
				a := m.Actor
				t := a.At("")
				if a.Kind != actors.Place || t.Role != "" || t.Country != c.country || !keys[actors.Key(a.Canonical)] || !cityTitle(t.Title) {
					continue
				}
				own := actors.Key(c.names[0]) == actors.Key(a.Canonical) || actors.Key(c.names[1]) == actors.Key(a.Canonical)
				if k := c.country + "\t" + actors.Key(a.Canonical); own || !claimed[k] {
					claimed[k] = true
					c.name = a.Canonical
				}
			}
		}
	}

	// Exonyms and canonical names: target (a geonameid, an admin1 code
	// or a country's alpha-3), canonical name or empty, other names.
	cityByID := map[int]*place{}
	for _, c := range cities {
		cityByID[c.id] = c
	}
	if err := readTSV(filepath.Join(dir, "exonyms.tsv"), func(f []string, _ int) error {
		if len(f) < 3 {
			return fmt.Errorf("want 3 fields")
		}
		var p *place
		if id, err := strconv.Atoi(f[0]); err == nil {
			p = cityByID[id]
		} else if strings.Contains(f[0], ".") {
			p = adminByCode[f[0]]
		} else {
			p = countries[f[0]]
		}
		if p == nil {
			return fmt.Errorf("no place %q", f[0])
		}
		if f[1] != "" {
			p.name = f[1]
			p.names = append(p.names, f[1])
		}
		p.names = append(p.names, strings.Split(f[2], "|")...)
		return nil
	}); err != nil {
		return err
	}

	var all []*place
	all = append(all, countryList...)
	for _, a := range admins {
		if a.located {
			all = append(all, a)
		}
	}
	all = append(all, regions...)
	all = append(all, cities...)

	g, err := os.Create(filepath.Join(dir, "gazetteer.tsv"))
	if err != nil {
		return err
	}
	w := bufio.NewWriter(g)
	index := map[string][]int{}
	for i, p := range all {
		lat, lon := "", ""
		if p.located {
			lat, lon = strconv.FormatFloat(p.lat, 'f', -1, 64), strconv.FormatFloat(p.lon, 'f', -1, 64)
		}
		id := ""
		if p.id != 0 {
			id = strconv.Itoa(p.id)
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%d", id, p.name, p.country, p.admin1, p.feature, lat, lon, p.pop)
		if p.capital != 0 {
			fmt.Fprintf(w, "\t%d", p.capital)
		}
		w.WriteByte('\n')
		seen := map[string]bool{}
		for _, n := range p.names {
			k := actors.Key(n)
			if k == "" || seen[k] {
				continue
			}
			seen[k] = true
			index[k] = append(index[k], i)
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if err := g.Close(); err != nil {
		return err
	}
	keys := make([]string, 0, len(index))
	for k := range index {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	n, err := os.Create(filepath.Join(dir, "names.tsv"))
	if err != nil {
		return err
	}
	w = bufio.NewWriter(n)
	for _, k := range keys {
		ids := index[k]
		sort.SliceStable(ids, func(i, j int) bool { return all[ids[i]].pop > all[ids[j]].pop })
		w.WriteString(k)
		for i, id := range ids {
			if i == 0 {
				w.WriteByte('\t')
			} else {
				w.WriteByte(',')
			}
			w.WriteString(strconv.Itoa(id))
		}
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "places: %d countries, %d divisions, %d regions, %d cities, %d names\n",
		len(countryList), len(all)-len(countryList)-len(regions)-len(cities), len(regions), len(cities), len(keys))
	return n.Close()
}

// cityTitle reports whether an actor base title describes a city (the
// base also lists divisions, seats of power and regions as places).
func cityTitle(title string) bool {
	switch title {
	case "capital", "city", "town", "port town", "town with an airport":
		return true
	}
	return false
}
