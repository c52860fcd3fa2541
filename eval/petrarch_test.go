package eval

import (
	"bytes"
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/kronika/kronika/doc"
)

func readPetrarchFixture(t *testing.T) []PetrarchRecord {
	t.Helper()
	f, err := os.Open("testdata/petrarch.xml")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := ParsePetrarch(f)
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

func TestParsePetrarch(t *testing.T) {
	recs := readPetrarchFixture(t)
	want := []PetrarchRecord{
		{ID: "T-01", Category: "DEMO", Date: "2025-03-14", Text: "Canadian Prime Minister Mark Carney visited Poland on Friday.",
			Codings: []PetrarchCoding{{"CAN", "POL", "042"}}},
		{ID: "T-02", Category: "NOEV", Date: "2025-03-15", Text: "The weather in Warsaw was mild.", NoEvents: true},
		{ID: "T-03", Category: "DEMO", Date: "2025-03-16", Text: "Poland and Canada signed an agreement.",
			Codings: []PetrarchCoding{{"POL", "CAN", "057"}, {`"NEW ACTOR"`, "CAN", "010"}}},
		{ID: "T-04", Category: "ERROR", Date: "1995-01-01", Text: "WARSAW: -- Nothing here.", Error: "dateline"},
	}
	if !reflect.DeepEqual(recs, want) {
		t.Errorf("got  %+v\nwant %+v", recs, want)
	}
}

func TestParsePetrarchErrors(t *testing.T) {
	for _, tc := range []struct{ xml, want string }{
		{`<Sentences><Sentence id="A"><Text>x</Text>`, "XML:"},
		{`<Validation><Sentences></Sentences></Validation>`, "no <Sentence> records"},
		{`<Sentences><Sentence><EventCoding noevents="True"/><Text>x</Text></Sentence></Sentences>`, "record 1: no id"},
		{`<Sentences><Sentence id="A"><EventCoding noevents="True"/></Sentence></Sentences>`, "record A: no <Text>"},
		{`<Sentences><Sentence id="A"><EventCoding sourcecode="X"/><Text>x</Text></Sentence></Sentences>`, "record A: an EventCoding without eventcode"},
	} {
		_, err := ParsePetrarch(strings.NewReader(tc.xml))
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%s: got %v, want %q", tc.xml, err, tc.want)
		}
	}
}

func TestRunPetrarch(t *testing.T) {
	recs := readPetrarchFixture(t)
	// The fake codes T-01 right, T-03 half, and nothing else.
	r := fakeRunner{annotate: func(d *doc.Document) {
		switch d.Source {
		case "T-01":
			d.Events = []doc.Event{{CAMEO: "042", Source: &doc.Participant{Actor: "CAN", Country: "CAN"}, Target: &doc.Participant{Country: "POL"}},
				{CAMEO: "042", Source: &doc.Participant{Actor: "CAN"}, Target: &doc.Participant{Country: "POL"}}} // a duplicate coding counts once
		case "T-03":
			d.Events = []doc.Event{{CAMEO: "057", Source: &doc.Participant{Country: "POL"}, Target: &doc.Participant{Country: "CAN"}}}
		}
		if d.Lang != "en" || d.Date == "" {
			panic("record not given as an English document with a date")
		}
	}, fail: map[string]bool{}}
	rep := RunPetrarch(r, recs)
	if rep.Records != (Acc{3, 4}) || rep.WithEvents != (Acc{1, 2}) || rep.NoEvents != (Acc{2, 2}) || rep.Codings != (PRF{2, 2, 2, 3}) {
		t.Errorf("records %v codings %v", rep.Records, rep.Codings)
	}
	if rep.Produced != (Acc{2, 3}) || rep.ProducedRoot != (Acc{2, 3}) || rep.Spurious != 0 || rep.SpuriousPerRecord != 0 || rep.Goal.Met {
		t.Errorf("produced %v, root %v, spurious %d (%v), goal %+v", rep.Produced, rep.ProducedRoot, rep.Spurious, rep.SpuriousPerRecord, rep.Goal)
	}
	if rep.Category["DEMO"].Correct != 1 || rep.Category["NOEV"].Correct != 1 {
		t.Errorf("categories %+v", rep.Category)
	}
	var b bytes.Buffer
	rep.WriteTable(&b)
	if !strings.Contains(b.String(), "records coded as expected: 0.750 (3/4) (expecting events 0.500 (1/2), expecting none 1.000 (2/2))") || !strings.Contains(b.String(), "coded wrongly: T-03") {
		t.Errorf("table:\n%s", b.String())
	}
	js, _ := json.Marshal(rep)
	for _, k := range []string{`"schema":"kronika-eval-petrarch/1"`, `"records":{"accuracy":0.75,"correct":3,"total":4}`, `"want":[{"source":"CAN","target":"POL","event":"042"}]`, `"got":[]`} {
		if !strings.Contains(string(js), k) {
			t.Errorf("JSON lacks %s: %s", k, js)
		}
	}
	r.fail["T-02"] = true
	if rep := RunPetrarch(r, recs); len(rep.Errors) != 1 || rep.Records.Total != 3 {
		t.Errorf("failing record: %v, %v", rep.Errors, rep.Records)
	}
}

// TestSharedPetrarch parses the real unit-test file when the shared data is
// present.
func TestSharedPetrarch(t *testing.T) {
	f, err := os.Open("../../shared/data/events/petrarch/PETR.UnitTest.records.xml")
	if err != nil {
		t.Skip("PETRARCH unit-test records not present")
	}
	defer f.Close()
	recs, err := ParsePetrarch(f)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, r := range recs {
		n += len(r.Codings)
	}
	if len(recs) < 280 || n < 350 {
		t.Errorf("%d records, %d codings", len(recs), n)
	}
}

// TestPetrarchShares pins the coding-level figures: exact and root
// matches, spurious codings per record, the goal.
func TestPetrarchShares(t *testing.T) {
	recs := []PetrarchRecord{
		{ID: "A", Text: "a", Codings: []PetrarchCoding{{"USA", "RUS", "042"}, {"RUS", "USA", "043"}}},
		{ID: "B", Text: "b", Codings: []PetrarchCoding{{"FRA", "DEU", "0874"}}},
		{ID: "C", Text: "c", NoEvents: true},
		{ID: "D", Text: "d", Error: "dateline"},
	}
	ev := func(src, tgt, cameo string) doc.Event {
		return doc.Event{CAMEO: cameo, Source: &doc.Participant{Actor: src}, Target: &doc.Participant{Country: tgt}}
	}
	r := fakeRunner{annotate: func(d *doc.Document) {
		switch d.Source {
		case "A": // one right, one spurious
			d.Events = []doc.Event{ev("USA", "RUS", "042"), ev("USA", "RUS", "190")}
		case "B": // the root only
			d.Events = []doc.Event{ev("FRA", "DEU", "087")}
		case "C": // spurious
			d.Events = []doc.Event{ev("GBR", "IRL", "0874")}
		}
	}}
	rep := RunPetrarch(r, recs)
	if rep.Produced != (Acc{1, 3}) || rep.ProducedRoot != (Acc{2, 3}) || rep.Spurious != 3 || rep.SpuriousRoot != 2 ||
		rep.SpuriousPerRecord != 0.75 || rep.SpuriousRootPer != 0.5 || rep.Goal.Met {
		t.Errorf("%+v", rep)
	}
	var b bytes.Buffer
	rep.Dictionaries = []string{"actors.txt"}
	rep.WriteTable(&b)
	for _, s := range []string{"dictionaries: actors.txt\n", "expected codings produced (CAMEO code and both actors): 0.333 (1/3)   goal ≥ 0.70",
		"(CAMEO root and both actors): 0.667 (2/3)", "spurious codings per record: 0.750 (3 in 4 records; by CAMEO root 0.500)   goal ≤ 0.30", "goal not met"} {
		if !strings.Contains(b.String(), s) {
			t.Errorf("table lacks %q:\n%s", s, b.String())
		}
	}
	js, _ := json.Marshal(rep)
	for _, k := range []string{`"codings_produced":{"accuracy":0.3333,"correct":1,"total":3}`, `"spurious_per_record":0.75`, `"goal":{"codings_produced":0.7,"spurious_per_record":0.3,"met":false}`} {
		if !strings.Contains(string(js), k) {
			t.Errorf("JSON lacks %s: %s", k, js)
		}
	}
	// a perfect coder meets the goal
	perfect := fakeRunner{annotate: func(d *doc.Document) {
		for _, rec := range recs {
			if rec.ID == d.Source {
				for _, c := range rec.Codings {
					d.Events = append(d.Events, ev(c.Source, c.Target, c.Event))
				}
			}
		}
	}}
	if rep := RunPetrarch(perfect, recs); !rep.Goal.Met || rep.Produced != (Acc{3, 3}) {
		t.Errorf("perfect: %+v", rep)
	}
}

func TestParsePetrarchEnv(t *testing.T) {
	f, err := os.Open("testdata/petrarch.xml")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	env, err := ParsePetrarchEnv(f)
	if err != nil || env != (PetrarchEnv{Verbfile: "verbs.txt"}) {
		t.Errorf("%+v, %v", env, err)
	}
	if env, err := ParsePetrarchEnv(strings.NewReader("<Sentences></Sentences>")); err != nil || env != (PetrarchEnv{}) {
		t.Errorf("no environment: %+v, %v", env, err)
	}
	if _, err := ParsePetrarchEnv(strings.NewReader("<a><b></a>")); err == nil {
		t.Error("broken XML read")
	}
}

// TestPetrarchHalves: records split by the parity of the last digit of
// their id, and the figures per half.
func TestPetrarchHalves(t *testing.T) {
	for id, want := range map[string]string{"DEMO-00": "tune", "DEMO-01": "heldout", "SYNSET-06a": "tune",
		"AGENT-007": "heldout", "FINAL-RECORD": "tune", "X-19b": "heldout"} {
		if got := PetrarchHalf(id); got != want {
			t.Errorf("PetrarchHalf(%s) = %s, want %s", id, got, want)
		}
	}
	recs := []PetrarchRecord{
		{ID: "A-2", Text: "a", Codings: []PetrarchCoding{{"USA", "RUS", "042"}}},
		{ID: "A-3", Text: "b", Codings: []PetrarchCoding{{"FRA", "DEU", "190"}, {"FRA", "POL", "190"}}},
	}
	r := fakeRunner{annotate: func(d *doc.Document) {
		if d.Source == "A-3" {
			// a code naming two actors ("DEU/POL") is a coding for each
			d.Events = []doc.Event{{CAMEO: "190", Source: &doc.Participant{Actor: "FRA"}, Target: &doc.Participant{Actor: "DEU/POL"}},
				{CAMEO: "042", Source: &doc.Participant{Actor: "FRA"}, Target: &doc.Participant{Actor: "USA"}}}
		}
	}}
	rep := RunPetrarch(r, recs)
	tune, held := rep.Halves["tune"], rep.Halves["heldout"]
	if tune.Produced != (Acc{0, 1}) || tune.Records != 1 || tune.Spurious != 0 ||
		held.Produced != (Acc{2, 2}) || held.Spurious != 1 || held.SpuriousPerRecord != 1 {
		t.Errorf("tune %+v, heldout %+v", tune, held)
	}
	var b bytes.Buffer
	rep.WriteTable(&b)
	if !strings.Contains(b.String(), "heldout  (  1 records): codings produced 1.000 (2/2), spurious per record 1.000") {
		t.Errorf("table:\n%s", b.String())
	}
	// the details list the tuning half's wrong records only, with their
	// text and what was missed; the held-out half is not shown
	b.Reset()
	rep.WriteDetails(&b)
	if got := b.String(); !strings.Contains(got, "A-2  a\n  missed   USA RUS 042\n") || strings.Contains(got, "A-3") ||
		strings.Contains(got, "FRA") {
		t.Errorf("details:\n%s", got)
	}
}

// TestPetrarchDiscards: phrases of a discards file, whole words in any
// case, leave a record uncoded.
func TestPetrarchDiscards(t *testing.T) {
	phrases, err := ParsePetrarchDiscards(strings.NewReader("# sports\nMONTHS LATER\n+World Golf Championships   # story\nBASEBALL\n\n"))
	if err != nil || !reflect.DeepEqual(phrases, []string{"months later", "world golf championships", "baseball"}) {
		t.Fatalf("phrases %q, %v", phrases, err)
	}
	recs := []PetrarchRecord{
		{ID: "A-1", Text: "Spain will host the World Golf Championships in May.", Codings: []PetrarchCoding{{"ESP", "USA", "042"}}},
		{ID: "A-2", Text: "Spain met France, baseball fans said.", NoEvents: true},
		{ID: "A-3", Text: "Spain met France; baseballs flew.", Codings: []PetrarchCoding{{"ESP", "FRA", "040"}}},
	}
	if n := DiscardPetrarch(recs, phrases); n != 2 || !recs[0].Discarded || !recs[1].Discarded || recs[2].Discarded {
		t.Errorf("%d discarded: %+v", n, recs)
	}
	ran := 0
	r := fakeRunner{annotate: func(d *doc.Document) { ran++ }}
	if rep := RunPetrarch(r, recs); ran != 1 || rep.Records.Total != 3 || rep.Produced != (Acc{0, 2}) {
		t.Errorf("ran %d, %+v", ran, rep.Produced)
	}
}
