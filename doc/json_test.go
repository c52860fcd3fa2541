package doc

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"testing"
)

func TestOffsetsCountCodePoints(t *testing.T) {
	cases := []struct {
		text string
		b    int
		want int
	}{
		{"abc", 2, 2},
		{"żółw i kot", 0, 0},
		{"żółw i kot", 2, 1},   // after ż
		{"żółw i kot", 7, 4},   // after żółw
		{"żółw i kot", 13, 10}, // end
		{"a„b”c", 4, 2},        // „ is three bytes
		{"😀x", 4, 1},           // outside the BMP: one code point
		{"abc", 99, 3},         // clamped to the end
		{"abc", -1, 0},
	}
	for _, c := range cases {
		if got := newOffsets(c.text).at(c.b); got != c.want {
			t.Errorf("at(%q, %d) = %d, want %d", c.text, c.b, got, c.want)
		}
	}
}

func TestMarshalContract(t *testing.T) {
	text := " date 2024-07 Kima odwiedził Putin.\n\nCzytaj też: R&D <b>"
	at := func(s string) Span {
		i := strings.Index(text, s)
		return Span{Start: i, End: i + len(s)}
	}
	d := &Document{
		ID: Hash(text), Source: "x.txt", Lang: "pl", Date: "2024-07", Text: text,
		Blocks: []Block{
			{Span: at(" date 2024-07"), Kind: Header},
			{Span: at("Kima odwiedził Putin."), Kind: Paragraph},
			{Span: at("Czytaj też:"), Kind: Boilerplate, Why: "related"},
		},
		Entities: []Entity{{ID: "E1", Type: "PERSON", Name: "Kim", Mentions: []Mention{{Span: at("Kima"), Lemma: "Kim"}}}},
		Events: []Event{{ID: "V1", Type: "CONSULT", Mode: "visit", Source: &Participant{Entity: "E2", Text: "Putin"},
			Trigger: at("odwiedził"), Sentence: at("Kima odwiedził Putin."), Modality: "asserted"}},
		Quotes: []Quote{{Span: at("Putin"), Speaker: Speaker{Text: "x"}}},
		Times:  []Time{{Span: at("2024-07"), Value: "2024-07"}},
	}
	var buf bytes.Buffer
	if err := d.Marshal(&buf, false); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(buf.String(), "\n"); n != 1 {
		t.Errorf("one-line form has %d newlines", n)
	}
	var r map[string]any
	if err := json.Unmarshal(buf.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	if r["schema"] != Schema {
		t.Errorf("schema %v", r["schema"])
	}
	docm := r["document"].(map[string]any)
	if docm["title"] != nil {
		t.Errorf("empty title must be null, got %v", docm["title"])
	}
	runes := []rune(text)
	span := func(m map[string]any) string {
		return string(runes[int(m["start"].(float64)):int(m["end"].(float64))])
	}
	bp := docm["boilerplate"].([]any)[0].(map[string]any)
	if span(bp) != "Czytaj też:" || bp["kind"] != "related" {
		t.Errorf("boilerplate %v covers %q", bp, span(bp))
	}
	m := r["entities"].([]any)[0].(map[string]any)["mentions"].([]any)[0].(map[string]any)
	if span(m) != "Kima" || m["text"] != "Kima" {
		t.Errorf("mention %v covers %q", m, span(m))
	}
	ev := r["events"].([]any)[0].(map[string]any)
	trig := ev["trigger"].(map[string]any)
	if span(trig) != "odwiedził" || trig["text"] != "odwiedził" {
		t.Errorf("trigger %v covers %q", trig, span(trig))
	}
	if ev["target"] != nil || ev["attribution"] != nil {
		t.Errorf("absent participants must be null: %v", ev)
	}
	if src := ev["source"].(map[string]any); src["actor"] != nil || src["entity"] != "E2" {
		t.Errorf("source %v", src)
	}
	if ctx, ok := ev["context"].([]any); !ok || len(ctx) != 0 {
		t.Errorf("context must be an empty array, got %v", ev["context"])
	}
	if !strings.Contains(buf.String(), "też: R&D <b>") {
		t.Errorf("text must be written as is, without HTML escapes")
	}
}

func TestMarshalEmptyArraysPresent(t *testing.T) {
	var buf bytes.Buffer
	if err := (&Document{Text: "x"}).Marshal(&buf, true); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{`"entities": []`, `"events": []`, `"quotes": []`, `"times": []`, `"headings": []`, `"boilerplate": []`, `"date": null`} {
		if !strings.Contains(buf.String(), k) {
			t.Errorf("output lacks %s:\n%s", k, buf.String())
		}
	}
}

func TestHash(t *testing.T) {
	if Hash("a") == Hash("b") || Hash("a") != Hash("a") || len(Hash("")) != 16 {
		t.Errorf("Hash is not a stable 16-digit content hash")
	}
}

// TestMarshalInTurn marshals documents of different lengths and scripts
// one after another and from four goroutines at once: each gets the bytes
// it gets alone (the code-point arrays are kept between documents).
func TestMarshalInTurn(t *testing.T) {
	texts := []string{
		"Kima odwiedził Putin w Łodzi.",
		"Plain ASCII text about Warsaw and Kyiv.",
		"Путин посетил Пхеньян 19 июня, „po raz pierwszy” od 24 lat. 😀",
		strings.Repeat("Zażółć gęślą jaźń. ", 40) + "Tusk",
		"ż",
	}
	doc := func(text string) *Document {
		i := strings.LastIndex(text, " ") + 1
		return &Document{ID: Hash(text), Source: "x", Lang: "pl", Text: text,
			Blocks:   []Block{{Span: Span{0, len(text)}, Kind: Paragraph}},
			Entities: []Entity{{ID: "E1", Type: "PERSON", Name: "X", Canonical: "X", Mentions: []Mention{{Span: Span{i, len(text)}}}}},
			Times:    []Time{{Span: Span{0, i}, Value: "v", Precision: "day"}},
		}
	}
	alone := make([]string, len(texts))
	for i, tx := range texts {
		var b bytes.Buffer
		if err := doc(tx).Marshal(&b, i%2 == 0); err != nil {
			t.Fatal(err)
		}
		alone[i] = b.String()
	}
	if !strings.Contains(alone[2], `"end":`) || alone[2] == alone[0] {
		t.Fatalf("unexpected record: %s", alone[2])
	}
	errs := make(chan string, 4*200)
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := range 200 {
				i := (n*7 + g) % len(texts)
				var b bytes.Buffer
				if err := doc(texts[i]).Marshal(&b, i%2 == 0); err != nil || b.String() != alone[i] {
					errs <- fmt.Sprintf("text %d: %v\n%s\nalone:\n%s", i, err, b.String(), alone[i])
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
