package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
)

// DocFilter selects documents for Documents. Zero fields select all.
type DocFilter struct {
	Lang       string
	Source     string // a site (a URL's host, or a file) or a source exactly
	Since      string // publication date YYYY[-MM[-DD]], inclusive
	Until      string // inclusive at its precision
	Duplicates bool   // only near-duplicates of stored originals
	Limit      int    // 0: no limit
	Offset     int
}

// DocSummary is one stored document, without its text.
type DocSummary struct {
	ID          string  `json:"id"` // content hash
	Source      string  `json:"source"`
	Site        string  `json:"site"`
	Lang        string  `json:"lang"`
	Date        string  `json:"date"`
	Title       string  `json:"title"`
	Format      string  `json:"format"`
	IngestedAt  string  `json:"ingested_at"`
	Length      int     `json:"length"` // code points
	Events      int     `json:"events"` // events it reports
	DuplicateOf string  `json:"duplicate_of,omitempty"`
	Similarity  float64 `json:"similarity,omitempty"`
}

// Documents returns the documents f selects, the latest ingested first.
func (s *Store) Documents(ctx context.Context, f DocFilter) ([]DocSummary, error) {
	var conds []string
	var args []any
	if f.Lang != "" {
		conds, args = append(conds, "d.lang = ?"), append(args, f.Lang)
	}
	if f.Source != "" {
		conds, args = append(conds, "(d.site = ? OR d.source = ?)"), append(args, f.Source, f.Source)
	}
	if f.Since != "" {
		conds, args = append(conds, "d.date >= ?"), append(args, f.Since)
	}
	if f.Until != "" {
		conds, args = append(conds, "d.date <= ? AND d.date <> ''"), append(args, f.Until+"~")
	}
	if f.Duplicates {
		conds = append(conds, "d.duplicate_of IS NOT NULL")
	}
	q := `SELECT d.id, d.source, d.site, d.lang, d.date, d.title, d.format, d.ingested_at, length(d.text),
		(SELECT count(DISTINCT m.event) FROM mentions m WHERE m.doc = d.rowid),
		coalesce((SELECT o.id FROM documents o WHERE o.rowid = d.duplicate_of), ''), d.similarity
		FROM documents d`
	if len(conds) > 0 {
		q += " WHERE " + strings.Join(conds, " AND ")
	}
	q += " ORDER BY d.rowid DESC"
	if f.Limit > 0 {
		q += fmt.Sprintf(" LIMIT %d OFFSET %d", f.Limit, f.Offset)
	}
	rows, err := s.r.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []DocSummary
	for rows.Next() {
		var d DocSummary
		if err := rows.Scan(&d.ID, &d.Source, &d.Site, &d.Lang, &d.Date, &d.Title, &d.Format, &d.IngestedAt, &d.Length,
			&d.Events, &d.DuplicateOf, &d.Similarity); err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// ActorCount is how often an actor takes part in the events a filter
// selects.
type ActorCount struct {
	Actor    string `json:"actor"`
	Name     string `json:"name"`     // the canonical name most often linked to the code
	Events   int    `json:"events"`   // events with the actor on either side
	Mentions int    `json:"mentions"` // their mentions
	AsSource int    `json:"as_source"`
	AsTarget int    `json:"as_target"`
}

// TopActors returns the n actors (codes) in most of the events f
// selects, most first. Limit and Offset of f are ignored; n <= 0 means
// all.
func (s *Store) TopActors(ctx context.Context, f Filter, n int) ([]ActorCount, error) {
	f.Limit, f.Offset = 0, 0
	if f.Q != "" {
		return nil, fmt.Errorf("top actors: full-text search is not supported here")
	}
	w, args := f.where()
	and := " WHERE "
	if w != "" {
		and = w + " AND "
	}
	q := `SELECT actor, count(DISTINCT id), sum(m), sum(src), sum(tgt) FROM (
		SELECT e.id, e.src_actor AS actor, e.num_mentions AS m, 1 AS src, 0 AS tgt FROM events e` + and + `e.src_actor <> ''
		UNION ALL
		SELECT e.id, e.tgt_actor, e.num_mentions, 0, 1 FROM events e` + and + `e.tgt_actor <> '')
		GROUP BY actor ORDER BY 2 DESC, actor`
	args = append(args, args...)
	if n > 0 {
		q += fmt.Sprintf(" LIMIT %d", n)
	}
	rows, err := s.r.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	var out []ActorCount
	for rows.Next() {
		var a ActorCount
		if err := rows.Scan(&a.Actor, &a.Events, &a.Mentions, &a.AsSource, &a.AsTarget); err != nil {
			rows.Close()
			return nil, err
		}
		out = append(out, a)
	}
	err = rows.Err()
	rows.Close()
	if err != nil {
		return nil, err
	}
	for i := range out {
		err := s.r.QueryRowContext(ctx, `SELECT canonical FROM entities WHERE actor = ? AND canonical <> ''
			GROUP BY canonical ORDER BY count(*) DESC, canonical LIMIT 1`, out[i].Actor).Scan(&out[i].Name)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return nil, err
		}
	}
	return out, nil
}
