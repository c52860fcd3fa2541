package timex_test

import (
	"testing"

	"github.com/kronika/kronika/pipeline"
)

// TestTenseDirection: a weekday, a weekend or a month without a year is
// resolved forward or back by the tense of the verb of its own clause; an
// infinitive after a verb in the present (a plan, a duty) looks forward;
// coordinated days share their month. 2024-07-10 is a Wednesday.
func TestTenseDirection(t *testing.T) {
	p := pipeline.New()
	p.Until = "times"
	for _, tc := range []struct{ lang, text, want string }{
		{"pl", "W piątek premier spotkał się z prezydentem.", "piątek=2024-07-05"},
		{"pl", "W piątek premier spotka się z prezydentem.", "piątek=2024-07-12"},
		{"pl", "We wrześniu premier odwiedził Kijów.", "wrześniu=2023-09"},
		{"pl", "We wrześniu premier odwiedzi Kijów.", "wrześniu=2024-09"},
		// a plan: a present-tense verb with an infinitive
		{"pl", "Premier ma odwiedzić Kijów w sobotę.", "sobotę=2024-07-13"},
		{"pl", "Premier planuje odwiedzić Kijów w sobotę.", "sobotę=2024-07-13"},
		{"pl", "W sobotę premier zamierza odwiedzić Kijów.", "sobotę=2024-07-13"},
		{"en", "The prime minister is set to visit Kyiv on Friday.", "Friday=2024-07-12"},
		{"en", "The prime minister plans to visit Kyiv on Friday.", "Friday=2024-07-12"},
		// …but not a plan told in the past
		{"pl", "Premier musiał odwołać wizytę w sobotę.", "sobotę=2024-07-06"},
		// the verb of the expression's own clause, not one of the clause
		// around it
		{"en", "The minister, who visited Kyiv on Monday, will travel to Warsaw on Friday.", "Monday=2024-07-08; Friday=2024-07-12"},
		{"pl", "Premier, który w poniedziałek odwiedził Kijów, w piątek poleci do Warszawy.", "poniedziałek=2024-07-08; piątek=2024-07-12"},
		{"pl", "Premier w piątek poleci do Warszawy, którą odwiedził w poniedziałek.", "piątek=2024-07-12; poniedziałek=2024-07-08"},
		// …nor past a word that opens a subordinate clause
		{"en", "The premier said during a visit to Kyiv in September that he would urge Warsaw to act.", "September=2023-09"},
		{"pl", "Premier, który w grudniu pojedzie do Kijowa, spotkał się z prezydentem.", "grudniu=2024-12"},
		// a perfect tells of the past
		{"en", "The North has conducted 13 rounds of missile tests since December.", "December=2023-12"},
		{"en", "The minister has already visited Kyiv in December.", "December=2023-12"},
		{"en", "The minister is expected in Kyiv in December.", "December=2024-12"},
		// a clause without a verb of its own takes the tense around it
		{"en", "On Friday, the minister said, the talks ended.", "Friday=2024-07-05"},
		// a weekend named alone is the last one for a past act and the
		// next one for a future act; two days that share one month name
		// are two days of that month
		{"pl", "W weekend premier odwiedził Kijów.", "weekend=2024-W27-WE"},
		{"pl", "W weekend premier odwiedzi Kijów.", "weekend=2024-W28-WE"},
		{"en", "The minister visited Kyiv over the weekend.", "weekend=2024-W27-WE"},
		{"en", "The minister will visit Kyiv at the weekend.", "weekend=2024-W28-WE"},
		{"pl", "Premier odwiedził Kijów 8 i 9 lipca.", "8=2024-07-08; 9 lipca=2024-07-09"},
		{"pl", "Premier odwiedzi Kijów między 15 a 17 lipca.", "15=2024-07-15; 17 lipca=2024-07-17"},
		{"en", "The minister visited Kyiv on July 8 and 9.", "July 8=2024-07-08; 9=2024-07-09"},
		// a number after "and" that is no day
		{"en", "Russia attacked Kyiv on July 8 and 9 people died.", "July 8=2024-07-08"},
		{"pl", "Zginęło 8 i 9 osób.", ""},
	} {
		if got := times(t, p, tc.lang, "2024-07-10", tc.text); got != tc.want {
			t.Errorf("%s %q:\n got %s\nwant %s", tc.lang, tc.text, got, tc.want)
		}
	}
}
