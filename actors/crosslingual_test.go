package actors_test

import (
	"testing"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/pipeline"
)

// TestCrossLingualCanonical: a person the base does not know gets one
// canonical name and one actor code in Polish, English and Russian
// articles: a Russian name by BGN/PCGN from the Cyrillic and from the
// Polish transcription (lang.Language.Romanize), a name in Latin letters
// as its language writes it, diacritics kept (English news that drops
// them gives the plain spelling); and a role named with a nationality word
// or a state's name gives the code in each.
func TestCrossLingualCanonical(t *testing.T) {
	p := pipeline.New()
	for _, tc := range []struct{ lang, text, name, canonical, actor string }{
		{"pl", "Rosyjski minister gospodarki Walerij Pietrow powiedział w piątek, że rozmowy trwają.", "Walerij Pietrow", "Valeriy Petrov", "RUSGOV"},
		{"en", "Russian Economy Minister Valeriy Petrov said on Friday that the talks continue.", "Valeriy Petrov", "Valeriy Petrov", "RUSGOV"},
		{"ru", "Министр экономики России Валерий Петров заявил в пятницу, что переговоры продолжаются.", "Валерий Петров", "Valeriy Petrov", "RUSGOV"},
		{"pl", "Słowacki minister gospodarki Marek Vítek powiedział w piątek, że rozmowy trwają.", "Marek Vítek", "Marek Vítek", "SVKGOV"},
		{"en", "Slovak Economy Minister Marek Vitek said on Friday that the talks continue.", "Marek Vitek", "Marek Vitek", "SVKGOV"},
		{"ru", "Министр экономики Словакии Марек Витек заявил в пятницу, что переговоры продолжаются.", "Марек Витек", "Marek Vitek", "SVKGOV"},
	} {
		d := &doc.Document{Text: tc.text, Lang: tc.lang, Date: "2024-03-10", Source: "test"}
		if err := p.Process(d); err != nil {
			t.Fatal(err)
		}
		found := false
		for _, e := range d.Entities {
			if e.Name != tc.name {
				continue
			}
			found = true
			if e.Canonical != tc.canonical || e.Actor != tc.actor {
				t.Errorf("%s: %q is %q (%s), want %q (%s)", tc.lang, e.Name, e.Canonical, e.Actor, tc.canonical, tc.actor)
			}
		}
		if !found {
			t.Errorf("%s: no entity %q in %q", tc.lang, tc.name, tc.text)
		}
	}
}
