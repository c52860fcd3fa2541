package actors_test

import (
	"testing"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/pipeline"
)

// TestCrossLingualCanonical: a person the base does not know gets one
// canonical name and one actor code in Polish, English and Russian
// articles (actors.LatinName: plain Latin letters, Cyrillic by BGN/PCGN),
// and a role named with a nationality word or a state's name gives the
// code in each.
func TestCrossLingualCanonical(t *testing.T) {
	p := pipeline.New()
	for _, tc := range []struct{ lang, text, name string }{
		{"pl", "Słowacki minister gospodarki Marek Vítek powiedział w piątek, że rozmowy trwają.", "Marek Vítek"},
		{"en", "Slovak Economy Minister Marek Vitek said on Friday that the talks continue.", "Marek Vitek"},
		{"ru", "Министр экономики Словакии Марек Витек заявил в пятницу, что переговоры продолжаются.", "Марек Витек"},
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
			if e.Canonical != "Marek Vitek" || e.Actor != "SVKGOV" {
				t.Errorf("%s: %q is %q (%s), want \"Marek Vitek\" (SVKGOV)", tc.lang, e.Name, e.Canonical, e.Actor)
			}
		}
		if !found {
			t.Errorf("%s: no entity %q in %q", tc.lang, tc.name, tc.text)
		}
	}
}
