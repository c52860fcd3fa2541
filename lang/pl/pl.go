// Package pl holds Kronika's knowledge of Polish: abbreviations, boilerplate
// phrases and morphology. Importing it registers the language "pl".
package pl

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

// New builds the Polish language from its embedded data files. The files are
// part of the binary, so an error in them is a programming error and panics
// (the tests load them too).
func New() *lang.Language {
	abbr, err := lang.ParseAbbrev("lang/pl/abbreviations.tsv", abbreviations)
	if err != nil {
		panic(err)
	}
	bp, err := lang.ParseBoilerplate("lang/pl/boilerplate.tsv", boilerplate)
	if err != nil {
		panic(err)
	}
	tx, err := lang.ParseTimex("lang/pl/timex.tsv", timexWords)
	if err != nil {
		panic(err)
	}
	sp, err := lang.ParseSpeech("lang/pl/speech_verbs.tsv", speechWords)
	if err != nil {
		panic(err)
	}
	return &lang.Language{
		Code:        "pl",
		Name:        "Polish",
		Abbrev:      abbr,
		Boilerplate: bp,
		Timex:       tx,
		Speech:      sp,
		Morph:       analyzer(),
		// Named entities: the NKJP-trained model and demonyms (ner.go).
		NER:           Recognizer(),
		LemmatizeName: nerNameLemma,
	}
}
