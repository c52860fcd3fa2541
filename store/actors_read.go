package store

// Actor queries for kronika serve: finding actor codes by code or name,
// and what one actor did and had done to it.

import (
	"context"
	"sort"
	"strings"
)

// ActorHit is an actor code a search found, with the names the stored
// entities give it and how many events have it on either side.
type ActorHit struct {
	Code   string   `json:"code"`
	Names  []string `json:"names"`
	Events int      `json:"events"`
}

// ActorName is a name of an actor and how often it was seen.
type ActorName struct {
	Name  string `json:"name"`
	Count int    `json:"count"`
}

func likeEscape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return r.Replace(s)
}

func isCode(s string) bool {
	if s == "" || len(s) > 32 {
		return false
	}
	for _, r := range s {
		if !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

// SearchActors finds up to limit actor codes: those starting with q
// (when q can be a code; case does not matter) and those of stored
// entities whose name or canonical name holds q. Most events first.
func (s *Store) SearchActors(ctx context.Context, q string, limit int) ([]ActorHit, error) {
	q = strings.TrimSpace(q)
	hits := map[string]*ActorHit{}
	if isCode(q) {
		up := strings.ToUpper(q)
		rows, err := s.r.QueryContext(ctx, `SELECT a, sum(n) FROM (
			SELECT e.src_actor AS a, count(*) AS n FROM events e WHERE e.src_actor >= ? AND e.src_actor < ? GROUP BY e.src_actor
			UNION ALL
			SELECT e.tgt_actor AS a, count(*) AS n FROM events e WHERE e.tgt_actor >= ? AND e.tgt_actor < ? GROUP BY e.tgt_actor)
			GROUP BY a ORDER BY 2 DESC, a LIMIT ?`, up, up+"\U0010FFFF", up, up+"\U0010FFFF", limit)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			h := &ActorHit{Names: []string{}}
			if err := rows.Scan(&h.Code, &h.Events); err != nil {
				rows.Close()
				return nil, err
			}
			hits[h.Code] = h
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, err
		}
	}
	if q != "" {
		pat := "%" + likeEscape(q) + "%"
		rows, err := s.r.QueryContext(ctx, `SELECT en.actor, coalesce(nullif(en.canonical, ''), en.name) AS nm, sum(en.mentions) AS n
			FROM entities en WHERE en.actor <> '' AND (en.name LIKE ? ESCAPE '\' OR en.canonical LIKE ? ESCAPE '\')
			GROUP BY en.actor, nm ORDER BY n DESC, en.actor, nm LIMIT 500`, pat, pat)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var code, name string
			var n int
			if err := rows.Scan(&code, &name, &n); err != nil {
				rows.Close()
				return nil, err
			}
			h := hits[code]
			if h == nil {
				h = &ActorHit{Code: code, Names: []string{}, Events: -1}
				hits[code] = h
			}
			if len(h.Names) < 5 {
				h.Names = append(h.Names, name)
			}
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, err
		}
	}
	return RankActorHits(hits, limit, func(code string) (int, error) {
		src, tgt, err := s.actorSideCounts(ctx, code, true)
		return src + tgt, err
	}, func(code string) ([]ActorName, error) { return s.ActorNames(ctx, code, 3) })
}

// RankActorHits ends an actor search the same way in every backend: the
// hits found by name only (Events -1) get their counts of events from
// count, the hits are ordered most events first (then by code) and cut
// at limit, and those without a name get theirs from names.
func RankActorHits(hits map[string]*ActorHit, limit int, count func(code string) (int, error), names func(code string) ([]ActorName, error)) ([]ActorHit, error) {
	out := make([]ActorHit, 0, len(hits))
	for _, h := range hits {
		if h.Events < 0 {
			n, err := count(h.Code)
			if err != nil {
				return nil, err
			}
			h.Events = n
		}
		out = append(out, *h)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Events != out[j].Events {
			return out[i].Events > out[j].Events
		}
		return out[i].Code < out[j].Code
	})
	if len(out) > limit {
		out = out[:limit]
	}
	// Names of the code hits, from the entities of the actor.
	for i := range out {
		if len(out[i].Names) > 0 {
			continue
		}
		ns, err := names(out[i].Code)
		if err != nil {
			return nil, err
		}
		for _, n := range ns {
			out[i].Names = append(out[i].Names, n.Name)
		}
	}
	return out, nil
}

// actorSideCounts counts the events with code as source and as target
// (the code exactly, or as a prefix).
func (s *Store) actorSideCounts(ctx context.Context, code string, exact bool) (src, tgt int, err error) {
	hi := code + "\U0010FFFF"
	if exact {
		hi = code + "\x00"
	}
	err = s.r.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM events e WHERE e.src_actor >= ? AND e.src_actor < ?),
		(SELECT count(*) FROM events e WHERE e.tgt_actor >= ? AND e.tgt_actor < ?)`,
		code, hi, code, hi).Scan(&src, &tgt)
	return src, tgt, err
}

// ActorNames returns the most frequent names of an actor code: the
// canonical names of the stored entities linked to it, else the words of
// its latest events' sides.
func (s *Store) ActorNames(ctx context.Context, code string, limit int) ([]ActorName, error) {
	out := []ActorName{}
	rows, err := s.r.QueryContext(ctx, `SELECT coalesce(nullif(en.canonical, ''), en.name) AS nm, sum(en.mentions) AS n
		FROM entities en WHERE en.actor = ? GROUP BY nm ORDER BY n DESC, nm LIMIT ?`, code, limit)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var a ActorName
		if err := rows.Scan(&a.Name, &a.Count); err != nil {
			rows.Close()
			return nil, err
		}
		out = append(out, a)
	}
	err = rows.Err()
	rows.Close()
	if err != nil || len(out) > 0 {
		return out, err
	}
	rows, err = s.r.QueryContext(ctx, `SELECT t, count(*) AS n FROM (
		SELECT * FROM (SELECT e.src_text AS t FROM events e WHERE e.src_actor = ? ORDER BY e.date DESC LIMIT 1000)
		UNION ALL
		SELECT * FROM (SELECT e.tgt_text AS t FROM events e WHERE e.tgt_actor = ? ORDER BY e.date DESC LIMIT 1000))
		WHERE t <> '' GROUP BY t ORDER BY n DESC, t LIMIT ?`, code, code, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var a ActorName
		if err := rows.Scan(&a.Name, &a.Count); err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// ActorSummary is what an actor code (and the codes it is a prefix of)
// is on record for.
type ActorSummary struct {
	Code     string      `json:"code"`
	Names    []ActorName `json:"names"`
	AsSource int         `json:"as_source"` // events with it as source
	AsTarget int         `json:"as_target"` // and as target
	First    string      `json:"first"`     // the earliest dated event, YYYY[-MM[-DD]], or ""
	Last     string      `json:"last"`      // the latest
}

// Actor returns the summary of code (a prefix: RUS covers RUSGOV), or
// ErrNoRow when no event names it.
func (s *Store) Actor(ctx context.Context, code string) (ActorSummary, error) {
	a := ActorSummary{Code: code}
	var err error
	if a.AsSource, a.AsTarget, err = s.actorSideCounts(ctx, code, false); err != nil {
		return a, err
	}
	if a.AsSource+a.AsTarget == 0 {
		return a, ErrNoRow
	}
	hi := code + "\U0010FFFF"
	// Dated events only: undated ones ('' and the letters of unanchored
	// dates) are outside '0'..'A'.
	if err := s.r.QueryRowContext(ctx, `SELECT coalesce(min(d), ''), coalesce(max(d), '') FROM (
		SELECT min(e.date) AS d FROM events e WHERE e.src_actor >= ? AND e.src_actor < ? AND e.date >= '0' AND e.date < 'A'
		UNION ALL SELECT max(e.date) FROM events e WHERE e.src_actor >= ? AND e.src_actor < ? AND e.date >= '0' AND e.date < 'A'
		UNION ALL SELECT min(e.date) FROM events e WHERE e.tgt_actor >= ? AND e.tgt_actor < ? AND e.date >= '0' AND e.date < 'A'
		UNION ALL SELECT max(e.date) FROM events e WHERE e.tgt_actor >= ? AND e.tgt_actor < ? AND e.date >= '0' AND e.date < 'A')`,
		code, hi, code, hi, code, hi, code, hi).Scan(&a.First, &a.Last); err != nil {
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
	err := s.r.QueryRowContext(ctx, `SELECT coalesce(max(e.date), '') FROM events e WHERE e.date >= '0' AND e.date < 'A'`).Scan(&d)
	if len(d) < 7 {
		return "", err
	}
	return d[:7], err
}
