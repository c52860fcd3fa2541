package timex_test

import (
	"strings"
	"testing"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/pipeline"
)

// times runs the pipeline up to the times stage, as extract does, so that
// verbs carry the tags their tense is read from, and writes the times as
// "text=value" joined by "; ".
func times(t *testing.T, p *pipeline.Pipeline, code, date, text string) string {
	d := &doc.Document{Text: text, Lang: code, Date: date}
	if err := p.Process(d); err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, tm := range d.Times {
		out = append(out, d.Text[tm.Start:tm.End]+"="+tm.Value)
	}
	return strings.Join(out, "; ")
}

// TestNewUserErrors: the dates issue 17 found wrong on first use — a
// range that ends before it starts, a future date put in the past year,
// and a deictic word inside a quotation about an earlier day.
func TestNewUserErrors(t *testing.T) {
	p := pipeline.New()
	p.Until = "times"
	for _, tc := range []struct{ lang, date, text, want string }{
		// Ranges: the end follows the start (2024-03-13 is a Wednesday).
		{"pl", "2024-03-13", "Wybory odbędą się od poniedziałku do środy.", "poniedziałku=2024-03-18; środy=2024-03-20"},
		{"en", "2024-03-12", "The summit will run from Monday to Wednesday.", "Monday=2024-03-18; Wednesday=2024-03-20"},
		{"pl", "2024-12-10", "Ferie potrwają od 27 grudnia do 3 stycznia.", "27 grudnia=2024-12-27; 3 stycznia=2025-01-03"},
		// A range in the past stays as it was.
		{"en", "2024-03-15", "The talks ran from Monday to Wednesday.", "Monday=2024-03-11; Wednesday=2024-03-13"},
		// A participle takes the tense of its auxiliary.
		{"en", "2024-03-12", "Elections will be held on October 15.", "October 15=2024-10-15"},
		{"en", "2024-11-12", "Elections were held on October 15.", "October 15=2024-10-15"},
		{"en", "2024-03-12", "The vote is expected on October 15.", "October 15=2024-10-15"},
		// "dziś" inside a quotation dated by the sentence.
		{"pl", "2024-03-13", "„Dziś jesteśmy w Kijowie” – wspominał swoją wizytę z 2022 roku.", "Dziś=2022; 2022 roku=2022"},
		{"pl", "2024-03-13", "„Dziś jesteśmy w Kijowie” – powiedział minister.", "Dziś=2024-03-13"},
		{"en", "2024-03-13", "\"Today we are in Kyiv,\" he said of his visit in May 2022.", "Today=2022-05; May 2022=2022-05"},
		// A dash quotation, the usual Polish and Russian way of quoting,
		// dated after its closing dash (2026-12-07 is a Monday).
		{"pl", "2026-12-07", "– Dziś rozmawiałem z prezydentem o dostawach broni – mówił minister w czwartek.", "Dziś=2026-12-03; czwartek=2026-12-03"},
		{"pl", "2026-12-07", "– Dziś rozmawiałem z prezydentem – powiedział minister.", "Dziś=2026-12-07"},
		{"ru", "2026-12-07", "— Сегодня мы в Киеве, — говорил министр во время визита 3 декабря.", "Сегодня=2026-12-03; 3 декабря=2026-12-03"},
		// A dash that does not open the sentence quotes nothing.
		{"pl", "2026-12-07", "Minister – jak mówił dziś – był w Kijowie 3 grudnia.", "dziś=2026-12-07; 3 grudnia=2026-12-03"},
	} {
		if got := times(t, p, tc.lang, tc.date, tc.text); got != tc.want {
			t.Errorf("%s %s %q:\n got %s\nwant %s", tc.lang, tc.date, tc.text, got, tc.want)
		}
	}
}

// TestNoWordsTakenForTimes: words that begin like a weekday, or whose
// lemma is a verb's spelled like a season, are no times — "środowisko"
// (environment), "piątka" (a five), "falling" (lemma "fall", autumn) —
// nor are several units after a shift ("in the coming years"), while
// the weekday adjectives and a single unit stay times.
func TestNoWordsTakenForTimes(t *testing.T) {
	p := pipeline.New()
	p.Until = "times"
	for _, tc := range []struct{ lang, date, text, want string }{
		{"pl", "2018-07-20", "Spółka złożyła raport o oddziaływaniu na środowisko.", ""},
		{"pl", "2018-07-20", "Raport środowiskowy dotyczy budowy gazociągu.", ""},
		{"pl", "2018-07-20", "Wielka piątka podpisała porozumienie.", ""},
		{"pl", "2018-07-20", "Środowe spotkanie i piątkowe rozmowy odbyły się w Berlinie.", "Środowe=2018-07-18; piątkowe=2018-07-20"},
		{"pl", "2018-07-20", "W piątku rozmowy trwały do wieczora.", "piątku=2018-07-20"},
		{"en", "2025-03-12", "Stocks rose after falling by 2 points on Monday.", "Monday=2025-03-10"},
		// a shift before a plural unit is a stretch of several, no
		// calendar unit; the singular stays one
		{"en", "2024-07-10", "Renewables are expected to surge in the coming years.", ""},
		{"en", "2024-07-10", "Firefighters have in previous years battled blazes in Canada.", ""},
		{"pl", "2024-07-10", "W ubiegłych latach Rosja atakowała Ukrainę.", ""},
		{"en", "2024-07-10", "Russia attacked Ukraine last year.", "last year=2023"},
	} {
		if got := times(t, p, tc.lang, tc.date, tc.text); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestProgressiveArrangement: a present progressive with a weekday or a
// month of its own tells of an arrangement still to come; the past
// progressive, an attribute and a point of reference after "after" do
// not (2024-07-10 is a Wednesday).
func TestProgressiveArrangement(t *testing.T) {
	p := pipeline.New()
	p.Until = "times"
	for _, tc := range []struct{ lang, date, text, want string }{
		{"en", "2024-07-10", "The ministers are meeting on Friday to discuss sanctions.", "Friday=2024-07-12"},
		{"en", "2024-07-10", "Russia is holding elections in September.", "September=2024-09"},
		{"en", "2024-07-10", "Protesters were marching on Friday.", "Friday=2024-07-05"},
		{"en", "2024-07-10", "Ankara is threatening retaliation after Friday's vote.", "Friday's=2024-07-05"},
		{"en", "2024-07-10", "Ankara is threatening retaliation after the vote on Friday.", "Friday=2024-07-05"},
		{"en", "2024-07-10", "Encouraged by the reception in January, China's leaders are going all out.", "January=2024-01"},
	} {
		if got := times(t, p, tc.lang, tc.date, tc.text); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestWeekdayYears: in an undated text, a date that names its weekday
// takes the year, next to the latest year the text names, in which it
// falls on that weekday; without such a year it stays without one, as
// does a date without a weekday.
func TestWeekdayYears(t *testing.T) {
	p := pipeline.New()
	p.Until = "times"
	for _, tc := range []struct{ lang, date, text, want string }{
		{"pl", "", "We wtorek, 7 grudnia odbyło się spotkanie. Inwazja może nastąpić w 2022 roku.", "wtorek, 7 grudnia=2021-12-07; 2022 roku=2022"},
		{"en", "", "The leaders met on Tuesday, December 7. An invasion may come in 2022.", "Tuesday, December 7=2021-12-07; 2022=2022"},
		{"pl", "", "We wtorek, 7 grudnia odbyło się spotkanie.", "wtorek, 7 grudnia=XXXX-12-07"},
		{"pl", "", "7 grudnia odbyło się spotkanie. Inwazja może nastąpić w 2022 roku.", "7 grudnia=XXXX-12-07; 2022 roku=2022"},
		// a year long past says little of the text's own
		{"pl", "", "W środę 31 października sąd uniewinnił kobietę skazaną w 2010 roku.", "środę 31 października=XXXX-10-31; 2010 roku=2010"},
		// a dated text keeps its own reading
		{"pl", "2021-12-08", "We wtorek, 7 grudnia odbyło się spotkanie.", "wtorek, 7 grudnia=2021-12-07"},
	} {
		if got := times(t, p, tc.lang, tc.date, tc.text); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.text, got, tc.want)
		}
	}
}
