// Package en holds Kronika's knowledge of English: abbreviations and
// boilerplate phrases. Importing it registers the language "en".
package en

import (
	_ "embed"

	"github.com/kronika/kronika/lang"
)

var (
	//go:embed abbreviations.tsv
	abbreviations string
	//go:embed boilerplate.tsv
	boilerplate string
	//go:embed timex.tsv
	timexWords string
	//go:embed speech_verbs.tsv
	speechWords string
)

func init() {
	lang.Register(New())
}

// New builds the English language from its embedded data files. The files are
// part of the binary, so an error in them is a programming error and panics
// (the tests load them too).
func New() *lang.Language {
	abbr, err := lang.ParseAbbrev("lang/en/abbreviations.tsv", abbreviations)
	if err != nil {
		panic(err)
	}
	bp, err := lang.ParseBoilerplate("lang/en/boilerplate.tsv", boilerplate)
	if err != nil {
		panic(err)
	}
	tx, err := lang.ParseTimex("lang/en/timex.tsv", timexWords)
	if err != nil {
		panic(err)
	}
	sp, err := lang.ParseSpeech("lang/en/speech_verbs.tsv", speechWords)
	if err != nil {
		panic(err)
	}
	return &lang.Language{
		Code:        "en",
		Name:        "English",
		Abbrev:      abbr,
		Boilerplate: bp,
		Timex:       tx,
		Speech:      sp,
		// Parts of speech (prose's tagger) and lemmas (ner_morph.go).
		Morph: analyzer(),
		// Named entities: rule-based recognizer and word lists (ner*.go).
		NER:           Recognizer(),
		LemmatizeName: nameLemma,
	}
}
