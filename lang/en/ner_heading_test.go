package en_test

import (
	"sort"
	"strings"
	"testing"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/pipeline"
)

// TestHeadingRunIn: a heading the text ran into the sentence after it
// joins no name of that sentence: a listed name before a word the article
// wrote as a person's last name parts from it, and a sentence adverb
// ends a name (ner_classify.go, stop.txt); a name written before as it is
// stays whole.
func TestHeadingRunIn(t *testing.T) {
	p := pipeline.New()
	for _, tc := range []struct{ text, want string }{
		{"Japan's new prime minister, Shigeru Ishiba, took office. Asian NATO Ishiba's call for an alliance stems from doubts.",
			"GPE Japan | ORG NATO | PERSON Shigeru Ishiba"},
		{"Haitian President Jovenel Moise spoke. Reaction from President Moise Shortly before the briefing, Moise tweeted.",
			"NORP Haitian | PERSON Jovenel Moise"},
		{"Ivo Daalder spoke at the Atlantic Council on Monday. The Atlantic Council said the alliance holds.",
			"ORG Atlantic Council | PERSON Ivo Daalder"},
	} {
		d := &doc.Document{Text: tc.text, Lang: "en", Date: "2024-05-10"}
		if err := p.Process(d); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range d.Entities {
			got = append(got, e.Type+" "+e.Name)
		}
		sort.Strings(got)
		if g := strings.Join(got, " | "); g != tc.want {
			t.Errorf("%s\n  got  %q\n  want %q", tc.text, g, tc.want)
		}
	}
}
