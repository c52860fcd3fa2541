// Package pl holds Kronika's knowledge of Polish: abbreviations, boilerplate
// phrases, time words, speech verbs, morphology and names. Importing it
// registers the language "pl".
package pl

import (
	"embed"

	"github.com/kronika/kronika/lang"
)

// files are the language's data files (*.tsv beside this file), each
// describing its format at its top.
//
//go:embed *.tsv data/events.tsv data/event-cues.tsv
var files embed.FS

func init() {
	lang.Register(New())
}

// New builds the Polish language from its embedded data files and analyzers.
func New() *lang.Language {
	l := lang.MustLoad("pl", "Polish", files)
	l.Morph = analyzer()
	// Named entities: the NKJP-trained model and demonyms (ner.go).
	l.NER = Recognizer()
	l.LemmatizeName = nerNameLemma
	// Noun phrases and verb groups for the event coder (phrases.go).
	l.Phrases = chunker{}
	// What the NKJP tags say beyond the UD features (xpos.go).
	l.XPOSTense, l.XPOSInfinitive = xposTense, xposInfinitive
	// Base forms of names and plurals of demonyms for the actor base
	// (actors.go).
	l.NameBaseForms, l.DemonymPlurals = nameBaseForms, demonymPlurals
	// East Slavic names in Polish transcription, romanized as the base
	// romanizes Cyrillic (romanize.go).
	l.Romanize = romanize
	l.CombiningForms = combiningForms
	return l
}
