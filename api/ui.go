package api

import (
	"bytes"
	"context"
	"embed"
	"fmt"
	"html/template"
	"io/fs"
	"math"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"unicode"

	"github.com/kronika/kronika/store"
)

//go:embed web/templates/*.html web/static
var webFS embed.FS

type templates struct {
	pages map[string]*template.Template
}

var funcs = template.FuncMap{
	"pct":     func(f float64) string { return strconv.Itoa(int(math.Round(f*100))) + "%" },
	"side":    sideLabel,
	"add":     func(a, b int) int { return a + b },
	"list":    func(s ...string) []string { return s },
	"chartOf": func(p *page, c chart) chartView { return chartView{p, c} },
	"tableOf": func(p *page, rows []eventRow, id string) tableView { return tableView{p, rows, id} },
}

func loadTemplates() (*templates, error) {
	t := &templates{pages: map[string]*template.Template{}}
	for _, p := range []string{"events", "event", "document", "timeline", "network", "actors", "actor"} {
		tp, err := template.New("layout.html").Funcs(funcs).ParseFS(webFS, "web/templates/layout.html", "web/templates/parts.html", "web/templates/"+p+".html")
		if err != nil {
			return nil, err
		}
		t.pages[p] = tp
	}
	return t, nil
}

// staticHandler serves the embedded files under /static/ (an embed.FS
// cannot reach outside its tree: no path traversal), with no directory
// listings.
func staticHandler() http.Handler {
	sub, err := fs.Sub(webFS, "web/static")
	if err != nil {
		panic(err)
	}
	files := http.StripPrefix("/static/", http.FileServerFS(sub))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimPrefix(r.URL.Path, "/static/")
		if name == "" || strings.HasSuffix(name, "/") || strings.Contains(name, "..") || !fs.ValidPath(name) {
			writeError(w, errf(http.StatusNotFound, "no such file"))
			return
		}
		if st, err := fs.Stat(sub, name); err != nil || st.IsDir() {
			writeError(w, errf(http.StatusNotFound, "no such file"))
			return
		}
		w.Header().Set("Cache-Control", "public, max-age=3600")
		files.ServeHTTP(w, r)
	})
}

// page is what every template gets.
type page struct {
	Lang  string
	L     map[string]string
	Title string
	Path  string // the page's path, for the language switch
	Query url.Values
	Data  any
}

// Link returns path with the interface language added.
func (p *page) Link(path string) string {
	sep := "?"
	if strings.Contains(path, "?") {
		sep = "&"
	}
	return path + sep + "lang=" + p.Lang
}

// Other is the language the switch offers.
func (p *page) Other() string {
	if p.Lang == "pl" {
		return "en"
	}
	return "pl"
}

// SwitchLink is this page in the other language.
func (p *page) SwitchLink() string {
	q := url.Values{}
	for k, v := range p.Query {
		q[k] = v
	}
	q.Set("lang", p.Other())
	return p.Path + "?" + q.Encode()
}

// Export is the API path name (events.csv, ...) with the page's filter.
func (p *page) Export(name string) string {
	return "/api/v1/" + name + "?" + exportQuery(p.Query)
}

// ExportAs is /api/v1/export in a format, with the page's filter.
func (p *page) ExportAs(format string) string {
	q := exportQuery(p.Query)
	if q != "" {
		q += "&"
	}
	return "/api/v1/export?" + q + "format=" + url.QueryEscape(format)
}

// V is the value of a query parameter (for filling the filter form).
func (p *page) V(name string) string { return p.Query.Get(name) }

func (s *Server) render(w http.ResponseWriter, r *http.Request, name, title string, data any) error {
	lang := uiLang(r)
	p := &page{Lang: lang, L: messages[lang], Title: title, Path: r.URL.Path, Query: r.URL.Query(), Data: data}
	var b bytes.Buffer
	if err := s.tmpl.pages[name].Execute(&b, p); err != nil {
		return err
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Language", lang)
	h.Set("Cache-Control", "no-store")
	h.Set("Vary", "Accept-Language")
	_, err := w.Write(b.Bytes())
	return err
}

func sideLabel(sd store.Side) string {
	code := sd.Actor
	if code == "" {
		code = sd.Country
	}
	switch {
	case code == "" && sd.Text == "":
		return "–"
	case code == "":
		return sd.Text
	case sd.Text == "":
		return code
	}
	return code + " (" + sd.Text + ")"
}

// uiParams are the parameters of the UI pages besides the filter.
var uiParams = []string{"lang", "doclang", "limit", "cursor"}

// eventRow is a row of the events table.
type eventRow struct {
	store.Event
	Evidence string
}

type eventsData struct {
	Rows   []eventRow
	Next   string // link to the next page, or ""
	First  string // link to the first page when not on it
	Limit  int
	Quads  []int
	Modals []string
}

func (s *Server) pageEvents(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	if err := checkParams(q, filterParams, uiParams); err != nil {
		return err
	}
	q.Del("lang") // the interface language, not a filter, on pages
	_, p, err := s.queryEvents(r.Context(), q, "doclang", true)
	if err != nil {
		return err
	}
	lang := uiLang(r)
	d := eventsData{Limit: p.Limit, Quads: []int{1, 2, 3, 4}, Modals: []string{"asserted", "negated", "future", "hypothetical", "historical"}}
	d.Rows = eventRows(p.Events)
	if p.Next != nil {
		nq := url.Values{}
		for k, v := range q {
			nq[k] = v
		}
		nq.Set("cursor", *p.Next)
		nq.Set("lang", lang)
		d.Next = "/events?" + nq.Encode()
	}
	if q.Get("cursor") != "" {
		fq := url.Values{}
		for k, v := range q {
			fq[k] = v
		}
		fq.Del("cursor")
		fq.Set("lang", lang)
		d.First = "/events?" + fq.Encode()
	}
	return s.render(w, r, "events", messages[lang]["nav_events"], d)
}

// eventRows are the rows of an events table: each event with the start
// of its first evidence sentence (its mentions dropped).
func eventRows(evs []store.Event) []eventRow {
	var rows []eventRow
	for _, e := range evs {
		row := eventRow{Event: e}
		if len(e.Mentions) > 0 {
			row.Evidence = shorten(e.Mentions[0].Sentence.Text, 140)
		}
		row.Mentions = nil
		rows = append(rows, row)
	}
	return rows
}

func shorten(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// mentionView is a mention with its sentence cut into marked segments.
type mentionView struct {
	store.Mention
	Segs  []segment
	Trace *mentionTrace // the pipeline's trace of it (with trace=1), or nil
}

type eventData struct {
	Event    store.Event
	Mentions []mentionView
	// The first mention's sentence in its article: text before, the
	// sentence marked, text after.
	DocID, DocTitle string
	Before, After   string
	Evidence        []segment
	// Traced: the documents of the first mentions were analysed again
	// (trace=1); TraceLink asks for it.
	Traced    bool
	TraceLink string
}

// sentenceSpans marks the trigger, source and target of m in its
// sentence and, when the pipeline found the report again (tr), the time
// expression and the attribution, with the sides at the words it filled
// them with.
func sentenceSpans(m store.Mention, tr *mentionTrace) []span {
	sps := []span{{Start: m.Trigger.Start, End: m.Trigger.End, Class: "trigger", prio: 0}}
	if tr != nil && tr.Found {
		if t := tr.Time; t != nil {
			sps = append(sps, span{Start: t.Start, End: t.End, Class: "time", Title: t.Value, prio: 1})
		}
		if a := tr.Attribution; a != nil {
			sps = append(sps, span{Start: a.Start, End: a.End, Class: "attrib", prio: 1})
		}
		for _, x := range tr.Source {
			sps = append(sps, span{Start: x.Start, End: x.End, Class: "source", prio: 1})
		}
		for _, x := range tr.Target {
			sps = append(sps, span{Start: x.Start, End: x.End, Class: "target", prio: 1})
		}
	}
	for _, side := range []struct{ text, class string }{{m.SourceText, "source"}, {m.TargetText, "target"}, {m.Attribution, "attrib"}} {
		for _, at := range findWords(m.Sentence.Text, m.Sentence.Start, side.text) {
			sps = append(sps, span{Start: at[0], End: at[1], Class: side.class, prio: 2})
		}
	}
	return sps
}

func (s *Server) pageEvent(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	if err := checkParams(q, []string{"lang", "trace"}); err != nil {
		return err
	}
	traced, err := oneOf(q, "trace", "0", "1")
	if err != nil {
		return err
	}
	e, err := s.pathEvent(r)
	if err != nil {
		return err
	}
	lang := uiLang(r)
	d := eventData{Event: e, Traced: traced == "1", TraceLink: fmt.Sprintf("/events/%d?trace=1&lang=%s", e.ID, lang)}
	var trs []mentionTrace
	if d.Traced {
		// the pipeline again over the documents of the first mentions
		if trs, err = s.traces(r.Context(), e); err != nil {
			return err
		}
	}
	traceOfMention := func(m store.Mention) *mentionTrace {
		for i := range trs {
			if trs[i].Document == m.Document && trs[i].Trigger == m.Trigger {
				return &trs[i]
			}
		}
		return nil
	}
	for _, m := range e.Mentions {
		tr := traceOfMention(m)
		d.Mentions = append(d.Mentions, mentionView{Mention: m, Trace: tr, Segs: markText(m.Sentence.Text, m.Sentence.Start, sentenceSpans(m, tr))})
	}
	if len(e.Mentions) > 0 {
		m := e.Mentions[0]
		title, text, err := s.documentText(r.Context(), m.Document)
		if err == nil {
			runes := []rune(text)
			if m.Sentence.Start >= 0 && m.Sentence.End <= len(runes) && m.Sentence.Start < m.Sentence.End {
				d.Before, d.After = around(runes, m.Sentence.Start, m.Sentence.End, 400)
				d.Evidence = d.Mentions[0].Segs
				d.DocID, d.DocTitle = m.Document, title
			}
		} else if err != store.ErrNoRow {
			return err
		}
	}
	return s.render(w, r, "event", fmt.Sprintf("%s %d", messages[lang]["event"], e.ID), d)
}

// documentText is a stored document's title and text: one prepared
// statement on SQLite, the whole document elsewhere.
func (s *Server) documentText(ctx context.Context, id string) (title, text string, err error) {
	if s.sq != nil {
		return s.sq.DocumentText(ctx, id)
	}
	d, err := s.db.DocumentByID(ctx, id)
	return d.Title, d.Text, err
}

type documentData struct {
	Doc      store.StoredDocument
	Segs     []segment
	Entities []store.StoredEntity
	Mentions []store.DocumentMention
	Quotes   []quoteView
	// Analysed: the pipeline ran again over the text (quotations and
	// the entities' own words); Note says why not.
	Analysed bool
	Note     string
}

func (s *Server) pageDocument(w http.ResponseWriter, r *http.Request) error {
	// Quotations and where each entity is named are not stored: the
	// pipeline runs again over the text.
	doc, a, err := s.analysedDocument(r, "lang")
	if err != nil {
		return err
	}
	lang := uiLang(r)
	d := documentData{Doc: doc, Entities: doc.Entities, Mentions: doc.Mentions, Quotes: quotesOf(a), Analysed: a.d != nil}
	if a.err != nil {
		d.Note = a.err.Error()
	}
	var sps []span
	for _, m := range doc.Mentions {
		sps = append(sps, span{Start: m.Trigger.Start, End: m.Trigger.End, Class: "trigger", prio: 0,
			Href: fmt.Sprintf("/events/%d?lang=%s", m.Event, lang), Title: m.Type})
		for _, side := range []struct{ text, class string }{{m.SourceText, "source"}, {m.TargetText, "target"}} {
			for _, at := range findWords(m.Sentence.Text, m.Sentence.Start, side.text) {
				sps = append(sps, span{Start: at[0], End: at[1], Class: side.class, prio: 1})
			}
		}
	}
	entityTitle := func(typ, canonical, actor string) string {
		title := typ
		if canonical != "" {
			title += ": " + canonical
		}
		if actor != "" {
			title += " (" + actor + ")"
		}
		return title
	}
	if a.d != nil {
		// every mention of each entity, in whatever form it takes
		for _, e := range a.d.Entities {
			for _, m := range e.Mentions {
				c := a.cpSpan(m.Span)
				sps = append(sps, span{Start: c[0], End: c[1], Class: "ent ent-" + strings.ToLower(e.Type), Title: entityTitle(e.Type, e.Canonical, e.Actor), prio: 2})
			}
		}
	} else {
		for _, e := range doc.Entities {
			for _, at := range findWords(doc.Text, 0, e.Name) {
				sps = append(sps, span{Start: at[0], End: at[1], Class: "ent ent-" + strings.ToLower(e.Type), Title: entityTitle(e.Type, e.Canonical, e.Actor), prio: 2})
			}
		}
	}
	// Text outside every stored sentence is boilerplate or headings
	// (the store keeps sentences of the article's content only).
	runes := []rune(doc.Text)
	at := 0
	addBoiler := func(a, b int) {
		for a < b && unicode.IsSpace(runes[a]) {
			a++
		}
		for b > a && unicode.IsSpace(runes[b-1]) {
			b--
		}
		if a < b {
			sps = append(sps, span{Start: a, End: b, Class: "boiler", prio: 3})
		}
	}
	for _, sn := range doc.Sentences {
		if sn.Start > at && sn.Start <= len(runes) {
			addBoiler(at, sn.Start)
		}
		at = max(at, sn.End)
	}
	if len(doc.Sentences) > 0 && at < len(runes) {
		addBoiler(at, len(runes))
	}
	var quotes []span
	for _, q := range d.Quotes {
		title := messages[lang]["quote"]
		if q.Speaker != "" {
			title += ": " + q.Speaker
		}
		quotes = append(quotes, span{Start: q.Start, End: q.End, Class: "quote", Title: title})
	}
	d.Segs = nest(markText(doc.Text, 0, sps), quotes)
	title := doc.Title
	if title == "" {
		title = messages[lang]["document"] + " " + doc.ID
	}
	return s.render(w, r, "document", title, d)
}

// buildChart draws a timeline as SVG lines, one per series; each
// series links to its events (the filter base and the series' key).
func buildChart(tl timeline, lang string, base url.Values) chart {
	c := chart{W: 900, H: 360, PlotX: 48, PlotY: 12, Periods: tl.Periods, Series: tl.Series, Total: tl.Total, By: tl.By, Interval: tl.Interval}
	c.PlotW, c.PlotH = c.W-c.PlotX-12, c.H-c.PlotY-40
	c.BaselineY, c.RightX = c.PlotY+c.PlotH, c.PlotX+c.PlotW
	c.Empty = len(tl.Periods) == 0
	maxN := 1
	for _, sr := range tl.Series {
		for _, n := range sr.Counts {
			maxN = max(maxN, n)
		}
	}
	np := len(tl.Periods)
	x := func(i int) float64 {
		if np <= 1 {
			return float64(c.PlotX + c.PlotW/2)
		}
		return float64(c.PlotX) + float64(i)*float64(c.PlotW)/float64(np-1)
	}
	y := func(n int) float64 { return float64(c.BaselineY) - float64(n)*float64(c.PlotH)/float64(maxN) }
	for k, sr := range tl.Series {
		var b strings.Builder
		for i, n := range sr.Counts {
			fmt.Fprintf(&b, "%.1f,%.1f ", x(i), y(n))
		}
		label := sr.Key
		if tl.By == "quad" {
			label = sr.Key + " " + messages[lang]["quad"+sr.Key]
		}
		hq := url.Values{}
		for k, v := range base {
			hq[k] = v
		}
		if tl.By == "quad" {
			hq.Set("quad", sr.Key)
		} else {
			hq.Set("type", sr.Key)
		}
		href := "/events?" + hq.Encode()
		c.Lines = append(c.Lines, chartLine{Key: sr.Key, Label: label, Href: href, Color: palette[k%len(palette)], Points: strings.TrimSpace(b.String()), Total: sr.Total})
	}
	for i := 0; i <= 4; i++ {
		n := maxN * i / 4
		c.YTicks = append(c.YTicks, tick{Pos: y(n), Label: strconv.Itoa(n)})
	}
	if np > 0 {
		stepN := max(1, np/6)
		for i := 0; i < np; i += stepN {
			c.XTicks = append(c.XTicks, tick{Pos: x(i), Label: tl.Periods[i], Anchor: "middle"})
		}
		// A label at the right edge ends there rather than past it.
		if last := &c.XTicks[len(c.XTicks)-1]; last.Pos > float64(c.RightX)-40 {
			last.Anchor = "end"
		}
	}
	return c
}

// tableView is what the events table template gets.
type tableView struct {
	P    *page
	Rows []eventRow
	ID   string
}

// chartView is what the chart template gets.
type chartView struct {
	P *page
	C chart
}

// chart is the timeline drawn as SVG on the server.
type chart struct {
	W, H          int
	Left, Bottom  int
	Lines         []chartLine
	XTicks        []tick
	YTicks        []tick
	Periods       []string
	Series        []series
	Total         int
	By, Interval  string
	Empty         bool
	PlotW, PlotH  int
	PlotX, PlotY  int
	BaselineY     int
	RightX        int
	LabelFontSize int
}

type chartLine struct {
	Key, Label, Color, Points, Href string
	Total                           int
}

type tick struct {
	Pos    float64
	Label  string
	Anchor string // text-anchor of the label
}

var palette = []string{"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
	"#bcbd22", "#17becf", "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd"}

func (s *Server) pageTimeline(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	if err := checkParams(q, filterParams, []string{"lang", "doclang", "by", "interval"}); err != nil {
		return err
	}
	q.Del("lang")
	tl, err := s.counts(r.Context(), q, "doclang")
	if err != nil {
		return err
	}
	lang := uiLang(r)
	base := url.Values{}
	for k, v := range q {
		if k != "by" && k != "interval" && k != "type" && k != "quad" {
			base[k] = v
		}
	}
	c := buildChart(tl, lang, base)
	return s.render(w, r, "timeline", messages[lang]["timeline"], c)
}

type networkData struct {
	Edges []edgeView
	Nodes []node
	Empty bool
}

type edgeView struct {
	edge
	Kind       string // cooperative, conflictual or neutral
	SourceLink string
	TargetLink string
	EventsLink string // the pair's events
}

// actorLink is the page of one network node (an actor code, or a
// country's three letters), over the period of the network.
func actorLink(id, lang string, q url.Values) string {
	aq := url.Values{"lang": {lang}}
	for _, k := range []string{"since", "until"} {
		if v := q.Get(k); v != "" {
			aq.Set(k, v)
		}
	}
	return "/actors/" + url.PathEscape(id) + "?" + aq.Encode()
}

// pairLink is the events table of one pair, from source to target,
// under the network's filter.
func pairLink(e edge, lang string, q url.Values) string {
	eq := url.Values{}
	for k, v := range q {
		if k != "limit" && k != "actor" && k != "country" && k != "dyad" {
			eq[k] = v
		}
	}
	eq.Set("dyad", e.Source+">"+e.Target)
	eq.Set("lang", lang)
	return "/events?" + eq.Encode()
}

func (s *Server) pageNetwork(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	if err := checkParams(q, filterParams, []string{"lang", "doclang", "limit"}); err != nil {
		return err
	}
	q.Del("lang")
	if q.Get("since") == "" && q.Get("until") == "" {
		// A network is of a period: without one, the latest month with
		// events (the whole database can be millions of events).
		m, err := s.db.LatestMonth(r.Context())
		if err != nil {
			return err
		}
		if m != "" {
			rq := r.URL.Query()
			rq.Set("since", m)
			rq.Set("lang", uiLang(r))
			http.Redirect(w, r, "/network?"+rq.Encode(), http.StatusSeeOther)
			return nil
		}
	}
	if q.Get("limit") == "" {
		q.Set("limit", "60")
	}
	nw, err := s.network(r.Context(), q, "doclang")
	if err != nil {
		return err
	}
	lang := uiLang(r)
	d := networkData{Nodes: nw.Nodes, Empty: len(nw.Edges) == 0}
	for _, e := range nw.Edges {
		d.Edges = append(d.Edges, edgeView{edge: e, Kind: edgeKind(e), SourceLink: actorLink(e.Source, lang, q),
			TargetLink: actorLink(e.Target, lang, q), EventsLink: pairLink(e, lang, q)})
	}
	return s.render(w, r, "network", messages[lang]["network"], d)
}
