package segment_test

import (
	"fmt"

	"github.com/kronika/kronika/lang"
	"github.com/kronika/kronika/segment"
)

func ExampleText() {
	// A language needs only its abbreviations to be segmented; the
	// registered languages (lang/pl, lang/en) load theirs from their
	// abbreviations.tsv.
	abbr, err := lang.ParseAbbrev("example", "np\tinner\nr\tfinal\n")
	if err != nil {
		panic(err)
	}
	pl := &lang.Language{Code: "pl", Abbrev: abbr}

	d := segment.Text("Umowy z 1961 r. zastąpiono np. nową. – Podpisane dziś porozumienie zapewnia pomoc. Nie wyklucza współpracy – mówił Putin.", pl)
	for _, s := range d.Sentences {
		fmt.Printf("%q\n", d.Text[s.Start:s.End])
		for _, t := range d.Tokens[s.FirstToken:s.EndToken] {
			fmt.Printf(" %s/%s", d.Form(t.Span), t.Kind)
		}
		fmt.Println()
	}
	// Output:
	// "Umowy z 1961 r. zastąpiono np. nową."
	//  Umowy/word z/word 1961/number r/word ./punct zastąpiono/word np/word ./punct nową/word ./punct
	// "– Podpisane dziś porozumienie zapewnia pomoc."
	//  –/punct Podpisane/word dziś/word porozumienie/word zapewnia/word pomoc/word ./punct
	// "Nie wyklucza współpracy – mówił Putin."
	//  Nie/word wyklucza/word współpracy/word –/punct mówił/word Putin/word ./punct
}
