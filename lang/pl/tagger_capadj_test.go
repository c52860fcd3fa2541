package pl

import "testing"

// TestCapitalisedAdjectivesInNames: a capitalised word that is an
// adjective in lower case keeps its adjective reading inside a name,
// agreeing in case with its noun, and a name in the nominative stays the
// subject of a past verb (not a surname in the genitive: "Północn").
func TestCapitalisedAdjectivesInNames(t *testing.T) {
	m := DefaultTagger()
	if m == nil {
		t.Fatal("no embedded tagger model")
	}
	tagger := Tagger{Model: m, TagOptions: DefaultTagOptions}
	tests := []tagCase{
		{"Korea Północna przetestowała rakietę balistyczną .", 1, "północny", "adj:sg:nom:f"},
		{"Korea Północna wystrzeliła rakietę w kierunku Japonii .", 1, "północny", "adj:sg:nom:f"},
		{"Korea Południowa potępiła test .", 1, "południowy", "adj:sg:nom:f"},
		{"Macedonia Północna przystąpiła do NATO .", 1, "północny", "adj:sg:nom:f"},
		{"Irlandia Północna wybrała parlament .", 1, "północny", "adj:sg:nom:f"},
		{"Afryka Południowa pozwała Izrael .", 1, "południowy", "adj:sg:nom:f"},
		{"Stany Zjednoczone nałożyły sankcje .", 1, "zjednoczyć", "ppas:pl:nom"},
		{"Zjednoczone Emiraty Arabskie zerwały stosunki .", 2, "arabski", "adj:pl:nom"},
		{"Wielka Brytania wydaliła dyplomatów .", 0, "wielki", "adj:sg:nom:f"},
		{"Rosja zaatakowała Koreę Północną .", 3, "północny", "adj:sg:acc:f"},
		{"Rosja rozmawiała z Koreą Północną .", 4, "północny", "adj:sg:inst:f"},
		{"Minister przyjechał do Korei Północnej .", 4, "północny", "adj:sg:gen:f"},
		{"Minister przyjechał do Irlandii Północnej .", 4, "północny", "adj:sg:gen:f"},
		{"Premier rozmawiał z Nową Zelandią .", 3, "nowy", "adj:sg:inst:f"},
		{"Rosja grozi Stanom Zjednoczonym .", 3, "zjednoczyć", "ppas:pl:dat"},
	}
	checkTags(t, tagger, tests)
}
