package eval

import (
	"os"
	"strings"
	"testing"

	"github.com/kronika/kronika/actors"
	"github.com/kronika/kronika/doc"
)

func TestScoreActors(t *testing.T) {
	kb := actors.Default()
	text := "Putin i Wielka Brytania. Nikt."
	gold := []SlavicMention{
		{Start: 0, End: 5, Text: "Putin", Lemma: "Putin", Type: "PER", ID: "PER-Vladimir-Putin"},
		{Start: 8, End: 23, Text: "Wielka Brytania", Lemma: "Wielka Brytania", Type: "LOC", ID: "GPE-Great-Britain"},
		{Start: 25, End: 29, Text: "Nikt", Lemma: "Nikt", Type: "PER", ID: "PER-Nobody-Known"},
	}
	d := &doc.Document{Text: text, Entities: []doc.Entity{
		{Type: "PERSON", Canonical: "Vladimir Putin", Mentions: []doc.Mention{{Span: doc.Span{Start: 0, End: 5}}}},
		{Type: "GPE", Canonical: "United Kingdom", Mentions: []doc.Mention{{Span: doc.Span{Start: 8, End: 23}}}},
		{Type: "PERSON", Canonical: "Nobody Known", Mentions: []doc.Mention{{Span: doc.Span{Start: 25, End: 29}}}},
	}}
	s := ScoreActors(kb, gold, d)
	if s.Linked != (Acc{3, 3}) || s.LinkedKnown != (Acc{2, 2}) {
		t.Errorf("linked %v, known %v; want 3/3 and 2/2", s.Linked, s.LinkedKnown)
	}
	if s.Dictionary != (Acc{2, 3}) || s.DictionaryKnown != (Acc{2, 2}) {
		t.Errorf("dictionary %v, known %v; want 2/3 and 2/2", s.Dictionary, s.DictionaryKnown)
	}
	d.Entities[0].Canonical = "Donald Tusk"
	d.Entities[1].Canonical = ""
	s = ScoreActors(kb, gold, d)
	if len(s.Wrong) != 2 || s.Wrong[Confusion{"PER-Vladimir-Putin", "Donald Tusk"}] != 1 || s.Wrong[Confusion{"GPE-Great-Britain", ""}] != 1 {
		t.Errorf("wrong links %v: want Putin as Donald Tusk and Great Britain unlinked", s.Wrong)
	}
	s = ScoreActors(kb, gold, nil)
	if s.Linked != (Acc{0, 3}) || s.Dictionary != (Acc{2, 3}) {
		t.Errorf("without a document: linked %v, dictionary %v", s.Linked, s.Dictionary)
	}
	if idType("GPE-Great-Britain") != "GPE" || idType("Brexit") != "" {
		t.Error("idType")
	}
}

// TestActorLinkingSlavicNER reports the dictionary-only figures on the
// SlavicNER data when it is beside the repository (the pipeline figures
// come from "kronika actors eval").
func TestActorLinkingSlavicNER(t *testing.T) {
	dir := "../../shared/data/slavicner"
	if _, err := os.Stat(dir); err != nil {
		t.Skip("no SlavicNER data")
	}
	for _, lang := range []string{"pl", "ru"} {
		rep := RunActorLinking(nil, actors.Default(), dir, lang, 2)
		if len(rep.Errors) > 0 {
			t.Fatal(rep.Errors[0])
		}
		var b strings.Builder
		if err := rep.WriteTable(&b, 0, 0); err != nil {
			t.Fatal(err)
		}
		t.Logf("%s:\n%s", lang, b.String())
		if v, _ := rep.Overall.DictionaryKnown.Value(); v < 0.5 {
			t.Errorf("%s: dictionary linking of known ids %v, below 0.5", lang, rep.Overall.DictionaryKnown)
		}
	}
}

// The lists of unknown ids and linking errors show the tuning topics only:
// held-out topics are scored, never read (eval/README.md).
func TestActorTableListsTuningOnly(t *testing.T) {
	tune := &ActorScore{Wrong: map[Confusion]int{{ID: "PER-Tuned-Person", Got: "Other"}: 2}}
	held := &ActorScore{Wrong: map[Confusion]int{{ID: "PER-Held-Person", Got: "Other"}: 5}}
	rep := &ActorReport{Lang: "pl", Topics: map[string]*ActorScore{},
		Splits:        map[string]*ActorScore{SplitTune: tune, SplitHeldOut: held},
		Coverage:      map[string]*Acc{},
		SplitCoverage: map[string]*Acc{SplitTune: {}, SplitHeldOut: {}},
		Missing:       map[string]int{"ORG-Tuned-Body": 3}}
	rep.Overall.Add(*tune)
	rep.Overall.Add(*held)
	var b strings.Builder
	if err := rep.WriteTable(&b, 10, 10); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if !strings.Contains(out, "PER-Tuned-Person -> Other") || !strings.Contains(out, "ORG-Tuned-Body") {
		t.Errorf("tuning rows missing:\n%s", out)
	}
	if strings.Contains(out, "PER-Held-Person") {
		t.Errorf("a held-out linking error is listed:\n%s", out)
	}
}
