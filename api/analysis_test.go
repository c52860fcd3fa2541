package api

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/kronika/kronika/store"
)

// TestTraceFindsStoredEvents: the pipeline run again over each article
// the real pipeline coded for the fixture finds every stored report at
// its trigger, with its trace; the time expression and attribution it
// gives are the words at their offsets in the stored text.
func TestTraceFindsStoredEvents(t *testing.T) {
	ts := newServer(t, Options{})
	docs := getJSON(t, ts, "/api/v1/documents?limit=500", 200)["documents"].([]any)
	checked := 0
	for _, x := range docs {
		id := x.(map[string]any)["id"].(string)
		d := getJSON(t, ts, "/api/v1/documents/"+id, 200)
		if !strings.HasPrefix(d["source"].(string), "https://news.example/") {
			continue // synthetic, or made by hand
		}
		text := []rune(d["text"].(string))
		for _, m := range d["mentions"].([]any) {
			ev := int(m.(map[string]any)["event"].(float64))
			ex := getJSON(t, ts, fmt.Sprintf("/api/v1/events/%d/explain", ev), 200)
			for _, y := range ex["mentions"].([]any) {
				mt := y.(map[string]any)
				if mt["document"] != id {
					continue
				}
				checked++
				if mt["found"] != true || len(mt["explain"].([]any)) == 0 {
					t.Errorf("event %d in %s: not found again: %v", ev, d["source"], mt)
					continue
				}
				if !strings.HasPrefix(mt["explain"].([]any)[0].(string), "lexicon line ") {
					t.Errorf("event %d: trace %v", ev, mt["explain"])
				}
				for _, k := range []string{"time", "attribution"} {
					sp, ok := mt[k].(map[string]any)
					if !ok {
						continue
					}
					s, e := int(sp["start"].(float64)), int(sp["end"].(float64))
					if s < 0 || e > len(text) || string(text[s:e]) != sp["text"] {
						t.Errorf("event %d: %s %v is not at its offsets", ev, k, sp)
					}
				}
			}
		}
	}
	if checked < 3 {
		t.Fatalf("%d reports of pipeline-coded articles checked, want at least 3", checked)
	}
}

func TestTraceOfTheTracedArticle(t *testing.T) {
	ts := newServer(t, Options{})
	m := getJSON(t, ts, "/api/v1/events?q=ostrzelala", 200)
	evs := m["events"].([]any)
	if len(evs) != 1 {
		t.Fatalf("q=ostrzelala: %d events", len(evs))
	}
	id := int(evs[0].(map[string]any)["global_id"].(float64))
	ex := getJSON(t, ts, fmt.Sprintf("/api/v1/events/%d/explain", id), 200)
	mt := ex["mentions"].([]any)[0].(map[string]any)
	tm, _ := mt["time"].(map[string]any)
	at, _ := mt["attribution"].(map[string]any)
	if tm == nil || tm["text"] != "wtorek" || tm["value"] != "2025-03-04" {
		t.Errorf("time %v, want wtorek = 2025-03-04 (the Tuesday before the article of 2025-03-05)", mt["time"])
	}
	if at == nil || at["text"] != "ukraińska armia" {
		t.Errorf("attribution %v", mt["attribution"])
	}

	// The page first comes without the trace, naming where it is.
	// The article's analysis in the API: the quotation, the time
	// expression, the entity named in an inflected form.
	doc := evs[0].(map[string]any)["mentions"].([]any)[0].(map[string]any)["document"].(string)
	an := getJSON(t, ts, "/api/v1/documents/"+doc+"/analysis", 200)
	qs, tms := an["quotes"].([]any), an["times"].([]any)
	if len(qs) != 1 || qs[0].(map[string]any)["speaker"] != "Wołodymyr Zełenski" || qs[0].(map[string]any)["text"] != "Nie oddamy ani metra ziemi" {
		t.Errorf("quotes %v", qs)
	}
	if len(tms) != 1 || tms[0].(map[string]any)["text"] != "wtorek" {
		t.Errorf("times %v", tms)
	}
	forms := ""
	for _, e := range an["entities"].([]any) {
		for _, m := range e.(map[string]any)["mentions"].([]any) {
			forms += m.(map[string]any)["text"].(string) + "|"
		}
	}
	if !strings.Contains(forms, "|Ukrainy|") {
		t.Errorf("entity mentions %s", forms)
	}

	_, body := get(t, ts, fmt.Sprintf("/events/%d?lang=pl", id))
	if !strings.Contains(body, fmt.Sprintf(`data-src="/events/%d?trace=1&amp;lang=pl"`, id)) {
		t.Errorf("event page: no trace source")
	}
	if strings.Contains(body, `title="2025-03-04">wtorek</mark>`) || strings.Contains(body, `class="trace"`) {
		t.Errorf("event page without trace=1 shows the trace")
	}
	// With trace=1, everything marked and the trace listed.
	_, body = get(t, ts, fmt.Sprintf("/events/%d?trace=1&lang=pl", id))
	for _, want := range []string{
		`<span class="evidence-sentence">We <mark class="time" title="2025-03-04">wtorek</mark> <mark class="source">Rosja</mark> <mark class="trigger">ostrzelała</mark> <mark class="target">Charków</mark> rakietami – poinformowała <mark class="attrib">ukraińska armia</mark>.</span>`,
		`<ol class="trace"><li><code>lexicon line `,
		`<code>date 2025-03-04 from &#34;wtorek&#34;</code>`,
		"Ślad kodowania", "wyrażenie czasowe",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("trace page lacks %s", want)
		}
	}
	if strings.Contains(body, "data-src=") {
		t.Error("trace page asks for the trace again")
	}
	resp, _ := get(t, ts, fmt.Sprintf("/events/%d?trace=yes", id))
	if resp.StatusCode != 400 {
		t.Errorf("trace=yes: %d", resp.StatusCode)
	}
}

// A synthetic event (kronika gen) is not found again, and says so.
func TestTraceOfSyntheticEvent(t *testing.T) {
	ts := newServer(t, Options{})
	ex := getJSON(t, ts, "/api/v1/events/1/explain", 200)
	ms := ex["mentions"].([]any)
	if len(ms) == 0 || len(ms) > maxTracedMentions {
		t.Fatalf("%d traced mentions", len(ms))
	}
	for _, y := range ms {
		mt := y.(map[string]any)
		if mt["found"] != false || mt["note"] == "" || len(mt["explain"].([]any)) != 0 {
			t.Errorf("synthetic report: %v", mt)
		}
	}
	_, body := get(t, ts, "/events/1?trace=1")
	if !strings.Contains(body, "finds no event at the stored trigger") {
		t.Error("trace page of a synthetic event: no note")
	}
}

func TestArticlePageQuotesAndEntities(t *testing.T) {
	ts := newServer(t, Options{})
	m := getJSON(t, ts, "/api/v1/events?q=ostrzelala", 200)
	doc := m["events"].([]any)[0].(map[string]any)["mentions"].([]any)[0].(map[string]any)["document"].(string)
	_, body := get(t, ts, "/documents/"+doc+"?lang=pl")
	for _, want := range []string{
		// the quotation, its speaker in the title
		`„<span class="quote" title="cytat: Wołodymyr Zełenski">Nie oddamy ani metra ziemi</span>”`,
		// an entity in an inflected form (stored as "Ukraina")
		`>Ukrainy</mark>`,
		// the event's trigger linked to it
		`><mark class="trigger">ostrzelała</mark></a>`,
		// the date marker greyed
		`<mark class="boiler">date 2025-03-05</mark>`,
		`<h2 id="q-h">Cytaty (1)</h2>`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("article page lacks %s", want)
		}
	}
}

func TestNest(t *testing.T) {
	segs := []segment{{Text: "ab"}, {Text: "cd", Class: "x"}, {Text: "ef"}}
	show := func(ss []segment) string {
		var b strings.Builder
		var walk func([]segment)
		walk = func(ss []segment) {
			for _, s := range ss {
				switch {
				case s.Inner != nil:
					b.WriteString("[" + s.Class + ":")
					walk(s.Inner)
					b.WriteString("]")
				case s.Class != "":
					b.WriteString("<" + s.Text + ">")
				default:
					b.WriteString(s.Text)
				}
			}
		}
		walk(ss)
		return b.String()
	}
	for _, c := range []struct {
		name  string
		outer []span
		want  string
	}{
		{"none", nil, "ab<cd>ef"},
		{"around a mark", []span{{Start: 1, End: 5, Class: "q"}}, "a[q:b<cd>e]f"},
		{"cutting a mark", []span{{Start: 3, End: 6, Class: "q"}}, "ab<c>[q:<d>ef]"},
		{"whole text", []span{{Start: 0, End: 6, Class: "q"}}, "[q:ab<cd>ef]"},
		{"two, overlapping dropped", []span{{Start: 0, End: 2, Class: "q"}, {Start: 1, End: 3, Class: "r"}, {Start: 4, End: 6, Class: "s"}}, "[q:ab]<cd>[s:ef]"},
		{"outside the text", []span{{Start: -3, End: 0, Class: "q"}, {Start: 6, End: 9, Class: "r"}}, "ab<cd>ef"},
	} {
		if got := show(nest(segs, c.outer)); got != c.want {
			t.Errorf("%s: %s, want %s", c.name, got, c.want)
		}
	}
}

// TestAnalysesBounded: with every slot taken, a request gives up at its
// deadline and starts nothing; once a slot is free the same article is
// analysed, and kept for the next request.
func TestAnalysesBounded(t *testing.T) {
	as := newAnalyses()
	for range cap(as.slots) {
		as.slots <- struct{}{}
	}
	sd := store.StoredDocument{ID: "x1", Lang: "en", Format: "text", Text: "Russia attacked Ukraine on Monday.", Date: "2025-03-04"}
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if _, err := as.of(ctx, sd); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("all slots taken: %v, want the deadline", err)
	}
	if len(as.m) != 0 {
		t.Fatalf("a run was started without a slot")
	}
	for range cap(as.slots) {
		<-as.slots
	}
	a, err := as.of(context.Background(), sd)
	if err != nil || a.d == nil || len(a.d.Events) == 0 {
		t.Fatalf("analysis: %v, %+v", err, a)
	}
	b, _ := as.of(context.Background(), sd)
	if a != b {
		t.Error("the analysis was not kept")
	}
	if len(as.slots) != 0 {
		t.Errorf("%d slots still held", len(as.slots))
	}
}

// Every interface text exists in both languages.
func TestMessagesInBothLanguages(t *testing.T) {
	for k := range messages["en"] {
		if messages["pl"][k] == "" {
			t.Errorf("%q has no Polish text", k)
		}
	}
	for k := range messages["pl"] {
		if messages["en"][k] == "" {
			t.Errorf("%q has no English text", k)
		}
	}
}

// Warm leaves every slot free and the pipeline made.
func TestWarm(t *testing.T) {
	db, err := store.OpenReadOnly(fixture(t))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	s, err := New(db, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	s.Warm()
	if s.analyses.p == nil || len(s.analyses.slots) != 0 {
		t.Errorf("after Warm: pipeline %v, %d slots held", s.analyses.p != nil, len(s.analyses.slots))
	}
}
