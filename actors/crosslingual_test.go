package actors_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/kronika/kronika/actors"
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
		// A given name Polish shares before an East Slavic surname; a
		// given name whose vowel falls out in Russian ("Павлом").
		{"pl", "Rosyjski minister gospodarki Paweł Durow powiedział w piątek, że rozmowy trwają.", "Paweł Durow", "Pavel Durov", "RUSGOV"},
		{"en", "Russian Economy Minister Pavel Durov said on Friday that the talks continue.", "Pavel Durov", "Pavel Durov", "RUSGOV"},
		{"ru", "Переговоры продолжаются, заявил в пятницу министр экономики России Павел Дуров. С Павлом Дуровым согласились.", "Павел Дуров", "Pavel Durov", "RUSGOV"},
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

// TestCrossLingualStatePairs: a compound of two states' nationality words
// or names joined by a hyphen is one nationality mention whose canonical
// name is the states' English adjectives in the order written, the same
// in Polish, English and Russian; a compound of which a part names no
// state, or names one state twice, is none.
func TestCrossLingualStatePairs(t *testing.T) {
	p := pipeline.New()
	for _, tc := range []struct{ lang, text, form, canonical string }{
		{"pl", "Rozmowy polsko-niemieckie trwały do wieczora.", "polsko-niemieckie", "Polish-German"},
		{"en", "The Polish-German talks lasted until the evening.", "Polish-German", "Polish-German"},
		{"ru", "Польско-германские переговоры продолжались до вечера.", "Польско-германские", "Polish-German"},
		{"pl", "Wojna rosyjsko-ukraińska trwa.", "rosyjsko-ukraińska", "Russian-Ukrainian"},
		{"en", "The Russian-Ukrainian war goes on.", "Russian-Ukrainian", "Russian-Ukrainian"},
		{"ru", "Российско-украинская война продолжается.", "Российско-украинская", "Russian-Ukrainian"},
		{"en", "The Sino-Russian border is long.", "Sino-Russian", "Chinese-Russian"},
		{"ru", "Американо-китайские переговоры возобновились.", "Американо-китайские", "American-Chinese"},
	} {
		d := &doc.Document{Text: tc.text, Lang: tc.lang, Date: "2024-03-10", Source: "test"}
		if err := p.Process(d); err != nil {
			t.Fatal(err)
		}
		found := false
		for _, e := range d.Entities {
			for _, m := range e.Mentions {
				if d.Text[m.Start:m.End] != tc.form {
					continue
				}
				found = true
				if e.Type != "NORP" || e.Canonical != tc.canonical {
					t.Errorf("%s: %q is %s %q, want NORP %q", tc.lang, tc.form, e.Type, e.Canonical, tc.canonical)
				}
			}
		}
		if !found {
			t.Errorf("%s: no mention %q in %q", tc.lang, tc.form, tc.text)
		}
	}
}

// TestStatePairNames: states' names joined by a hyphen are a mention of
// each state, as SlavicNER annotates them ("USA-Rosja": "USA", "Rosja").
func TestStatePairNames(t *testing.T) {
	p := pipeline.New()
	for _, tc := range []struct {
		lang, text string
		want       []string // mention: canonical
	}{
		{"pl", "Szczyt USA-Rosja odbędzie się w Genewie.", []string{"USA: United States", "Rosja: Russia"}},
		{"en", "The US-China talks resumed in Geneva.", []string{"US: United States", "China: China"}},
		{"ru", "Саммит Россия-США пройдет в Женеве.", []string{"Россия: Russia", "США: United States"}},
	} {
		d := &doc.Document{Text: tc.text, Lang: tc.lang, Date: "2024-03-10", Source: "test"}
		if err := p.Process(d); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range d.Entities {
			for _, m := range e.Mentions {
				if f := d.Text[m.Start:m.End]; e.Type == "GPE" && (strings.Contains(tc.text, f+"-") || strings.Contains(tc.text, "-"+f+" ")) {
					got = append(got, d.Text[m.Start:m.End]+": "+e.Canonical)
				}
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s %q: %q, want %q", tc.lang, tc.text, got, tc.want)
		}
	}
}

func TestCompound(t *testing.T) {
	kb := actors.Default()
	for _, tc := range []struct{ name, lang, want string }{
		{"polsko-niemiecki", "pl", "Polish-German"},
		{"Polsko - bułgarski", "pl", "Polish-Bulgarian"}, // a spaced hyphen
		{"amerykańsko-chiński", "pl", "American-Chinese"},
		{"российско-украинский", "ru", "Russian-Ukrainian"},
		{"Franco-German", "en", "French-German"},
		{"US-China", "en", "American-Chinese"},
		{"Bosnia-Herzegovina", "en", ""}, // one state
		{"Guinea-Bissau", "en", ""},      // a state and its capital
		{"Baden-Württemberg", "en", ""},
		{"polsko-polski", "pl", ""}, // one state twice
		{"Kowalska-Nowak", "pl", ""},
		{"niemiecko", "pl", ""},
	} {
		if got := kb.CompoundName(tc.name, tc.lang); got != tc.want {
			t.Errorf("CompoundName(%q, %s) = %q, want %q", tc.name, tc.lang, got, tc.want)
		}
	}
}
