package places

import (
	_ "embed"
	"fmt"
	"sort"
	"strings"

	"github.com/kronika/kronika/doc"
)

//go:embed data/cues.tsv
var cuesData string

// cues holds, per language, the words before a place name that place an
// act there.
var cues = func() map[string]map[string]bool {
	m := map[string]map[string]bool{}
	for _, line := range strings.Split(cuesData, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		code, words, _ := strings.Cut(line, "\t")
		set := map[string]bool{}
		for _, w := range strings.Split(words, "|") {
			set[w] = true
		}
		m[code] = set
	}
	return m
}()

// Locate returns the place of an event from its own sentence: a resolved
// place mention in it, preferring one in the event's own clause
// (clauseSpan), then one that is not the event's source
// or target (nor a country one of them stands for), one a locative word
// introduces ("w Pjongjangu", "in Kyiv"), one after the trigger, a finer
// one, and the nearest to the trigger. When the sentence names only a
// participant's place, the location is that participant's country
// (precision country). resolved[i] is the place of d.Entities[i], or nil.
// The choice and its reason are added to v.Explain ("location Pyongyang
// (city, PRK) from "w Pjongjangu": a place after a locative word …").
func (g *Gazetteer) Locate(d *doc.Document, v *doc.Event, resolved []*Place, code string) *doc.Location {
	type cand struct {
		p           *Place
		span        doc.Span // the mention with its cue
		p0          int      // the mention's own start
		participant bool
		clause      bool // in the event's own clause
		score       float64
	}
	var best *cand
	clause := clauseSpan(d, v)
	partCountries := map[string]bool{}
	partEntities := map[string]bool{}
	for _, pt := range []*doc.Participant{v.Source, v.Target} {
		if pt == nil {
			continue
		}
		if pt.Country != "" {
			partCountries[pt.Country] = true
		}
		if pt.Entity != "" {
			partEntities[pt.Entity] = true
		}
	}
	for i, p := range resolved {
		if p == nil || p.Feature == "CONT" {
			continue // a continent is no map point for an act
		}
		e := &d.Entities[i]
		for _, m := range e.Mentions {
			if !v.Sentence.Contains(m.Span) || m.Span.Start < v.Trigger.End && m.Span.End > v.Trigger.Start {
				continue
			}
			c := cand{p: p, span: m.Span, p0: m.Start}
			c.participant = partEntities[e.ID] || p.Feature == "PCLI" && partCountries[p.Country]
			if start, ok := cueBefore(d, m.Span, code); ok {
				c.span.Start = start
				c.score += 20
			}
			// The event's own clause first, then a place that is not a
			// participant's: a place named with another verb is that
			// verb's ("Rosja zaatakowała Ukrainę, a w Berlinie
			// protestowano").
			if clause.Contains(m.Span) {
				c.clause = true
				c.score += 150
			}
			if !c.participant {
				c.score += 100
			}
			if m.Start >= v.Trigger.End {
				c.score += 10
			}
			switch p.Precision() {
			case "city":
				c.score += 3
			case "admin1":
				c.score += 2
			default:
				c.score += 1
			}
			dist := m.Start - v.Trigger.End
			if dist < 0 {
				dist = v.Trigger.Start - m.End
			}
			c.score -= float64(dist) / 1000
			if best == nil || c.score > best.score {
				cc := c
				best = &cc
			}
		}
	}
	if best == nil {
		return nil
	}
	p := best.p
	if best.participant && p.Feature != "PCLI" {
		if cp := g.country[p.Country]; cp != nil && cp.Located {
			p = cp
		}
	}
	loc := &doc.Location{Span: best.span, Name: p.Name, Country: p.Country, Admin1: g.Admin1Name(p),
		Lat: p.Lat, Lon: p.Lon, GeonameID: p.GeonameID, Precision: p.Precision()}
	where := "sentence"
	if best.clause && clause != v.Sentence {
		where = "clause"
	}
	why := "a place the event's " + where + " names"
	switch {
	case best.participant && p != best.p:
		why = "the country of a participant's place, the only place the " + where + " names"
	case best.participant:
		why = "a participant's country, the only place the " + where + " names"
	case best.span.Start < best.p0:
		why = "a place after a locative word in the event's " + where
	}
	v.Explain = append(v.Explain, fmt.Sprintf("location %s (%s, %s) from %q: %s", p.Name, loc.Precision, orNone(p.Country),
		d.Text[best.span.Start:best.span.End], why))
	return loc
}

func orNone(s string) string {
	if s == "" {
		return "no country"
	}
	return s
}

// cueBefore returns the start of the locative word (or word pair) right
// before span, if there is one.
func cueBefore(d *doc.Document, span doc.Span, code string) (int, bool) {
	set := cues[code]
	if set == nil {
		return 0, false
	}
	// The token before the mention, which must be next to it.
	j := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= span.Start }) - 1
	if j < 0 || d.Tokens[j].End > span.Start || strings.TrimSpace(d.Text[d.Tokens[j].End:span.Start]) != "" {
		return 0, false
	}
	w := strings.ToLower(d.Form(d.Tokens[j].Span))
	if !set[w] {
		return 0, false
	}
	start := d.Tokens[j].Start
	// "w pobliżu Kijowa", "в районе Бахмута": take the preposition too.
	if j > 0 && set[strings.ToLower(d.Form(d.Tokens[j-1].Span))] && strings.TrimSpace(d.Text[d.Tokens[j-1].End:d.Tokens[j].Start]) == "" {
		start = d.Tokens[j-1].Start
	}
	return start, true
}

// clauseBreaks are the punctuation marks that may end a clause.
var clauseBreaks = map[string]bool{",": true, ";": true, ":": true, "–": true, "—": true, "(": true, ")": true}

// clauseSpan returns the event's own clause: the stretch of its sentence
// between punctuation marks that holds its trigger, widened over the
// neighbouring stretches that have no finite verb group of their own ("W
// Kijowie, stolicy Ukrainy, Putin spotkał …" is one clause; "Rosja
// zaatakowała Ukrainę, a w Berlinie protestowano" two). The sentence when
// the document has no verb groups there.
func clauseSpan(d *doc.Document, v *doc.Event) doc.Span {
	i0 := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= v.Sentence.Start })
	i1 := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= v.Sentence.End })
	trig := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End > v.Trigger.Start })
	if i0 >= i1 || trig < i0 || trig >= i1 {
		return v.Sentence
	}
	// verb[i-i0]: 1 + the index of the finite verb group holding token i.
	verb := make([]int, i1-i0)
	any := false
	for k := sort.Search(len(d.Phrases), func(k int) bool { return d.Phrases[k].First >= i0 }); k < len(d.Phrases) && d.Phrases[k].First < i1; k++ {
		q := &d.Phrases[k]
		if q.Kind != doc.VerbGroup || q.Form != "fin" && q.Form != "imps" || q.End > i1 {
			continue
		}
		any = true
		for i := q.First; i < q.End; i++ {
			verb[i-i0] = k + 1
		}
	}
	if !any {
		return v.Sentence
	}
	own := verb[trig-i0]
	other := func(a, b int) bool { // tokens [a, b) hold another finite verb group
		for i := a; i < b; i++ {
			if verb[i-i0] != 0 && verb[i-i0] != own {
				return true
			}
		}
		return false
	}
	isBreak := func(i int) bool { return clauseBreaks[d.Form(d.Tokens[i].Span)] }
	// The trigger's stretch, then its neighbours while they have no verb.
	start := trig
	for start > i0 && !isBreak(start-1) {
		start--
	}
	end := trig + 1
	for end < i1 && !isBreak(end) {
		end++
	}
	if other(start, end) {
		// Another verb shares the stretch: keep to the trigger's side of it.
		for i := trig - 1; i >= start; i-- {
			if verb[i-i0] != 0 && verb[i-i0] != own {
				start = i + 1
				break
			}
		}
		for i := trig + 1; i < end; i++ {
			if verb[i-i0] != 0 && verb[i-i0] != own {
				end = i
				break
			}
		}
	} else {
		for start > i0 {
			a := start - 1
			for a > i0 && !isBreak(a-1) {
				a--
			}
			if other(a, start) {
				break
			}
			start = a
		}
		for end < i1 {
			b := end + 1
			for b < i1 && !isBreak(b) {
				b++
			}
			if other(end, b) {
				break
			}
			end = b
		}
	}
	if start >= end {
		return v.Sentence
	}
	return doc.Span{Start: d.Tokens[start].Start, End: d.Tokens[end-1].End}
}
