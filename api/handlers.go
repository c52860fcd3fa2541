package api

import (
	"bufio"
	"context"
	_ "embed"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/kronika/kronika/store"
)

// eventsPage is one page of events.
type eventsPage struct {
	Events []store.Event `json:"events"`
	Next   *string       `json:"next"` // cursor of the next page; null on the last
	Limit  int           `json:"limit"`
}

// queryEvents reads the filter, limit and cursor of q and returns the
// page, with mentions when asked.
func (s *Server) queryEvents(ctx context.Context, q url.Values, docLang string, mentions bool) (store.Filter, eventsPage, error) {
	f, err := parseFilter(q, docLang)
	if err != nil {
		return f, eventsPage{}, err
	}
	limit, err := intParam(q, "limit", DefaultLimit, 1, MaxLimit)
	if err != nil {
		return f, eventsPage{}, err
	}
	cur, err := decodeCursor(q.Get("cursor"))
	if err != nil {
		return f, eventsPage{}, err
	}
	// The ids of the page and one more (is there a next page?), then
	// the page's events and all their mentions: three statements.
	var evs []store.Event
	var more bool
	if s.sq != nil {
		ids, err := s.sq.PageIDs(ctx, f, cur, limit+1)
		if err != nil {
			return f, eventsPage{}, err
		}
		if more = len(ids) > limit; more {
			ids = ids[:limit]
		}
		if evs, err = s.sq.EventsByIDs(ctx, ids, mentions); err != nil {
			return f, eventsPage{}, err
		}
	} else {
		// another backend: the page and one more, then the mentions
		f.Limit = limit + 1
		if evs, err = s.db.EventsAfter(ctx, f, cur); err != nil {
			return f, eventsPage{}, err
		}
		if more = len(evs) > limit; more {
			evs = evs[:limit]
		}
		if mentions {
			if err := s.db.LoadMentions(ctx, evs); err != nil {
				return f, eventsPage{}, err
			}
		}
	}
	p := eventsPage{Events: evs, Limit: limit}
	if more && len(evs) > 0 {
		last := evs[len(evs)-1]
		n := encodeCursor(store.Cursor{Date: last.Date, ID: last.ID})
		p.Next = &n
	}
	return f, p, nil
}

// checkParams refuses parameters the endpoint does not know, so that a
// misspelt filter is an error rather than silently ignored.
func checkParams(q url.Values, known ...[]string) error {
	for name := range q {
		ok := false
		for _, list := range known {
			for _, k := range list {
				if k == name {
					ok = true
				}
			}
		}
		if !ok {
			return badRequest("unknown parameter %q", name)
		}
	}
	return nil
}

var pageParams = []string{"limit", "cursor", "mentions"}

func (s *Server) apiEvents(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	if err := checkParams(q, filterParams, pageParams); err != nil {
		return err
	}
	mentions, err := oneOf(q, "mentions", "1", "0")
	if err != nil {
		return err
	}
	_, p, err := s.queryEvents(r.Context(), q, "lang", mentions == "1")
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, p)
}

func (s *Server) apiEvent(w http.ResponseWriter, r *http.Request) error {
	e, err := s.pathEvent(r)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, e)
}

// pathEvent is the event whose id the request's path names ({id}), with
// its mentions: a bad request for an id that is no positive whole number,
// store.ErrNoRow for an event the store does not have.
func (s *Server) pathEvent(r *http.Request) (store.Event, error) {
	id, err := parseID(r.PathValue("id"))
	if err != nil {
		return store.Event{}, err
	}
	ctx := r.Context()
	if s.sq == nil {
		e, err := s.db.EventByID(ctx, id)
		if err != nil {
			return store.Event{}, err
		}
		evs := []store.Event{e}
		if err := s.db.LoadMentions(ctx, evs); err != nil {
			return store.Event{}, err
		}
		return evs[0], nil
	}
	evs, err := s.sq.EventsByIDs(ctx, []int64{id}, true)
	if err != nil {
		return store.Event{}, err
	}
	if len(evs) == 0 {
		return store.Event{}, store.ErrNoRow
	}
	return evs[0], nil
}

func (s *Server) apiDocument(w http.ResponseWriter, r *http.Request) error {
	id, err := parseDocID(r.PathValue("id"))
	if err != nil {
		return err
	}
	d, err := s.db.DocumentByID(r.Context(), id)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, d)
}

// timeline is the answer of /counts.
type timeline struct {
	By       string   `json:"by"`
	Interval string   `json:"interval"`
	Periods  []string `json:"periods"` // first day of each period, YYYY-MM-DD
	Series   []series `json:"series"`
	Total    int      `json:"total"`
}

type series struct {
	Key    string `json:"key"`
	Total  int    `json:"total"`
	Counts []int  `json:"counts"` // one per period
}

const maxPeriods = 5000

// periodStart returns the first day of the period holding date (a month-
// or year-precise date counts on its first day).
func periodStart(date, interval string) (time.Time, bool) {
	var t time.Time
	var err error
	switch len(date) {
	case 10:
		t, err = time.Parse("2006-01-02", date)
	case 7:
		t, err = time.Parse("2006-01", date)
	case 4:
		t, err = time.Parse("2006", date)
	default:
		return t, false
	}
	if err != nil {
		return t, false
	}
	switch interval {
	case "week":
		wd := (int(t.Weekday()) + 6) % 7 // Monday 0
		t = t.AddDate(0, 0, -wd)
	case "month":
		t = time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
	}
	return t, true
}

func step(t time.Time, interval string) time.Time {
	switch interval {
	case "week":
		return t.AddDate(0, 0, 7)
	case "month":
		return t.AddDate(0, 1, 0)
	}
	return t.AddDate(0, 0, 1)
}

func (s *Server) counts(ctx context.Context, q url.Values, docLang string) (timeline, error) {
	by, err := oneOf(q, "by", "type", "quad")
	if err != nil {
		return timeline{}, err
	}
	interval, err := oneOf(q, "interval", "month", "week", "day")
	if err != nil {
		return timeline{}, err
	}
	f, err := parseFilter(q, docLang)
	if err != nil {
		return timeline{}, err
	}
	rows, err := s.db.CountByDateAnd(ctx, f, by)
	if err != nil {
		return timeline{}, err
	}
	tl := timeline{By: by, Interval: interval, Periods: []string{}, Series: []series{}}
	type cell struct {
		key string
		at  time.Time
	}
	cells := map[cell]int{}
	totals := map[string]int{}
	var first, last time.Time
	for _, c := range rows {
		t, ok := periodStart(c.Date, interval)
		if !ok {
			continue // undated events are not on a timeline
		}
		if first.IsZero() || t.Before(first) {
			first = t
		}
		if t.After(last) {
			last = t
		}
		cells[cell{c.Key, t}] += c.Count
		totals[c.Key] += c.Count
		tl.Total += c.Count
	}
	if len(cells) == 0 {
		return tl, nil
	}
	index := map[time.Time]int{}
	for t := first; !t.After(last); t = step(t, interval) {
		if len(tl.Periods) >= maxPeriods {
			return tl, badRequest("more than %d periods of a %s: narrow since/until or take a longer interval", maxPeriods, interval)
		}
		index[t] = len(tl.Periods)
		tl.Periods = append(tl.Periods, t.Format("2006-01-02"))
	}
	keys := make([]string, 0, len(totals))
	for k := range totals {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if totals[keys[i]] != totals[keys[j]] {
			return totals[keys[i]] > totals[keys[j]]
		}
		return keys[i] < keys[j]
	})
	at := map[string]int{}
	for i, k := range keys {
		at[k] = i
		tl.Series = append(tl.Series, series{Key: k, Total: totals[k], Counts: make([]int, len(tl.Periods))})
	}
	for c, n := range cells {
		tl.Series[at[c.key]].Counts[index[c.at]] += n
	}
	return tl, nil
}

func (s *Server) apiCounts(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	if err := checkParams(q, filterParams, []string{"by", "interval"}); err != nil {
		return err
	}
	tl, err := s.counts(r.Context(), q, "lang")
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, tl)
}

// network is the answer of /network.
type network struct {
	Nodes []node `json:"nodes"`
	Edges []edge `json:"edges"`
}

type node struct {
	ID     string `json:"id"`
	Events int    `json:"events"`
}

type edge struct {
	Source      string `json:"source"`
	Target      string `json:"target"`
	Count       int    `json:"count"`
	Cooperative int    `json:"cooperative"` // QuadClass 1 and 2
	Conflictual int    `json:"conflictual"` // QuadClass 3 and 4
}

func (s *Server) network(ctx context.Context, q url.Values, docLang string) (network, error) {
	f, err := parseFilter(q, docLang)
	if err != nil {
		return network{}, err
	}
	if f.Limit, err = intParam(q, "limit", 100, 1, MaxLimit); err != nil {
		return network{}, err
	}
	pairs, err := s.db.Pairs(ctx, f)
	if err != nil {
		return network{}, err
	}
	nw := network{Nodes: []node{}, Edges: []edge{}}
	seen := map[string]int{}
	var order []string
	for _, p := range pairs {
		nw.Edges = append(nw.Edges, edge{p.Source, p.Target, p.Count, p.Cooperative, p.Conflictual})
		for _, a := range []string{p.Source, p.Target} {
			if _, ok := seen[a]; !ok {
				order = append(order, a)
			}
			seen[a] += p.Count
		}
	}
	for _, a := range order {
		nw.Nodes = append(nw.Nodes, node{a, seen[a]})
	}
	sort.SliceStable(nw.Nodes, func(i, j int) bool { return nw.Nodes[i].Events > nw.Nodes[j].Events })
	return nw, nil
}

func (s *Server) apiNetwork(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	if err := checkParams(q, filterParams, []string{"limit"}); err != nil {
		return err
	}
	nw, err := s.network(r.Context(), q, "lang")
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, nw)
}

//go:embed openapi.json
var openapiJSON []byte

func (s *Server) apiOpenAPI(w http.ResponseWriter, r *http.Request) error {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	_, err := w.Write(openapiJSON)
	return err
}

// exportTypes are the content type and file name of each export format;
// a format of the store without an entry is served as text.
var exportTypes = map[string][2]string{
	"csv":      {"text/csv; charset=utf-8", "kronika-events.csv"},
	"gdelt":    {"text/tab-separated-values; charset=utf-8", "kronika-events.gdelt.tsv"},
	"mentions": {"text/tab-separated-values; charset=utf-8", "kronika-mentions.gdelt.tsv"},
	"jsonl":    {"application/jsonl; charset=utf-8", "kronika-events.jsonl"},
	"plover":   {"application/jsonl; charset=utf-8", "kronika-events.plover.jsonl"},
	"parquet":  {"application/vnd.apache.parquet", "kronika-events.parquet"},
	"daily":    {"text/tab-separated-values; charset=utf-8", "kronika-daily.tsv"},
}

// exportFormat checks a format name of /export against the store's
// (and daily, the counts per day of kronika events --format daily).
func exportFormat(name string) (string, error) {
	var ok []string
	for _, f := range append(slices.Clone(store.Formats), "daily") {
		if f == "table" {
			continue
		}
		if f == name {
			return f, nil
		}
		ok = append(ok, f)
	}
	return "", badRequest("format %q: want %s", name, strings.Join(ok, ", "))
}

// daily writes the number of events f selects on each date, a line
// "date TAB count" a date in date order, as kronika events --format
// daily (undated events on a line of their own with an empty date).
func (s *Server) daily(ctx context.Context, w io.Writer, f store.Filter) error {
	var days []store.DayCount
	if s.sq != nil {
		var err error
		if days, err = s.sq.CountByDate(ctx, f); err != nil {
			return err
		}
	} else {
		rows, err := s.db.CountByDateAnd(ctx, f, "quad")
		if err != nil {
			return err
		}
		at := map[string]int{}
		for _, r := range rows {
			i, ok := at[r.Date]
			if !ok {
				i = len(days)
				at[r.Date] = i
				days = append(days, store.DayCount{Date: r.Date})
			}
			days[i].Count += r.Count
		}
		sort.Slice(days, func(i, j int) bool { return days[i].Date < days[j].Date })
	}
	for _, d := range days {
		if _, err := fmt.Fprintf(w, "%s\t%d\n", d.Date, d.Count); err != nil {
			return err
		}
	}
	return nil
}

// exporter streams every event a filter selects (up to limit= when
// given) in a store export format; format "" takes it from the format
// parameter.
func (s *Server) exporter(format string) func(http.ResponseWriter, *http.Request) error {
	return func(w http.ResponseWriter, r *http.Request) error {
		q := r.URL.Query()
		format := format
		extra := []string{"limit"}
		if format == "" {
			extra = append(extra, "format")
			var err error
			if format, err = exportFormat(q.Get("format")); err != nil {
				return err
			}
			q.Del("format")
		}
		if err := checkParams(q, filterParams, extra); err != nil {
			return err
		}
		f, err := parseFilter(q, "lang")
		if err != nil {
			return err
		}
		if f.Limit, err = intParam(q, "limit", 0, 0, 1<<30); err != nil {
			return err
		}
		ct, ok := exportTypes[format]
		if !ok {
			ct = [2]string{"text/plain; charset=utf-8", "kronika-events." + format}
		}
		h := w.Header()
		h.Set("Content-Type", ct[0])
		h.Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", ct[1]))
		h.Set("Cache-Control", "no-store")
		bw := bufio.NewWriterSize(w, 64<<10)
		if format == "daily" {
			if err := s.daily(r.Context(), bw, f); err != nil {
				return err
			}
			return bw.Flush()
		}
		x, err := store.NewExporter(bw, format)
		if err != nil {
			return err
		}
		withMentions := store.NeedsMentions(format)
		batch := make([]store.Event, 0, 256)
		flush := func() error {
			if withMentions {
				if err := s.db.LoadMentions(r.Context(), batch); err != nil {
					return err
				}
			}
			err := x.Write(batch)
			batch = batch[:0]
			return err
		}
		err = s.db.EachEvent(r.Context(), f, func(e store.Event) error {
			batch = append(batch, e)
			if len(batch) == cap(batch) {
				return flush()
			}
			return nil
		})
		if err != nil {
			return err
		}
		if err := flush(); err != nil {
			return err
		}
		if err := x.Close(); err != nil {
			return err
		}
		return bw.Flush()
	}
}

// exportQuery is q without the page parameters, for export links.
func exportQuery(q url.Values) string {
	c := url.Values{}
	for k, v := range q {
		switch k {
		case "limit", "cursor", "mentions", "lang", "sort", "by", "interval":
			continue
		case "doclang":
			c["lang"] = v
		default:
			c[k] = v
		}
	}
	return strings.TrimPrefix("?"+c.Encode(), "?")
}
