package pl

import "testing"

// TestSentenceStartAndCountryGenitive checks three readings that cost
// events (issue 13): a country opening a sentence keeps its proper-noun
// reading when the common noun of the same spelling is one the corpus
// never uses ("Litwa", not "litwa"), while a common word stays common
// ("Świat", "Rząd"); a verbal noun opening a sentence with its object
// after it is a gerund as it is inside one; and a capitalised country
// genitive after a noun ("prezydent Polski") is the country, not the
// adjective, unless the noun is itself written as part of a name
// ("Narodowy Bank Polski", and at a sentence start, where its capital
// says nothing, "Teatr Polski" or "Rząd Polski" may be either).
func TestSentenceStartAndCountryGenitive(t *testing.T) {
	tests := []struct {
		sentence string
		word     int
		lemma    string
		xpos     string // a prefix of the tag
	}{
		// proper nouns opening a sentence
		{"Litwa podpisała umowę z Łotwą .", 0, "Litwa", "subst:sg:nom:f"},
		{"Ukraina odrzuciła ultimatum .", 0, "Ukraina", "subst:sg:nom:f"},
		{"Chiny wprowadziły cła .", 0, "Chiny", "subst:pl:nom"},
		{"Francja wycofała ambasadora .", 0, "Francja", "subst:sg:nom:f"},
		// common nouns opening a sentence stay common
		{"Świat patrzy na wybory .", 0, "świat", "subst:sg:nom"},
		{"Rząd przyjął projekt ustawy .", 0, "rząd", "subst:sg:nom"},
		{"Ukraina była kiedyś pograniczem .", 0, "Ukraina", "subst:sg:nom:f"},
		// verbal nouns opening a sentence, with an object after them
		{"Aresztowanie dziennikarza wywołało protesty .", 0, "aresztować", "ger:sg:nom"},
		{"Zatrzymanie posła przez policję oburzyło opozycję .", 0, "zatrzymać", "ger:sg:nom"},
		{"Ostrzelanie konwoju potępiło ONZ .", 0, "ostrzelać", "ger:sg:"},
		// an idiom, the start of a name and a name are no gerunds
		{"Zdaniem ekspertów rząd się myli .", 0, "zdanie", "subst:sg:inst"},
		{"Stowarzyszenie Dziennikarzy Polskich potępiło atak .", 0, "stowarzyszenie", "subst:sg:nom"},
		{"Hiszpania Sancheza poparła wniosek .", 0, "Hiszpania", "subst:sg:nom:f"},
		// the country's genitive after a noun
		{"Spotkał się z prezydentem Polski .", 4, "Polska", "subst:sg:gen:f"},
		{"Wczoraj rząd Polski skrytykował decyzję .", 2, "Polska", "subst:sg:gen:f"},
		{"Był ambasadorem Polski w Niemczech .", 2, "Polska", "subst:sg:gen:f"},
		{"Straż graniczna pilnuje granic Polski .", 4, "Polska", "subst:sg:gen:f"},
		{"Władze Wielkopolski ogłosiły przetarg .", 1, "Wielkopolska", "subst:sg:gen:f"},
		// the adjective inside a name, and before a noun it agrees with
		{"Narodowy Bank Polski podniósł stopy .", 2, "polski", "adj:sg:nom:m3"},
		{"Teatr Polski był za mały .", 1, "polski", "adj:sg:nom:m3"},
		{"Polski rząd skrytykował decyzję .", 0, "polski", "adj:sg:nom:m3"},
		{"Rozmawiał z nim po polsku o polskim rządzie .", 6, "polski", "adj:sg:loc:m3"},
	}
	for _, tt := range tests {
		d := sentenceDoc(tt.sentence)
		Analyzer{}.Analyze(d, d.Tokens)
		tok := d.Tokens[tt.word]
		if tok.Lemma != tt.lemma || len(tok.XPOS) < len(tt.xpos) || tok.XPOS[:len(tt.xpos)] != tt.xpos {
			t.Errorf("%q word %d %q: %s %s, want %s %s…", tt.sentence, tt.word, d.Form(tok.Span), tok.Lemma, tok.XPOS, tt.lemma, tt.xpos)
		}
	}
}
