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

func readPloverFixture(t *testing.T) []PloverExample {
	t.Helper()
	f, err := os.Open("testdata/plover.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	exs, err := ParsePlover(f)
	if err != nil {
		t.Fatal(err)
	}
	return exs
}

func TestParsePlover(t *testing.T) {
	exs := readPloverFixture(t)
	want := []PloverExample{
		{ID: "T-AGREE-1", Date: "2000-01-01", Lang: "en", GSRType: "AGREE", Type: "AGREE",
			Text:   "Hungarian and Romanian officials agreed to cooperate.",
			Source: []PloverActor{{"Hungarian", "HUN"}, {"Romanian", "ROU"}}, Split: PloverTune},
		{ID: "T-CONSULT-1", Date: "2000-01-01", Lang: "en", GSRType: "CONSULT", Type: "CONSULT", Text: "Poland met Canada.",
			Source: []PloverActor{{"Poland", "POL"}}, Target: []PloverActor{{"Canada", "CAN"}}, Split: PloverTune},
		{ID: "T-DEMAND-2", Date: "2000-01-01", Lang: "en", GSRType: "DEMAND", Type: "REQUEST",
			Text: "Chile demanded the release of the prisoners.", Source: []PloverActor{{"Chile", "CHL"}}, Split: PloverHeldout},
		{ID: "T-PROTEST-2", Date: "2000-01-01", Lang: "en", GSRType: "PROTEST", Type: "PROTEST",
			Text: "Students protested in the capital.", Source: []PloverActor{{"students", ""}}, Split: PloverHeldout},
	}
	if !reflect.DeepEqual(exs, want) {
		t.Errorf("got  %+v\nwant %+v", exs, want)
	}
	for _, tc := range []struct{ in, want string }{
		{`{"id": "x"}`, "JSON:"},
		{`[{"id": "A", "event": "AGREE"}]`, "A: no event or no text"},
		{`[{"id": "A", "event": "AGREE", "text": "x", "source": 3}]`, "A: source: want a list"},
		{`[{"id": "D", "event": "DOCUMENT"}]`, "no examples"},
	} {
		if _, err := ParsePlover(strings.NewReader(tc.in)); err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%s: %v, want %q", tc.in, err, tc.want)
		}
	}
}

func TestRunPlover(t *testing.T) {
	exs := readPloverFixture(t)
	part := func(country, actor string) *doc.Participant { return &doc.Participant{Country: country, Actor: actor} }
	r := fakeRunner{annotate: func(d *doc.Document) {
		if d.Lang != "en" || d.Date != "2000-01-01" {
			panic("example not given as an English document with its date")
		}
		switch d.Source {
		case "T-AGREE-1": // a joint act of the two sources: right
			d.Events = []doc.Event{{Type: "AGREE", Source: part("ROU", "ROUGOV"), Target: part("HUN", "")}}
		case "T-CONSULT-1": // the type, the countries the wrong way round
			d.Events = []doc.Event{{Type: "CONSULT", Source: part("CAN", ""), Target: part("POL", "")}}
		case "T-DEMAND-2": // REQUEST is DEMAND; no target given: the source decides
			d.Events = []doc.Event{{Type: "ACCUSE", Source: part("CHL", "")},
				{Type: "REQUEST", Source: part("", "CHLGOV"), Target: part("PER", "")}}
		}
	}, fail: map[string]bool{}}
	rep := RunPlover(r, exs, "")
	if rep.Type != (Acc{3, 4}) || rep.Dyad != (Acc{2, 3}) || rep.Goal.Met {
		t.Errorf("type %v, dyad %v, goal %v", rep.Type, rep.Dyad, rep.Goal)
	}
	if rep.PerType["REQUEST"] == nil || rep.PerType["PROTEST"].Correct != 0 {
		t.Errorf("per type %v", rep.PerType)
	}
	if res := rep.Results[3]; res.DyadOK != nil || res.TypeOK {
		t.Errorf("example without codes: %+v", res)
	}
	var b bytes.Buffer
	rep.WriteTable(&b)
	if h := rep.Halves[PloverTune]; h == nil || h.Type != (Acc{2, 2}) || h.Dyad != (Acc{1, 2}) {
		t.Errorf("tuning half %+v", h)
	}
	if h := rep.Halves[PloverHeldout]; h == nil || h.Type != (Acc{1, 2}) || h.Dyad != (Acc{1, 1}) {
		t.Errorf("held-out half %+v", h)
	}
	for _, s := range []string{"examples with an event of their PLOVER type: 0.750 (3/4)   goal ≥ 0.80 (not met)", "countries (examples giving codes): 0.667 (2/3)", "  REQUEST    1.000 (1/1)",
		"split all (tune: ", "  tune     type 1.000 (2/2)   type and countries 0.500 (1/2)", "  heldout  type 0.500 (1/2)"} {
		if !strings.Contains(b.String(), s) {
			t.Errorf("table lacks %q:\n%s", s, b.String())
		}
	}
	js, err := json.Marshal(rep)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{`"schema":"kronika-eval-plover/1"`, `"type":{"accuracy":0.75,"correct":3,"total":4}`, `"gsr_type":"DEMAND","type":"REQUEST","got":["ACCUSE CHL ---","REQUEST CHLGOV PER"]`, `"errors":[]`} {
		if !strings.Contains(string(js), k) {
			t.Errorf("JSON lacks %s: %s", k, js)
		}
	}
	r.fail["T-PROTEST-2"] = true
	if rep := RunPlover(r, exs, ""); len(rep.Errors) != 1 || rep.Type.Total != 3 {
		t.Errorf("failing example: %v, %v", rep.Errors, rep.Type)
	}
	// one half only: the other's examples are not even coded
	delete(r.fail, "T-PROTEST-2")
	rep = RunPlover(r, exs, PloverTune)
	if rep.Split != PloverTune || rep.Type != (Acc{2, 2}) || len(rep.Results) != 2 || rep.Halves[PloverHeldout] != nil {
		t.Errorf("tuning half only: split %q, type %v, %d results", rep.Split, rep.Type, len(rep.Results))
	}
	for _, res := range rep.Results {
		if res.Split != PloverTune {
			t.Errorf("%s of half %q coded", res.ID, res.Split)
		}
	}
}

func TestPloverSplitOf(t *testing.T) {
	for _, tc := range []struct {
		id    string
		place int
		want  string
	}{
		{"PLOVER-GSR01-AGREE-0001", 2, PloverTune},
		{"PLOVER-GSR01-AGREE-0010", 1, PloverHeldout},
		{"PLOVER-GSR01-FIGHT-0019", 4, PloverTune},
		{"X-7b", 3, PloverTune}, // no number at the end: the place
		{"", 8, PloverHeldout},
		{"99999999999999999999998", 1, PloverHeldout}, // longer than an int
	} {
		if got := PloverSplitOf(tc.id, tc.place); got != tc.want {
			t.Errorf("PloverSplitOf(%q, %d) = %q, want %q", tc.id, tc.place, got, tc.want)
		}
	}
}

// TestSharedPlover parses PLOVER's gold file when the shared data is
// present.
func TestSharedPlover(t *testing.T) {
	f, err := os.Open("../../shared/data/events/plover/PLOVER_GSR_CAMEO.txt")
	if err != nil {
		t.Skip("PLOVER gold examples not present")
	}
	defer f.Close()
	exs, err := ParsePlover(f)
	if err != nil {
		t.Fatal(err)
	}
	if len(exs) != 322 {
		t.Errorf("%d examples, want 322", len(exs))
	}
}

// TestPloverDyadCodes: the GSR file's IGO stands for any intergovernmental
// body Kronika codes by name (UNO, EUR, NATO, AU), never for an NGO or an
// armed group, and its CAMEO codes JAP and ITL are Japan and Italy.
func TestPloverDyadCodes(t *testing.T) {
	ev := func(src, srcCountry, tgt, tgtCountry string) doc.Event {
		return doc.Event{Source: &doc.Participant{Actor: src, Country: srcCountry},
			Target: &doc.Participant{Actor: tgt, Country: tgtCountry}}
	}
	for _, tc := range []struct {
		e        doc.Event
		src, tgt []string
		want     bool
	}{
		{ev("UNO", "UNO", "SDN", "SDN"), []string{"IGO"}, []string{"SDN"}, true},
		{ev("EURGOV", "EUR", "SRB", "SRB"), []string{"IGO"}, []string{"SRB"}, true},
		{ev("IGOUNO", "", "IRQ", "IRQ"), []string{"IGO"}, []string{"IRQ"}, true},
		{ev("NGO", "NGO", "SDN", "SDN"), []string{"IGO"}, []string{"SDN"}, false},
		{ev("ISISREB", "", "IRQ", "IRQ"), []string{"IGO"}, []string{"IRQ"}, false},
		{ev("USAGOV", "USA", "SDN", "SDN"), []string{"IGO"}, []string{"SDN"}, false},
		{ev("JPNGOV", "JPN", "CHN", "CHN"), []string{"JAP"}, []string{"CHN"}, true},
		{ev("USA", "USA", "ITA", "ITA"), []string{"USA"}, []string{"ITL"}, true},
		{ev("USA", "USA", "ITA", "ITA"), []string{"USA"}, []string{"JAP"}, false},
	} {
		if got := ploverDyad(tc.e, tc.src, tc.tgt); got != tc.want {
			t.Errorf("%s>%s against %v>%v: %v, want %v", tc.e.Source.Actor, tc.e.Target.Actor, tc.src, tc.tgt, got, tc.want)
		}
	}
}
