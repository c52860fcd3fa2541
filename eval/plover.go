package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/kronika/kronika/actors"
	"github.com/kronika/kronika/doc"
)

// PLOVER's gold examples (PLOVER_GSR_CAMEO.txt): a JSON list of records,
// each an English sentence with its PLOVER event type and the source and
// target actors with their codes. Records of the "DOCUMENT" type document
// the file and are skipped.

// ploverRenamed are the event types of the gold file (coded in 2016) that
// PLOVER 2.0 renamed or merged (the PLOVER manual's table of CAMEO roots:
// 09 INVESTIGATE and 11 DISAPPROVE are ACCUSE, 10 DEMAND is REQUEST, 19
// FIGHT is ASSAULT).
var ploverRenamed = map[string]string{"INVESTIGATE": "ACCUSE", "DISAPPROVE": "ACCUSE",
	"DEMAND": "REQUEST", "FIGHT": "ASSAULT"}

// PloverExample is one gold record.
type PloverExample struct {
	ID      string
	Date    string
	Lang    string
	GSRType string // the type as the record gives it
	Type    string // the PLOVER 2.0 type it is (see ploverRenamed)
	Text    string
	Source  []PloverActor
	Target  []PloverActor
	Split   string // PloverTune or PloverHeldout (see PloverSplitOf)
}

// The two halves of PLOVER's gold examples: rules and lexicon entries are
// chosen on the tuning half only; the held-out half is only scored.
const (
	PloverTune    = "tune"
	PloverHeldout = "heldout"
)

// PloverSplitRule says in words how PloverSplitOf splits the examples.
const PloverSplitRule = "tune: examples whose id ends in an odd number (PLOVER-GSR01-AGREE-0001), heldout: even"

// PloverSplitOf returns the half an example belongs to: by the parity of
// the number its id ends in (the file numbers each type's examples from
// 1, so both halves hold about half of every type), else by the parity of
// its place among the examples (counted from 1).
func PloverSplitOf(id string, place int) string {
	i := len(id)
	for i > 0 && id[i-1] >= '0' && id[i-1] <= '9' {
		i--
	}
	odd := place%2 == 1
	if i < len(id) {
		odd = (id[len(id)-1]-'0')%2 == 1
	}
	if odd {
		return PloverTune
	}
	return PloverHeldout
}

// PloverActor is an actor of a gold record: its words in the sentence and
// its code (a country, or IGO, NGO, ...).
type PloverActor struct {
	Text string `json:"actorText"`
	Code string `json:"code"`
}

type ploverJSON struct {
	ID       string          `json:"id"`
	Date     string          `json:"date"`
	Event    string          `json:"event"`
	Text     string          `json:"text"`
	Language string          `json:"language"`
	Source   json.RawMessage `json:"source"`
	Target   json.RawMessage `json:"target"`
}

// ParsePlover reads PLOVER's gold examples. The source and target of a
// record may be a list of actors, one actor, or a string such as "" (no
// actor).
func ParsePlover(r io.Reader) ([]PloverExample, error) {
	var raw []ploverJSON
	dec := json.NewDecoder(r)
	if err := dec.Decode(&raw); err != nil {
		return nil, fmt.Errorf("JSON: %w", err)
	}
	var out []PloverExample
	for i, rec := range raw {
		if rec.Event == "DOCUMENT" {
			continue
		}
		where := rec.ID
		if where == "" {
			where = fmt.Sprintf("record %d", i+1)
		}
		if rec.Event == "" || strings.TrimSpace(rec.Text) == "" {
			return nil, fmt.Errorf("%s: no event or no text", where)
		}
		gsr := strings.ToUpper(strings.TrimSpace(rec.Event))
		ex := PloverExample{ID: rec.ID, Date: rec.Date, Lang: rec.Language, GSRType: gsr, Type: gsr,
			Text: strings.Join(strings.Fields(rec.Text), " "), Split: PloverSplitOf(rec.ID, len(out)+1)}
		if t, ok := ploverRenamed[gsr]; ok {
			ex.Type = t
		}
		if ex.Lang == "" {
			ex.Lang = "en"
		}
		var err error
		if ex.Source, err = ploverActors(rec.Source); err != nil {
			return nil, fmt.Errorf("%s: source: %w", where, err)
		}
		if ex.Target, err = ploverActors(rec.Target); err != nil {
			return nil, fmt.Errorf("%s: target: %w", where, err)
		}
		out = append(out, ex)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no examples")
	}
	return out, nil
}

func ploverActors(m json.RawMessage) ([]PloverActor, error) {
	m = bytes.TrimSpace(m)
	// none: absent, null, or a string ("" in most records; one record
	// of the published file has a context word there)
	if len(m) == 0 || string(m) == "null" || m[0] == '"' {
		return nil, nil
	}
	var list []PloverActor
	switch m[0] {
	case '[':
		if err := json.Unmarshal(m, &list); err != nil {
			return nil, err
		}
	case '{':
		var a PloverActor
		if err := json.Unmarshal(m, &a); err != nil {
			return nil, err
		}
		list = []PloverActor{a}
	default:
		return nil, fmt.Errorf("want a list of actors, an actor or a string")
	}
	out := list[:0]
	for _, a := range list {
		a.Code = strings.ToUpper(strings.TrimSpace(a.Code))
		if a.Code != "" || a.Text != "" {
			out = append(out, a)
		}
	}
	return out, nil
}

// codes returns the distinct codes of actors.
func codes(as []PloverActor) []string {
	var out []string
	for _, a := range as {
		if a.Code != "" && !slices.Contains(out, a.Code) {
			out = append(out, a.Code)
		}
	}
	return out
}

// PloverResult is how one example was coded.
type PloverResult struct {
	ID      string   `json:"id"`
	Split   string   `json:"split"`
	GSRType string   `json:"gsr_type"`
	Type    string   `json:"type"`
	Got     []string `json:"got"` // "TYPE SOURCE TARGET" of each event
	// TypeOK: an event of the gold type; DyadOK: one with the type and
	// the countries too (null when the record gives no codes).
	TypeOK bool  `json:"type_ok"`
	DyadOK *bool `json:"dyad_ok"`
}

// PloverReport holds the shares of examples coded right: Type, the
// examples with an event of their type in the sentence; Dyad, of the
// examples whose record gives actor codes, those with an event of the
// type whose source and target match them (see RunPlover).
type PloverReport struct {
	Schema  string          `json:"schema"`
	Split   string          `json:"split"` // the half scored: PloverTune, PloverHeldout or "all"
	Type    Acc             `json:"type"`
	Dyad    Acc             `json:"type_and_countries"`
	PerType map[string]*Acc `json:"per_type"`
	// Halves: Type and Dyad of each half scored (see PloverSplitOf).
	Halves map[string]*PloverHalf `json:"halves"`
	Goal   struct {
		Type float64 `json:"type"`
		Met  bool    `json:"met"`
	} `json:"goal"`
	Results []PloverResult `json:"results"`
	Errors  []error        `json:"-"`
}

// PloverHalf holds the shares of one half of the examples.
type PloverHalf struct {
	Type Acc `json:"type"`
	Dyad Acc `json:"type_and_countries"`
}

// PloverGoalType is issue 14's goal: the type of at least 80% of the
// examples.
const PloverGoalType = 0.80

// MarshalJSON writes the report with its errors as strings.
func (r *PloverReport) MarshalJSON() ([]byte, error) {
	type plain PloverReport
	return marshalReport("", (*plain)(r), r.Errors) // the schema is a field of its own
}

// RunPlover codes each example's sentence as a document of its language
// and compares the events with the gold type and actors. An event matches
// the actors when its source's country (or actor code) is one of the
// record's source codes and its target's one of the target codes; a
// record without a target matches on the source alone, except a joint act
// of several sources ("Hungary and Romania agreed"), which wants an event
// between two of them, in either order.
// Only the examples of half split are coded ("" or "all": every one).
func RunPlover(r Runner, exs []PloverExample, split string) *PloverReport {
	if split == "" {
		split = "all"
	}
	rep := &PloverReport{Schema: "kronika-eval-plover/1", Split: split, PerType: map[string]*Acc{},
		Halves: map[string]*PloverHalf{}}
	rep.Goal.Type = PloverGoalType
	for _, ex := range exs {
		if split != "all" && ex.Split != split {
			continue
		}
		d := &doc.Document{ID: doc.Hash(ex.Text), Source: ex.ID, Lang: ex.Lang, Date: ex.Date,
			Format: "text", Text: ex.Text}
		if err := r.Process(d); err != nil {
			rep.Errors = append(rep.Errors, fmt.Errorf("%s: %w", ex.ID, err))
			continue
		}
		res := PloverResult{ID: ex.ID, Split: ex.Split, GSRType: ex.GSRType, Type: ex.Type, Got: []string{}}
		src, tgt := codes(ex.Source), codes(ex.Target)
		withCodes := len(src) > 0 || len(tgt) > 0
		dyad := false
		for _, e := range d.Events {
			res.Got = append(res.Got, e.Type+" "+actorCode(e.Source)+" "+actorCode(e.Target))
			if e.Type != ex.Type {
				continue
			}
			res.TypeOK = true
			if withCodes && ploverDyad(e, src, tgt) {
				dyad = true
			}
		}
		one := Acc{Total: 1}
		if res.TypeOK {
			one.Correct = 1
		}
		rep.Type.Add(one)
		if rep.PerType[ex.Type] == nil {
			rep.PerType[ex.Type] = &Acc{}
		}
		rep.PerType[ex.Type].Add(one)
		half := rep.Halves[ex.Split]
		if half == nil {
			half = &PloverHalf{}
			rep.Halves[ex.Split] = half
		}
		half.Type.Add(one)
		if withCodes {
			res.DyadOK = &dyad
			a := Acc{Total: 1}
			if dyad {
				a.Correct = 1
			}
			rep.Dyad.Add(a)
			half.Dyad.Add(a)
		}
		rep.Results = append(rep.Results, res)
	}
	v, ok := rep.Type.Value()
	rep.Goal.Met = ok && v >= PloverGoalType
	return rep
}

// ploverDyad reports whether event e joins the gold codes (see RunPlover).
func ploverDyad(e doc.Event, src, tgt []string) bool {
	is := func(p *doc.Participant, codes []string) bool {
		if p == nil {
			return false
		}
		for _, c := range codes {
			if l, ok := ploverLegacy[c]; ok {
				c = l
			}
			if p.Country == c || p.Actor != "" && strings.HasPrefix(p.Actor, c) {
				return true
			}
			if c == "IGO" && (intergovernmental(p.Country) || strings.Contains(p.Actor, "IGO")) {
				return true
			}
		}
		return false
	}
	switch {
	case len(src) > 0 && len(tgt) > 0:
		return is(e.Source, src) && is(e.Target, tgt)
	case len(tgt) > 0:
		return is(e.Target, tgt)
	case len(src) > 1:
		// a joint act: two different parties of the source list
		if !is(e.Source, src) || !is(e.Target, src) {
			return false
		}
		return actorCode(e.Source) != actorCode(e.Target)
	}
	return is(e.Source, src)
}

// ploverLegacy maps the CAMEO country codes of the GSR file that are not
// ISO 3166-1 alpha-3 to the ISO codes Kronika writes (Japan, Italy).
var ploverLegacy = map[string]string{"JAP": "JPN", "ITL": "ITA"}

// intergovernmental reports whether c, an actor's country field, is a
// group of states or a body above them (the UN, the EU, NATO, the African
// Union…): what the GSR file codes IGO whichever body it is. Groups that
// are not intergovernmental (NGO, armed groups) are not.
func intergovernmental(c string) bool {
	return actors.Groups[c] && c != "NGO" && !actors.Stateless[c]
}

// WriteTable prints the shares overall and per type.
func (r *PloverReport) WriteTable(w io.Writer) error {
	var b bytes.Buffer
	writeShares(&b, r.PerType)
	met := "not met"
	if r.Goal.Met {
		met = "met"
	}
	fmt.Fprintf(&b, "examples with an event of their PLOVER type: %s   goal ≥ %.2f (%s)\n", r.Type, r.Goal.Type, met)
	fmt.Fprintf(&b, "with the type and the source and target countries (examples giving codes): %s\n", r.Dyad)
	fmt.Fprintf(&b, "split %s (%s)\n", r.Split, PloverSplitRule)
	for _, h := range []string{PloverTune, PloverHeldout} {
		if p := r.Halves[h]; p != nil {
			fmt.Fprintf(&b, "  %-8s type %s   type and countries %s\n", h, p.Type, p.Dyad)
		}
	}
	_, err := w.Write(b.Bytes())
	return err
}
