package pl

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestRomanize: Polish transcriptions of Russian, Ukrainian and
// Belarusian names are given their BGN/PCGN form (what actors.LatinName
// makes of the Cyrillic); names that do not start with an East Slavic
// given name stay as written.
func TestRomanize(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Siergiej Ławrow", "Sergey Lavrov"},
		{"Dmitrij Pieskow", "Dmitriy Peskov"},
		{"Jewgienij Prigożyn", "Yevgeniy Prigozhin"},
		{"Aleksiej Nawalny", "Aleksey Navalnyy"},
		{"Michaił Gorbaczow", "Mikhail Gorbachev"},
		{"Nikołaj Patruszew", "Nikolay Patrushev"},
		{"Marija Zacharowa", "Mariya Zakharova"},
		{"Jelena Jeriomina", "Yelena Yeremina"},
		{"Wiaczesław Wołodin", "Vyacheslav Volodin"},
		{"Swietłana Tichanowska", "Svetlana Tikhanovskaya"},
		{"Ilja Jaszyn", "Ilya Yashin"},
		{"Artiom Fiodorow", "Artem Fedorov"},
		{"Natalja Poklonska", "Natalya Poklonskaya"},
		{"Giennadij Ziuganow", "Gennadiy Zyuganov"},
		{"Władimir Żyrinowski", "Vladimir Zhirinovskiy"},
		{"Ramzan Kadyrow", ""}, // not a given name of the list
		// Ukrainian, as the 1965 system writes it.
		{"Ołeksandr Syrski", "Oleksandr Syrskiy"},
		{"Mychajło Podolak", "Mykhaylo Podolyak"},
		{"Serhij Szefir", "Serhiy Shefir"},
		{"Tetiana Kobolew", "Tetyana Kobolev"},
		{"Kyryło Budanow", "Kyrylo Budanov"},
		// A surname the lemmatizer read as Polish ("Durowem" → "Durów").
		{"Siergiej Durów", "Sergey Durov"},
		// A given name Polish shares, before an East Slavic surname.
		{"Paweł Durow", "Pavel Durov"},
		{"Borys Gryzłow", "Boris Gryzlov"},
		{"Olga Skabiejewa", "Olga Skabeyeva"},
		{"Aleksander Nowak", ""}, // a Polish surname
		{"Paweł Kowal", ""},
		{"Piotr Nowak Durow", ""}, // three words: no sign which are transcribed
		// Polish names: no sign of a transcription.
		{"Piotr Nowak", ""},
		{"Wiktor Szewczuk", ""},
		{"Borys Budka", ""},
		{"Siergiej", ""},
		{"Сергей Лавров", ""},
		{"", ""},
	} {
		if got := romanize(tc.in); got != tc.want {
			t.Errorf("romanize(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// FuzzRomanize: any name, however malformed, gives valid UTF-8 and never
// panics; a name that is romanized keeps its number of words.
func FuzzRomanize(f *testing.F) {
	for _, s := range []string{"Siergiej Ławrow", "Jurij -", "Ilja ", "Dmitrij Ą-ż", "Oleg \xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		got := romanize(name)
		if !utf8.ValidString(got) && utf8.ValidString(name) {
			t.Errorf("romanize(%q) = %q: not UTF-8", name, got)
		}
		if got != "" && len(strings.Fields(got)) != len(strings.Fields(name)) {
			t.Errorf("romanize(%q) = %q: words differ", name, got)
		}
	})
}
