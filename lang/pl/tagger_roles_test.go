package pl

import "testing"

// TestClauseRoles checks the cases clauseRoles settles from the whole
// clause, in sentences written for the test: a noun that can only be
// nominative is the subject, so a nominative-looking noun across the
// verb is the object; of two accusatives the one that agrees with the
// verb is the subject; the noun after a plural verb without a subject is
// that subject; a copula's clause has no object (predicativeClauses).
// The last rows are controls the rules must leave alone.
func TestClauseRoles(t *testing.T) {
	tests := []caseTest{
		// An object put before the verb, its subject after it.
		{"Nowy program przygotowała komisja .", 1, "acc"},
		{"Nowy program przygotowała komisja .", 0, "acc"},
		{"Koncert w parku otworzyła pani burmistrz .", 0, "acc"},
		{"Sprawozdanie przyjęła komisja .", 0, "acc"},
		{"Drugi mecz rozegrają dziś nasi piłkarze .", 1, "acc"},
		{"Szczególne wrażenie na gościach zrobił burmistrz .", 1, "acc"},
		{"Ostatni raport o stanie dróg przedstawił wczoraj wojewoda .", 1, "acc"},
		// Of two accusatives, the one agreeing with the verb.
		{"Udział w turnieju wzięły drużyny z pięciu szkół .", 4, "nom"},
		// A plural verb without a subject: the noun after it.
		{"Otwierają się drzwi .", 2, "nom"},
		{"Wczoraj zebrali się w sali posłowie opozycji .", 5, "nom"},
		// A clause whose only verb is a copula has no object: its
		// adjectives outside noun phrases and its nouns are nominative.
		{"Wyniki zostały już przez komisję opisane .", 5, "nom"},
		{"Zmiany stają się coraz bardziej widoczne .", 5, "nom"},
		{"Najbardziej dotkliwe były najazdy sąsiadów .", 1, "nom"},
		{"Najbardziej dotkliwe były najazdy sąsiadów .", 3, "nom"},
		{"Był tu rok temu .", 2, "acc"},
		// A personal pronoun whose genitive and accusative look alike:
		// negation asks for the genitive, another verb the accusative.
		{"Nie znam go .", 2, "gen"},
		{"Nie było go wtedy w domu .", 2, "gen"},
		{"Potrafię wyrażać siebie .", 2, "acc"},
		{"Reklamy nas zniechęcają .", 1, "acc"},
		{"Stoją blisko siebie .", 2, "gen"},
		// Controls: a subject before the verb, a list, a name in
		// apposition, a dropped subject with its object.
		{"Minister przygotował nowy program .", 3, "acc"},
		{"Minister przygotował nowy program .", 0, "nom"},
		{"Tygodnik „ Polityka ” opisał ten przypadek .", 0, "nom"},
		{"Kupili nowe książki .", 2, "acc"},
		{"Nie zauważyły zmiany .", 2, "gen"},
	}
	checkCases(t, tests, true)
}
