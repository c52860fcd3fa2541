package eval

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/kronika/kronika/doc"
)

// The parsers read files people edit by hand: whatever the bytes, they
// return values or errors and never panic.

func FuzzParseGold(f *testing.F) {
	for _, p := range []string{"testdata/gold/umowa.gold.json", "testdata/bad/broken.gold.json", "testdata/bad/syntax.gold.json"} {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`{"events": [null, {"type": null}], "quotes": 1}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		g, errs := ParseGold("f.gold.json", data)
		if (g == nil) == (errs == nil) {
			t.Fatalf("want a file or errors, not both or neither: %v %v", g, errs)
		}
		if g != nil {
			// Score it against an empty and a self-made prediction.
			d := &doc.Document{Text: "x"}
			for _, e := range g.Events {
				d.Events = append(d.Events, doc.Event{Type: e.Type, Source: &doc.Participant{Country: e.TargetCountry}})
			}
			ScoreDoc("f", g, d)
			ScoreDoc("f", g, &doc.Document{})
		}
	})
}

func FuzzParseSlavicTSV(f *testing.F) {
	data, err := os.ReadFile("testdata/slavicner/ner/test/pl/test_pl_1.tsv")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data, "Tusk w Brukseli")
	f.Add([]byte("0\t99\tx\tx\tPER\tPER-X\n"), "ąę")
	f.Fuzz(func(t *testing.T, data []byte, text string) {
		ms, _ := ParseSlavicTSV("f.tsv", data)
		for _, m := range ms {
			if m.Start < 0 || m.End <= m.Start {
				t.Fatalf("bad span accepted: %+v", m)
			}
		}
		// Mentions beyond the text, predictions anywhere: no panic.
		d := &doc.Document{Text: text, Entities: []doc.Entity{{Type: "PERSON", Mentions: []doc.Mention{{Span: doc.Span{Start: 0, End: len(text)}}}}}}
		ScoreSlavic(ms, d)
	})
}

func FuzzParsePetrarch(f *testing.F) {
	data, err := os.ReadFile("testdata/petrarch.xml")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Add([]byte(`<Sentence id="a"><EventCoding noevents="True"/><Text>x</Text></Sentence>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		recs, err := ParsePetrarch(bytes.NewReader(data))
		if err != nil {
			return
		}
		RunPetrarch(fakeRunner{}, recs)
	})
}

func FuzzParsePetrarchDiscards(f *testing.F) {
	f.Add([]byte("# c\nMONTHS LATER\n+World Golf Championships   # x\n\n+\n"))
	f.Add([]byte("\xff\x00_+#"))
	f.Fuzz(func(t *testing.T, data []byte) {
		phrases, err := ParsePetrarchDiscards(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range phrases {
			if p == "" || p != strings.TrimSpace(p) {
				t.Fatalf("phrase %q", p)
			}
		}
		recs := []PetrarchRecord{{ID: "A-1", Text: string(data)}}
		DiscardPetrarch(recs, phrases)
	})
}
