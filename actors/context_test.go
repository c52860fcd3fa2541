package actors_test

import (
	"strings"
	"testing"

	"github.com/kronika/kronika/actors"
	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/pipeline"
)

// TestAdjacentInstitution: a bare name of a state institution is the
// institution of the country named right beside it, before the article's
// main country.
func TestAdjacentInstitution(t *testing.T) {
	p := pipeline.New()
	for _, tc := range []struct{ text, form, want string }{
		// The article is about Germany; the ministry beside "polskiego" is Poland's.
		{"Niemcy zapowiedziały sankcje. Rząd Niemiec nie zgodził się na to. W Berlinie trwały rozmowy. Rzecznik polskiego MSZ skomentował decyzję.",
			"MSZ", "Ministry of Foreign Affairs of Poland"},
		{"Polska i Niemcy rozmawiają. Warszawa czeka. Premier Polski wyjechał. Rzecznik MSZ Niemiec skomentował decyzję.",
			"MSZ", "Federal Foreign Office"},
		// No country beside it: the article's main country.
		{"Niemcy zapowiedziały sankcje. Rząd Niemiec nie zgodził się na to. W Berlinie trwały rozmowy. Rzecznik MSZ skomentował decyzję.",
			"MSZ", "Federal Foreign Office"},
		{"Polska zapowiedziała sankcje. W Warszawie trwały rozmowy. Rzecznik MSZ skomentował decyzję.",
			"MSZ", "Ministry of Foreign Affairs of Poland"},
		{"Szef MSZ Francji przyleciał do Warszawy.", "MSZ", "Ministry for Europe and Foreign Affairs of France"},
	} {
		d := &doc.Document{Text: tc.text, Lang: "pl", Date: "2024-03-10", Source: "test"}
		if err := p.Process(d); err != nil {
			t.Fatal(err)
		}
		got, found := "", false
		for _, e := range d.Entities {
			for _, m := range e.Mentions {
				if d.Form(m.Span) == tc.form {
					got, found = e.Canonical, true
				}
			}
		}
		if !found {
			t.Errorf("%q: no mention %q (entities: %v)", tc.text, tc.form, names(d))
		} else if got != tc.want {
			t.Errorf("%q: %q is %q, want %q", tc.text, tc.form, got, tc.want)
		}
	}
}

// TestUndatedRoles: without a date a person gets the role of a country
// the article names, not the latest role; with a date, the role held then.
func TestUndatedRoles(t *testing.T) {
	for _, tc := range []struct {
		date   string
		others []doc.Entity
		want   string
	}{
		{"", []doc.Entity{{Type: "GPE", Name: "Niemcy"}}, "DEUGOV"},
		{"", []doc.Entity{{Type: "NORP", Name: "niemiecki"}}, "DEUGOV"},
		{"", nil, "UNOIGO"}, // nothing to go by: the latest
		{"", []doc.Entity{{Type: "GPE", Name: "Francja"}}, "UNOIGO"}, // no tenure of France
		{"2025-10-01", []doc.Entity{{Type: "GPE", Name: "Niemcy"}}, "UNOIGO"},
		{"2023-05", []doc.Entity{{Type: "ORG", Name: "ONZ"}}, "DEUGOV"},
	} {
		d := &doc.Document{Date: tc.date, Lang: "pl", Entities: append([]doc.Entity{{Type: "PERSON", Name: "Annalena Baerbock"}}, tc.others...)}
		actors.Resolve(d, nil)
		if got := d.Entities[0].Actor; got != tc.want {
			var with []string
			for _, o := range tc.others {
				with = append(with, o.Name)
			}
			t.Errorf("date %q, with %s: %q, want %q", tc.date, strings.Join(with, ", "), got, tc.want)
		}
	}
}

// TestMinistries: the bare name of a ministry finds the one of the
// article's country in each language (orgs-institutions.tsv).
func TestMinistries(t *testing.T) {
	kb := actors.Default()
	for _, tc := range []struct{ name, country, want string }{
		{"МВД", "RUS", "Ministry of Internal Affairs of Russia"},
		{"Минфин", "UKR", "Ministry of Finance of Ukraine"},
		{"MSZ", "CHN", "Ministry of Foreign Affairs of China"},
		{"Ministerstwo Obrony", "CHN", "Ministry of National Defense of China"},
		{"Министерство обороны", "UKR", "Ministry of Defence of Ukraine"},
		{"Ministerstwo Obrony", "GBR", "Ministry of Defence of the United Kingdom"},
		{"MSW", "FRA", "Ministry of the Interior of France"},
		{"МИД", "PRK", "Ministry of Foreign Affairs of North Korea"},
		{"Ministerstwo Zjednoczenia", "PRK", ""}, // South Korea's
	} {
		got := ""
		if a := kb.Institution(tc.name, tc.country); a != nil {
			got = a.Canonical
		}
		if got != tc.want {
			t.Errorf("Institution(%q, %q) = %q, want %q", tc.name, tc.country, got, tc.want)
		}
	}
}

// TestFinanceMinisters: the finance ministers' list links their names,
// in the languages' spellings, with the title held at the date.
func TestFinanceMinisters(t *testing.T) {
	kb := actors.Default()
	for _, tc := range []struct{ name, date, want, title string }{
		{"Schäuble", "2015-06", "Wolfgang Schäuble", "finance minister"},
		{"Шойбле", "2007", "Wolfgang Schäuble", "interior minister"},
		{"George Osborne", "2012-03-01", "George Osborne", "chancellor of the exchequer"},
		{"Siłuanow", "2020", "Anton Siluanov", "finance minister"},
		{"Rishi Sunak", "2021-05", "Rishi Sunak", "chancellor of the exchequer"},
		{"Rishi Sunak", "2023-05", "Rishi Sunak", "prime minister"},
		{"Janet Yellen", "2016", "Janet Yellen", "chair of the Federal Reserve"},
	} {
		ms := kb.LookupAt(tc.name, tc.date)
		if len(ms) == 0 {
			t.Errorf("%s: not found", tc.name)
			continue
		}
		a := ms[0].Actor
		if a.Canonical != tc.want || a.At(tc.date).Title != tc.title {
			t.Errorf("%s at %s: %s, %s; want %s, %s", tc.name, tc.date, a.Canonical, a.At(tc.date).Title, tc.want, tc.title)
		}
	}
}

// TestPassageCountry: a role named without a country before an unknown
// person ("minister zdrowia") is an office of the state the passage names
// before the person, else of the article's main country.
func TestPassageCountry(t *testing.T) {
	p := pipeline.New()
	for _, tc := range []struct{ lang, text, form, want string }{
		// The article names Poland more often; the paragraph is about Czechia.
		{"pl", "Rząd Czech przyjął w środę nowy plan szczepień. Minister zdrowia Adam Vojtek powiedział, że program ruszy w marcu.\n\nW Polsce szczepienia trwają od stycznia, a Warszawa chwali się wynikami.",
			"Adam Vojtek", "CZEGOVHLH"},
		{"pl", "Polska i Warszawa czekają. Czeski minister zdrowia Adam Vojtek przedstawił plan.",
			"Adam Vojtek", "CZEGOVHLH"},
		// A city names where the meeting is, not whose company he heads.
		{"pl", "Czechy i Praga czekają. Czeska minister przyleciała rano.\n\nW Warszawie z prezesem spółki Janem Nowackim rozmawiano o gazie.",
			"Jan Nowacki", "CZEBUS"},
		// A state before a verb that acts on the person is the other side
		// of the act, not the person's country: the earlier paragraph's.
		{"pl", "Słowacja i Bratysława czekają na wybory.\n\nRząd Czech skrytykował w środę prezydenta Adama Vojtka.",
			"Adam Vojtek", "SVKGOV"},
		{"en", "Brazil and Brasilia wait for the vote.\n\nThe French government on Monday praised President Jan Novak's offer.",
			"Jan Novak", "BRAGOV"},
		// Nothing before the person names a state: the article's main
		// country, not the state of the other side named after him.
		{"pl", "Premier Polski rozmawiał z Niemcami. Polska czeka, Warszawa też.\n\nMinister zdrowia Jan Nowacki spotkał się w Berlinie z kolegami.",
			"Jan Nowacki", "POLGOVHLH"},
	} {
		d := &doc.Document{Text: tc.text, Lang: tc.lang, Date: "2024-03-10", Source: "test"}
		if err := p.Process(d); err != nil {
			t.Fatal(err)
		}
		got, found := "", false
		for _, e := range d.Entities {
			if e.Name == tc.form {
				got, found = e.Actor, true
			}
		}
		if !found {
			t.Errorf("%q: no entity %q (entities: %v)", tc.text, tc.form, names(d))
		} else if got != tc.want {
			t.Errorf("%q: %q is %q, want %q", tc.text, tc.form, got, tc.want)
		}
	}
}
