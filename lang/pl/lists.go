package pl

import (
	_ "embed"

	"github.com/kronika/kronika/lang"
)

// Word lists of the tagger's passes, the name rules and the name
// lemmatizer, each a data file described at its top (lang.ParseLists).
// They are read when the package is initialised; an error there names the
// file and line and panics, like a broken lang.MustLoad (the package's
// tests read the same files).
var (
	//go:embed data/tagger-words.tsv
	taggerWordsData string
	//go:embed data/ner-words.tsv
	nerWordsData string
	//go:embed data/names.tsv
	namesData string

	taggerWords = mustLists("data/tagger-words.tsv", taggerWordsData, map[string]int{
		"copula": 1, "genitive-verb": 1, "person-noun": 1, "year-word": 1,
		"month-gen": 1, "month": 1, "season": 1, "unit": 2,
		"time-span": 1, "time-after": 1, "time-amount": 1, "label": 1,
	})
	nerWords = mustLists("data/ner-words.tsv", nerWordsData, map[string]int{
		"event-head": 1, "event-cue": 1, "product-cue": 1, "document-head": 1,
	})
	nameWords = mustLists("data/names.tsv", namesData, map[string]int{
		"case-ending": 1, "particle": 1, "abbreviation": 1, "oblique-ending": 1, "nom-ending": 1,
		"lookup-ending": 2, "east-slavic-given": 1, "shared-given": 2, "east-slavic-surname-ending": 1,
	})
)

// mustLists parses one embedded list file of the package.
func mustLists(file, data string, kinds map[string]int) lang.Lists {
	l, err := lang.ParseLists("lang/pl/"+file, data, kinds)
	if err != nil {
		panic(err)
	}
	return l
}

// endings returns the words of list with "-" read as the empty ending.
func endings(l lang.Lists, list string) []string {
	out := l.Words(list)
	for i, e := range out {
		if e == "-" {
			out[i] = ""
		}
	}
	return out
}
