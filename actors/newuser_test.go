package actors_test

import (
	"strings"
	"testing"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/pipeline"
)

// TestNewUserTexts runs the whole pipeline, as `kronika extract` does, on
// short articles written for this test in Polish, English and Russian
// about the offices the base covers systematically (interior ministers,
// central bank heads, parties, regional governments), and on people it
// does not know, and checks what a user reads in the output: the entity
// a mention belongs to, its type, canonical name and actor code.
func TestNewUserTexts(t *testing.T) {
	p := pipeline.New()
	type want struct{ mention, typ, canonical, actor string }
	for _, tc := range []struct {
		lang, date, text string
		want             []want
	}{
		{"pl", "2025-09-12", "Minister spraw wewnętrznych Marcin Kierwiński spotkał się w poniedziałek z szefem MSW Ukrainy Ihorem Kłymenką.", []want{
			{"Marcin Kierwiński", "PERSON", "Marcin Kierwiński", "POLGOVCOP"},
			{"Ihorem Kłymenką", "PERSON", "Ihor Klymenko", "UKRGOVCOP"},
			{"MSW Ukrainy", "ORG", "Ministry of Internal Affairs of Ukraine", "UKRGOVCOP"},
		}},
		{"pl", "2025-03-05", "Lublin. Wojewoda lubelski Krzysztof Komorski i poseł Łukasz Mejza przyjechali w środę na granicę.", []want{
			{"Krzysztof Komorski", "PERSON", "Krzysztof Komorski", "POLGOV"},
			{"Łukasz Mejza", "PERSON", "Łukasz Mejza", "POLLEG"},
		}},
		{"pl", "2024-03-05", "Posłowie Die Linke i Sojuszu Sahry Wagenknecht głosowali przeciw. Prezes Bundesbanku Joachim Nagel ostrzegł przed recesją.", []want{
			{"Die Linke", "ORG", "The Left", "DEUPTY"},
			{"Sojuszu Sahry Wagenknecht", "ORG", "Sahra Wagenknecht Alliance", "DEUPTY"},
			{"Joachim Nagel", "PERSON", "Joachim Nagel", "DEUBUS"},
		}},
		{"pl", "2025-03-05", "Rosyjski gubernator Aleksiej Smirnow powiedział w środę, że ostrzał trwał całą noc.", []want{
			{"Aleksiej Smirnow", "PERSON", "Aleksey Smirnov", "RUSGOV"},
		}},
		{"ru", "2025-03-05", "Губернатор Алексей Смирнов заявил в среду, что обстрел продолжался всю ночь.", []want{
			{"Алексей Смирнов", "PERSON", "Aleksey Smirnov", ""},
		}},
		{"ru", "2024-08-10", "Губернатор Курской области Алексей Смирнов заявил в субботу, что обстрел продолжался всю ночь.", []want{
			{"Курской области", "GPE", "Kursk Oblast", "RUS"},
			{"Алексей Смирнов", "PERSON", "Aleksey Smirnov", "RUSGOV"},
		}},
		// First-level divisions: one English canonical name in every
		// language, the country as actor.
		{"en", "2024-08-10", "Russian drones struck Kharkiv Oblast overnight, and the governor of Belgorod Oblast reported damage in Bavaria's twin towns.", []want{
			{"Kharkiv Oblast", "GPE", "Kharkiv Oblast", "UKR"},
			{"Belgorod Oblast", "GPE", "Belgorod Oblast", "RUS"},
		}},
		{"ru", "2024-08-10", "В Запорожской области объявлена воздушная тревога, сообщили власти.", []want{
			{"Запорожской области", "GPE", "Zaporizhzhia Oblast", "UKR"},
		}},
		{"pl", "2024-08-10", "Powódź dotknęła Dolną Saksonię, a w województwie śląskim ogłoszono alarm.", []want{
			{"Dolną Saksonię", "GPE", "Lower Saxony", "DEU"},
		}},
		// Capitals and states in their cases, whatever the recognizer read.
		{"pl", "2025-03-05", "Premier przyleciał w poniedziałek do Zagrzebia, a eksperci od lat przyglądają się Katarowi.", []want{
			{"Zagrzebia", "GPE", "Zagreb", "HRV"},
			{"Katarowi", "GPE", "Qatar", "QAT"},
		}},
		// A foreign name transcribed by its sounds.
		{"ru", "2019-03-05", "Глава МИД Германии Хайко Мас и посол США Ричард Гренель встретились в Берлине.", []want{
			{"Хайко Мас", "PERSON", "Heiko Maas", "DEUGOV"},
			{"Ричард Гренель", "PERSON", "Richard Grenell", "USAGOV"},
		}},
		// Two institutions the recognizer read as one name.
		{"pl", "2025-03-05", "Skargę rozpatrzył Naczelny Sąd Administracyjny i Rzecznik Praw Obywatelskich.", []want{
			{"Naczelny Sąd Administracyjny", "ORG", "Supreme Administrative Court of Poland", "POLJUD"},
			{"Rzecznik Praw Obywatelskich", "ORG", "Ombudsman of Poland", "POLGOVHRI"},
		}},
		{"pl", "2024-08-10", "Gubernator obwodu biełgorodzkiego Wiaczesław Gładkow powiedział, że w nocy trwał ostrzał.", []want{
			{"Wiaczesław Gładkow", "PERSON", "Vyacheslav Gladkov", ""},
		}},
		{"ru", "2024-03-05", "Глава МВД Владимир Колокольцев и председатель ЦБ Эльвира Набиуллина выступили в Думе.", []want{
			{"Владимир Колокольцев", "PERSON", "Vladimir Kolokoltsev", "RUSGOVCOP"},
			{"Эльвира Набиуллина", "PERSON", "Elvira Nabiullina", "RUSBUS"},
			{"ЦБ", "ORG", "Bank of Russia", "RUSBUS"},
		}},
		{"en", "2024-03-05", "Bank of England Governor Andrew Bailey said on Tuesday that inflation was falling.", []want{
			{"Bank of England", "ORG", "Bank of England", "GBRBUS"},
			{"Andrew Bailey", "PERSON", "Andrew Bailey", "GBRBUS"},
		}},
		{"en", "2024-03-05", "Ministry of Defence Spokesman Igor Konashenkov said the National Bank of Ukraine Governor Andriy Pyshnyy was wrong.", []want{
			{"Ministry of Defence", "ORG", "", ""},
			{"Igor Konashenkov", "PERSON", "", ""},
			{"National Bank of Ukraine", "ORG", "National Bank of Ukraine", "UKRBUS"},
			{"Andriy Pyshnyy", "PERSON", "Andriy Pyshnyy", "UKRBUS"},
		}},
		// One person, two offices: the article's date chooses.
		{"en", "2015-06-10", "Mark Carney said rates would stay low in Britain.", []want{
			{"Mark Carney", "PERSON", "Mark Carney", "GBRBUS"},
		}},
		{"en", "2025-06-10", "Mark Carney said Canada would answer the tariffs.", []want{
			{"Mark Carney", "PERSON", "Mark Carney", "CANGOV"},
		}},
		{"en", "2017-06-10", "Home Secretary Amber Rudd visited Manchester on Saturday.", []want{
			{"Amber Rudd", "PERSON", "Amber Rudd", "GBRGOVCOP"},
		}},
	} {
		d := &doc.Document{Text: tc.text, Lang: tc.lang, Date: tc.date, Source: "test"}
		if err := p.Process(d); err != nil {
			t.Fatal(err)
		}
		for _, w := range tc.want {
			var found *doc.Entity
			for i, e := range d.Entities {
				for _, m := range e.Mentions {
					if d.Text[m.Start:m.End] == w.mention {
						found = &d.Entities[i]
					}
				}
			}
			if found == nil {
				var got []string
				for _, e := range d.Entities {
					got = append(got, e.Type+" "+e.Name)
				}
				t.Errorf("%s: no mention %q in %q (entities: %s)", tc.lang, w.mention, tc.text, strings.Join(got, "; "))
				continue
			}
			if found.Type != w.typ || w.canonical != "" && found.Canonical != w.canonical || w.actor != "" && found.Actor != w.actor {
				t.Errorf("%s: %q is %s %q (%s), want %s %q (%s)", tc.lang, w.mention, found.Type, found.Canonical, found.Actor, w.typ, w.canonical, w.actor)
			}
		}
	}
}
