package pgstore

// The lists of kronika serve beyond events: the actor search and an
// actor's summary, the latest month with events, the documents list, and
// events per date (kronika events --format daily). Each is the SQLite
// store's query (store/actors_read.go, store/documents_read.go) over the
// same tables: ranges of codes compare byte-wise (the columns are
// COLLATE "C"), names order byte-wise too, and a name matches its search
// words without regard to case.

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/kronika/kronika/store"
)

// top is the end of the range of codes starting with a prefix.
const top = "\U0010FFFF"

// SearchActors finds up to limit actor codes: those starting with q
// (when q can be a code; case does not matter) and those of stored
// entities whose name or canonical name holds q. Most events first.
func (s *Store) SearchActors(ctx context.Context, q string, limit int) ([]store.ActorHit, error) {
	q = strings.TrimSpace(q)
	hits := map[string]*store.ActorHit{}
	if store.IsCode(q) {
		up := strings.ToUpper(q)
		err := s.eachRow(ctx, `SELECT a, sum(n)::bigint FROM (
			SELECT e.src_actor AS a, count(*) AS n FROM events e WHERE e.src_actor >= $1 AND e.src_actor < $2 GROUP BY e.src_actor
			UNION ALL
			SELECT e.tgt_actor AS a, count(*) AS n FROM events e WHERE e.tgt_actor >= $1 AND e.tgt_actor < $2 GROUP BY e.tgt_actor) u
			GROUP BY a ORDER BY 2 DESC, a LIMIT $3`, []any{up, up + top, limit}, func(r pgx.Rows) error {
			h := &store.ActorHit{Names: []string{}}
			err := r.Scan(&h.Code, &h.Events)
			hits[h.Code] = h
			return err
		})
		if err != nil {
			return nil, err
		}
	}
	if q != "" {
		pat := "%" + likeEscape(q) + "%"
		err := s.eachRow(ctx, `SELECT en.actor, coalesce(nullif(en.canonical, ''), en.name) AS nm, sum(en.mentions) AS n
			FROM entities en WHERE en.actor <> '' AND (en.name ILIKE $1 ESCAPE '\' OR en.canonical ILIKE $1 ESCAPE '\')
			GROUP BY en.actor, nm ORDER BY n DESC, en.actor, coalesce(nullif(en.canonical, ''), en.name) COLLATE "C" LIMIT 500`, []any{pat}, func(r pgx.Rows) error {
			var code, name string
			if err := r.Scan(&code, &name, new(int64)); err != nil {
				return err
			}
			h := hits[code]
			if h == nil {
				h = &store.ActorHit{Code: code, Names: []string{}, Events: -1}
				hits[code] = h
			}
			if len(h.Names) < 5 {
				h.Names = append(h.Names, name)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return store.RankActorHits(hits, limit, func(code string) (int, error) {
		src, tgt, err := s.sideCounts(ctx, code, true)
		return src + tgt, err
	}, func(code string) ([]store.ActorName, error) { return s.ActorNames(ctx, code, 3) })
}

func likeEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

// sideCounts counts the events with code as source and as target (the
// code exactly, or as a prefix).
func (s *Store) sideCounts(ctx context.Context, code string, exact bool) (src, tgt int, err error) {
	if exact {
		err = s.pool.QueryRow(ctx, `SELECT (SELECT count(*) FROM events e WHERE e.src_actor = $1),
			(SELECT count(*) FROM events e WHERE e.tgt_actor = $1)`, code).Scan(&src, &tgt)
		return src, tgt, err
	}
	err = s.pool.QueryRow(ctx, `SELECT (SELECT count(*) FROM events e WHERE e.src_actor >= $1 AND e.src_actor < $2),
		(SELECT count(*) FROM events e WHERE e.tgt_actor >= $1 AND e.tgt_actor < $2)`, code, code+top).Scan(&src, &tgt)
	return src, tgt, err
}

// ActorNames returns the most frequent names of an actor code: the
// canonical names of the stored entities linked to it, else the words of
// its latest events' sides.
func (s *Store) ActorNames(ctx context.Context, code string, limit int) ([]store.ActorName, error) {
	out := []store.ActorName{}
	scan := func(r pgx.Rows) error {
		var a store.ActorName
		err := r.Scan(&a.Name, &a.Count)
		out = append(out, a)
		return err
	}
	err := s.eachRow(ctx, `SELECT coalesce(nullif(en.canonical, ''), en.name) AS nm, sum(en.mentions) AS n
		FROM entities en WHERE en.actor = $1 GROUP BY nm ORDER BY n DESC, coalesce(nullif(en.canonical, ''), en.name) COLLATE "C" LIMIT $2`, []any{code, limit}, scan)
	if err != nil || len(out) > 0 {
		return out, err
	}
	err = s.eachRow(ctx, `SELECT t, count(*) AS n FROM (
		(SELECT e.src_text AS t FROM events e WHERE e.src_actor = $1 ORDER BY e.date DESC, e.id DESC LIMIT 1000)
		UNION ALL
		(SELECT e.tgt_text AS t FROM events e WHERE e.tgt_actor = $1 ORDER BY e.date DESC, e.id DESC LIMIT 1000)) u
		WHERE t <> '' GROUP BY t ORDER BY n DESC, t COLLATE "C" LIMIT $2`, []any{code, limit}, scan)
	return out, err
}

// Actor returns the summary of code (a prefix: RUS covers RUSGOV), or
// store.ErrNoRow when no event names it.
func (s *Store) Actor(ctx context.Context, code string) (store.ActorSummary, error) {
	a := store.ActorSummary{Code: code}
	var err error
	if a.AsSource, a.AsTarget, err = s.sideCounts(ctx, code, false); err != nil {
		return a, err
	}
	if a.AsSource+a.AsTarget == 0 {
		return a, store.ErrNoRow
	}
	// Dated events only: undated ones ('' and the letters of unanchored
	// dates) are outside '0'..'A'. Each side's range reads its own index.
	const side = `FROM events e WHERE e.%[1]s_actor >= $1 AND e.%[1]s_actor < $2 AND e.date >= '0' AND e.date < 'A'`
	src, tgt := fmt.Sprintf(side, "src"), fmt.Sprintf(side, "tgt")
	if err := s.pool.QueryRow(ctx, `SELECT coalesce(least((SELECT min(e.date) `+src+`), (SELECT min(e.date) `+tgt+`)), ''),
		coalesce(greatest((SELECT max(e.date) `+src+`), (SELECT max(e.date) `+tgt+`)), '')`,
		code, code+top).Scan(&a.First, &a.Last); err != nil {
		return a, err
	}
	if a.Names, err = s.ActorNames(ctx, code, 8); err != nil {
		return a, err
	}
	return a, nil
}

// LatestMonth returns the month (YYYY-MM) of the latest dated event, or
// "" when no event has a date.
func (s *Store) LatestMonth(ctx context.Context) (string, error) {
	var d string
	err := s.pool.QueryRow(ctx, `SELECT coalesce(max(e.date), '') FROM events e WHERE e.date >= '0' AND e.date < 'A'`).Scan(&d)
	if len(d) < 7 {
		return "", err
	}
	return d[:7], err
}

// DocumentPage returns up to limit documents f selects, the latest
// ingested first, after the one at row before (0: from the start).
func (s *Store) DocumentPage(ctx context.Context, f store.DocPageFilter, before int64, limit int) ([]store.DocPageItem, error) {
	conds, args := store.DocPageConds(f, before)
	if f.Q != "" {
		if m := tsQuery(f.Q); m == "" {
			conds = append(conds, "FALSE")
		} else {
			conds = append(conds, "d.rowid IN (SELECT sn.doc FROM sentences sn WHERE sn.folded @@ to_tsquery('simple', ?))")
			args = append(args, m)
		}
	}
	w := ""
	if len(conds) > 0 {
		w = numbered(" WHERE "+strings.Join(conds, " AND "), 1)
	}
	out := []store.DocPageItem{}
	err := s.eachRow(ctx, store.DocPageSelect+w+" ORDER BY d.rowid DESC LIMIT "+strconv.Itoa(max(1, limit)), args, func(r pgx.Rows) error {
		var d store.DocPageItem
		err := r.Scan(&d.Row, &d.ID, &d.Source, &d.Site, &d.Lang, &d.Date, &d.Title, &d.Format, &d.IngestedAt, &d.Mentions)
		out = append(out, d)
		return err
	})
	return out, err
}

// CountByDate returns how many events f selects on each date (at the
// precision each event has), in date order. Limit and Offset are ignored.
func (s *Store) CountByDate(ctx context.Context, f store.Filter) ([]store.DayCount, error) {
	f.Limit, f.Offset = 0, 0
	w, args := where(f)
	var out []store.DayCount
	err := s.eachRow(ctx, "SELECT e.date, count(*) FROM events e"+w+" GROUP BY e.date ORDER BY e.date", args, func(r pgx.Rows) error {
		var c store.DayCount
		err := r.Scan(&c.Date, &c.Count)
		out = append(out, c)
		return err
	})
	return out, err
}
