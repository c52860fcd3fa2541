package pl

import "testing"

// TestAccusativeObjects checks the case of a noun after a verb whose
// accusative and genitive look alike, in sentences tagged by the default
// analyzer: the object of a verb is accusative, unless negation, a verb
// that takes the genitive, a numeral or a noun before it asks for the
// genitive.
func TestAccusativeObjects(t *testing.T) {
	tests := []caseTest{
		{"Chłopiec karmi psa .", 2, "acc"},
		{"Policja zatrzymała wczoraj złodziei .", 3, "acc"},
		{"Rybak wyciąga sieć i ryby .", 4, "acc"},
		{"Trener uspokaja zawodników .", 2, "acc"},
		{"Nie widział psa .", 2, "gen"},
		{"Szuka psa od rana .", 1, "gen"},
		{"Widzę dom sąsiada .", 2, "gen"},
		{"Kupił pięć kotów .", 2, "gen"},
		{"Ceny ryby wzrosły .", 1, "gen"},
		// A dative or a person clitic between the verb and its object;
		// a reflexive verb after the clitic keeps the genitive.
		{"Obiecał emerytom dopłaty do leków .", 2, "acc"},
		{"Poprosiła m ambasadora o pomoc .", 2, "acc"},
		{"Dobudził em się mojej żony .", 4, "gen"},
	}
	checkCases(t, tests, false)
}

// TestVerblessClauses checks that the nouns and adjectives of a clause
// without a verb (a caption, a heading) are nominative, that a verb keeps
// its object, and that a comma between adjectives does not end a clause.
func TestVerblessClauses(t *testing.T) {
	tests := []caseTest{
		{"Nowy most nad rzeką .", 1, "nom"},
		{"Nowy most nad rzeką .", 0, "nom"},
		{"Ubrany na czarno .", 0, "nom"},
		{"Zbudowali nowy most .", 2, "acc"},
		{"Widzieli most nad rzeką .", 1, "acc"},
		// A second nominative before the verb that cannot be its subject,
		// a noun after a verb whose subject is an adjective.
		{"Inwestorzy pomysł ten zwalczali .", 1, "acc"},
		{"Mała prezentuje swój repertuar .", 3, "acc"},
		// A comma between adjectives does not end the clause.
		{"Chłopiec siedzi na gitarze , mając przed sobą kolorowy , plastikowy mikrofon .", 11, "acc"},
		{"Chłopiec siedzi na gitarze , mając przed sobą kolorowy , plastikowy mikrofon .", 8, "acc"},
	}
	checkCases(t, tests, false)
}

// TestGenitiveSubjects checks that a noun before a verb it agrees with is
// its nominative subject, and that a genitive after a noun or a
// preposition, or before a verb that has its subject, stays genitive.
func TestGenitiveSubjects(t *testing.T) {
	tests := []caseTest{
		{"Drzwi zamknęły się cicho .", 0, "nom"},
		{"Wczoraj służby przyjechały na miejsce .", 1, "nom"},
		{"W mieście cały czas służby pozostają w gotowości .", 4, "nom"},
		{"Mówi się , że premier odwoływał się do opinii .", 4, "nom"},
		{"Ceny wody wzrosły .", 1, "gen"},
		{"Z wody wyszły dzieci .", 1, "gen"},
		{"Nie było wody .", 2, "gen"},
	}
	checkCases(t, tests, false)
}

// TestNonFiniteObjects checks that a noun after an infinitive, an
// adverbial participle or a participle that follows its noun is that
// verb's accusative object, and that a participle before the noun it
// modifies leaves the noun in its case.
func TestNonFiniteObjects(t *testing.T) {
	tests := []caseTest{
		{"Minister , podkreślając wzrost płac , mówił o budżecie .", 3, "acc"},
		{"Raport opisujący stan dróg trafił do sejmu .", 2, "acc"},
		{"Trzeba wtedy nacisnąć klawisz i czekać .", 3, "acc"},
		{"Rządząca partia przegrała wybory .", 1, "nom"},
		{"Lekarze , pracujący wieczorem , zarabiają więcej .", 0, "nom"},
		{"W szopie stał stary , skrzypiący wóz .", 6, "nom"},
	}
	checkCases(t, tests, false)
}
