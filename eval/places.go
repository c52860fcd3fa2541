package eval

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/tabwriter"
	"unicode"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/places"
)

// PlaceScore holds the place-resolution figures of SlavicNER's LOC
// mentions (their ids are GPE-… or LOC-…; see ScorePlaces).
type PlaceScore struct {
	Docs int `json:"documents"`
	// Known: mentions whose id names a gazetteer place; right when the
	// mention's entity resolved to a place of that name.
	Known Acc `json:"known"`
	// Strict: the same, right only when it is the most prominent place
	// of that name (the country before a namesake town, the most
	// populous town).
	Strict Acc `json:"strict"`
	// Found: of the known mentions, those the recognizer found as a
	// located or locatable (GPE or LOC) mention, and how many of them
	// resolved right.
	Found Acc `json:"found"`
	// Unknown: mentions whose id names no gazetteer place (a sea, a
	// building, "the West"); right when no place was given.
	Unknown Acc `json:"unknown"`
	// All: Known and Unknown together.
	All Acc `json:"all"`
	// Kinds counts the wrong mentions by what went wrong (MissKinds).
	Kinds map[string]int `json:"miss_kinds,omitempty"`
	// Misses lists the wrong mentions ("id: text → place"), tuning split
	// only.
	Misses []string `json:"misses,omitempty"`
}

// MissKinds are the kinds of wrong mentions ScorePlaces counts, in the
// order pipeline stages make them: a known id the recognizer found no
// mention for; found, but as a type that is not a place (PERSON, NORP,
// ORG not resolved as a place) and given none; found as GPE or LOC with
// another span and given no place; found with the gold span and given no
// place (no gazetteer candidate for its names); given another place (a
// namesake, a division for a country); an unknown id given a place.
var MissKinds = []string{"not found", "other type", "span", "no candidate", "wrong place", "placed unknown id"}

func missKind(e *doc.Entity, sameSpan, known bool) string {
	switch {
	case !known:
		return "placed unknown id"
	case e == nil:
		return "not found"
	case e.Located:
		return "wrong place"
	case e.Type != "GPE" && e.Type != "LOC":
		return "other type"
	case !sameSpan:
		return "span"
	}
	return "no candidate"
}

// Add adds the counts of o to s.
func (s *PlaceScore) Add(o PlaceScore) {
	s.Docs += o.Docs
	s.Known.Add(o.Known)
	s.Strict.Add(o.Strict)
	s.Found.Add(o.Found)
	s.Unknown.Add(o.Unknown)
	s.All.Add(o.All)
	s.Misses = append(s.Misses, o.Misses...)
	for k, n := range o.Kinds {
		if s.Kinds == nil {
			s.Kinds = map[string]int{}
		}
		s.Kinds[k] += n
	}
}

// idPlaceName returns the place name a SlavicNER id gives: its name part
// with hyphens as spaces and a run of capitals split from the word before
// it ("GPE-WashingtonDC" → "Washington DC").
func idPlaceName(id string) string {
	name := strings.ReplaceAll(idName(id), "-", " ")
	var b strings.Builder
	var prev rune
	for _, r := range name {
		if unicode.IsUpper(r) && unicode.IsLower(prev) {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// idPlaces returns the located places a SlavicNER id names; an id whose
// name is nowhere in the gazetteer is tried with two neighbouring letters
// swapped ("GPE-Brussles"), the corpus' only kind of misspelt id.
func idPlaces(g *places.Gazetteer, id string) []*places.Place {
	located := func(ps []*places.Place) []*places.Place {
		var out []*places.Place
		for _, p := range ps {
			if p.Located {
				out = append(out, p)
			}
		}
		return out
	}
	name := idPlaceName(id)
	if ps := located(g.Lookup(name)); len(ps) > 0 {
		return ps
	}
	r := []rune(name)
	for i := 0; i+1 < len(r); i++ {
		if r[i] == r[i+1] || !unicode.IsLetter(r[i]) || !unicode.IsLetter(r[i+1]) {
			continue
		}
		r[i], r[i+1] = r[i+1], r[i]
		ps := located(g.Lookup(string(r)))
		r[i], r[i+1] = r[i+1], r[i]
		if len(ps) > 0 {
			return ps
		}
	}
	return nil
}

// samePlace reports whether entity e was resolved to place p.
func samePlace(e *doc.Entity, p *places.Place) bool {
	return e.Located && p.Located && e.Feature == p.Feature && e.Lat == p.Lat && e.Lon == p.Lon && e.GeonameID == p.GeonameID
}

// ScorePlaces scores the places the pipeline gave d's entities against
// the LOC mentions of SlavicNER gold (offsets in code points of d.Text).
// A gold mention's place is what its id names in the gazetteer g: every
// located place with that name. The mention's prediction is the entity
// of the first predicted mention that overlaps it, a located one first.
// A mention whose id names no place is right when no place is given to
// it: a place found for a name inside it that starts later ("Rzymie" in
// "Koloseum w Rzymie") is not given to it.
func ScorePlaces(gold []SlavicMention, d *doc.Document, g *places.Gazetteer, keepMisses bool) PlaceScore {
	idx := newCPIndex(d.Text)
	type pm struct {
		start, end int
		e          *doc.Entity
	}
	var pred []pm
	for i := range d.Entities {
		e := &d.Entities[i]
		for _, m := range e.Mentions {
			pred = append(pred, pm{idx.at(m.Start), idx.at(m.End), e})
		}
	}
	sort.SliceStable(pred, func(i, j int) bool { return pred[i].start < pred[j].start })
	s := PlaceScore{Docs: 1}
	for _, gm := range gold {
		if gm.Type != "LOC" {
			continue
		}
		var e *doc.Entity
		inner := false    // e's mention starts inside the gold one
		sameSpan := false // e's mention has the gold span
		for _, p := range pred {
			if p.start < gm.End && gm.Start < p.end && (e == nil || !e.Located && p.e.Located) {
				e, inner, sameSpan = p.e, p.start > gm.Start, p.start == gm.Start && p.end == gm.End
			}
		}
		want := idPlaces(g, gm.ID)
		right := false
		if len(want) == 0 {
			// A place named inside a longer name ("Koloseum w Rzymie",
			// "więzienia w Multanie": SlavicNER marks no nested names)
			// is that place's, not a claim about the whole.
			right = e == nil || !e.Located || inner
			s.Unknown.Total++
			if right {
				s.Unknown.Correct++
			}
		} else {
			for _, p := range want {
				right = right || e != nil && samePlace(e, p)
			}
			s.Known.Total++
			s.Strict.Total++
			if right {
				s.Known.Correct++
			}
			if e != nil && samePlace(e, want[0]) {
				s.Strict.Correct++
			}
			if e != nil && (e.Type == "GPE" || e.Type == "LOC") {
				s.Found.Total++
				if right {
					s.Found.Correct++
				}
			}
		}
		s.All.Total++
		if right {
			s.All.Correct++
		}
		if !right {
			if s.Kinds == nil {
				s.Kinds = map[string]int{}
			}
			s.Kinds[missKind(e, sameSpan, len(want) > 0)]++
		}
		if !right && keepMisses {
			got := "nothing"
			if e != nil {
				got = e.Type + " " + e.Name
				if e.Located {
					got += fmt.Sprintf(" → %s %s %.2f,%.2f", e.Feature, e.Country, e.Lat, e.Lon)
				}
			}
			s.Misses = append(s.Misses, fmt.Sprintf("%s: %q → %s", gm.ID, gm.Text, got))
		}
	}
	return s
}

// PlaceReport holds place-resolution figures per split and topic.
type PlaceReport struct {
	Lang   string                 `json:"lang"`
	Splits map[string]*PlaceScore `json:"splits"`
	Topics map[string]*PlaceScore `json:"topics"`
	Errors []error                `json:"-"`
}

// MarshalJSON writes the report with its errors as strings.
func (r *PlaceReport) MarshalJSON() ([]byte, error) {
	type plain PlaceReport
	return marshalReport("kronika-eval-places/1", (*plain)(r), r.Errors)
}

// RunSlavicPlaces scores place resolution on the LOC mentions of a
// SlavicNER tree, per topic and per split (SlavicSplit). Wrong mentions
// are kept (for --details) on the tuning split only.
func RunSlavicPlaces(r Runner, dir, lang string, workers int) *PlaceReport {
	rep := &PlaceReport{Lang: lang, Splits: map[string]*PlaceScore{}, Topics: map[string]*PlaceScore{}}
	files, err := slavicFiles(dir, lang)
	if err != nil {
		rep.Errors = append(rep.Errors, err)
		return rep
	}
	g := places.Default()
	type result struct {
		score PlaceScore
		err   error
	}
	results := make([]result, len(files))
	parallel(len(files), workers, func(i int) {
		topic := filepath.Base(filepath.Dir(filepath.Dir(files[i])))
		gold, d, err := slavicGoldAndDoc(r, dir, lang, files[i])
		if err != nil {
			results[i].err = err
			return
		}
		results[i].score = ScorePlaces(gold, d, g, SlavicSplit(topic) == SplitTune)
	})
	for i, f := range files {
		if results[i].err != nil {
			rep.Errors = append(rep.Errors, results[i].err)
			continue
		}
		topic := filepath.Base(filepath.Dir(filepath.Dir(f)))
		split := SlavicSplit(topic)
		if rep.Topics[topic] == nil {
			rep.Topics[topic] = &PlaceScore{}
		}
		if rep.Splits[split] == nil {
			rep.Splits[split] = &PlaceScore{}
		}
		s := results[i].score
		rep.Splits[split].Add(s)
		s.Misses = nil
		rep.Topics[topic].Add(s)
	}
	return rep
}

// slavicGoldAndDoc reads a SlavicNER annotation file and runs the
// pipeline on its raw text.
func slavicGoldAndDoc(r Runner, dir, lang, tsv string) ([]SlavicMention, *doc.Document, error) {
	data, err := os.ReadFile(tsv)
	if err != nil {
		return nil, nil, err
	}
	gold, errs := ParseSlavicTSV(tsv, data)
	if errs != nil {
		return nil, nil, errs[0]
	}
	topic := filepath.Base(filepath.Dir(filepath.Dir(tsv)))
	raw := filepath.Join(dir, "raw", topic, lang, strings.TrimSuffix(filepath.Base(tsv), ".tsv")+".txt")
	docs, errs := r.Extract(raw, nil)
	if len(errs) > 0 {
		return nil, nil, fmt.Errorf("%s: %w", raw, errs[0])
	}
	if len(docs) != 1 {
		return nil, nil, fmt.Errorf("%s: the pipeline made %d documents of it, want 1", raw, len(docs))
	}
	return gold, docs[0], nil
}

// WriteTable prints one line per split, then per topic with its split.
func (r *PlaceReport) WriteTable(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "SPLIT\tTOPIC\tDOCS\tKNOWN ACC\tSTRICT\tFOUND BY NER\tNO PLACE (UNKNOWN ID)\tALL")
	line := func(split, topic string, s *PlaceScore) {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%s\t%s\t%s\t%s\n", split, topic, s.Docs, s.Known, s.Strict, s.Found, s.Unknown, s.All)
	}
	for _, split := range []string{SplitTune, SplitHeldOut, SplitDev} {
		if s := r.Splits[split]; s != nil {
			line(split, "all ("+r.Lang+")", s)
		}
	}
	topics := make([]string, 0, len(r.Topics))
	for t := range r.Topics {
		topics = append(topics, t)
	}
	sort.Strings(topics)
	for _, t := range topics {
		line(SlavicSplit(t), t, r.Topics[t])
	}
	return tw.Flush()
}

// WriteDetails counts the wrong mentions of each split by kind, and lists
// those of the tuning split.
func (r *PlaceReport) WriteDetails(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprint(tw, "\nWRONG BY KIND")
	for _, k := range MissKinds {
		fmt.Fprint(tw, "\t"+strings.ToUpper(k))
	}
	fmt.Fprintln(tw)
	for _, split := range []string{SplitTune, SplitHeldOut, SplitDev} {
		if s := r.Splits[split]; s != nil {
			fmt.Fprint(tw, split)
			for _, k := range MissKinds {
				fmt.Fprintf(tw, "\t%d", s.Kinds[k])
			}
			fmt.Fprintln(tw)
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	s := r.Splits[SplitTune]
	if s == nil {
		return nil
	}
	return writeList(w, "\nwrong places on the tuning split", s.Misses)
}
