// Package en holds Kronika's knowledge of English: abbreviations,
// boilerplate phrases, time words, speech verbs, lemmas and names.
// Importing it registers the language "en".
package en

import (
	"embed"

	"github.com/kronika/kronika/lang"
)

// files are the language's data files (*.tsv beside this file), each
// describing its format at its top.
//
//go:embed *.tsv data/events.tsv data/event-cues.tsv
var files embed.FS

// fallbackVerbs is PETRARCH2's CAMEO verb dictionary (MIT, see NOTICE),
// the event coder's fallback for lead sentences events.tsv codes nothing
// in (lang.EventLexicon.Fallback).
//
//go:generate ../../scripts/en-fallback.sh
//go:embed data/petrarch-verbs.txt
var fallbackVerbs []byte

func init() {
	lang.Register(New())
}

// New builds the English language from its embedded data files and analyzers.
func New() *lang.Language {
	l := lang.MustLoad("en", "English", files)
	triggers.CompareAndSwap(nil, l.Events) // the lemma lexicon's trigger heads (eventlemmas.go)
	// Gerunds of the trigger verbs as nouns: "the jailing of" (eventderive.go).
	l.Events = withGerunds(l.Events)
	l.Events.Fallback, l.Events.FallbackName = fallbackVerbs, "lang/en/data/petrarch-verbs.txt"
	// Parts of speech (our tagger on prose's converted weights, postag.go)
	// and lemmas (ner_morph.go).
	l.Morph = analyzer()
	// Named entities: rule-based recognizer and word lists (ner*.go).
	l.NER = Recognizer()
	l.LemmatizeName = nameLemma
	// Plurals of nationality nouns for the actor base (demonyms.go).
	l.DemonymPlurals = demonymPlurals
	l.CombiningForms = combiningForms
	// Noun phrases and verb groups for the event coder (phrases.go).
	l.Phrases = chunker{}
	return l
}
