package eval

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/kronika/kronika/doc"
)

// GoldSchema names the shape of the JSON report of gold-file evaluation.
const GoldSchema = "kronika-eval/1"

// DocScore holds every figure for one document, or, summed, for all.
type DocScore struct {
	Name     string      `json:"name"`                     // gold file name without .gold.json; "overall"
	Split    string      `json:"split,omitempty"`          // the gold file's split (GoldSplit): tune, held-out or dev
	Docs     int         `json:"documents"`                // 1, or the number of documents summed
	Lang     string      `json:"lang,omitempty"`           // gold language
	PredLang string      `json:"predicted_lang,omitempty"` // language the pipeline chose
	Events   EventScore  `json:"events"`
	Entities EntityScore `json:"entities"`
	Quotes   QuoteScore  `json:"quotes"`
	Times    TimeScore   `json:"times"`
	// Locations: of the fully matched events whose gold gives a
	// location (or null), those located right (see ScoreLocations).
	Locations Acc `json:"locations"`
}

// Add adds the counts of o to s (micro-averaging: overall figures are
// ratios of summed counts, so a long article weighs more than a short one).
func (s *DocScore) Add(o DocScore) {
	s.Docs += o.Docs
	s.Events.Add(o.Events)
	s.Entities.Add(o.Entities)
	s.Quotes.Add(o.Quotes)
	s.Times.Add(o.Times)
	s.Locations.Add(o.Locations)
}

// ScoreDoc scores a predicted document against its gold file.
func ScoreDoc(name string, g *GoldFile, d *doc.Document) DocScore {
	ev, pairs := ScoreEvents(g.Events, d.Events)
	return DocScore{
		Name: name, Docs: 1, Lang: g.Lang, PredLang: d.Lang,
		Events:    ev,
		Entities:  ScoreEntities(g.Entities, d.Entities),
		Quotes:    ScoreQuotes(g.Quotes, d),
		Times:     ScoreTimes(g, d, pairs),
		Locations: ScoreLocations(g, d, pairs),
	}
}

// GoldReport is the result of scoring a set of gold files.
type GoldReport struct {
	Documents []DocScore
	Overall   DocScore
	Errors    []error // gold-file and pipeline errors, reported, never skipped
}

// MarshalJSON writes the report as one object:
// {"schema", "documents": [...], "overall": {...}, "errors": ["..."]}.
func (r *GoldReport) MarshalJSON() ([]byte, error) {
	errs := make([]string, 0, len(r.Errors))
	for _, e := range r.Errors {
		errs = append(errs, e.Error())
	}
	docs := r.Documents
	if docs == nil {
		docs = []DocScore{}
	}
	return marshal(struct {
		Schema    string     `json:"schema"`
		Documents []DocScore `json:"documents"`
		Overall   DocScore   `json:"overall"`
		Errors    []string   `json:"errors"`
	}{GoldSchema, docs, r.Overall, errs})
}

// WriteTable prints one line per document and then the overall figures in
// full. Undefined ratios print as "-"; counts are always shown.
func (r *GoldReport) WriteTable(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "DOCUMENT\tSPLIT\tLANG\tEVENTS F1\tP\tR\tTYPE F1\tDYAD F1\tENTITIES R\tTYPE ACC\tQUOTES F1\tSPEAKER\tDATES")
	for _, d := range r.Documents {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", d.Name, d.Split, langs(d),
			fig(d.Events.Full.F1()), pcount(d.Events.Full), rcount(d.Events.Full),
			fig(d.Events.TypeOnly.F1()), fig(d.Events.DyadOnly.F1()),
			d.Entities.Found, fig(d.Entities.TypeAcc.Value()),
			fig(d.Quotes.F1()), d.Quotes.Speaker, d.Times.Value)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	// The split of every figure: one overall line per split when the
	// documents are of several.
	bySplit := map[string]*DocScore{}
	present := map[string]bool{}
	for _, d := range r.Documents {
		if bySplit[d.Split] == nil {
			bySplit[d.Split] = &DocScore{Name: d.Split}
		}
		bySplit[d.Split].Add(d)
		present[d.Split] = true
	}
	splits := splitOrder(present)
	if len(splits) > 1 {
		fmt.Fprintln(w, "\nby split (held-out protocol, eval/README.md)")
		for _, sp := range splits {
			o := bySplit[sp]
			fmt.Fprintf(w, "  %-8s  %d documents: events %s; entities recall %s; quotes %s, speaker accuracy %s; times %s\n",
				sp, o.Docs, o.Events.Full, o.Entities.Found, o.Quotes.PRF, o.Quotes.Speaker, o.Times.Value)
		}
	}
	o := r.Overall
	_, err := fmt.Fprintf(w, "\noverall (%d documents, micro-averaged; split: %s)\n"+
		"  events     %s\n  type only  %s\n  dyad only  %s\n"+
		"  conf ≥ 0.5 %s\n  conf ≥ 0.8 %s\n"+
		"  entities   recall %s, type accuracy %s, %d predicted\n"+
		"  quotes     %s, speaker accuracy %s\n"+
		"  times      value accuracy %s: document dates %s, event dates %s\n"+
		"  locations  accuracy %s over matched events whose gold gives a place\n",
		o.Docs, strings.Join(splits, " + "), o.Events.Full, o.Events.TypeOnly, o.Events.DyadOnly, o.Events.Conf50, o.Events.Conf80,
		o.Entities.Found, o.Entities.TypeAcc, o.Entities.Pred,
		o.Quotes.PRF, o.Quotes.Speaker,
		o.Times.Value, o.Times.DocDate, o.Times.EventDates, o.Locations)
	return err
}

func langs(d DocScore) string {
	if d.PredLang == d.Lang {
		return d.Lang
	}
	return d.Lang + "→" + orDash(d.PredLang)
}

func pcount(p PRF) string {
	return fmt.Sprintf("%s (%d/%d)", fig(p.Precision()), p.MatchedPred, p.Pred)
}

func rcount(p PRF) string {
	return fmt.Sprintf("%s (%d/%d)", fig(p.Recall()), p.MatchedGold, p.Gold)
}

// WriteDetails prints, per document, the required gold events no prediction
// matched and the predictions that matched nothing: where to look first
// when event F1 moves. On the tuning and dev splits it also lists the
// spurious predictions whose participants match an unmatched gold event of
// another type ("retyped"), the gold quotations missed, the predicted ones
// that match none and the quotations given to another speaker, and the
// matched events dated wrong (held-out documents keep none, DropHeldOut).
func (r *GoldReport) WriteDetails(w io.Writer) error {
	for _, d := range r.Documents {
		q := d.Quotes
		if len(d.Events.Missed) == 0 && len(d.Events.Spurious) == 0 &&
			len(q.Missed) == 0 && len(q.Spurious) == 0 && len(q.WrongSpeaker) == 0 &&
			len(d.Times.WrongDates) == 0 {
			continue
		}
		if _, err := fmt.Fprintf(w, "%s\n", d.Name); err != nil {
			return err
		}
		for _, m := range d.Events.Missed {
			fmt.Fprintf(w, "  missed    %s\n", m)
		}
		for _, s := range d.Events.Spurious {
			fmt.Fprintf(w, "  spurious  %s\n", s)
		}
		for _, s := range d.Events.Retyped {
			fmt.Fprintf(w, "  retyped   %s\n", s)
		}
		for _, m := range q.Missed {
			fmt.Fprintf(w, "  quote missed    %s\n", m)
		}
		for _, s := range q.Spurious {
			fmt.Fprintf(w, "  quote spurious  %s\n", s)
		}
		for _, s := range q.WrongSpeaker {
			fmt.Fprintf(w, "  quote speaker   %s\n", s)
		}
		for _, s := range d.Times.WrongDates {
			fmt.Fprintf(w, "  date      %s\n", s)
		}
	}
	return nil
}
