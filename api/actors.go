package api

import (
	"context"
	"net/http"
	"net/url"
	"strings"

	"github.com/kronika/kronika/store"
)

// actorList is the answer of /actors.
type actorList struct {
	Actors []store.ActorHit `json:"actors"`
}

// actorCode reads an actor code (or prefix) from a path segment.
func actorCode(s string) (string, error) {
	if !codeRE.MatchString(s) {
		return "", badRequest("actor %q: want an actor code (letters and digits, RUSGOV) or its prefix", s)
	}
	return strings.ToUpper(s), nil
}

func (s *Server) searchActors(ctx context.Context, q url.Values) (actorList, error) {
	text := strings.TrimSpace(q.Get("q"))
	if len(q["q"]) > 1 {
		return actorList{}, badRequest("q given %d times: give it once", len(q["q"]))
	}
	if text == "" || len(text) > 100 {
		return actorList{}, badRequest("q: want the start of an actor code (RUS) or a part of a name (Putin), at most 100 bytes")
	}
	limit, err := intParam(q, "limit", 20, 1, 100)
	if err != nil {
		return actorList{}, err
	}
	hits, err := s.db.SearchActors(ctx, text, limit)
	if err != nil {
		return actorList{}, err
	}
	return actorList{Actors: hits}, nil
}

func (s *Server) apiActors(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	if err := checkParams(q, []string{"q", "limit"}); err != nil {
		return err
	}
	l, err := s.searchActors(r.Context(), q)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, l)
}

// actorData is the answer of /actors/{code}: the summary, the actor's
// events over time and its partners.
type actorData struct {
	store.ActorSummary
	Timeline timeline `json:"timeline"`
	Partners []edge   `json:"partners"` // pairs with the actor on one side, most events first
}

// actor answers for code over the events q's filter selects besides
// (since, until, by, interval).
func (s *Server) actor(ctx context.Context, code string, q url.Values) (actorData, error) {
	sum, err := s.db.Actor(ctx, code)
	if err != nil {
		return actorData{}, err
	}
	d := actorData{ActorSummary: sum}
	if sum.Names == nil {
		d.Names = []store.ActorName{}
	}
	tq := url.Values{"actor": {code}}
	for _, k := range []string{"since", "until", "by", "interval"} {
		if v, ok := q[k]; ok {
			tq[k] = v
		}
	}
	if tq.Get("by") == "" {
		tq.Set("by", "quad")
	}
	if d.Timeline, err = s.counts(ctx, tq, "lang"); err != nil {
		return d, err
	}
	nq := url.Values{"actor": {code}, "limit": {"20"}}
	for _, k := range []string{"since", "until"} {
		if v, ok := q[k]; ok {
			nq[k] = v
		}
	}
	nw, err := s.network(ctx, nq, "lang")
	if err != nil {
		return d, err
	}
	d.Partners = nw.Edges
	return d, nil
}

var actorParams = []string{"since", "until", "by", "interval"}

func (s *Server) apiActor(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	if err := checkParams(q, actorParams); err != nil {
		return err
	}
	code, err := actorCode(r.PathValue("code"))
	if err != nil {
		return err
	}
	d, err := s.actor(r.Context(), code, q)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, d)
}

type actorsPage struct {
	Q      string
	Actors []store.ActorHit
	Asked  bool
}

func (s *Server) pageActors(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	if err := checkParams(q, []string{"q", "lang"}); err != nil {
		return err
	}
	d := actorsPage{Q: strings.TrimSpace(q.Get("q"))}
	if d.Q != "" {
		l, err := s.searchActors(r.Context(), url.Values{"q": {d.Q}})
		if err != nil {
			return err
		}
		d.Actors, d.Asked = l.Actors, true
	}
	return s.render(w, r, "actors", messages[uiLang(r)]["actors"], d)
}

type actorPageData struct {
	actorData
	Chart    chart
	Events   []eventRow
	Partners []partnerView
	More     string // the events table of the actor
	Network  string
}

type partnerView struct {
	edge
	Partner, PartnerLink, EventsLink, Kind string
	Outgoing                               bool // the actor is the source
}

func (s *Server) pageActor(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	if err := checkParams(q, actorParams, []string{"lang"}); err != nil {
		return err
	}
	code, err := actorCode(r.PathValue("code"))
	if err != nil {
		return err
	}
	q.Del("lang")
	d, err := s.actor(r.Context(), code, q)
	if err != nil {
		return err
	}
	lang := uiLang(r)
	base := url.Values{"actor": {code}, "lang": {lang}}
	p := actorPageData{actorData: d, Chart: buildChart(d.Timeline, lang, url.Values{"actor": {code}})}
	p.More = "/events?" + base.Encode()
	p.Network = "/network?" + base.Encode()
	for _, e := range d.Partners {
		pv := partnerView{edge: e, Kind: edgeKind(e)}
		pv.Outgoing = strings.HasPrefix(e.Source, code)
		pv.Partner = e.Target
		if !pv.Outgoing {
			pv.Partner = e.Source
		}
		pv.PartnerLink = "/actors/" + url.PathEscape(pv.Partner) + "?lang=" + lang
		pv.EventsLink = "/events?" + url.Values{"dyad": {e.Source + ">" + e.Target}, "lang": {lang}}.Encode()
		p.Partners = append(p.Partners, pv)
	}
	_, page, err := s.queryEvents(r.Context(), url.Values{"actor": {code}, "limit": {"20"}}, "doclang", true)
	if err != nil {
		return err
	}
	p.Events = eventRows(page.Events)
	return s.render(w, r, "actor", code, p)
}

// edgeKind is the colour of a pair: the larger share.
func edgeKind(e edge) string {
	switch {
	case e.Cooperative > e.Conflictual:
		return "cooperative"
	case e.Conflictual > e.Cooperative:
		return "conflictual"
	}
	return "neutral"
}
