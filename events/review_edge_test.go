package events_test

import (
	"strings"
	"testing"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/ingest"
	"github.com/kronika/kronika/pipeline"
)

// codeRaw runs the pipeline on text as it stands, with no line break or
// date line added, so that a document may end on any word.
func codeRaw(t *testing.T, p *pipeline.Pipeline, lang, text string) *doc.Document {
	t.Helper()
	docs, err := ingest.Read("test.txt", []byte(text))
	if err != nil || len(docs) != 1 {
		return nil // ingest turns it away ("empty input"): nothing to code
	}
	docs[0].Lang = lang
	if err := p.Process(docs[0]); err != nil {
		t.Fatalf("%q: %v", text, err)
	}
	return docs[0]
}

// TestDocumentEnd: the rules that look at the token after a verb, a
// phrase or a cue word must not look past the last token of a document
// that ends without punctuation: a demand's "that"/"of" (demandclause.go),
// a "-based" word or ", based in" (en_seat.go), "him" after "to"
// (en_pronoun.go), an agent's preposition after an act noun or a
// participle (pl_nominal.go), "wtedy" and "po" (dates.go). Each text is
// also cut after every word, and each cut must give a document whose
// events all lie within it.
func TestDocumentEnd(t *testing.T) {
	p := pipeline.New()
	cases := []struct{ lang, text string }{
		{"en", "Poland demanded of"},
		{"en", "Poland demanded of Russia"},
		{"en", "The rebels insisted on their demand that"},
		{"en", "Kenya's opposition bluntly demanded that Uganda"},
		{"en", "The Copenhagen-based"},
		{"en", "The Alliance of Democracies, headquartered in"},
		{"en", "The Alliance of Democracies, based in Copenhagen, was sanctioned by"},
		{"en", "Eurasia Group, a New York-based"},
		{"en", "Obama spoke with Putin and told him"},
		{"en", "Moise said he was criticized. He"},
		{"en", "The Congolese"},
		{"en", "Russia said it will attack unless"},
		{"en", "Prices rose over the past"},
		{"en", "He was impeached and removed from office in"},
		{"pl", "Zaatakowanie Ukrainy przez"},
		{"pl", "Litwa potępiła aresztowanie opozycjonisty przez"},
		{"pl", "Polski dziennikarz zatrzymany przez"},
		{"pl", "Zatrzymany przez białoruską milicję"},
		{"pl", "Arafat w rozmowie z Powellem"},
		{"pl", "Rząd Francji i"},
		{"pl", "Wtedy też"},
		{"pl", "Po 11 września"},
		{"pl", "W ostatnim"},
		// the rules of 225888b..c941d3f, cut at every word
		{"en", "North Korea accused the United States of hostility and conducted a missile test on"},
		{"en", "Beijing has hinted that it could retaliate with tariffs on German"},
		{"en", "The EU is considering sanctions against"},
		{"en", "a Chinese and Russian proposal for the U.N. Security Council to lift"},
		{"en", "Turkey is looking to reset relations with"},
		{"pl", "Austria zaproponowała zmianę dyrektywy. Polska nie zgodziła się na to"},
		{"pl", "Jemeńczyk, zwolennik Osamy bin Ladena, został oskarżony przez"},
		{"pl", "Finlandia wydała zezwolenie na budowę Nord Stream 2"},
		{"pl", "Litwa, którą USA wspierają, poprosiła o"},
		{"pl", "Związkowcy zapowiedzieli na 4 i 5 sierpnia protesty"},
		{"pl", "Rząd domaga się od związków wstrzymania"},
		// the rules of c941d3f..78fbbc8, cut at every word
		{"en", "Russia tested missiles in an effort to pressure"},
		{"en", "a visit aimed at boosting"},
		{"en", "If North Korea conducts a nuclear test,"},
		{"en", "a former official who had negotiated with"},
		{"en", "the Hanoi summit held in"},
		{"en", "Two Israelis were killed in a Hezbollah rocket attack"},
		{"en", "Kenyan troops were deployed to"},
		{"en", "Thousands of"},
		{"en", "Tens of thousands rallied in"},
		{"en", "a spokesman for"},
		{"en", "Britain said Iran must release"},
		{"en", "Pyongyang threatened to deliver devastating blows to"},
		{"en", "Trump is due to meet"},
		{"en", "officials said Russia plans to"},
		{"en", "its intelligence service \"successfully eliminated\""},
		{"en", "Troops killed"},
		{"pl", "Minister oskarżył Niemcy, że współpracują z"},
		{"pl", "Władze Rosji zarządziły aresztowanie ukraińskiego"},
		{"pl", "Rząd zdecydował o wydaleniu"},
		{"pl", "Papież odwiedził biskupa Franciszka"},
		{"pl", "Wywiadu udzielił Polskiemu Radiu"},
	}
	for _, tc := range cases {
		words := strings.Fields(tc.text)
		for n := 1; n <= len(words); n++ {
			text := strings.Join(words[:n], " ")
			d := codeRaw(t, p, tc.lang, text)
			if d == nil {
				continue
			}
			for _, e := range d.Events {
				if e.Trigger.Start < 0 || e.Trigger.End > len(d.Text) || e.Trigger.Start >= e.Trigger.End {
					t.Errorf("%q: event %s with trigger %v outside the text", text, e.Type, e.Trigger)
				}
			}
		}
	}
}

// FuzzDocumentEnd runs the whole pipeline on any text, in English and in
// Polish: it must not fail, and every event's trigger must lie within
// the text. The seeds are some of the cases of TestDocumentEnd.
func FuzzDocumentEnd(f *testing.F) {
	for _, s := range []string{"Poland demanded of", "The Copenhagen-based", "Obama spoke with Putin and told him"} {
		f.Add(s, false)
	}
	f.Add("The EU is considering sanctions against", false)
	for _, s := range []string{"Russia tested missiles in an effort to pressure", "Two Israelis were killed in a Hezbollah rocket attack", "officials said Russia plans to"} {
		f.Add(s, false)
	}
	f.Add("Władze Rosji zarządziły aresztowanie ukraińskiego", true)
	f.Add("Minister oskarżył Niemcy, że współpracują z", true)
	for _, s := range []string{"Zaatakowanie Ukrainy przez", "Polski dziennikarz zatrzymany przez", "Wtedy też", "W ostatnim", "Polska nie zgodziła się na to"} {
		f.Add(s, true)
	}
	p := pipeline.New()
	f.Fuzz(func(t *testing.T, text string, polish bool) {
		lang := "en"
		if polish {
			lang = "pl"
		}
		d := codeRaw(t, p, lang, text)
		if d == nil {
			return
		}
		for _, e := range d.Events {
			if e.Trigger.Start < 0 || e.Trigger.End > len(d.Text) || e.Trigger.Start >= e.Trigger.End {
				t.Errorf("%q: event %s with trigger %v outside the text", text, e.Type, e.Trigger)
			}
		}
	})
}
