// Package places is Kronika's gazetteer and place resolver: it gives GPE
// and LOC entities coordinates, a GeoNames id, a country, a first-level
// division and a feature type, and each event the place its own clause
// or sentence names, else the article's dateline or main place, else a
// participant's country (doc.Event.Location).
//
// The gazetteer is embedded (data/gazetteer.tsv, data/names.tsv, rebuilt
// by scripts/places.sh from GeoNames' cities over 15,000 inhabitants and
// first-level divisions, with the hand-written data/exonyms.tsv and
// data/regions.tsv) and read on first use. Names are looked up by
// actors.Key, the actor base's folded form, so that case, diacritics and
// Cyrillic or Latin spelling do not matter ("Kijów", "Kyiv", "Киев").
package places

import (
	_ "embed"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/kronika/kronika/actors"
)

// The embedded gazetteer, as strings: Parse slices them without copying.
var (
	//go:embed data/gazetteer.tsv
	gazetteerData string
	//go:embed data/names.tsv
	namesData string
)

// Place is one entry of the gazetteer.
type Place struct {
	GeonameID  int    // 0 for a country or a hand-written region
	Name       string // canonical name (English where GeoNames or exonyms.tsv give one)
	Country    string // ISO 3166-1 alpha-3; "" for a disputed region
	Admin1Code string // GeoNames first-level division code, "UA.07"; "" when none
	Feature    string // GeoNames feature code: CONT (continent), PCLI (country), ADM1, RGN (region), PPL, PPLA, PPLC, ...
	Lat, Lon   float64
	Located    bool // Lat and Lon are known
	Population int  // for a country the sum of its cities'
	Capital    int  // for a country, its capital's geonameid (0 when unknown)
}

// Precision says how fine a place is: continent (never an event's
// location), country, admin1 (divisions and regions) or city.
func (p *Place) Precision() string {
	switch p.Feature {
	case "CONT":
		return "continent"
	case "PCLI":
		return "country"
	case "ADM1", "RGN":
		return "admin1"
	}
	return "city"
}

// Gazetteer holds the places and their names. It is read-only once built
// and safe for concurrent use.
type Gazetteer struct {
	Places  []Place
	keys    []string // sorted actors.Key of names
	refs    []string // refs[i]: comma-separated indexes into Places, most populous first
	country map[string]*Place
	admin1  map[string]*Place
	idOnce  sync.Once
	ids     map[int]*Place // by geonameid, built on first use
	// stems indexes the names of several words by stemKey, built on the
	// first LookupInflected.
	stemOnce sync.Once
	stems    map[string][]int
}

var (
	defaultOnce sync.Once
	defaultGaz  *Gazetteer
)

// Default returns the embedded gazetteer, read on first use.
func Default() *Gazetteer {
	defaultOnce.Do(func() {
		g, err := Parse(gazetteerData, namesData)
		if err != nil {
			panic("places: embedded gazetteer: " + err.Error())
		}
		defaultGaz = g
	})
	return defaultGaz
}

// Parse reads a gazetteer in the format of data/gazetteer.tsv and
// data/names.tsv (see places/internal/build).
func Parse(places, names string) (*Gazetteer, error) {
	g := &Gazetteer{country: map[string]*Place{}, admin1: map[string]*Place{}}
	// The names are split while the places are parsed: on two cores the
	// first use waits for the longer of the two only.
	namesDone := make(chan error, 1)
	go func() { namesDone <- g.parseNames(names) }()
	n := strings.Count(places, "\n")
	g.Places = make([]Place, 0, n)
	line := 0
	for len(places) > 0 {
		line++
		var s string
		s, places, _ = strings.Cut(places, "\n")
		var f [8]string
		rest := s
		for i := 0; i < 7; i++ {
			f[i], rest, _ = strings.Cut(rest, "\t")
		}
		f[7], rest, _ = strings.Cut(rest, "\t")
		p := Place{Name: f[1], Country: f[2], Admin1Code: f[3], Feature: f[4]}
		var err error
		if f[0] != "" {
			if p.GeonameID, err = strconv.Atoi(f[0]); err != nil {
				return nil, g.failed(namesDone, lineError("gazetteer.tsv", line, err))
			}
		}
		if f[5] != "" {
			p.Located = true
			if p.Lat, err = strconv.ParseFloat(f[5], 64); err != nil {
				return nil, g.failed(namesDone, lineError("gazetteer.tsv", line, err))
			}
			if p.Lon, err = strconv.ParseFloat(f[6], 64); err != nil {
				return nil, g.failed(namesDone, lineError("gazetteer.tsv", line, err))
			}
		}
		if p.Population, err = strconv.Atoi(f[7]); err != nil {
			return nil, g.failed(namesDone, lineError("gazetteer.tsv", line, err))
		}
		if rest != "" {
			if p.Capital, err = strconv.Atoi(rest); err != nil {
				return nil, g.failed(namesDone, lineError("gazetteer.tsv", line, err))
			}
		}
		g.Places = append(g.Places, p)
	}
	for i := range g.Places {
		p := &g.Places[i]
		switch p.Feature {
		case "PCLI":
			g.country[p.Country] = p
		case "ADM1":
			g.admin1[p.Admin1Code] = p
		}
	}
	if err := <-namesDone; err != nil {
		return nil, err
	}
	return g, nil
}

// failed waits for the names' goroutine and returns err.
func (g *Gazetteer) failed(namesDone <-chan error, err error) error {
	<-namesDone
	return err
}

// parseNames splits names.tsv into g.keys and g.refs.
func (g *Gazetteer) parseNames(names string) error {
	n := strings.Count(names, "\n")
	g.keys = make([]string, 0, n)
	g.refs = make([]string, 0, n)
	for len(names) > 0 {
		var s string
		s, names, _ = strings.Cut(names, "\n")
		k, r, _ := strings.Cut(s, "\t")
		g.keys = append(g.keys, k)
		g.refs = append(g.refs, r)
	}
	if !sort.StringsAreSorted(g.keys) {
		return lineError("names.tsv", 0, errString("keys not sorted"))
	}
	return nil
}

type errString string

func (e errString) Error() string { return string(e) }

func lineError(file string, line int, err error) error {
	return errString(file + ":" + strconv.Itoa(line) + ": " + err.Error())
}

// Lookup returns the places named name (any listed spelling, up to
// actors.Key), most populous first.
func (g *Gazetteer) Lookup(name string) []*Place {
	return g.lookupKey(actors.Key(name))
}

func (g *Gazetteer) lookupKey(k string) []*Place {
	if k == "" {
		return nil
	}
	i := sort.SearchStrings(g.keys, k)
	if i >= len(g.keys) || g.keys[i] != k {
		return nil
	}
	var ps []*Place
	for _, r := range strings.Split(g.refs[i], ",") {
		j, err := strconv.Atoi(r)
		if err == nil && j >= 0 && j < len(g.Places) {
			ps = append(ps, &g.Places[j])
		}
	}
	return ps
}

// Country returns the country of an ISO alpha-3 code, or nil.
func (g *Gazetteer) Country(code string) *Place { return g.country[code] }

// Capital returns the capital of a country, or nil.
func (g *Gazetteer) Capital(code string) *Place {
	c := g.country[code]
	if c == nil || c.Capital == 0 {
		return nil
	}
	return g.byID(c.Capital)
}

func (g *Gazetteer) byID(id int) *Place {
	g.idOnce.Do(func() {
		g.ids = make(map[int]*Place, len(g.Places))
		for i := range g.Places {
			if p := &g.Places[i]; p.GeonameID != 0 {
				g.ids[p.GeonameID] = p
			}
		}
	})
	return g.ids[id]
}

// Admin1 returns the first-level division of a GeoNames admin1 code
// ("UA.07"), or nil when the gazetteer has none with a known point.
func (g *Gazetteer) Admin1(code string) *Place { return g.admin1[code] }

// Admin1Name returns the name of p's first-level division ("" when none):
// the division itself for a division.
func (g *Gazetteer) Admin1Name(p *Place) string {
	if p.Feature == "PCLI" || p.Admin1Code == "" {
		return ""
	}
	if a := g.admin1[p.Admin1Code]; a != nil {
		return a.Name
	}
	return ""
}
