package store

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/kronika/kronika/doc"
)

var ctx = context.Background()

// mkDoc builds a processed document: one paragraph, sentences split after
// ". ", and one event per spec whose trigger is the word trig (found in
// the text).
func mkDoc(t *testing.T, source, date, text string, evs ...evSpec) *doc.Document {
	t.Helper()
	d := &doc.Document{Source: source, Date: date, Lang: "pl", Text: text, Format: "text"}
	d.ID = doc.Hash(text)
	d.Blocks = []doc.Block{{Span: doc.Span{Start: 0, End: len(text)}, Kind: doc.Paragraph}}
	start := 0
	for start < len(text) {
		end := strings.Index(text[start:], ". ")
		if end < 0 {
			end = len(text)
		} else {
			end = start + end + 1
		}
		d.Sentences = append(d.Sentences, doc.Sentence{Span: doc.Span{Start: start, End: end}})
		start = end
		for start < len(text) && text[start] == ' ' {
			start++
		}
	}
	for i, s := range evs {
		at := strings.Index(text, s.trig)
		if at < 0 {
			t.Fatalf("trigger %q not in text", s.trig)
		}
		tr := doc.Span{Start: at, End: at + len(s.trig)}
		var sent doc.Span
		for _, sn := range d.Sentences {
			if sn.Span.Contains(tr) {
				sent = sn.Span
			}
		}
		ev := doc.Event{ID: "V" + string(rune('1'+i)), Type: s.typ, Mode: s.mode, CAMEO: s.cameo, Quad: 1, Goldstein: 1.9,
			Source: &doc.Participant{Entity: named[s.srcText], Actor: s.src, Country: s.src[:min(3, len(s.src))], Text: s.srcText},
			Target: &doc.Participant{Entity: named[s.tgtText], Actor: s.tgt, Country: s.tgt[:min(3, len(s.tgt))], Text: s.tgtText},
			Date:   s.date, Modality: "asserted", Trigger: tr, Sentence: sent, Confidence: 0.8}
		ev.Mentions = []doc.EventMention{{Trigger: tr, Sentence: sent, Confidence: 0.8, Modality: "asserted"}}
		d.Events = append(d.Events, ev)
	}
	d.Entities = []doc.Entity{{ID: "E1", Type: "PERSON", Name: "Putin", Canonical: "Vladimir Putin", Actor: "RUSGOV", Country: "RUS",
		Mentions: []doc.Mention{{Span: doc.Span{Start: 0, End: 1}, Lemma: "Putin"}}},
		{ID: "E2", Type: "PERSON", Name: "Kim", Canonical: "Kim Jong Un", Actor: "PRKGOV", Country: "PRK",
			Mentions: []doc.Mention{{Span: doc.Span{Start: 0, End: 1}, Lemma: "Kim"}}}}
	return d
}

// named are the entities of mkDoc's documents by the participant's text.
var named = map[string]string{"Putin": "E1", "Kima": "E2"}

type evSpec struct {
	typ, mode, cameo, src, srcText, tgt, tgtText, date, trig string
}

var visit = evSpec{typ: "CONSULT", mode: "visit", cameo: "042", src: "RUSGOV", srcText: "Putin", tgt: "PRKGOV", tgtText: "Kima", date: "2024-06-19", trig: "odwiedził"}

func openTemp(t *testing.T) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "k.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func counts(t *testing.T, s *Store) Counts {
	t.Helper()
	c, err := s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestMergeAcrossDocuments(t *testing.T) {
	s := openTemp(t)
	a := mkDoc(t, "https://www.rp.pl/a", "2024-06-20", "Wczoraj Kima odwiedził Putin. Rozmawiali długo.", visit)
	b := mkDoc(t, "https://tvn24.pl/b", "2024-06-19", "Putin odwiedził Kima w Pjongjangu. Tak podała agencja.", visit)
	c := mkDoc(t, "https://tvn24.pl/c", "2024-06-21", "Dzień później Putin odwiedził Kima ponownie.", func() evSpec { v := visit; v.date = "2024-06-20"; return v }())
	for _, d := range []*doc.Document{a, b, c} {
		if _, err := s.Add(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	evs, err := s.Events(ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 2 {
		t.Fatalf("got %d events, want 2 (a and b merged, c another day)", len(evs))
	}
	e := evs[1] // 2024-06-19 sorts after 2024-06-20
	if e.Date != "2024-06-19" || e.NumMentions != 2 || e.NumArticles != 2 || e.NumSources != 2 {
		t.Errorf("merged event = %+v, want date 2024-06-19, 2 mentions, 2 articles, 2 sources", e)
	}
	if err := s.LoadMentions(ctx, evs); err != nil {
		t.Fatal(err)
	}
	if len(e.Mentions) != 0 {
		t.Fatal("events copied before LoadMentions should not change")
	}
	m := evs[1].Mentions
	if len(m) != 2 || m[0].Sentence.Text != "Wczoraj Kima odwiedził Putin." || m[0].Trigger.Text != "odwiedził" || m[0].Trigger.Start != 13 {
		t.Errorf("mentions = %+v", m)
	}
	// A third report from a site already counted adds a mention and an
	// article but no source.
	d := mkDoc(t, "https://tvn24.pl/d", "2024-06-19", "Putin odwiedził wczoraj Kima.", visit)
	if _, err := s.Add(ctx, d); err != nil {
		t.Fatal(err)
	}
	evs, _ = s.Events(ctx, Filter{Since: "2024-06-19", Until: "2024-06-19"})
	if len(evs) != 1 || evs[0].NumMentions != 3 || evs[0].NumArticles != 3 || evs[0].NumSources != 2 {
		t.Errorf("after a third report: %+v", evs)
	}
}

func TestMergeKey(t *testing.T) {
	d := &doc.Document{Date: "2024-06"}
	ev := func(typ, mode, src, tgt, date string) *doc.Event {
		return &doc.Event{Type: typ, Mode: mode, Source: &doc.Participant{Actor: src}, Target: &doc.Participant{Country: tgt}, Date: date}
	}
	key := func(e *doc.Event) string { k, _ := mergeKey(e, d); return k }
	same := [][2]*doc.Event{
		{ev("CONSULT", "meet", "RUSGOV", "PRK", "2024-06-19"), ev("CONSULT", "", "RUSGOV", "PRK", "2024-06-19")},
		{ev("AGREE", "", "RUSGOV", "PRK", "2024-06"), ev("AGREE", "", "RUSGOV", "PRK", "")}, // the document's date
	}
	for _, p := range same {
		if key(p[0]) != key(p[1]) || key(p[0]) == "" {
			t.Errorf("%q and %q should match", key(p[0]), key(p[1]))
		}
	}
	// Symmetric acts in either order.
	x := &doc.Event{Type: "COOPERATE", Source: &doc.Participant{Country: "POL"}, Target: &doc.Participant{Country: "UKR"}, Date: "2024-06"}
	y := &doc.Event{Type: "COOPERATE", Source: &doc.Participant{Country: "UKR"}, Target: &doc.Participant{Country: "POL"}, Date: "2024-06"}
	if key(x) != key(y) {
		t.Errorf("symmetric: %q != %q", key(x), key(y))
	}
	x.Type, y.Type = "ASSAULT", "ASSAULT"
	if key(x) == key(y) {
		t.Errorf("directed acts in opposite directions merged: %q", key(x))
	}
	// What the coder flags joint is joint whatever its type.
	x.Type, y.Type = "SUPPORT", "SUPPORT"
	x.Symmetric, y.Symmetric = true, true
	if key(x) != key(y) {
		t.Errorf("flagged symmetric: %q != %q", key(x), key(y))
	}
	differ := [][2]*doc.Event{
		{ev("CONSULT", "visit", "RUSGOV", "PRK", "2024-06-19"), ev("CONSULT", "visit", "RUSGOV", "PRK", "2024-06-20")},
		{ev("CONSULT", "visit", "RUSGOV", "PRK", "2024-06-19"), ev("CONSULT", "visit", "RUSGOV", "PRK", "2024-06")},
		{ev("CONSULT", "visit", "RUSGOV", "PRK", "2024-06"), ev("CONSULT", "visit", "RUSMIL", "PRK", "2024-06")},
		{ev("CONSULT", "visit", "RUSGOV", "PRK", "2024-06"), ev("AGREE", "", "RUSGOV", "PRK", "2024-06")},
	}
	for _, p := range differ {
		if key(p[0]) == key(p[1]) {
			t.Errorf("%q should not match", key(p[0]))
		}
	}
	if k := key(&doc.Event{Type: "PROTEST", Date: "2024-06"}); k != "" {
		t.Errorf("no side known: key %q, want none", k)
	}
	if k, _ := mergeKey(ev("AGREE", "", "RUSGOV", "PRK", ""), &doc.Document{}); k != "" {
		t.Errorf("no date: key %q, want none", k)
	}
	// A date the coder could not anchor ("on Sunday" in an undated
	// article) is no date.
	for _, date := range []string{"XXXX-WXX-7", "XXXX-06", "2024-W25", "PAST_REF"} {
		if k, _ := mergeKey(ev("AGREE", "", "RUSGOV", "PRK", date), &doc.Document{}); k != "" {
			t.Errorf("date %s: key %q, want none", date, k)
		}
	}
	if k, date := mergeKey(ev("AGREE", "", "RUSGOV", "PRK", "XXXX-WXX-7"), d); k == "" || date != "2024-06" {
		t.Errorf("unanchored date in a dated article: key %q, date %q", k, date)
	}
}

func TestIdempotent(t *testing.T) {
	s := openTemp(t)
	a := mkDoc(t, "a.txt", "2024-06-20", "Wczoraj Kima odwiedził Putin. Rozmawiali długo.", visit)
	r, err := s.Add(ctx, a)
	if err != nil || !r.New || r.Events != 1 || r.Mentions != 1 {
		t.Fatalf("first add: %+v %v", r, err)
	}
	before := counts(t, s)
	// The same text from another file is the same document.
	b := mkDoc(t, "copy.txt", "2024-06-20", "Wczoraj Kima odwiedził Putin. Rozmawiali długo.", visit)
	r, err = s.Add(ctx, b)
	if err != nil || r.New {
		t.Fatalf("second add: %+v %v", r, err)
	}
	if after := counts(t, s); after != before {
		t.Errorf("re-ingest changed counts: %+v -> %+v", before, after)
	}
	if before.Documents != 1 || before.Sentences != 1 || before.Entities != 2 || before.Events != 1 || before.Mentions != 1 {
		t.Errorf("counts %+v", before)
	}
}

func TestFullText(t *testing.T) {
	s := openTemp(t)
	v := visit
	v.trig = "odwiedził"
	s.Add(ctx, mkDoc(t, "a.txt", "2024-06-20", "Wczoraj w Łodzi Kima odwiedził Putin. Rozmawiali długo.", v))
	s.Add(ctx, mkDoc(t, "b.txt", "2024-06-20", "Pogoda była ładna. Putin odwiedził Kima w Pjongjangu.", func() evSpec { w := v; w.date = "2024-05-01"; return w }()))
	for q, want := range map[string]int{
		"łodzi": 1, "LODZI": 1, "Łódź": 0, "lodz*": 1, "putin": 2, "pjongjangu": 1, "pogoda": 0, // pogoda: not an evidence sentence
		"odwiedził putin": 2, "AND": 0, `"`: 0, "": 2,
	} {
		evs, err := s.Events(ctx, Filter{Q: q})
		if err != nil {
			t.Errorf("%q: %v", q, err)
			continue
		}
		if len(evs) != want {
			t.Errorf("--q %q: %d events, want %d", q, len(evs), want)
		}
	}
	if Fold("Łódź Żółć ĄĘ") != "lodz zolc ae" {
		t.Errorf("Fold = %q", Fold("Łódź Żółć ĄĘ"))
	}
}

func TestFilters(t *testing.T) {
	s := openTemp(t)
	ua := evSpec{typ: "ASSAULT", cameo: "190", src: "RUSMIL", srcText: "Rosja", tgt: "UKR", tgtText: "Ukrainę", date: "2024-03-01", trig: "zaatakowała"}
	s.Add(ctx, mkDoc(t, "a.txt", "2024-06-20", "Wczoraj Kima odwiedził Putin.", visit))
	s.Add(ctx, mkDoc(t, "b.txt", "2024-03-02", "Rosja zaatakowała Ukrainę.", ua))
	sunday := visit
	sunday.date = "XXXX-WXX-7"
	s.Add(ctx, mkDoc(t, "c.txt", "", "W niedzielę Kima odwiedził Putin.", sunday))
	for _, c := range []struct {
		f    Filter
		want int
	}{
		{Filter{}, 3}, {Filter{Actor: "RUS"}, 3}, {Filter{Actor: "RUSMIL"}, 1}, {Filter{Actor: "PRKGOV"}, 2},
		{Filter{Country: "UKR"}, 1}, {Filter{Dyad: "UKR-RUS"}, 1}, {Filter{Dyad: "UKR>RUS"}, 0}, {Filter{Dyad: "RUS>UKR"}, 1},
		{Filter{Type: "ASSAULT"}, 1}, {Filter{Mode: "visit"}, 2}, {Filter{CAMEO: "04"}, 2}, {Filter{CAMEO: "1"}, 1},
		{Filter{Quad: 1}, 3}, {Filter{Quad: 4}, 0}, {Filter{Modality: "negated"}, 0},
		{Filter{Since: "2024-04"}, 1}, {Filter{Since: "2024"}, 2}, {Filter{Until: "2024-03"}, 1}, {Filter{Until: "2024-02"}, 0},
		{Filter{Lang: "pl"}, 3}, {Filter{Lang: "en"}, 0}, {Filter{MinMentions: 2}, 0}, {Filter{Source: "b.txt"}, 1},
		{Filter{Limit: 1}, 1},
	} {
		evs, err := s.Events(ctx, c.f)
		if err != nil || len(evs) != c.want {
			t.Errorf("%+v: %d events (%v), want %d", c.f, len(evs), err, c.want)
		}
	}
	days, err := s.CountByDate(ctx, Filter{Actor: "RUS"})
	if err != nil || len(days) != 3 || days[0].Date != "2024-03-01" || days[0].Count != 1 {
		t.Errorf("CountByDate = %v %v", days, err)
	}
}

func TestExportFormats(t *testing.T) {
	s := openTemp(t)
	a := mkDoc(t, "https://www.rp.pl/a", "2024-06-20", "Wczoraj Kima odwiedził Putin w Pjongjangu. Rozmawiali długo.", visit)
	at := strings.Index(a.Text, "w Pjongjangu")
	a.Events[0].Location = &doc.Location{Span: doc.Span{Start: at, End: at + len("w Pjongjangu")}, Name: "Pyongyang", Country: "PRK",
		Admin1: "Pyongyang", Lat: 39.03, Lon: 125.75, GeonameID: 1871859, Precision: "city"}
	s.Add(ctx, a)
	s.Add(ctx, mkDoc(t, "b.txt", "2024-06-19", "Putin odwiedził Kima.", visit))
	evs, _ := s.Events(ctx, Filter{})
	if err := s.LoadMentions(ctx, evs); err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, f := range Formats {
		var b bytes.Buffer
		x, err := NewExporter(&b, f)
		if err != nil {
			t.Fatal(err)
		}
		if err := x.Write(evs); err != nil {
			t.Fatal(err)
		}
		if err := x.Close(); err != nil {
			t.Fatal(err)
		}
		out[f] = b.String()
	}
	gd := strings.Split(strings.TrimSuffix(out["gdelt"], "\n"), "\n")
	if len(gd) != 1 {
		t.Fatalf("gdelt: %d lines", len(gd))
	}
	cols := strings.Split(gd[0], "\t")
	if len(cols) != 61 {
		t.Fatalf("gdelt: %d columns, want 61", len(cols))
	}
	for i, want := range map[int]string{0: "1", 1: "20240619", 2: "202406", 3: "2024", 4: "2024.5452", 5: "RUSGOV", 6: "Putin", 7: "RUS", 12: "GOV",
		15: "PRKGOV", 17: "PRK", 26: "042", 27: "042", 28: "04", 29: "1", 30: "1.9", 31: "2", 32: "2", 33: "2",
		51: "4", 52: "Pyongyang", 53: "PRK", 56: "39.03", 57: "125.75", 58: "1871859", 60: "https://www.rp.pl/a",
		// Actor1Geo: the source's country, the act being abroad; Actor2Geo:
		// the act's place, in the target's country.
		35: "1", 36: "Russia", 37: "RUS", 40: "", 42: "RUS",
		43: "4", 44: "Pyongyang", 45: "PRK", 48: "39.03", 49: "125.75", 50: "1871859"} {
		if cols[i] != want {
			t.Errorf("gdelt column %d = %q, want %q", i+1, cols[i], want)
		}
	}
	men := strings.Split(strings.TrimSuffix(out["mentions"], "\n"), "\n")
	if len(men) != 2 {
		t.Fatalf("mentions: %d lines", len(men))
	}
	for _, l := range men {
		c := strings.Split(l, "\t")
		if len(c) != 16 || c[0] != "1" || c[10] != "1" {
			t.Errorf("mention row %q", l)
		}
	}
	if c := strings.Split(men[0], "\t"); c[3] != "1" || c[4] != "rp.pl" || c[6] != "1" || c[7] != "23" || c[8] != "8" || c[9] != "13" || c[11] != "80" {
		t.Errorf("first mention row %q", c)
	}
	var ev map[string]any
	if err := json.Unmarshal([]byte(strings.Split(out["jsonl"], "\n")[0]), &ev); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"global_id", "num_mentions", "num_sources", "num_articles", "first_seen", "last_seen", "mentions", "source", "target"} {
		if _, ok := ev[k]; !ok {
			t.Errorf("jsonl: no %q in %v", k, ev)
		}
	}
	if loc, _ := ev["location"].(map[string]any); loc == nil || loc["name"] != "Pyongyang" || loc["text"] != "w Pjongjangu" {
		t.Errorf("jsonl location: %v", ev["location"])
	}
	if ms := ev["mentions"].([]any); len(ms) != 2 {
		t.Errorf("jsonl mentions: %v", ms)
	}
	csvLines := strings.Split(strings.TrimSpace(out["csv"]), "\n")
	if len(csvLines) != 2 || !strings.HasPrefix(csvLines[0], "global_id,date,type") {
		t.Errorf("csv: %q", out["csv"])
	}
	if !strings.Contains(out["table"], "RUSGOV (Putin)") || !strings.Contains(out["table"], "ID") {
		t.Errorf("table: %q", out["table"])
	}
}

func TestMigrationFromVersion1(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	old, err := open(path, 1)
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := old.Version(); v != 1 {
		t.Fatalf("version %d", v)
	}
	// A version-1 database with one document, sentence, event and mention.
	for _, q := range []string{
		`INSERT INTO documents(id, source, site, lang, date, title, text, ingested_at) VALUES ('abc', 'a.txt', 'a.txt', 'pl', '2024-06', '', 'Putin odwiedził Kima w Pjongjangu w środę rano.', '2024-07-01T00:00:00Z')`,
		`INSERT INTO sentences(doc, idx, start, stop) VALUES (1, 1, 0, 47)`,
		`INSERT INTO sentences_fts(rowid, folded) VALUES (1, 'putin odwiedzil kima w pjongjangu w srode rano.')`,
		`INSERT INTO events(merge_key, type, mode, cameo, quad, goldstein, src_actor, src_country, src_text, tgt_actor, tgt_country, tgt_text, date, modality, confidence, first_seen, last_seen, num_mentions, num_sources, num_articles)
			VALUES ('CONSULT|RUSGOV|PRKGOV|2024-06', 'CONSULT', 'visit', '042', 1, 1.9, 'RUSGOV', 'RUS', 'Putin', 'PRKGOV', 'PRK', 'Kima', '2024-06', 'asserted', 0.9, '2024-07-01T00:00:00Z', '2024-07-01T00:00:00Z', 1, 1, 1)`,
		`INSERT INTO mentions(event, doc, sentence, sent_start, sent_stop, trig_start, trig_stop, trigger, confidence, modality, date, src_text, tgt_text)
			VALUES (1, 1, 1, 0, 47, 6, 15, 'odwiedził', 0.9, 'asserted', '2024-06', 'Putin', 'Kima')`,
	} {
		if _, err := old.w.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	old.Close()

	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if v, _ := s.Version(); v != len(migrations) {
		t.Fatalf("version after open %d, want %d", v, len(migrations))
	}
	evs, err := s.Events(ctx, Filter{Q: "odwiedził"})
	if err != nil || len(evs) != 1 || evs[0].SourceURL != "a.txt" || len(evs[0].Context) != 0 {
		t.Fatalf("old event after migration: %+v %v", evs, err)
	}
	// The new version's columns work: a new document merges into the old
	// event. Events stored before version 5 keep no evidence of their
	// occasion (merge.go), so only a copy of a report joins them.
	d := mkDoc(t, "b.txt", "2024-06", "Rano w środę Putin odwiedził Kima w Pjongjangu.", func() evSpec { v := visit; v.date = "2024-06"; return v }())
	d.Events[0].Context = []string{"military"}
	if r, err := s.Add(ctx, d); err != nil || r.Merged != 1 {
		t.Fatalf("add after migration: %+v %v", r, err)
	}
	evs, _ = s.Events(ctx, Filter{})
	if len(evs) != 1 || evs[0].NumMentions != 2 {
		t.Errorf("after merge: %+v", evs)
	}
	var format string
	s.r.QueryRow("SELECT format FROM documents WHERE id = ?", d.ID).Scan(&format)
	if format != "text" {
		t.Errorf("format column %q", format)
	}
	// Opening again applies nothing.
	s.Close()
	s2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	var n int
	s2.w.QueryRow("SELECT count(*) FROM schema_migrations").Scan(&n)
	s2.Close()
	if n != len(migrations) {
		t.Errorf("%d migrations recorded", n)
	}
}

func TestNewerSchemaRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "new.db")
	s, _ := Open(path)
	s.w.Exec("INSERT INTO schema_migrations VALUES (99, 'x')")
	s.Close()
	if _, err := Open(path); err == nil || !strings.Contains(err.Error(), "newer") {
		t.Errorf("err = %v", err)
	}
}

func TestConcurrentReaders(t *testing.T) {
	s := openTemp(t)
	var wg sync.WaitGroup
	stop := make(chan struct{})
	errs := make(chan error, 8)
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				evs, err := s.Events(ctx, Filter{Q: "putin", Limit: 20})
				if err == nil {
					err = s.LoadMentions(ctx, evs)
				}
				if err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	for i := range 200 {
		v := visit
		v.date = "2024-06-" + string(rune('0'+i%3)) + string(rune('1'+i%9))
		text := "Putin odwiedził Kima po raz " + strings.Repeat("x", i%50) + string(rune('a'+i%26)) + string(rune('0'+i/26)) + "."
		if _, err := s.Add(ctx, mkDoc(t, "d.txt", "2024-06-20", text, v)); err != nil {
			t.Fatal(err)
		}
	}
	close(stop)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if c := counts(t, s); c.Documents != 200 || c.Mentions != 200 {
		t.Errorf("counts %+v", c)
	}
}

var _ = sql.ErrNoRows
