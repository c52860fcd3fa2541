package api

import (
	"context"
	"fmt"
	"net/http"
	"runtime"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/ingest"
	"github.com/kronika/kronika/pipeline"
	"github.com/kronika/kronika/store"
)

// The store keeps what the tables need, not the coder's trace, the time
// expressions or the quotations of a document. The pages that show them
// run the pipeline again over the stored text of one document (its text,
// language, date and title are stored), which gives the same annotations
// as at ingest as long as the binary's coder is the same; a stored event
// is found again by its trigger's offsets.

// analysis is one stored document run through the pipeline again.
type analysis struct {
	d  *doc.Document
	cp []int32 // code-point offset of each byte offset of d.Text (and its end)
	// err is set when the pipeline failed on the document (the pages
	// then show what is stored only).
	err error
}

// at converts a byte offset of the document into code points.
func (a *analysis) at(b int) int {
	if b < 0 || b >= len(a.cp) {
		return -1
	}
	return int(a.cp[b])
}

// cpSpan is a byte span of the document in code points.
func (a *analysis) cpSpan(s doc.Span) [2]int { return [2]int{a.at(s.Start), a.at(s.End)} }

// textSpan is a byte span of the document as the API gives it: its
// words and their code-point offsets.
func (a *analysis) textSpan(s doc.Span) store.TextSpan {
	c := a.cpSpan(s)
	return store.TextSpan{Text: a.d.Text[s.Start:s.End], Start: c[0], End: c[1]}
}

// analyses runs the pipeline for the pages: at most one analysis per
// core at once, the last few documents kept (a document's text is its
// id, so an analysis never goes stale while the binary runs).
type analyses struct {
	once  sync.Once
	p     *pipeline.Pipeline
	slots chan struct{}

	mu    sync.Mutex
	m     map[string]*analysisEntry
	order []string
}

type analysisEntry struct {
	done chan struct{}
	a    *analysis
}

// keptAnalyses is how many analysed documents are kept; one whose text
// is over maxKeptText bytes is not.
const (
	keptAnalyses = 16
	maxKeptText  = 256 << 10
)

func newAnalyses() *analyses {
	return &analyses{slots: make(chan struct{}, runtime.GOMAXPROCS(0)), m: map[string]*analysisEntry{}}
}

// of returns the analysis of a stored document, running the pipeline
// when it is not kept. A run starts only when it gets one of the slots
// before ctx ends; once started it finishes (holding its slot) even when
// ctx ends first, and is kept for the next request. So at most one run
// per core is ever under way, however many requests give up.
func (as *analyses) of(ctx context.Context, sd store.StoredDocument) (*analysis, error) {
	as.mu.Lock()
	e := as.m[sd.ID]
	as.mu.Unlock()
	if e == nil {
		select {
		case as.slots <- struct{}{}:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
		as.mu.Lock()
		if e = as.m[sd.ID]; e == nil {
			e = &analysisEntry{done: make(chan struct{})}
			as.m[sd.ID] = e
			as.order = append(as.order, sd.ID)
			if len(as.order) > keptAnalyses {
				if old := as.order[0]; as.m[old] != e {
					delete(as.m, old)
				}
				as.order = as.order[1:]
			}
			go as.run(e, sd) // gives the slot back
		} else {
			<-as.slots // another request started it meanwhile
		}
		as.mu.Unlock()
	}
	select {
	case <-e.done:
		return e.a, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// load makes the pipeline, once.
func (as *analyses) load() { as.once.Do(func() { as.p = pipeline.New() }) }

// run analyses sd into e, holding a slot the caller took.
func (as *analyses) run(e *analysisEntry, sd store.StoredDocument) {
	as.load()
	defer func() {
		<-as.slots
		close(e.done)
	}()
	a := &analysis{}
	defer func() {
		if p := recover(); p != nil {
			a.d, a.err = nil, fmt.Errorf("pipeline: %v", p)
		}
		e.a = a
		if len(sd.Text) > maxKeptText {
			as.mu.Lock()
			if as.m[sd.ID] == e {
				delete(as.m, sd.ID)
			}
			as.mu.Unlock()
		}
	}()
	d := rebuild(sd)
	if err := as.p.Process(d); err != nil {
		a.err = err
		return
	}
	d.Tokens, d.Phrases = nil, nil // not needed by the pages
	a.d = d
	a.cp = make([]int32, len(d.Text)+1)
	n := int32(0)
	for i := 0; i < len(d.Text); i++ {
		if i > 0 && utf8.RuneStart(d.Text[i]) {
			n++
		}
		a.cp[i] = n
	}
	if len(d.Text) > 0 {
		a.cp[len(d.Text)] = n + 1
	}
}

// rebuild makes the document the reader made at ingest from what the
// store keeps: a plain text is read again (its date marker and title
// line become blocks as they did); another format keeps its stored
// title as the title block when the text opens with it.
func rebuild(sd store.StoredDocument) *doc.Document {
	var d *doc.Document
	if sd.Format == ingest.FormatText {
		if docs, errs := ingest.Read("stored.txt", []byte(sd.Text)); len(errs) == 0 && len(docs) == 1 && docs[0].Text == sd.Text {
			d = docs[0]
		}
	}
	if d == nil {
		d = &doc.Document{Text: sd.Text}
		if t := sd.Title; t != "" && strings.HasPrefix(sd.Text, t) {
			d.Blocks = []doc.Block{{Span: doc.Span{Start: 0, End: len(t)}, Kind: doc.Title}}
		}
	}
	d.ID, d.Source, d.Lang, d.Date, d.Title, d.Format = sd.ID, sd.Source, sd.Lang, sd.Date, sd.Title, sd.Format
	return d
}

// trace is what the pipeline, run again, says of one stored report of
// an event.
type trace struct {
	// Found: the pipeline codes an event at the stored trigger. When it
	// does not (the coder changed since the document was stored, or the
	// event was made up by kronika gen), the rest is empty.
	Found bool `json:"found"`
	// Note says, in English, why nothing was found.
	Note    string   `json:"note,omitempty"`
	Type    string   `json:"type,omitempty"` // the type coded now
	CAMEO   string   `json:"cameo,omitempty"`
	Explain []string `json:"explain"` // the coder's trace (kronika extract --explain)
	// Time is the time expression the event's date comes from, in its
	// sentence; null when the date is the article's or comes from an
	// earlier sentence.
	Time        *timeSpan        `json:"time"`
	Attribution *store.TextSpan  `json:"attribution"` // who the report is attributed to, in the sentence
	Source      []store.TextSpan `json:"source"`      // the words of the source in the sentence
	Target      []store.TextSpan `json:"target"`
}

type timeSpan struct {
	store.TextSpan
	Value string `json:"value"` // TIMEX3 value
}

// traceOf finds the stored mention m in a, by its trigger's offsets.
func traceOf(a *analysis, m store.Mention) trace {
	t := trace{Explain: []string{}, Source: []store.TextSpan{}, Target: []store.TextSpan{}}
	if a == nil || a.d == nil {
		t.Note = "the document could not be analysed again"
		if a != nil && a.err != nil {
			t.Note += ": " + a.err.Error()
		}
		return t
	}
	d := a.d
	var ev *doc.Event
	var em doc.EventMention
	for i := range d.Events {
		for _, x := range d.Events[i].Mentions {
			if a.cpSpan(x.Trigger) == [2]int{m.Trigger.Start, m.Trigger.End} {
				ev, em = &d.Events[i], x
				break
			}
		}
		if ev != nil {
			break
		}
	}
	if ev == nil {
		t.Note = "the pipeline of this binary codes no event at the stored trigger (the coder has changed since the document was stored, or the event did not come from the pipeline)"
		return t
	}
	t.Found, t.Type, t.CAMEO = true, ev.Type, ev.CAMEO
	t.Explain = append(t.Explain, ev.Explain...)
	sent := em.Sentence
	span := a.textSpan
	// The coder dates an act by the time expression of its sentence
	// nearest the trigger (events.modality); the same choice here.
	var best *doc.Time
	for i := range d.Times {
		x := &d.Times[i]
		if !sent.Contains(x.Span) || x.Value != ev.Date {
			continue
		}
		if best == nil || abs(x.Start-em.Trigger.Start) < abs(best.Start-em.Trigger.Start) {
			best = x
		}
	}
	if best != nil {
		t.Time = &timeSpan{TextSpan: span(best.Span), Value: best.Value}
	}
	sentText := d.Text[sent.Start:sent.End]
	base := a.at(sent.Start)
	words := func(p *doc.Participant) []store.TextSpan {
		out := []store.TextSpan{}
		if p == nil {
			return out
		}
		// an entity's own mentions in the sentence, else its words
		for _, e := range d.Entities {
			if p.Entity == "" || e.ID != p.Entity {
				continue
			}
			for _, mm := range e.Mentions {
				if sent.Contains(mm.Span) {
					out = append(out, span(mm.Span))
				}
			}
		}
		if len(out) == 0 {
			for _, at := range findWords(sentText, base, p.Text) {
				out = append(out, store.TextSpan{Text: p.Text, Start: at[0], End: at[1]})
			}
		}
		return out
	}
	t.Source, t.Target = words(ev.Source), words(ev.Target)
	if ev.Attribution != nil {
		if w := words(ev.Attribution); len(w) > 0 {
			t.Attribution = &w[0]
		}
	}
	return t
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// quoteView is a quotation of an analysed document, in code points.
type quoteView struct {
	store.TextSpan
	Speaker string `json:"speaker"`
	Verb    string `json:"verb"`
}

func quotesOf(a *analysis) []quoteView {
	out := []quoteView{}
	if a == nil || a.d == nil {
		return out
	}
	for _, q := range a.d.Quotes {
		out = append(out, quoteView{TextSpan: a.textSpan(q.Span), Speaker: q.Speaker.Text, Verb: q.Verb})
	}
	return out
}

// explainAnswer is the answer of /api/v1/events/{id}/explain: the
// trace of each stored report of the event.
type explainAnswer struct {
	Event    int64          `json:"event"`
	Mentions []mentionTrace `json:"mentions"`
}

type mentionTrace struct {
	Document string         `json:"document"`
	Sentence store.TextSpan `json:"sentence"`
	Trigger  store.TextSpan `json:"trigger"`
	trace
}

// maxTracedMentions bounds the documents one explain request analyses.
const maxTracedMentions = 5

// traces analyses the documents of the first few mentions of e.
func (s *Server) traces(ctx context.Context, e store.Event) ([]mentionTrace, error) {
	out := []mentionTrace{}
	for i, m := range e.Mentions {
		if i == maxTracedMentions {
			break
		}
		sd, err := s.db.DocumentByID(ctx, m.Document)
		if err == store.ErrNoRow {
			continue
		}
		if err != nil {
			return nil, err
		}
		a, err := s.analyses.of(ctx, sd)
		if err != nil {
			return nil, err
		}
		out = append(out, mentionTrace{Document: m.Document, Sentence: m.Sentence, Trigger: m.Trigger, trace: traceOf(a, m)})
	}
	return out, nil
}

func (s *Server) apiExplain(w http.ResponseWriter, r *http.Request) error {
	if err := checkParams(r.URL.Query()); err != nil {
		return err
	}
	e, err := s.pathEvent(r)
	if err != nil {
		return err
	}
	ts, err := s.traces(r.Context(), e)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, explainAnswer{Event: e.ID, Mentions: ts})
}

// documentAnalysis is the answer of /api/v1/documents/{id}/analysis: what
// the pipeline, run again over a stored document, finds that the store
// does not keep, in code points of the document's text.
type documentAnalysis struct {
	Document string           `json:"document"`
	Analysed bool             `json:"analysed"`
	Note     string           `json:"note,omitempty"`
	Quotes   []quoteView      `json:"quotes"`
	Times    []timeView       `json:"times"`
	Entities []entityMentions `json:"entities"`
}

type timeView struct {
	store.TextSpan
	Value string `json:"value"`
	Type  string `json:"type"`
}

type entityMentions struct {
	ID       string           `json:"id"`
	Type     string           `json:"type"`
	Name     string           `json:"name"`
	Mentions []store.TextSpan `json:"mentions"`
}

// analysedDocument is the stored document of the request's path (its
// id) and its analysis; the request takes the parameters known.
func (s *Server) analysedDocument(r *http.Request, known ...string) (store.StoredDocument, *analysis, error) {
	if err := checkParams(r.URL.Query(), known); err != nil {
		return store.StoredDocument{}, nil, err
	}
	id, err := parseDocID(r.PathValue("id"))
	if err != nil {
		return store.StoredDocument{}, nil, err
	}
	sd, err := s.db.DocumentByID(r.Context(), id)
	if err != nil {
		return sd, nil, err
	}
	a, err := s.analyses.of(r.Context(), sd)
	return sd, a, err
}

func (s *Server) apiDocumentAnalysis(w http.ResponseWriter, r *http.Request) error {
	sd, a, err := s.analysedDocument(r)
	if err != nil {
		return err
	}
	out := documentAnalysis{Document: sd.ID, Analysed: a.d != nil, Quotes: quotesOf(a), Times: []timeView{}, Entities: []entityMentions{}}
	if a.err != nil {
		out.Note = a.err.Error()
	}
	if a.d != nil {
		d, span := a.d, a.textSpan
		for _, t := range d.Times {
			out.Times = append(out.Times, timeView{TextSpan: span(t.Span), Value: t.Value, Type: t.Type})
		}
		for _, e := range d.Entities {
			em := entityMentions{ID: e.ID, Type: e.Type, Name: e.Name, Mentions: []store.TextSpan{}}
			for _, m := range e.Mentions {
				em.Mentions = append(em.Mentions, span(m.Span))
			}
			out.Entities = append(out.Entities, em)
		}
	}
	return writeJSON(w, http.StatusOK, out)
}

// Warm loads what the pipeline reads on its first document of each
// language (lexicons, models: about two seconds), so that the first
// trace a person asks for does not wait for it. kronika serve calls it
// in the background at start.
func (s *Server) Warm() {
	as := s.analyses
	as.load()
	for _, l := range []struct{ code, text string }{
		{"pl", "Premier spotkał się w poniedziałek z prezydentem Francji."},
		{"en", "The prime minister met the French president on Monday."},
	} {
		as.slots <- struct{}{}
		as.p.Process(&doc.Document{Lang: l.code, Text: l.text, Date: "2025-01-01"})
		<-as.slots
	}
}
