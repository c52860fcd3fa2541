package places

import (
	_ "embed"
	"fmt"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kronika/kronika/actors"
	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/lang"
	"golang.org/x/text/unicode/norm"
)

//go:embed data/generic.tsv
var genericData string

// generic holds the words of data/generic.tsv, lower case.
var generic = func() map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(genericData, "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			m[strings.ToLower(line)] = true
		}
	}
	return m
}()

//go:embed data/positional.tsv
var positionalData string

// positionalWords holds the words of data/positional.tsv, lower case.
var positionalWords = func() map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(positionalData, "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			m[strings.ToLower(line)] = true
		}
	}
	return m
}()

// positional reports whether name is made only of words that name a
// division by its position ("North", "North-West", "Centre-Est").
func positional(name string) bool {
	words := strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' })
	for _, w := range words {
		if !positionalWords[strings.ToLower(w)] {
			return false
		}
	}
	return len(words) > 0
}

// Context is what an article says that helps choose among namesakes: the
// countries it names, weighted by mentions, and the first-level divisions
// it names ("Paris" in a story that names Texas).
type Context struct {
	Countries map[string]int
	Admin1    map[string]bool // GeoNames admin1 codes
	Lang      string          // the document's language (ISO 639-1), for inflected names
}

// DocumentContext collects the countries of a document's entities (every
// mention counts) and of its events' participants.
func (g *Gazetteer) DocumentContext(d *doc.Document) Context {
	c := Context{Countries: map[string]int{}, Admin1: map[string]bool{}, Lang: d.Lang}
	for _, e := range d.Entities {
		if g.country[e.Country] != nil {
			c.Countries[e.Country] += len(e.Mentions)
		}
	}
	for _, v := range d.Events {
		for _, p := range []*doc.Participant{v.Source, v.Target} {
			if p != nil && g.country[p.Country] != nil {
				c.Countries[p.Country]++
			}
		}
	}
	return c
}

// Resolve finds the place a GPE or LOC entity names, or nil. A country's
// name resolves to the country; a seat of power or institution the actor
// base links with a role (Kreml → RUSGOV, Biały Dom, Pentagon) stays an
// actor and gets no place; other names are looked up by the entity's base
// form, its mentions' lemmas and their words as written, and namesakes
// are told apart by the country the actor base gave the entity, the
// countries the article names, the feature type and the population.
//
// An entity typed ORG (or PRODUCT, EVENT: the recogniser's slips) is
// resolved only as a metonym of a place: the
// actor base links it to a country and to nothing finer (no government,
// ministry or company code), and its own name, not only its canonical
// one, is that country, one of its first-level divisions or one of its
// cities of 100,000 people or more ("Rosja ostrzegła", "Moskwa
// odpowiedziała": the Polish recogniser follows NKJP, which types a
// country or capital acting as an agent orgName). It keeps its type.
func (g *Gazetteer) Resolve(e *doc.Entity, ctx Context, kb *actors.KB) *Place {
	switch e.Type {
	case "GPE", "LOC":
	case "ORG", "PRODUCT", "EVENT":
		if !g.placeMetonym(e) {
			return nil
		}
	default:
		return nil
	}
	if e.Actor != "" && e.Actor != e.Country {
		return nil // a seat of power, an institution: an actor, not a map point
	}
	names := entityNames(e)
	if len(names) == 0 {
		return nil
	}
	if e.Actor != "" && g.country[e.Actor] != nil && kb != nil {
		for _, n := range names {
			for _, m := range kb.Lookup(n) {
				if !m.Adjective && m.Actor.Kind == actors.Country && m.Actor.At("").Country == e.Actor {
					return g.country[e.Actor]
				}
			}
		}
	}
	var cands []*Place
	seen := map[*Place]bool{}
	for _, n := range names {
		for _, p := range g.Lookup(n) {
			if !seen[p] && p.Located {
				seen[p] = true
				cands = append(cands, p)
			}
		}
	}
	if len(cands) == 0 {
		// "w Wielkiej Brytanii", "Meklemburgii-Pomorzu Przednim": a name of
		// several words the lemmatizer left inflected, matched word by
		// word (the entity's name as written too, for a mention whose
		// lemma is half inflected).
		for _, n := range names {
			for _, p := range g.LookupInflected(n, ctx.Lang) {
				if !seen[p] && p.Located {
					seen[p] = true
					cands = append(cands, p)
				}
			}
		}
	}
	if len(cands) == 0 {
		// "Zamfara State", "stan Kerala": the division without its
		// generic word, after or before it.
		for _, n := range names {
			var rest string
			if i := strings.LastIndexByte(n, ' '); i > 0 && generic[strings.ToLower(n[i+1:])] {
				rest = n[:i]
			} else if i := strings.IndexByte(n, ' '); i > 0 && generic[strings.ToLower(n[:i])] {
				rest = n[i+1:]
			}
			for _, p := range g.Lookup(rest) {
				if p.Located && p.Feature == "ADM1" {
					cands = append(cands, p)
				}
			}
		}
	}
	if len(cands) == 0 {
		// The actor base links the name to a state ("Polski" lemmatised
		// from "Polski", genitive): the state it is.
		// The actor base links the name to a state under the state's own
		// name ("Polski" lemmatised from "Polski", genitive), or as a
		// part that stands for it ("Anglia"): the state it is. A town the
		// gazetteer lacks that the linker put in a country ("Lubmin" in
		// Germany) keeps its country but gets no point: the country's
		// would put it hundreds of kilometres away.
		if c := g.country[e.Actor]; c != nil && e.Actor == e.Country && c.Located && kb != nil && namesCountry(kb, e, c) {
			return c
		}
		return nil
	}
	if e.Country != "" {
		var in []*Place
		for _, p := range cands {
			if p.Country == e.Country {
				in = append(in, p)
			}
		}
		switch {
		case len(in) > 0:
			cands = in
		case g.country[e.Country] != nil && (cands[0].Population < 1000000 || cands[0].Feature == "PCLI"):
			// The actor base says another country; a big city of a
			// dependent territory (Hong Kong, linked to China) only
			// is let through.
			return nil
		default:
			cands = cands[:1]
		}
	}
	var best *Place
	bestScore := math.Inf(-1)
	for _, p := range cands {
		if s := score(p, e, ctx); s > bestScore {
			best, bestScore = p, s
		}
	}
	// A small place no country of the article backs is more likely a
	// misrecognised word than a namesake on another continent; so is a
	// division named only by its position ("the North": Cameroon's).
	if e.Country != best.Country && ctx.Countries[best.Country] == 0 && best.Feature != "PCLI" && allPositional(names) {
		return nil
	}
	if e.Country == "" && ctx.Countries[best.Country] == 0 && best.Population < 100000 &&
		best.Feature != "PPLC" && best.Feature != "PCLI" && best.Feature != "ADM1" && best.Feature != "RGN" && best.Feature != "CONT" {
		return nil
	}
	return best
}

func score(p *Place, e *doc.Entity, ctx Context) float64 {
	var s float64
	switch p.Feature {
	case "PCLI":
		s = 8
	case "ADM1":
		s = 5
	case "RGN":
		s = 5.5
	case "CONT":
		s = 6
	default:
		s = math.Log10(float64(p.Population) + 1)
	}
	switch p.Feature {
	case "PPLC":
		s += 1
	case "PPLA":
		s += 0.3
	}
	// The article's countries weigh less than a tenfold population: a
	// story about America that mentions Paris means France's.
	if n := ctx.Countries[p.Country]; n > 0 {
		s += 1.5 + math.Min(float64(n), 5)*0.2
	}
	if p.Feature != "ADM1" && p.Admin1Code != "" && ctx.Admin1[p.Admin1Code] {
		s += 3
	}
	if p.Country != "" && p.Country == e.Country {
		s += 10
	}
	return s
}

// placeMetonym reports whether an ORG entity is a place acting as an
// agent (see Resolve).
func (g *Gazetteer) placeMetonym(e *doc.Entity) bool {
	if e.Actor == "" || e.Actor != e.Country || g.country[e.Country] == nil {
		return false
	}
	names := []string{e.Name}
	for _, m := range e.Mentions {
		names = append(names, m.Lemma)
	}
	for _, n := range names {
		if r, _ := utf8.DecodeRuneInString(n); !unicode.IsUpper(r) {
			continue
		}
		for _, p := range g.Lookup(n) {
			if p.Located && p.Country == e.Country && (p.Feature == "PCLI" || p.Feature == "ADM1" || p.Population >= 100000) {
				return true
			}
		}
	}
	return false
}

// allPositional reports whether every name is positional.
func allPositional(names []string) bool {
	for _, n := range names {
		if !positional(n) {
			return false
		}
	}
	return len(names) > 0
}

// entityNames are the forms an entity is looked up by: its base form,
// its mentions' lemmas and its canonical name, each once, capitalised
// ones only.
func entityNames(e *doc.Entity) []string {
	var out []string
	seen := map[string]bool{}
	add := func(s string) {
		s = strings.TrimSpace(s)
		if s == "" || seen[s] {
			return
		}
		r, _ := utf8.DecodeRuneInString(s)
		if !unicode.IsUpper(r) {
			return
		}
		seen[s] = true
		out = append(out, s)
	}
	add(e.Name)
	for _, m := range e.Mentions {
		add(m.Lemma)
	}
	// The actor base's English name ("Англия" → England) last.
	add(e.Canonical)
	return out
}

// Annotate resolves the document's GPE and LOC entities (setting their
// place fields, and their country when the actor base gave none) and
// gives each event the place its sentence names (see Locate).
func Annotate(d *doc.Document, l *lang.Language) {
	g := Default()
	ctx := g.DocumentContext(d)
	kb := actors.Default()
	resolved := make([]*Place, len(d.Entities))
	// The divisions the article names help place its towns: resolve
	// once to find them, then again with them in the context.
	for i := range d.Entities {
		if p := g.Resolve(&d.Entities[i], ctx, kb); p != nil && p.Feature == "ADM1" {
			ctx.Admin1[p.Admin1Code] = true
		}
	}
	for i := range d.Entities {
		e := &d.Entities[i]
		p := g.Resolve(e, ctx, kb)
		if p == nil {
			continue
		}
		resolved[i] = p
		e.Located, e.Lat, e.Lon, e.GeonameID = true, p.Lat, p.Lon, p.GeonameID
		e.Admin1, e.Feature = g.Admin1Name(p), p.Feature
		if e.Country == "" {
			e.Country = p.Country
		}
		if p.Name != "" && p.Feature != "CONT" && p.Feature != "PCLI" && bareLetters(e.Canonical) != bareLetters(p.Name) && len(kb.Lookup(e.Canonical)) == 0 {
			// A place the actor base does not know takes the gazetteer's
			// name, English where GeoNames gives one, as the base's
			// places take their English names: "Monachium" and
			// "Мюнхен" are Munich, "Soczi" Sochi. A name that differs
			// only by diacritics stays as the text writes it ("Agra",
			// not GeoNames' "Āgra").
			e.Canonical = p.Name
		}
	}
	code := ""
	if l != nil {
		code = l.Code
	}
	main := g.mainPlace(d, resolved)
	var dateline *Place
	if len(d.Events) > 0 {
		dateline = g.Dateline(d, resolved, ctx)
	}
	for i := range d.Events {
		v := &d.Events[i]
		if v.Location = g.Locate(d, v, resolved, code); v.Location == nil {
			v.Location = g.fallback(v, dateline, main)
		}
	}
}

// mainPlace returns the article's main place: the resolved place named
// most often (at least three times), the first named on a tie; or nil.
func (g *Gazetteer) mainPlace(d *doc.Document, resolved []*Place) *Place {
	var best *Place
	n := 2
	for i, p := range resolved {
		if p != nil && p.Feature != "CONT" && len(d.Entities[i].Mentions) > n {
			best, n = p, len(d.Entities[i].Mentions)
		}
	}
	return best
}

// fallback places an event whose sentence names no place: at the
// article's dateline, else its main place, when it lies in the country of
// the event's source or target, else in the target's country (the
// source's when there is no target), at country precision, with no words
// of its own (an empty span). The reason goes into v.Explain.
func (g *Gazetteer) fallback(v *doc.Event, dateline, main *Place) *doc.Location {
	var src, tgt string
	if v.Source != nil {
		src = v.Source.Country
	}
	if v.Target != nil {
		tgt = v.Target.Country
	}
	p, why := (*Place)(nil), ""
	switch {
	case dateline != nil && dateline.Country != "" && (dateline.Country == src || dateline.Country == tgt):
		p, why = dateline, "the article's dateline, in a participant's country (the sentence names no place)"
	case main != nil && main.Country != "" && (main.Country == src || main.Country == tgt):
		p, why = main, "the article's main place, in a participant's country (the sentence names no place)"
	case g.country[tgt] != nil && g.country[tgt].Located:
		p, why = g.country[tgt], "the target's country (the sentence names no place)"
	case tgt == "" && g.country[src] != nil && g.country[src].Located:
		p, why = g.country[src], "the source's country (the sentence names no place, the event has no target)"
	default:
		return nil
	}
	v.Explain = append(v.Explain, fmt.Sprintf("location %s (%s, %s): %s", p.Name, p.Precision(), orNone(p.Country), why))
	return &doc.Location{Name: p.Name, Country: p.Country, Admin1: g.Admin1Name(p),
		Lat: p.Lat, Lon: p.Lon, GeonameID: p.GeonameID, Precision: p.Precision()}
}

// namesCountry reports whether the actor base knows e's base form or
// canonical name as the country c itself, not as a place in it: an entry
// of kind Country whose code is c's.
func namesCountry(kb *actors.KB, e *doc.Entity, c *Place) bool {
	if actors.Key(e.Canonical) == actors.Key(c.Name) {
		return true
	}
	for _, n := range []string{e.Name, e.Canonical} {
		for _, m := range kb.Lookup(n) {
			if !m.Adjective && m.Actor.Kind == actors.Country && m.Actor.At("").Country == c.Country {
				return true
			}
		}
	}
	return false
}

// bareLetters is s in lower case without its diacritics ("Āgra" →
// "agra"): names that differ only by them are one spelling.
func bareLetters(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
