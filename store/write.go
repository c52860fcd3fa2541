package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/kronika/kronika/doc"
)

// Added says what storing one document did.
type Added struct {
	// New is false when the document (its content hash) was already
	// stored: then nothing was written.
	New bool
	// Events is the number of events the document created, Merged the
	// number of its events that joined an event already stored (from
	// another document), Mentions the mentions written.
	Events, Merged, Mentions int
	// DuplicateOf is the content hash of the stored original when the
	// document is a near-duplicate of it (see dedup.go), with their
	// estimated resemblance.
	DuplicateOf string
	Similarity  float64
}

// writer is the single writer connection, its prepared statements and
// its open transaction.
type writer struct {
	conn                                                            *sql.Conn
	doc, sent, fts, findEv, newEv, updEv, siteSeen, mention, setLoc *sql.Stmt
	candidates, band                                                *sql.Stmt
	evMentions, addEvidence                                         *sql.Stmt
	savepoint, release                                              *sql.Stmt
	ents                                                            map[int]*sql.Stmt // multi-row entity inserts by row count

	inTx    bool      // a transaction is open
	pending int       // documents written in it
	since   time.Time // when it began
}

func (w *writer) close() {
	for _, st := range []*sql.Stmt{w.doc, w.sent, w.fts, w.findEv, w.newEv, w.updEv, w.siteSeen, w.mention, w.setLoc,
		w.candidates, w.band, w.evMentions, w.addEvidence, w.savepoint, w.release} {
		if st != nil {
			st.Close()
		}
	}
	for _, st := range w.ents {
		st.Close()
	}
	if w.conn != nil {
		w.conn.Close()
	}
}

func (s *Store) prepare(ctx context.Context) (*writer, error) {
	if s.wr != nil {
		return s.wr, nil
	}
	conn, err := s.w.Conn(ctx)
	if err != nil {
		return nil, err
	}
	w := &writer{conn: conn, ents: map[int]*sql.Stmt{}}
	for _, p := range []struct {
		st **sql.Stmt
		q  string
	}{
		// The document with its MinHash signature and near-duplicate
		// link (nearDuplicate), written once.
		{&w.doc, `INSERT INTO documents(id, source, site, lang, date, title, text, ingested_at, format, minhash, duplicate_of, similarity)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING`},
		{&w.savepoint, `SAVEPOINT doc`},
		{&w.release, `RELEASE doc`},
		{&w.sent, `INSERT INTO sentences(doc, idx, start, stop) VALUES (?, ?, ?, ?)`},
		{&w.fts, `INSERT INTO sentences_fts(rowid, folded) VALUES (?, ?)`},
		// The stored events an event may join: same type and sides, a
		// date in the window (see mergeKey), the same date first.
		{&w.findEv, `SELECT id, loc_country, loc_geonameid, loc_precision, mode, names, trigger_stems, own_dates FROM events
			WHERE dyad_key = ? AND (date = ? OR date IN (?, ?) AND (? OR date_borrowed)) ORDER BY date <> ?, id LIMIT 20`},
		{&w.newEv, `INSERT INTO events(merge_key, dyad_key, type, mode, cameo, context, quad, goldstein,
			src_actor, src_country, src_text, tgt_actor, tgt_country, tgt_text, date, modality, confidence,
			first_seen, last_seen, num_mentions, num_sources, num_articles, date_borrowed, names, trigger_stems, own_dates)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1, ?, ?, ?, ?)`},
		// A stored event's reports, for the evidence rule (merge.go).
		{&w.evMentions, `SELECT m.doc, d.duplicate_of, substr(d.text, m.sent_start + 1, m.sent_stop - m.sent_start)
			FROM mentions m JOIN documents d ON d.rowid = m.doc WHERE m.event = ? ORDER BY m.id LIMIT 50`},
		{&w.addEvidence, `UPDATE events SET names = ?, trigger_stems = ?, own_dates = ? WHERE id = ?`},
		{&w.candidates, `SELECT d.rowid, d.id, d.minhash, d.duplicate_of FROM documents d
			WHERE d.rowid IN (SELECT doc FROM minhash_bands WHERE band IN (` + strings.TrimSuffix(strings.Repeat("?, ", Bands), ", ") + `) LIMIT 500)`},
		{&w.band, `INSERT OR IGNORE INTO minhash_bands(band, doc) VALUES ` + strings.TrimSuffix(strings.Repeat("(?, ?), ", Bands), ", ")},
		{&w.updEv, `UPDATE events SET num_mentions = num_mentions + ?, num_articles = num_articles + 1,
			num_sources = num_sources + ?, last_seen = ?, confidence = max(confidence, ?) WHERE id = ?`},
		{&w.setLoc, `UPDATE events SET loc_text = ?, loc_name = ?, loc_country = ?, loc_admin1 = ?, loc_lat = ?, loc_lon = ?,
			loc_geonameid = ?, loc_precision = ? WHERE id = ? AND loc_precision = ''`},
		{&w.siteSeen, `SELECT EXISTS(SELECT 1 FROM mentions m JOIN documents d ON d.rowid = m.doc
			WHERE m.event = ? AND d.site = ?)`},
		{&w.mention, `INSERT INTO mentions(event, doc, sentence, sent_start, sent_stop, trig_start, trig_stop,
			trigger, confidence, modality, date, src_text, tgt_text, attribution)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
	} {
		st, err := conn.PrepareContext(ctx, p.q)
		if err != nil {
			w.close()
			return nil, err
		}
		*p.st = st
	}
	s.wr = w
	return w, nil
}

// Has reports whether a document with this content hash is stored.
func (s *Store) Has(ctx context.Context, id string) (bool, error) {
	var ok bool
	err := s.r.QueryRowContext(ctx, "SELECT EXISTS(SELECT 1 FROM documents WHERE id = ?)", id).Scan(&ok)
	return ok, err
}

// Add stores a processed document with its sentences, entities and
// events, atomically: the document is written whole or not at all. A
// document whose content hash is stored already is left alone (Added.New
// false). Each of its events joins the stored event it matches (see
// mergeKey) or becomes a new one; each report of it in the document
// becomes a mention.
//
// With BatchDocs above 1, several documents share one transaction (each
// inside a savepoint of its own, so a failing document is undone alone)
// and are committed when BatchDocs are pending or BatchDelay has passed,
// and by Flush and Close: a run killed before the commit loses those
// documents whole, and running it again stores them. Add must not be
// called from several goroutines at once: the store has one writer.
func (s *Store) Add(ctx context.Context, d *doc.Document) (res Added, err error) {
	w, err := s.prepare(ctx)
	if err != nil {
		return res, err
	}
	if d.ID == "" {
		d.ID = doc.Hash(d.Text)
	}
	if !w.inTx {
		if _, err := w.conn.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
			return res, fmt.Errorf("%s: store: %w", d.Source, err)
		}
		w.inTx, w.pending, w.since = true, 0, time.Now()
	}
	if _, err := w.savepoint.ExecContext(ctx); err != nil {
		return res, fmt.Errorf("%s: store: %w", d.Source, err)
	}
	res, err = s.add(ctx, w, d)
	if err != nil {
		_, e1 := w.conn.ExecContext(ctx, "ROLLBACK TO doc")
		_, e2 := w.conn.ExecContext(ctx, "RELEASE doc")
		if e := errors.Join(e1, e2); e != nil {
			// The transaction is gone: so are the documents pending in it.
			w.conn.ExecContext(ctx, "ROLLBACK")
			w.inTx = false
			err = errors.Join(err, e)
		}
		return Added{}, fmt.Errorf("%s: store: %w", d.Source, err)
	}
	if _, err := w.release.ExecContext(ctx); err != nil {
		return Added{}, fmt.Errorf("%s: store: %w", d.Source, err)
	}
	if res.New {
		w.pending++
	}
	if s.BatchDocs <= 1 || w.pending >= s.BatchDocs || time.Since(w.since) >= s.BatchDelay {
		if err := s.Flush(ctx); err != nil {
			return Added{}, fmt.Errorf("%s: store: %w", d.Source, err)
		}
	}
	return res, nil
}

// Flush commits the documents Add has pending.
func (s *Store) Flush(ctx context.Context) error {
	w := s.wr
	if w == nil || !w.inTx {
		return nil
	}
	w.inTx = false
	_, err := w.conn.ExecContext(ctx, "COMMIT")
	if err != nil {
		w.conn.ExecContext(ctx, "ROLLBACK")
	}
	return err
}

// add writes one document inside the writer's open transaction.
func (s *Store) add(ctx context.Context, w *writer, d *doc.Document) (res Added, err error) {
	now := s.now().UTC().Format(time.RFC3339)
	site := siteOf(d.Source)
	nd, err := nearDuplicate(ctx, w, d)
	if err != nil {
		return res, err
	}
	var sig []byte
	var dupOf any
	if nd.sig != nil {
		sig = nd.sig.bytes()
	}
	if nd.row != 0 {
		dupOf = nd.row
	}
	r, err := w.doc.ExecContext(ctx, d.ID, d.Source, site, d.Lang, d.Date, d.Title, d.Text, now, d.Format, sig, dupOf, nd.sim)
	if err != nil {
		return res, err
	}
	if n, _ := r.RowsAffected(); n == 0 {
		return res, nil
	}
	res.New = true
	docRow, err := r.LastInsertId()
	if err != nil {
		return res, err
	}
	// An original's bands, for the documents after it to find it by.
	if nd.sig != nil && nd.row == 0 {
		args := make([]any, 0, 2*Bands)
		for _, b := range nd.sig.bands() {
			args = append(args, b, docRow)
		}
		if _, err := w.band.ExecContext(ctx, args...); err != nil {
			return res, err
		}
	}
	res.DuplicateOf, res.Similarity = nd.id, nd.sim
	origRow := nd.row
	cp := codePoints(d)

	// The sentences that report an event, also in the full-text index.
	// The other sentences stay in the document's text only.
	sentID := map[int]int64{} // byte start -> sentences.id
	sentStmt, ftsStmt := w.sent, w.fts
	for _, sn := range EvidenceSentences(d) {
		r, err := sentStmt.ExecContext(ctx, docRow, sn.Index, cp[sn.Start], cp[sn.End])
		if err != nil {
			return res, err
		}
		id, _ := r.LastInsertId()
		sentID[sn.Start] = id
		if _, err := ftsStmt.ExecContext(ctx, id, Fold(d.Text[sn.Start:sn.End])); err != nil {
			return res, err
		}
	}

	if err := insertEntities(ctx, w, docRow, d.Entities); err != nil {
		return res, err
	}

	// Events: the document's events with one key are one group; each
	// group joins or creates one stored event.
	type group struct {
		key, dyad string
		date      string
		borrowed  bool // the date is the document's, not the event's own
		evs       []*doc.Event
	}
	var groups []*group
	byKey := map[string]*group{}
	for i := range d.Events {
		ev := &d.Events[i]
		key, date := mergeKey(ev, d)
		dyad := strings.TrimSuffix(key, "|"+date)
		if key == "" {
			// Never merged: a key of its own.
			key, dyad = "!"+d.ID+"/"+strconv.Itoa(i), ""
		}
		g := byKey[key]
		if g == nil {
			g = &group{key: key, dyad: dyad, date: date, borrowed: date != ev.Date}
			byKey[key] = g
			groups = append(groups, g)
		}
		g.evs = append(g.evs, ev)
	}
	mentionStmt := w.mention
	for _, g := range groups {
		var mentions []doc.EventMention
		conf := 0.0
		for _, ev := range g.evs {
			conf = max(conf, ev.Confidence)
			if len(ev.Mentions) == 0 {
				mentions = append(mentions, doc.EventMention{Trigger: ev.Trigger, Sentence: ev.Sentence, Confidence: ev.Confidence, Modality: ev.Modality})
			}
			mentions = append(mentions, ev.Mentions...)
		}
		ev := reportEvidence(d, g.evs)
		ev.copyOf = origRow
		evID, err := s.findEvent(ctx, w, g.dyad, g.date, g.borrowed, g.evs, ev)
		switch {
		case err == sql.ErrNoRows:
			e := g.evs[0]
			src, tgt := part(e.Source), part(e.Target)
			r, err := w.newEv.ExecContext(ctx, g.key, g.dyad, e.Type, e.Mode, e.CAMEO, strings.Join(e.Context, ","), e.Quad, e.Goldstein,
				src.Actor, src.Country, src.Text, tgt.Actor, tgt.Country, tgt.Text, g.date, e.Modality, conf,
				now, now, len(mentions), g.borrowed, joinSet(ev.names), joinSet(ev.stems), joinSet(ev.dates))
			if err != nil {
				return res, err
			}
			evID, _ = r.LastInsertId()
			res.Events++
		case err != nil:
			return res, err
		default:
			var seen bool
			if err := w.siteSeen.QueryRowContext(ctx, evID, site).Scan(&seen); err != nil {
				return res, err
			}
			newSite := 1
			if seen {
				newSite = 0
			}
			if _, err := w.updEv.ExecContext(ctx, len(mentions), newSite, now, conf, evID); err != nil {
				return res, err
			}
			if err := s.addEvidence(ctx, w, evID, ev); err != nil {
				return res, err
			}
			res.Merged++
		}
		// The event's place: the first a report gives.
		for _, ev := range g.evs {
			if l := ev.Location; l != nil && l.Precision != "" {
				if _, err := w.setLoc.ExecContext(ctx, d.Text[l.Start:l.End], l.Name, l.Country, l.Admin1, l.Lat, l.Lon,
					l.GeonameID, l.Precision, evID); err != nil {
					return res, err
				}
				break
			}
		}
		k := 0
		for _, ev := range g.evs {
			src, tgt, attr := part(ev.Source), part(ev.Target), part(ev.Attribution)
			ms := ev.Mentions
			if len(ms) == 0 {
				ms = []doc.EventMention{{Trigger: ev.Trigger, Sentence: ev.Sentence, Confidence: ev.Confidence, Modality: ev.Modality}}
			}
			for _, m := range ms {
				var sid any
				if id, ok := sentID[m.Sentence.Start]; ok {
					sid = id
				}
				if _, err := mentionStmt.ExecContext(ctx, evID, docRow, sid, cp[m.Sentence.Start], cp[m.Sentence.End],
					cp[m.Trigger.Start], cp[m.Trigger.End], d.Text[m.Trigger.Start:m.Trigger.End], m.Confidence, m.Modality,
					g.date, src.Text, tgt.Text, attr.Text); err != nil {
					return res, err
				}
				k++
			}
		}
		res.Mentions += k
	}
	return res, nil
}

func part(p *doc.Participant) doc.Participant {
	if p == nil {
		return doc.Participant{}
	}
	return *p
}

// symmetric reports whether an act is joint, its two sides
// interchangeable: what the coder flags so, agreements, cooperation and
// meetings (CONSULT other than a visit or hosting, which have a
// direction).
func symmetric(ev *doc.Event) bool {
	if ev.Symmetric {
		return true
	}
	switch ev.Type {
	case "AGREE", "COOPERATE":
		return true
	case "CONSULT":
		return ev.Mode != "visit" && ev.Mode != "host"
	}
	return false
}

// mergeKey is the rule by which reports of one act in different documents
// become one event. Two events match when they have
//   - the same PLOVER type;
//   - the same source and the same target, each side compared by its actor
//     code, else by its country (a side with neither is unknown and equals
//     only another unknown side); for joint acts (flagged Symmetric by the
//     coder, and AGREE, COOPERATE, CONSULT other than visit or host) the
//     sides in either order;
//   - the same calendar date at the event's own precision: the same day
//     for a date given to the day, the same month for one given to the
//     month, the same year for a year (a day-precise and a month-precise
//     date do not match). An event without a calendar date (none, or one
//     the coder could not anchor, such as "XXXX-WXX-7" for "on Sunday" in
//     an undated article) takes its document's publication date, which
//     often lags the act by a day: when either of the two dates is so
//     borrowed, dates a day apart match too (the same day preferred); two
//     dates the reports give themselves must be equal. An event keeps the
//     date of its first report, and later reports are compared with it;
//   - no contradicting place: when both the stored event and the new
//     report give a place finer than a country, their countries agree, and
//     two cities or sites are the same one (placesDiffer).
//
// Mode, CAMEO code and modality are not compared (modality is kept per
// mention; the event's place is the first a report gives). An event with
// no date at all, or with neither side known, is never merged: the key is
// "" then. mergeKey returns the key with the date (merge_key) and the date
// used; the key without its date is the dyad_key the window is searched
// by (findEvent).
func mergeKey(ev *doc.Event, d *doc.Document) (key, date string) {
	date = ev.Date
	if !calendarDate(date) && calendarDate(d.Date) {
		date = d.Date
	}
	a, b := sideKey(ev.Source), sideKey(ev.Target)
	if !calendarDate(date) || a == "" && b == "" {
		return "", date
	}
	if symmetric(ev) && b < a {
		a, b = b, a
	}
	return ev.Type + "|" + a + "|" + b + "|" + date, date
}

// calendarDate reports whether s is YYYY, YYYY-MM or YYYY-MM-DD.
func calendarDate(s string) bool {
	if len(s) != 4 && len(s) != 7 && len(s) != 10 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if i == 4 || i == 7 {
			if c != '-' {
				return false
			}
		} else if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

func sideKey(p *doc.Participant) string {
	switch {
	case p == nil:
		return ""
	case p.Actor != "":
		return p.Actor
	case p.Country != "":
		return "@" + p.Country
	}
	return ""
}

// siteOf returns what num_sources counts for a document source: the host
// of a URL, the file of a JSON Lines record ("a.jsonl:12" → "a.jsonl"),
// else the source itself.
func siteOf(source string) string {
	if strings.Contains(source, "://") {
		if u, err := url.Parse(source); err == nil && u.Host != "" {
			return strings.TrimPrefix(strings.ToLower(u.Host), "www.")
		}
	}
	if i := strings.LastIndexByte(source, ':'); i > 0 && i < len(source)-1 {
		if _, err := strconv.Atoi(source[i+1:]); err == nil {
			return source[:i]
		}
	}
	return source
}

// codePoints maps every byte offset the document's sentences, events and
// mentions use to its count of code points, the unit of kronika/1 and of
// SQLite's substr.
func codePoints(d *doc.Document) map[int]int {
	var offs []int
	for _, s := range d.Sentences {
		offs = append(offs, s.Start, s.End)
	}
	for _, e := range d.Events {
		offs = append(offs, e.Trigger.Start, e.Trigger.End, e.Sentence.Start, e.Sentence.End)
		for _, m := range e.Mentions {
			offs = append(offs, m.Trigger.Start, m.Trigger.End, m.Sentence.Start, m.Sentence.End)
		}
	}
	sort.Ints(offs)
	out := make(map[int]int, len(offs))
	b, c := 0, 0
	for _, o := range offs {
		for b < o && b < len(d.Text) {
			_, n := utf8.DecodeRuneInString(d.Text[b:])
			b += n
			c++
		}
		out[o] = c
	}
	return out
}

// findEvent returns the stored event a group of reports joins (see
// mergeKey), sql.ErrNoRows when there is none.
func (s *Store) findEvent(ctx context.Context, w *writer, dyad, date string, borrowed bool, evs []*doc.Event, ev evidence) (int64, error) {
	if dyad == "" {
		return 0, sql.ErrNoRows
	}
	before, after := date, date
	if len(date) == 10 {
		if t, err := time.Parse(time.DateOnly, date); err == nil {
			before, after = t.AddDate(0, 0, -1).Format(time.DateOnly), t.AddDate(0, 0, 1).Format(time.DateOnly)
		}
	}
	var loc *doc.Location
	for _, ev := range evs {
		if ev.Location != nil && ev.Location.Precision != "" {
			loc = ev.Location
			break
		}
	}
	type cand struct {
		id        int64
		country   string
		geonameid int
		precision string
		ev        evidence
	}
	var cands []cand
	rows, err := w.findEv.QueryContext(ctx, dyad, date, before, after, borrowed, date)
	if err != nil {
		return 0, err
	}
	for rows.Next() {
		var c cand
		var names, stems, dates string
		if err := rows.Scan(&c.id, &c.country, &c.geonameid, &c.precision, &c.ev.mode, &names, &stems, &dates); err != nil {
			rows.Close()
			return 0, err
		}
		c.ev.names, c.ev.stems, c.ev.dates = splitSet(names), splitSet(stems), splitSet(dates)
		if c.precision == "city" || c.precision == "site" {
			c.ev.geo = c.geonameid
		}
		cands = append(cands, c)
	}
	err = rows.Err()
	rows.Close()
	if err != nil {
		return 0, err
	}
	for _, c := range cands {
		if loc != nil && placesDiffer(loc, c.country, c.geonameid, c.precision) {
			continue
		}
		if err := s.storedEvidence(ctx, w, c.id, &c.ev); err != nil {
			return 0, err
		}
		if s.KeyOnly || sameAct(c.ev, ev) {
			return c.id, nil
		}
	}
	return 0, sql.ErrNoRows
}

// placesDiffer reports whether two reports place an act in different
// places: both name a place finer than a country and their countries
// differ, or both name a city or site and they are different ones. A
// country alone (often only a participant's) never contradicts.
func placesDiffer(l *doc.Location, country string, geonameid int, precision string) bool {
	if l.Precision == "" || precision == "" || l.Precision == "country" || precision == "country" {
		return false
	}
	if l.Country != "" && country != "" && l.Country != country {
		return true
	}
	fine := func(p string) bool { return p == "city" || p == "site" }
	return fine(l.Precision) && fine(precision) && l.GeonameID != 0 && geonameid != 0 && l.GeonameID != geonameid
}

// dupMatch is a document's MinHash signature and the stored original it
// is a near-duplicate of (row 0 when none).
type dupMatch struct {
	sig signature
	row int64
	id  string
	sim float64
}

// nearDuplicate computes the document's MinHash signature and finds the
// closest stored original it is a near-duplicate of, if any (see
// dedup.go), before the document is written: its row then carries the
// signature and the link from the start.
func nearDuplicate(ctx context.Context, w *writer, d *doc.Document) (dupMatch, error) {
	var best dupMatch
	sig := minhash(d.Text)
	if sig == nil {
		return best, nil
	}
	best.sig = sig
	bands := sig.bands()
	args := make([]any, len(bands))
	for i, b := range bands {
		args[i] = b
	}
	rows, err := w.candidates.QueryContext(ctx, args...)
	if err != nil {
		return best, err
	}
	defer rows.Close()
	for rows.Next() {
		var row int64
		var id string
		var blob []byte
		var orig sql.NullInt64
		if err := rows.Scan(&row, &id, &blob, &orig); err != nil {
			return best, err
		}
		if orig.Valid || id == d.ID {
			continue // only originals are linked to
		}
		r := resemblance(sig, signatureOf(blob))
		if r >= NearDuplicate && (r > best.sim || r == best.sim && row < best.row) {
			best.row, best.id, best.sim = row, id, r
		}
	}
	return best, rows.Err()
}

// entityRows is how many entities one INSERT writes at most.
const entityRows = 32

// EvidenceSentence is a sentence of a document that reports an event (an
// event's or a mention's sentence), with its place among the document's
// content sentences (not boilerplate or format headers), from 1.
type EvidenceSentence struct {
	doc.Sentence
	Index int
}

// EvidenceSentences returns the sentences a store keeps of a document,
// the evidence of its events, in the document's order.
func EvidenceSentences(d *doc.Document) []EvidenceSentence {
	evidence := map[int]bool{}
	for _, ev := range d.Events {
		evidence[ev.Sentence.Start] = true
		for _, m := range ev.Mentions {
			evidence[m.Sentence.Start] = true
		}
	}
	var out []EvidenceSentence
	idx := 0
	for _, sn := range d.Sentences {
		if sn.Block < len(d.Blocks) && !d.Blocks[sn.Block].Content() {
			continue
		}
		idx++
		if evidence[sn.Start] {
			out = append(out, EvidenceSentence{sn, idx})
		}
	}
	return out
}

// insertEntities writes a document's entities, up to entityRows to a
// statement (one statement a row cost a fifth of the store's time).
func insertEntities(ctx context.Context, w *writer, docRow int64, ents []doc.Entity) error {
	for len(ents) > 0 {
		n := min(len(ents), entityRows)
		st := w.ents[n]
		if st == nil {
			var err error
			st, err = w.conn.PrepareContext(ctx, `INSERT INTO entities(doc, eid, type, name, canonical, actor, country, mentions) VALUES `+
				strings.TrimSuffix(strings.Repeat("(?, ?, ?, ?, ?, ?, ?, ?), ", n), ", "))
			if err != nil {
				return err
			}
			w.ents[n] = st
		}
		args := make([]any, 0, 8*n)
		for _, e := range ents[:n] {
			args = append(args, docRow, e.ID, e.Type, e.Name, e.Canonical, e.Actor, e.Country, len(e.Mentions))
		}
		if _, err := st.ExecContext(ctx, args...); err != nil {
			return err
		}
		ents = ents[n:]
	}
	return nil
}
