package eval

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/kronika/kronika/actors"
	"github.com/kronika/kronika/doc"
)

func TestParseSlavicTSV(t *testing.T) {
	data := "\ufeff0\t4\tTusk\tTusk\tPER\tPER-Donald-Tusk\r\n\n" +
		"7\t15\tBrukseli\tBruksela\tLOC\tGPE-Brussels\n" +
		"x\t15\tBrukseli\tBruksela\tLOC\tGPE-Brussels\n" +
		"9\t5\tBrukseli\tBruksela\tLOC\tGPE-Brussels\n" +
		"7\t15\tBrukseli\tBruksela\tCITY\tGPE-Brussels\n" +
		"7\t15\tBrukseli\n"
	ms, errs := ParseSlavicTSV("a.tsv", []byte(data))
	if len(ms) != 2 || ms[0] != (SlavicMention{0, 4, "Tusk", "Tusk", "PER", "PER-Donald-Tusk"}) || ms[1].Lemma != "Bruksela" {
		t.Errorf("mentions %+v", ms)
	}
	want := []string{
		`a.tsv:4: bad offsets "x", "15"`,
		`a.tsv:5: bad offsets "9", "5"`,
		`a.tsv:6: unknown type "CITY"`,
		`a.tsv:7: want 6 tab-separated columns, have 3`,
	}
	if len(errs) != len(want) {
		t.Fatalf("errors %v", errs)
	}
	for i, e := range errs {
		if e.Error() != want[i] {
			t.Errorf("error %d: %q, want %q", i, e, want[i])
		}
	}
}

func TestIDName(t *testing.T) {
	for id, want := range map[string]string{"GPE-Russia": "Russia", "PER-Vladimir-Putin": "Vladimir Putin",
		"ORG-European-Union": "European Union", "Russia": "Russia", "Al-Jazeera": "Al Jazeera"} {
		if got := foldID(idName(id)); got != foldID(want) {
			t.Errorf("%s: got %q, want %q", id, got, foldID(want))
		}
	}
}

func TestScoreSlavic(t *testing.T) {
	text := "Tusk w Brukseli\n\nDonald Tusk rozmawiał w Brukseli z przewodniczącą Komisji Europejskiej o brexicie.\n"
	gold := []SlavicMention{
		{0, 4, "Tusk", "Tusk", "PER", "PER-Donald-Tusk"},
		{7, 15, "Brukseli", "Bruksela", "LOC", "GPE-Brussels"},
		{17, 28, "Donald Tusk", "Donald Tusk", "PER", "PER-Donald-Tusk"},
		{41, 49, "Brukseli", "Bruksela", "LOC", "GPE-Brussels"},
		{67, 87, "Komisji Europejskiej", "Komisja Europejska", "ORG", "ORG-European-Commission"},
		{90, 98, "brexicie", "brexit", "EVT", "EVT-Brexit"},
	}
	d := &doc.Document{Text: text, Entities: []doc.Entity{
		{ID: "E1", Type: "PERSON", Canonical: "Donald Tusk", Mentions: []doc.Mention{
			{Span: spanOf(text, "Tusk", 0), Lemma: "Tusk"},
			{Span: spanOf(text, "Donald Tusk", 0), Lemma: "Donald Tusk"}}},
		{ID: "E2", Type: "GPE", Canonical: "Brussels", Mentions: []doc.Mention{
			{Span: spanOf(text, "Brukseli", 0), Lemma: "Brukseli"},       // wrong lemma
			{Span: spanOf(text, "w Brukseli", 1), Lemma: "w Bruksela"}}}, // overlap only
		{ID: "E3", Type: "PERSON", Name: "Komisja", Mentions: []doc.Mention{ // wrong type
			{Span: spanOf(text, "Komisji", 0), Lemma: "Komisja"}}},
		{ID: "E4", Type: "NORP", Mentions: []doc.Mention{{Span: spanOf(text, "przewodniczącą", 0)}}}, // not scored
	}}
	s := ScoreSlavic(gold, d)
	// Offsets count code points: "przewodniczącą" holds two-byte letters before "Komisji".
	if s.Exact != (PRF{3, 5, 3, 6}) {
		t.Errorf("exact %v", s.Exact)
	}
	if s.Overlap != (PRF{4, 5, 4, 6}) {
		t.Errorf("overlap %v", s.Overlap)
	}
	if s.Lemma != (Acc{2, 3}) {
		t.Errorf("lemma %v", s.Lemma)
	}
	if s.Linking != (Acc{4, 6}) {
		t.Errorf("linking %v", s.Linking)
	}
	// "Komisji" is found typed PERSON; "brexicie" is not found.
	if s.Unlinked != (SlavicLosses{NotFound: 1, OtherType: 1}) || s.Misses != nil {
		t.Errorf("unlinked %+v, misses %q", s.Unlinked, s.Misses)
	}
}

// TestScoreSlavicSameActor checks that a canonical name that names the
// id's actor differently counts for SameActor, not for Linking, and that
// the details list each mention not linked right with its cause.
func TestScoreSlavicSameActor(t *testing.T) {
	text := "USA, Michał Kurtyka, Kurtyka, Niemcy, Amerykanie."
	gold := []SlavicMention{
		{0, 3, "USA", "USA", "LOC", "GPE-USA"},
		{5, 19, "Michał Kurtyka", "Michał Kurtyka", "PER", "PER-Michal-Kurtyka"},
		{21, 28, "Kurtyka", "Kurtyka", "PER", "PER-Michal-Kurtyka"},
		{30, 36, "Niemcy", "Niemcy", "LOC", "GPE-Germany"},
		{38, 48, "Amerykanie", "Amerykanie", "PER", "GPE-USA"},
	}
	d := &doc.Document{Text: text, Entities: []doc.Entity{
		{ID: "E1", Type: "GPE", Canonical: "United States", Mentions: []doc.Mention{{Span: spanOf(text, "USA", 0)}}},
		{ID: "E2", Type: "PERSON", Canonical: "Michał Kurtyka", Mentions: []doc.Mention{
			{Span: spanOf(text, "Michał Kurtyka", 0)}, {Span: spanOf(text, "Kurtyka", 1)}}},
		{ID: "E3", Type: "GPE", Canonical: "Austria", Mentions: []doc.Mention{{Span: spanOf(text, "Niemcy", 0)}}},
	}}
	s := scoreSlavic(gold, d, actors.Default(), true)
	if s.Linking != (Acc{0, 5}) || s.SameActor != (Acc{3, 5}) {
		t.Errorf("linking %v, same actor %v", s.Linking, s.SameActor)
	}
	if s.Unlinked != (SlavicLosses{NotFound: 1, WrongName: 4}) {
		t.Errorf("unlinked %+v", s.Unlinked)
	}
	want := []string{
		"wrong-name,same-actor\tGPE-USA\tUSA\tLOC\tGPE\tUnited States",
		"wrong-name,same-actor\tPER-Michal-Kurtyka\tMichał Kurtyka\tPER\tPERSON\tMichał Kurtyka",
		"wrong-name,same-actor\tPER-Michal-Kurtyka\tKurtyka\tPER\tPERSON\tMichał Kurtyka",
		"wrong-name\tGPE-Germany\tNiemcy\tLOC\tGPE\tAustria",
		"not-found\tGPE-USA\tAmerykanie\tPER\t\t",
	}
	if strings.Join(s.Misses, "\n") != strings.Join(want, "\n") {
		t.Errorf("misses:\n%s\nwant:\n%s", strings.Join(s.Misses, "\n"), strings.Join(want, "\n"))
	}
}

func TestRunSlavicNER(t *testing.T) {
	r := fakeRunner{annotate: func(d *doc.Document) {
		d.Entities = []doc.Entity{{ID: "E1", Type: "GPE", Canonical: "Brussels", Mentions: []doc.Mention{
			{Span: spanOf(d.Text, "Brukseli", 0), Lemma: "Bruksela"}}}}
	}}
	rep := RunSlavicNER(r, "testdata/slavicner", "pl", 2)
	if len(rep.Errors) > 0 {
		t.Fatal(rep.Errors)
	}
	if rep.Overall.Docs != 1 || rep.Overall.Exact != (PRF{1, 1, 1, 6}) || rep.Overall.Linking != (Acc{1, 6}) || rep.Topics["test"] == nil {
		t.Errorf("report %+v", rep.Overall)
	}
	var b bytes.Buffer
	if err := rep.WriteTable(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "all (pl)") || !strings.Contains(b.String(), "test ") || !strings.Contains(b.String(), "SAME ACTOR") {
		t.Errorf("table:\n%s", b.String())
	}
	js, err := json.Marshal(rep)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{`"schema":"kronika-eval-slavicner/1"`, `"topics":{"test":`, `"exact":`, `"linking":`, `"errors":[]`} {
		if !strings.Contains(string(js), k) {
			t.Errorf("JSON lacks %s: %s", k, js)
		}
	}
	if rep := RunSlavicNER(r, "testdata/nothing", "pl", 1); len(rep.Errors) != 1 {
		t.Errorf("missing dir: %v", rep.Errors)
	}
}

// TestSharedSlavicNERParses reads every Polish SlavicNER annotation file
// when the shared data is present.
func TestSharedSlavicNERParses(t *testing.T) {
	rep := RunSlavicNER(fakeRunner{}, "../../shared/data/slavicner", "pl", 2)
	if len(rep.Errors) == 1 && strings.Contains(rep.Errors[0].Error(), "no ner/") {
		t.Skip("../../shared/data/slavicner not present")
	}
	if len(rep.Errors) > 0 || rep.Overall.Docs < 800 || rep.Overall.TextMismatch > 0 {
		t.Errorf("%d documents, %d errors (first: %v), %d text mismatches", rep.Overall.Docs, len(rep.Errors), rep.Errors, rep.Overall.TextMismatch)
	}
}

// TestScoreSlavicPeople: a capitalised noun typed NORP ("Amerykanie") is
// the PER mention SlavicNER annotates, linked to its country; adjectives,
// capitalised at a sentence's start or not, are left out.
func TestScoreSlavicPeople(t *testing.T) {
	text := "Amerykanie i rosyjski rząd. Polski rząd."
	gold := []SlavicMention{{0, 10, "Amerykanie", "Amerykanie", "PER", "GPE-USA"}}
	d := &doc.Document{Text: text}
	for _, w := range []struct{ form, upos string }{{"Amerykanie", "NOUN"}, {"rosyjski", "ADJ"}, {"Polski", "ADJ"}} {
		d.Tokens = append(d.Tokens, doc.Token{Span: spanOf(text, w.form, 0), Kind: doc.Word, UPOS: w.upos})
	}
	d.Entities = []doc.Entity{
		{ID: "E1", Type: "NORP", Canonical: "American", Country: "USA", Mentions: []doc.Mention{{Span: spanOf(text, "Amerykanie", 0), Lemma: "Amerykanin"}}},
		{ID: "E2", Type: "NORP", Canonical: "Russian", Country: "RUS", Mentions: []doc.Mention{{Span: spanOf(text, "rosyjski", 0), Lemma: "rosyjski"}}},
		{ID: "E3", Type: "NORP", Canonical: "Polish", Country: "POL", Mentions: []doc.Mention{{Span: spanOf(text, "Polski", 0), Lemma: "polski"}}},
	}
	s := scoreSlavic(gold, d, actors.Default(), false)
	if s.Exact != (PRF{1, 1, 1, 1}) || s.Overlap != (PRF{1, 1, 1, 1}) {
		t.Errorf("exact %v, overlap %v", s.Exact, s.Overlap)
	}
	if s.Linking != (Acc{0, 1}) || s.SameActor != (Acc{1, 1}) {
		t.Errorf("linking %v, same actor %v", s.Linking, s.SameActor)
	}
	// Without a base the entity's own canonical name stands.
	if s := scoreSlavic(gold, d, nil, false); s.Exact != (PRF{1, 1, 1, 1}) || s.SameActor != (Acc{0, 1}) {
		t.Errorf("without a base: exact %v, same actor %v", s.Exact, s.SameActor)
	}
}
