package ru_test

import (
	"strings"
	"testing"

	"github.com/kronika/kronika/ingest"
	"github.com/kronika/kronika/pipeline"
)

// TestExtractRussian runs a short Russian article through the whole
// pipeline: language, entities linked to actors, times against the
// article date, quotations with their speaker.
func TestExtractRussian(t *testing.T) {
	text := " date 2018-07-10\nМИД России заявил о новых санкциях\n\n" +
		"Вчера, 9 июля 2018 года, министр иностранных дел России Сергей Лавров заявил: «Мы ответим». " +
		"«Это недружественный шаг», — сказал Лавров журналистам. Две недели назад в Лондоне прошли переговоры.\n"
	docs, errs := ingest.Read("test.txt", []byte(text))
	if len(errs) > 0 || len(docs) != 1 {
		t.Fatalf("read: %v", errs)
	}
	d := docs[0]
	if err := pipeline.New().Process(d); err != nil {
		t.Fatal(err)
	}
	if d.Lang != "ru" {
		t.Fatalf("language %q", d.Lang)
	}
	var ents []string
	lavrov := ""
	for _, e := range d.Entities {
		ents = append(ents, e.Type+" "+e.Name+" "+e.Actor)
		if e.Canonical == "Sergey Lavrov" {
			lavrov = e.ID
			if len(e.Mentions) != 2 {
				t.Errorf("Lavrov: %d mentions, want 2", len(e.Mentions))
			}
		}
	}
	for _, want := range []string{"ORG МИД России RUSGOV", "GPE Россия RUS", "PERSON Сергей Лавров RUSGOV", "GPE Лондон GBR"} {
		found := false
		for _, e := range ents {
			found = found || e == want
		}
		if !found {
			t.Errorf("no entity %q among %q", want, ents)
		}
	}
	var times []string
	for _, x := range d.Times {
		times = append(times, d.Text[x.Start:x.End]+"="+x.Value)
	}
	if got := strings.Join(times, "|"); !strings.Contains(got, "Вчера=2018-07-09") || !strings.Contains(got, "9 июля 2018 года=2018-07-09") {
		t.Errorf("times %q", got)
	}
	if len(d.Quotes) != 2 {
		t.Fatalf("%d quotes, want 2", len(d.Quotes))
	}
	for _, q := range d.Quotes {
		if q.Speaker.Entity != lavrov {
			t.Errorf("quote %q: speaker %+v, want %s", d.Text[q.Start:q.End], q.Speaker, lavrov)
		}
	}
}
