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
