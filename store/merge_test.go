package store

import (
	"testing"

	"github.com/kronika/kronika/doc"
)

// TestSameAct: the evidence rule (merge.go), one case per clause.
func TestSameAct(t *testing.T) {
	ws := wordSet
	putinKim := evidence{names: []string{"Kim Jong Un", "Vladimir Putin"}, stems: []string{"odwie"}, mode: "visit",
		words: [][]string{ws("Putin odwiedził Kima w Pjongjangu w środę rano.")}, docs: map[int64]bool{1: true, 2: true}}
	for _, c := range []struct {
		name string
		n    evidence
		want bool
	}{
		{"near-duplicate of a reporting document", evidence{copyOf: 2}, true},
		{"near-duplicate of another document", evidence{copyOf: 3}, false},
		{"the same sentence, edited", evidence{words: [][]string{ws("W środę rano Putin odwiedził Kima w Pjongjangu, podała agencja.")}}, true},
		{"a short sentence is no copy", evidence{words: [][]string{ws("Putin odwiedził Kima.")}}, false},
		{"a name and a similar trigger", evidence{names: []string{"Vladimir Putin"}, stems: []string{"odwie"}}, true},
		{"a name, another trigger, no place", evidence{names: []string{"Kim Jong Un"}, stems: []string{"spotk"}}, false},
		{"a name alone", evidence{names: []string{"Vladimir Putin"}, stems: []string{"rozmo"}}, false},
		{"a similar trigger without a shared name", evidence{stems: []string{"odwie"}}, false},
		{"other names", evidence{names: []string{"Sergei Lavrov"}, stems: []string{"odwie"}}, false},
		{"another mode", evidence{names: []string{"Vladimir Putin"}, stems: []string{"odwie"}, mode: "phone"}, false},
	} {
		if got := sameAct(putinKim, c.n); got != c.want {
			t.Errorf("%s: sameAct = %v, want %v", c.name, got, c.want)
		}
	}
	// Own dates: the same one is evidence, two different ones contradict.
	fri := evidence{names: []string{"Angela Merkel"}, stems: []string{"rozmo"}, dates: []string{"XXXX-WXX-5"}, geo: 491422}
	for _, c := range []struct {
		name string
		n    evidence
		want bool
	}{
		{"a name and the same own date", evidence{names: []string{"Angela Merkel"}, stems: []string{"omowi"}, dates: []string{"XXXX-WXX-5"}}, true},
		{"a name and the same city", evidence{names: []string{"Angela Merkel"}, stems: []string{"spotk"}, geo: 491422}, true},
		{"another own date", evidence{names: []string{"Angela Merkel"}, stems: []string{"rozmo"}, dates: []string{"XXXX-WXX-1"}}, false},
	} {
		if got := sameAct(fri, c.n); got != c.want {
			t.Errorf("%s: sameAct = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestReportEvidence: names of people and organisations (not countries),
// trigger lemmas cut to their stem, own dates off the calendar, the city.
func TestReportEvidence(t *testing.T) {
	text := "Putin rozmawiał z Merkel w Soczi. USA pomagają Ukrainie."
	d := &doc.Document{Text: text, Entities: []doc.Entity{
		{ID: "E1", Type: "PERSON", Canonical: "Vladimir Putin", Actor: "RUSGOV", Country: "RUS"},
		{ID: "E2", Type: "PERSON", Canonical: "Angela Merkel", Actor: "DEUGOV", Country: "DEU"},
		{ID: "E3", Type: "ORG", Canonical: "United States", Actor: "USA", Country: "USA"},
		{ID: "E4", Type: "GPE", Canonical: "Ukraine", Actor: "UKR", Country: "UKR"},
	}}
	d.Tokens = []doc.Token{{Span: doc.Span{Start: 6, End: 16}, Lemma: "rozmawiać"}}
	s1, s2 := doc.Span{Start: 0, End: 34}, doc.Span{Start: 35, End: len(text)}
	evs := []*doc.Event{
		{Source: &doc.Participant{Entity: "E1"}, Target: &doc.Participant{Entity: "E2"}, Date: "XXXX-WXX-5", Trigger: doc.Span{Start: 6, End: 16}, Sentence: s1,
			Location: &doc.Location{GeonameID: 491422, Precision: "city"}},
		{Source: &doc.Participant{Entity: "E3"}, Target: &doc.Participant{Entity: "E4"}, Date: "2018-05-18", Trigger: doc.Span{Start: 39, End: 47}, Sentence: s2},
	}
	e := reportEvidence(d, evs)
	if joinSet(e.names) != "Angela Merkel|Vladimir Putin" || joinSet(e.stems) != "pomag|rozma" || joinSet(e.dates) != "XXXX-WXX-5" || e.geo != 491422 || len(e.words) != 2 {
		t.Errorf("evidence %+v", e)
	}
}
