package store

import (
	"context"
	"fmt"
	"strings"
)

// Filter selects events. Zero fields select everything.
type Filter struct {
	Actor       string // actor code or its prefix ("RUS" matches RUSGOV), either side
	Country     string // country code, either side
	Dyad        string // "A-B": between A and B in either direction; "A>B": source A, target B (A, B actor code prefixes or countries)
	Type        string // PLOVER type
	Mode        string
	Context     string // one PLOVER context
	CAMEO       string // code prefix
	Quad        int    // 1-4, 0 for any
	Modality    string
	Since       string // date YYYY[-MM[-DD]], inclusive
	Until       string // inclusive at its precision: "2024-06" includes 2024-06-30
	Lang        string // reported by at least one document in this language
	Source      string // reported by at least one document from this site
	MinMentions int
	Q           string // full-text search over the evidence sentences
	Limit       int    // 0: no limit
	Offset      int
}

// Event is a stored event.
type Event struct {
	ID          int64     `json:"global_id"`
	Type        string    `json:"type"`
	Mode        string    `json:"mode"`
	CAMEO       string    `json:"cameo"`
	Context     []string  `json:"context"`
	Quad        int       `json:"quad"`
	Goldstein   float64   `json:"goldstein"`
	Source      Side      `json:"source"`
	Target      Side      `json:"target"`
	Date        string    `json:"date"`
	Modality    string    `json:"modality"`
	Confidence  float64   `json:"confidence"`
	FirstSeen   string    `json:"first_seen"`
	LastSeen    string    `json:"last_seen"`
	NumMentions int       `json:"num_mentions"`
	NumSources  int       `json:"num_sources"`
	NumArticles int       `json:"num_articles"`
	SourceURL   string    `json:"source_url"` // source of the first mention
	Location    *Location `json:"location"`   // nil when no report gives a place
	Mentions    []Mention `json:"mentions"`
}

// Location is where an event happened (doc.Location as stored).
type Location struct {
	Text      string  `json:"text"`
	Name      string  `json:"name"`
	Country   string  `json:"country"`
	Admin1    string  `json:"admin1"`
	Lat       float64 `json:"lat"`
	Lon       float64 `json:"lon"`
	GeonameID int     `json:"geonameid"`
	Precision string  `json:"precision"` // country, admin1, city or site
}

// Side is an event's source or target.
type Side struct {
	Actor   string `json:"actor"`
	Country string `json:"country"`
	Text    string `json:"text"`
}

// Mention is one report of an event: a sentence of a document.
type Mention struct {
	ID          int64    `json:"-"`
	Event       int64    `json:"-"`
	Document    string   `json:"document"` // content hash
	Source      string   `json:"source"`
	Site        string   `json:"-"`
	Lang        string   `json:"lang"`
	DocDate     string   `json:"document_date"`
	DocLen      int      `json:"-"`
	IngestedAt  string   `json:"ingested_at"`
	SentenceIdx int      `json:"-"`
	Sentence    TextSpan `json:"sentence"`
	Trigger     TextSpan `json:"trigger"`
	Confidence  float64  `json:"confidence"`
	Modality    string   `json:"modality"`
	Date        string   `json:"date"`
	SourceText  string   `json:"source_text"`
	TargetText  string   `json:"target_text"`
	Attribution string   `json:"attribution,omitempty"`
}

// TextSpan is a piece of a document's text; Start and End count code
// points.
type TextSpan struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// where builds the WHERE clause of f over table events aliased e.
func (f *Filter) where() (string, []any) {
	var conds []string
	var args []any
	add := func(c string, a ...any) { conds = append(conds, c); args = append(args, a...) }
	side := func(col, code string) (string, []any) {
		// A three-letter code is a country (an actor's code starts with
		// its country's); anything else an actor code prefix, as a range
		// so that the index serves it.
		if isCountryCode(code) {
			return fmt.Sprintf("e.%s_country = ?", col), []any{code}
		}
		return fmt.Sprintf("(e.%s_actor >= ? AND e.%s_actor < ?)", col, col), []any{code, code + "\U0010FFFF"}
	}
	if f.Actor != "" {
		add("(e.src_actor >= ? AND e.src_actor < ? OR e.tgt_actor >= ? AND e.tgt_actor < ?)",
			f.Actor, f.Actor+"\U0010FFFF", f.Actor, f.Actor+"\U0010FFFF")
	}
	if f.Country != "" {
		add("(e.src_country = ? OR e.tgt_country = ?)", f.Country, f.Country)
	}
	if f.Dyad != "" {
		a, b, directed := ParseDyad(f.Dyad)
		sa, aa := side("src", a)
		tb, ab := side("tgt", b)
		c := "(" + sa + " AND " + tb + ")"
		args2 := append(aa, ab...)
		if !directed {
			sb, ba := side("src", b)
			ta, aa2 := side("tgt", a)
			c = "(" + c + " OR (" + sb + " AND " + ta + "))"
			args2 = append(append(args2, ba...), aa2...)
		}
		add(c, args2...)
	}
	if f.Type != "" {
		add("e.type = ?", f.Type)
	}
	if f.Mode != "" {
		add("e.mode = ?", f.Mode)
	}
	if f.Context != "" {
		add("(',' || e.context || ',') LIKE ?", "%,"+f.Context+",%")
	}
	if f.CAMEO != "" {
		add("e.cameo >= ? AND e.cameo < ?", f.CAMEO, f.CAMEO+"\U0010FFFF")
	}
	if f.Quad != 0 {
		add("e.quad = ?", f.Quad)
	}
	if f.Modality != "" {
		add("e.modality = ?", f.Modality)
	}
	if f.Since != "" {
		// Dates the coder could not anchor (XXXX-WXX-7, PAST_REF) sort
		// after the digits: they are in no range.
		add("e.date >= ? AND e.date < 'A'", f.Since)
	}
	if f.Until != "" {
		add("e.date <= ?", f.Until+"~")
	}
	if f.MinMentions > 0 {
		add("e.num_mentions >= ?", f.MinMentions)
	}
	if f.Lang != "" {
		add("EXISTS(SELECT 1 FROM mentions m JOIN documents d ON d.rowid = m.doc WHERE m.event = e.id AND d.lang = ?)", f.Lang)
	}
	if f.Source != "" {
		add("EXISTS(SELECT 1 FROM mentions m JOIN documents d ON d.rowid = m.doc WHERE m.event = e.id AND (d.site = ? OR d.source = ?))", f.Source, f.Source)
	}
	if f.Q != "" {
		q := ftsQuery(f.Q)
		if q == "" {
			q = `""`
		}
		add("e.id IN (SELECT m.event FROM mentions m WHERE m.sentence IN (SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?))", q)
	}
	if len(conds) == 0 {
		return "", nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

func isCountryCode(s string) bool {
	if len(s) != 3 {
		return false
	}
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// ParseDyad splits "A-B" (either direction) or "A>B" (A the source).
func ParseDyad(s string) (a, b string, directed bool) {
	if i := strings.IndexByte(s, '>'); i >= 0 {
		return s[:i], s[i+1:], true
	}
	a, b, _ = strings.Cut(s, "-")
	return a, b, false
}

const eventCols = `e.id, e.type, e.mode, e.cameo, e.context, e.quad, e.goldstein,
	e.src_actor, e.src_country, e.src_text, e.tgt_actor, e.tgt_country, e.tgt_text,
	e.date, e.modality, e.confidence, e.first_seen, e.last_seen, e.num_mentions, e.num_sources, e.num_articles,
	coalesce((SELECT d.source FROM mentions m JOIN documents d ON d.rowid = m.doc WHERE m.event = e.id ORDER BY m.id LIMIT 1), ''),
	e.loc_text, e.loc_name, e.loc_country, e.loc_admin1, coalesce(e.loc_lat, 0), coalesce(e.loc_lon, 0), e.loc_geonameid, e.loc_precision`

// Events returns the events f selects, latest date first (then highest
// id), without their mentions (see LoadMentions).
func (s *Store) Events(ctx context.Context, f Filter) ([]Event, error) {
	var out []Event
	err := s.EachEvent(ctx, f, func(e Event) error { out = append(out, e); return nil })
	return out, err
}

// EachEvent calls fn with each event f selects, in the order of Events:
// latest date first, then highest id; with a full-text query (Q), the
// event with the newest matching report first.
func (s *Store) EachEvent(ctx context.Context, f Filter, fn func(Event) error) error {
	if f.Q != "" {
		return s.eachSearched(ctx, f, fn)
	}
	w, args := f.where()
	order := " ORDER BY e.date DESC, e.id DESC"
	page := ""
	if f.Limit > 0 {
		page = fmt.Sprintf(" LIMIT %d OFFSET %d", f.Limit, f.Offset)
	}
	q := "SELECT " + eventCols + " FROM events e" + w + order + page
	if f.Limit > 0 && (f.Country != "") != (f.Actor != "") {
		// "Source or target is C" as two index scans in date order, each
		// cut at the page's end, instead of one scan that tests every
		// event of the date range.
		rest := f
		rest.Country, rest.Actor = "", ""
		rw, rargs := rest.where()
		var conds [2]string
		var cargs [2][]any
		for i, col := range []string{"src", "tgt"} {
			if f.Country != "" {
				conds[i], cargs[i] = fmt.Sprintf("e.%s_country = ?", col), []any{f.Country}
			} else {
				conds[i], cargs[i] = fmt.Sprintf("e.%s_actor >= ? AND e.%s_actor < ?", col, col), []any{f.Actor, f.Actor + "\U0010FFFF"}
			}
		}
		branch := func(i int) (string, []any) {
			w := " WHERE " + conds[i]
			if rw != "" {
				w = rw + " AND " + conds[i]
			}
			return fmt.Sprintf("SELECT id FROM (SELECT e.id FROM events e%s%s LIMIT %d)", w, order, f.Limit+f.Offset),
				append(append([]any{}, rargs...), cargs[i]...)
		}
		b0, a0 := branch(0)
		b1, a1 := branch(1)
		q = "SELECT " + eventCols + " FROM events e WHERE e.id IN (" + b0 + " UNION " + b1 + ")" + order + page
		args = append(a0, a1...)
	}
	rows, err := s.r.QueryContext(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		e, err := ScanEvent(rows)
		if err != nil {
			return err
		}
		if err := fn(e); err != nil {
			return err
		}
	}
	return rows.Err()
}

// eachSearched runs a full-text query: the matching sentences newest
// first (FTS5 gives them in rowid order without collecting them all), to
// their mentions and events, the other filters applied on the way; it
// stops when the page is full.
func (s *Store) eachSearched(ctx context.Context, f Filter, fn func(Event) error) error {
	match := ftsQuery(f.Q)
	if match == "" {
		return nil
	}
	rest := f
	rest.Q = ""
	w, args := rest.where()
	cond := " WHERE sentences_fts MATCH ?"
	if w != "" {
		cond = w + " AND sentences_fts MATCH ?"
	}
	rows, err := s.r.QueryContext(ctx, `SELECT m.event FROM sentences_fts JOIN mentions m ON m.sentence = sentences_fts.rowid
		JOIN events e ON e.id = m.event`+cond+` ORDER BY sentences_fts.rowid DESC`, append(args, match)...)
	if err != nil {
		return err
	}
	seen := map[int64]bool{}
	var ids []int64
	skip := f.Offset
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return err
		}
		if seen[id] {
			continue
		}
		seen[id] = true
		if skip > 0 {
			skip--
			continue
		}
		ids = append(ids, id)
		if f.Limit > 0 && len(ids) == f.Limit {
			break
		}
	}
	err = rows.Err()
	rows.Close()
	if err != nil {
		return err
	}
	for len(ids) > 0 {
		n := min(len(ids), 500)
		evs, err := s.eventsByID(ctx, ids[:n])
		if err != nil {
			return err
		}
		for _, e := range evs {
			if err := fn(e); err != nil {
				return err
			}
		}
		ids = ids[n:]
	}
	return nil
}

// eventsByID returns the events with these ids, in the order given.
func (s *Store) eventsByID(ctx context.Context, ids []int64) ([]Event, error) {
	list := make([]string, len(ids))
	at := make(map[int64]int, len(ids))
	for i, id := range ids {
		list[i] = fmt.Sprint(id)
		at[id] = i
	}
	rows, err := s.r.QueryContext(ctx, "SELECT "+eventCols+" FROM events e WHERE e.id IN ("+strings.Join(list, ",")+")")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := make([]Event, len(ids))
	for rows.Next() {
		e, err := ScanEvent(rows)
		if err != nil {
			return nil, err
		}
		out[at[e.ID]] = e
	}
	return out, rows.Err()
}

// ScanEvent reads an event from a row of the event columns as the stores
// select them (eventCols here, and pgstore's): the event's fields, its
// contexts joined by commas, the source URL and the location's.
func ScanEvent(rows interface{ Scan(...any) error }) (Event, error) {
	var e Event
	var ctxs string
	var l Location
	if err := rows.Scan(&e.ID, &e.Type, &e.Mode, &e.CAMEO, &ctxs, &e.Quad, &e.Goldstein,
		&e.Source.Actor, &e.Source.Country, &e.Source.Text, &e.Target.Actor, &e.Target.Country, &e.Target.Text,
		&e.Date, &e.Modality, &e.Confidence, &e.FirstSeen, &e.LastSeen, &e.NumMentions, &e.NumSources, &e.NumArticles, &e.SourceURL,
		&l.Text, &l.Name, &l.Country, &l.Admin1, &l.Lat, &l.Lon, &l.GeonameID, &l.Precision); err != nil {
		return e, err
	}
	if l.Precision != "" {
		e.Location = &l
	}
	e.Context = []string{}
	if ctxs != "" {
		e.Context = strings.Split(ctxs, ",")
	}
	return e, nil
}

// LoadMentions fills the Mentions of each event, in document order.
func (s *Store) LoadMentions(ctx context.Context, evs []Event) error {
	if len(evs) == 0 {
		return nil
	}
	at := map[int64]int{}
	ids := make([]string, len(evs))
	for i := range evs {
		at[evs[i].ID] = i
		ids[i] = fmt.Sprint(evs[i].ID)
		evs[i].Mentions = []Mention{}
	}
	// A few hundred ids at a time keeps the statement short. "+m.id"
	// keeps SQLite from ordering by scanning every mention in id order: it
	// finds them through the event index and sorts the few it found.
	for len(ids) > 0 {
		n := min(len(ids), 500)
		chunk := ids[:n]
		ids = ids[n:]
		rows, err := s.r.QueryContext(ctx, `SELECT m.id, m.event, d.id, d.source, d.site, d.lang, d.date, length(d.text), d.ingested_at,
			coalesce(sn.idx, 0), m.sent_start, m.sent_stop, substr(d.text, m.sent_start + 1, m.sent_stop - m.sent_start),
			m.trig_start, m.trig_stop, m.trigger, m.confidence, m.modality, m.date, m.src_text, m.tgt_text, m.attribution
			FROM mentions m JOIN documents d ON d.rowid = m.doc LEFT JOIN sentences sn ON sn.id = m.sentence
			WHERE m.event IN (`+strings.Join(chunk, ",")+`) ORDER BY +m.id`)
		if err != nil {
			return err
		}
		for rows.Next() {
			var m Mention
			if err := rows.Scan(&m.ID, &m.Event, &m.Document, &m.Source, &m.Site, &m.Lang, &m.DocDate, &m.DocLen, &m.IngestedAt,
				&m.SentenceIdx, &m.Sentence.Start, &m.Sentence.End, &m.Sentence.Text,
				&m.Trigger.Start, &m.Trigger.End, &m.Trigger.Text, &m.Confidence, &m.Modality, &m.Date,
				&m.SourceText, &m.TargetText, &m.Attribution); err != nil {
				rows.Close()
				return err
			}
			i := at[m.Event]
			evs[i].Mentions = append(evs[i].Mentions, m)
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return err
		}
	}
	return nil
}

// DayCount is the number of events on one date.
type DayCount struct {
	Date  string
	Count int
}

// CountByDate returns how many events f selects on each date (at the
// precision each event has), in date order. Limit and Offset are ignored.
func (s *Store) CountByDate(ctx context.Context, f Filter) ([]DayCount, error) {
	w, args := f.where()
	q := "SELECT e.date, count(*) FROM events e" + w + " GROUP BY e.date ORDER BY e.date"
	if a, b, directed := ParseDyad(f.Dyad); f.Dyad != "" && !directed && a != b {
		// Each direction counted on its own: two scans of an index that
		// holds the dyad and the date, no table row read (when no other
		// filter needs one).
		one, two := f, f
		one.Dyad, two.Dyad = a+">"+b, b+">"+a
		w1, a1 := one.where()
		w2, a2 := two.where()
		from := " FROM events e"
		if isCountryCode(a) && isCountryCode(b) {
			// ANALYZE's statistics can lead SQLite to the target
			// country's index for the busiest pairs (USA>RUS: 1.6 s
			// instead of milliseconds over 1M events): the pair's own
			// index is always the one to read.
			from = " FROM events e INDEXED BY events_dyad"
		}
		q = "SELECT date, sum(n) FROM (SELECT e.date, count(*) AS n" + from + w1 + " GROUP BY e.date UNION ALL " +
			"SELECT e.date, count(*) AS n" + from + w2 + " GROUP BY e.date) GROUP BY date ORDER BY date"
		args = append(a1, a2...)
	}
	rows, err := s.r.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []DayCount
	for rows.Next() {
		var c DayCount
		if err := rows.Scan(&c.Date, &c.Count); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}
