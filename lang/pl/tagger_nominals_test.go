package pl

import (
	"strings"
	"testing"
)

// TestAdnominalGenitives checks that a noun right after another noun,
// whose form is accusative and genitive alike, is the first one's
// genitive attribute, but not after a dative or instrumental, nor as the
// second word of a name.
func TestAdnominalGenitives(t *testing.T) {
	checkCases(t, []caseTest{
		{"Chłopiec usiadł na grzbiecie konia .", 4, "gen"},
		{"Po strzeleniu gola drużyna odpoczywała .", 2, "gen"},
		{"Po zdobyciu drugiego gola kibice śpiewali .", 3, "gen"},
		{"Zobaczył cień ptaka na ścianie .", 2, "gen"},
		// A dative or instrumental before it is the verb's own.
		{"Obiecał emerytom dopłaty do leków .", 2, "acc"},
		{"Zawołali Piotra Nowaka .", 2, "acc"},
	}, false)
}

// TestPluralSubjectOtherLemma checks that a plural verb's subject that
// the tagger read as the genitive of a lemma of another gender becomes the
// plural of the lemma that agrees ("pracownicy": "pracownik", not
// "pracownica").
func TestPluralSubjectOtherLemma(t *testing.T) {
	checkCases(t, []caseTest{
		{"Wczoraj przyszli pracownicy .", 2, "nom"},
		{"Rano przyjechali robotnicy .", 2, "nom"},
	}, false)
}

// TestPronounObjectsByPerson checks "to", "co", "wszystko" as objects of
// a verb that cannot have them as subjects, and as subjects of a verb in
// the third person.
func TestPronounObjectsByPerson(t *testing.T) {
	checkCases(t, []caseTest{
		{"Jak to zrobisz ?", 1, "acc"},
		{"Zawsze wszystko musisz sprawdzić !", 1, "acc"},
		{"Ona to robi codziennie .", 1, "acc"},
		{"Wszystko zależy od ciebie .", 0, "nom"},
		{"To wydarzyło się wczoraj .", 0, "nom"},
	}, false)
}

// TestNominalsAfterPrepositions checks that a word after a preposition
// that could be a verb is read as the noun or pronoun in a case the
// preposition takes.
func TestNominalsAfterPrepositions(t *testing.T) {
	checkCases(t, []caseTest{
		{"Tatuś rozmawiał ze mną o szkole .", 3, "inst"},
		{"Anna siedziała nade mną .", 3, "inst"},
		{"Raport mówi o aktualnym stanie firmy .", 4, "loc"},
	}, false)
}

// TestGenitivesNotVerbs checks that a finite verb right after a noun, in a
// clause with another finite verb, is read as a genitive noun, but not
// where the noun before it can be its subject.
func TestGenitivesNotVerbs(t *testing.T) {
	checkCases(t, []caseTest{
		{"Na twarzy mamy pojawił się uśmiech .", 2, "gen"},
	}, false)
	d := sentenceDoc("Kobieta siedzi na ławce i czyta gazetę .")
	Analyzer{}.Analyze(d, d.Tokens)
	if x := d.Tokens[1].XPOS; !strings.HasPrefix(x, "fin:") {
		t.Errorf("siedzi: %s, want a finite verb", x)
	}
}

// TestNamesInParentheses checks that an abbreviation opening a
// parenthesis is nominative.
func TestNamesInParentheses(t *testing.T) {
	checkCases(t, []caseTest{
		{"Zapytaliśmy o komentarz Jana Nowaka ( PSL ) , szefa komisji .", 6, "nom"},
		{"Dzieci o specjalnych potrzebach edukacyjnych ( SPE ) uczą się razem .", 6, "nom"},
	}, false)
}

// TestMaleFirstNames checks that a first name the tagger read as a
// woman's base form before a man's inflected name is the man's genitive
// or accusative.
func TestMaleFirstNames(t *testing.T) {
	checkCases(t, []caseTest{
		{"Słowa Jana Pawła II są ważne .", 1, "gen"},
		{"Dostał prezent od Stanisława Nowaka .", 4, "gen"},
	}, false)
}

// TestLateAgreement checks that adjectives agree with their noun once the
// passes after the tagger have settled the noun's case.
func TestLateAgreement(t *testing.T) {
	checkCases(t, []caseTest{
		{"Sprawdził , że wszystkie docierające do serwera pliki są czyste .", 3, "nom"},
		{"Sprawdził , że wszystkie docierające do serwera pliki są czyste .", 4, "nom"},
		{"Wszystko to musisz sam zrobić .", 1, "acc"},
	}, false)
}

// TestVocativesInClauses checks that a vocative reading inside a clause,
// with no punctuation beside it, gives way to the nominative, while an
// address set off by commas stays a vocative.
func TestVocativesInClauses(t *testing.T) {
	checkCases(t, []caseTest{
		{"Jordan i ja chcieliśmy to zobaczyć .", 2, "nom"},
		{"Królowie i możni feudałowie składali tam dochody .", 3, "nom"},
		{"Proszę bardzo , panie ministrze .", 4, "voc"},
	}, false)
}

// TestFrontedAccusatives checks that a clause-initial noun whose genitive
// and accusative are one, right before a verb taking the accusative, is
// its accusative object, also where the noun was an adjective at first,
// but not before a negated verb.
func TestFrontedAccusatives(t *testing.T) {
	checkCases(t, []caseTest{
		{"Piotrka znała od lat .", 0, "acc"},
		{"Rannego przewieziono do szpitala .", 0, "acc"},
		{"Piotrka nie znała .", 0, "gen"},
	}, false)
}

// TestPronounAfterSubject checks that "ich", "nas" between a nominative
// and a verb are the verb's accusative objects, while after a noun and
// before another noun they are possessive genitives.
func TestPronounAfterSubject(t *testing.T) {
	checkCases(t, []caseTest{
		{"Kto ich wspiera ?", 1, "acc"},
		{"Reklamy nas raczej zniechęcają .", 1, "acc"},
		{"Widziałem dom ich rodziców .", 2, "gen"},
	}, false)
}

// TestNumeralObjects checks that a numeral right after a verb taking the
// accusative is its object, and that a neuter past form keeps its numeral
// subject.
func TestNumeralObjects(t *testing.T) {
	checkCases(t, []caseTest{
		{"Gra dwa , trzy razy w tygodniu .", 1, "acc"},
		{"Znajdziesz tam wiele \" postów \" .", 2, "acc"},
		{"Przed sklepem stało wiele osób .", 3, "nom"},
	}, false)
}

// TestCoordinatedSubjects checks that the first of two coordinated nouns
// before a plural verb is nominative like the second.
func TestCoordinatedSubjects(t *testing.T) {
	checkCases(t, []caseTest{
		{"Kocynda i Nocek zniknęli .", 0, "nom"},
		{"Posterunek i biblioteka mieściły się w ratuszu .", 0, "nom"},
	}, false)
}

// TestPronounTo checks that "to" in a clause with a finite verb other
// than "być" is the pronoun, the subject or (with "Wytłumacz") the object,
// while "to" before a noun in a clause without one stays the copula.
func TestPronounTo(t *testing.T) {
	checkCases(t, []caseTest{
		{"To się z czasem ujawni .", 0, "nom"},
		{"To panu dobrze zrobi .", 0, "nom"},
		{"Wytłumacz mi to !", 2, "acc"},
	}, false)
	d := sentenceDoc("Ten samochód to dobry wybór .")
	Analyzer{}.Analyze(d, d.Tokens)
	if x := d.Tokens[2].XPOS; x != "pred" {
		t.Errorf("to: %s, want pred", x)
	}
}

// TestDigitRanges checks that the first number of a range takes the
// reading of the second.
func TestDigitRanges(t *testing.T) {
	checkCases(t, []caseTest{
		{"Szwy zdejmuje się po 10 - 14 dniach .", 4, "loc"},
		{"Zostały nam 2 - 3 lata .", 2, "nom"},
	}, false)
}

// TestQuantityNumerals checks that "mniej", "najwięcej" before a genitive
// noun are numerals in the case of their place.
func TestQuantityNumerals(t *testing.T) {
	checkCases(t, []caseTest{
		{"W tym roku mniej rodzin wyjechało .", 3, "nom"},
		{"Chcemy , by kupiło je jak najwięcej osób .", 6, "acc"},
	}, false)
}

// TestPostposedAfterAdverbs checks that an adjective after a noun, past
// an adverb or "nie", agrees with the noun.
func TestPostposedAfterAdverbs(t *testing.T) {
	checkCases(t, []caseTest{
		{"Urzędy działają w miastach nie leżących nad morzem .", 5, "loc"},
		{"To była bieda w skali nigdzie niespotykanej .", 6, "loc"},
	}, false)
}

// TestRelativeSubjects checks that after a relative pronoun that can only
// be nominative the noun after the verb is its object.
func TestRelativeSubjects(t *testing.T) {
	checkCases(t, []caseTest{
		{"Mówi pracownik firmy , która rozbiera wiadukt .", 6, "acc"},
		{"Widziałem ludzi , którzy budowali most .", 5, "acc"},
	}, false)
}

// TestPredicativeAdjectives checks that an adjective after a copula, past
// "to" and adverbs, is nominative.
func TestPredicativeAdjectives(t *testing.T) {
	checkCases(t, []caseTest{
		{"Myślę , że jest to bardzo prawdopodobne .", 6, "nom"},
		{"Zwykle jest to niemożliwe do zrobienia .", 3, "nom"},
	}, false)
}
