package en_test

import (
	"strings"
	"testing"

	"github.com/kronika/kronika/doc"
	"github.com/kronika/kronika/pipeline"
)

// TestAbbreviationSubject: after an abbreviation written with periods
// ("U.S.", "U.N."), which the segmenter splits from its period, the
// tagger still sees the sentence go on, and an -ed word after it in a
// sentence with no other finite verb is that verb; so is one right after
// a name in such a sentence (ner_morph.go nameSubjectVerb), and one right
// after a relative clause between commas that follows the sentence's
// first noun (relativeSubjectVerb).
func TestAbbreviationSubject(t *testing.T) {
	p := pipeline.New()
	for _, tc := range []struct{ text, word, want string }{
		{"The U.S. imposed sanctions on Russia on Monday.", "imposed", "VBD"},
		{"The U.S. Treasury imposed new sanctions on Iran.", "imposed", "VBD"},
		{"The U.N. condemned the attack on the convoy.", "condemned", "VBD"},
		// another finite verb: the participle stays one
		{"The U.S. said the sanctions imposed on Iran were harsh.", "imposed", "VBN"},
		// no abbreviation before it
		{"Sanctions imposed last year remain in force.", "imposed", "VBN"},
		// after a name in a sentence with no finite verb (nameSubjectVerb)
		{"Canada, Britain and the EU imposed sanctions on Belarus.", "imposed", "VBD"},
		{"Britain imposed fresh sanctions on Russian oligarchs on Monday.", "imposed", "VBD"},
		// a finite verb follows: the participle after the name stays one
		{"Russian troops stationed in Belarus left on Monday.", "stationed", "VBN"},
		// right after a relative clause set off by commas after the first
		// noun (relativeSubjectVerb)
		{"Russia, which signed the treaty, attacked Ukraine.", "attacked", "VBD"},
		{"Yesterday Russia, which signed the deal, invaded Ukraine.", "invaded", "VBD"},
		// a passive participle before "by" stays one
		{"Russia, which signed the treaty, backed by China, attacked Ukraine.", "backed", "VBN"},
	} {
		d := &doc.Document{Text: tc.text, Lang: "en", Date: "2024-03-10", Source: "test"}
		if err := p.Process(d); err != nil {
			t.Fatal(err)
		}
		got := ""
		var tags []string
		for _, tok := range d.Tokens {
			f := d.Form(tok.Span)
			tags = append(tags, f+"/"+tok.XPOS)
			if f == tc.word {
				got = tok.XPOS
			}
		}
		if got != tc.want {
			t.Errorf("%q: %q tagged %q, want %q (%s)", tc.text, tc.word, got, tc.want, strings.Join(tags, " "))
		}
	}
}
