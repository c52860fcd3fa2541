package events_test

import (
	"strings"
	"testing"

	"github.com/kronika/kronika/pipeline"
)

// TestEnglishLabour: English labour nouns ("union", "workers", "nurses",
// "dockworkers") are LAB of the story's country, as Polish ones are; a
// strike with no addressee is against the employer the text names
// (en_employer.go), else the workers' government.
func TestEnglishLabour(t *testing.T) {
	cases := []textCase{
		// no employer named: the government of the story's country
		{"Kenya raised fuel taxes last week. The union announced a strike.", "PROTEST KENLAB>KENGOV"},
		{"Kenya raised fuel taxes last week. Teachers went on strike against the government.", "PROTEST KENEDU>KENGOV"},
		{"Kenya raised fuel taxes last week. Dockworkers went on strike.", "PROTEST KENLAB>KENGOV"},
		{"Kenya raised fuel taxes last week. The miners' union called a strike.", "PROTEST KENLAB>KENGOV"},
		// the employer named with the workers, after them, at the strike
		{"In France, Renault workers went on strike.", "PROTEST FRALAB>FRABUS"},
		{"In France, Renault's workers went on strike.", "PROTEST FRALAB>FRABUS"},
		{"In France, workers of Renault went on strike.", "PROTEST FRALAB>FRABUS"},
		{"In Germany, pilots at Lufthansa went on strike.", "PROTEST DEULAB>DEUBUS"},
		{"In Germany, the pilots' union called a strike at Lufthansa.", "PROTEST DEULAB>DEUBUS"},
		// the one company of the sentence
		{"Lufthansa cancelled flights in Germany because pilots went on strike.", "PROTEST DEULAB>DEUBUS"},
		// a company named after the strike is another story
		{"In France, teachers went on strike as Renault reported record profits.", "PROTEST FRAEDU>FRAGOV"},
		// a company's own people who are no workers strike at no employer
		{"In France, Renault's chief executive went on strike.", "PROTEST FRABUS>FRAGOV"},
	}
	p := pipeline.New()
	for _, tc := range cases {
		d := code(t, p, "en", " date 2024-07-10\n"+tc.text+"\n")
		if g := strings.Join(describeActors(d), "; "); g != tc.want {
			t.Errorf("%q: events %q, want %q", tc.text, g, tc.want)
		}
	}
}
