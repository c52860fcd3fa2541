package store

import (
	"context"
	"strconv"
	"strings"
)

// DocPageFilter selects stored documents. Zero fields select everything.
type DocPageFilter struct {
	Lang   string
	Source string // the site (host of a URL) or the exact source
	Since  string // publication date YYYY[-MM[-DD]], inclusive
	Until  string // inclusive at its precision
	Q      string // words of a sentence of the document (full text)
}

// DocPageItem is a stored document without its text.
type DocPageItem struct {
	Row        int64  `json:"-"` // the position in ingest order (the cursor)
	ID         string `json:"id"`
	Source     string `json:"source"`
	Site       string `json:"site"`
	Lang       string `json:"lang"`
	Date       string `json:"date"`
	Title      string `json:"title"`
	Format     string `json:"format"`
	IngestedAt string `json:"ingested_at"`
	Mentions   int    `json:"mentions"` // event mentions the document holds
}

// DocumentPage returns up to limit documents f selects, the latest ingested
// first, after the one at row before (0: from the start).
func (s *Store) DocumentPage(ctx context.Context, f DocPageFilter, before int64, limit int) ([]DocPageItem, error) {
	conds, args := f.conds(before)
	if f.Q != "" {
		m := ftsQuery(f.Q)
		if m == "" {
			m = `""`
		}
		conds = append(conds, "d.rowid IN (SELECT sn.doc FROM sentences sn WHERE sn.id IN (SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?))")
		args = append(args, m)
	}
	w := ""
	if len(conds) > 0 {
		w = " WHERE " + strings.Join(conds, " AND ")
	}
	rows, err := s.r.QueryContext(ctx, DocPageSelect+w+" ORDER BY d.rowid DESC LIMIT "+strconv.Itoa(max(1, limit)), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []DocPageItem{}
	for rows.Next() {
		var d DocPageItem
		if err := rows.Scan(&d.Row, &d.ID, &d.Source, &d.Site, &d.Lang, &d.Date, &d.Title, &d.Format, &d.IngestedAt, &d.Mentions); err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// DocPageSelect is the query of a documents page without its WHERE
// clause: the columns of DocPageItem in order, from documents d.
const DocPageSelect = `SELECT d.rowid, d.id, d.source, d.site, d.lang, d.date, d.title, d.format, d.ingested_at,
		(SELECT count(*) FROM mentions m WHERE m.doc = d.rowid)
		FROM documents d`

// DocPageConds returns the conditions (with "?" placeholders) over table
// documents d that select the documents of f after the one at row before,
// but for the full-text query Q, which each backend answers with its own
// index.
func DocPageConds(f DocPageFilter, before int64) ([]string, []any) { return f.conds(before) }

func (f DocPageFilter) conds(before int64) ([]string, []any) {
	var conds []string
	var args []any
	add := func(c string, a ...any) { conds = append(conds, c); args = append(args, a...) }
	if before > 0 {
		add("d.rowid < ?", before)
	}
	if f.Lang != "" {
		add("d.lang = ?", f.Lang)
	}
	if f.Source != "" {
		add("(d.site = ? OR d.source = ?)", f.Source, f.Source)
	}
	if f.Since != "" {
		add("d.date >= ? AND d.date < 'A'", f.Since)
	}
	if f.Until != "" {
		add("d.date <= ?", f.Until+"~")
	}
	return conds, args
}
