// Package ru holds Kronika's knowledge of Russian: abbreviations,
// boilerplate phrases, time words, speech verbs, names and their base
// forms. Importing it registers the language "ru".
//
// Russian has no morphological dictionary in Kronika: token lemmas stay
// empty, names come from a rule-based recognizer (ner.go) and their base
// forms from suffix rules (lemma.go).
package ru

import (
	"embed"

	"github.com/kronika/kronika/lang"
)

// files are the language's data files (*.tsv beside this file), each
// describing its format at its top.
//
//go:embed *.tsv
var files embed.FS

func init() {
	lang.Register(New())
}

// New builds the Russian language from its embedded data files and
// analyzers.
func New() *lang.Language {
	l := lang.MustLoad("ru", "Russian", files)
	l.NER = Recognizer()
	l.LemmatizeName = nameLemma
	// Base forms of names for the actor base (actors.go).
	l.NameBaseForms, l.BaseFormsOverSurnames = nameBaseForms, true
	l.CombiningForms = combiningForms
	return l
}
