package en_test

import (
	"testing"

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
		if g := entityList(t, p, tc.text, typeAndName); g != tc.want {
			t.Errorf("%s\n  got  %q\n  want %q", tc.text, g, tc.want)
		}
	}
}
