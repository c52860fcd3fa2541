package pl

import "testing"

// TestCaseRules checks the case the passes after the tagger settle in
// sentences written for the test: the second of two coordinated nouns
// takes the case of the first, an adjective after a noun that cannot
// agree with the noun after it agrees with the one before, the noun after
// a verb that takes no object is its subject while the noun after a verb
// that takes one is its object, a locative needs a preposition, and
// "jej" after a verb is a dative.
func TestCaseRules(t *testing.T) {
	tests := []caseTest{
		// Coordination.
		{"Chłopiec w niebieskiej kurtce i czapce biegnie po parku .", 5, "loc"},
		{"Kobieta i dziecko idą do sklepu .", 2, "nom"},
		{"Sprzedawca pakuje chleb , masło i mleko .", 6, "acc"},
		{"Rozmawiali o polityce i gospodarce .", 4, "loc"},
		// The first item with a genitive attribute or a prepositional
		// phrase after it, "albo" after a comma.
		{"Policja zarzuca mu kradzieże samochodów , fałszowanie dokumentów .", 6, "acc"},
		{"Wybierze albo urząd burmistrza , albo fotel posła .", 6, "acc"},
		{"Odrzucił włamania do sklepów i podpalenie .", 5, "acc"},
		{"Wnioski są oznaczane przez kod pocztowy lub numer dotyczący sprawy .", 7, "acc"},
		{"Mamy swój system kar finansowych , pakt rozwoju i plan , który działa .", 6, "acc"},
		{"Mamy swój system kar finansowych , pakt rozwoju i plan , który działa .", 9, "acc"},
		// "który" after a comma opens a clause, not an item of a list.
		{"Widział dom , który stał pusty .", 3, "nom"},
		// An adjective after a noun, before a noun it cannot agree with.
		{"Dzieci siedzą na ławce pokrytej śniegiem .", 4, "loc"},
		{"Urodził się z wadą rozwojową serca .", 4, "inst"},
		// A clause opened by its verb after a dash attributes the words
		// before it: its noun is the speaker; without the dash the verb
		// takes its object.
		{"Plan przyjęto – podaje ministerstwo .", 4, "nom"},
		{"Umowa jest gotowa – przekazuje biuro .", 5, "nom"},
		{"Kierowca podaje ministerstwo .", 2, "acc"},
		// A verb that takes no object, one that takes one.
		{"Z bramy wychodziły uczennice .", 3, "nom"},
		{"Wczoraj podjęło działanie .", 2, "acc"},
		// The object of an infinitive, a gerund too, and a nominative of
		// another gender.
		{"Należy nacisnąć klawisz .", 2, "acc"},
		{"Rząd chce rozpocząć wykorzystywanie złóż .", 3, "acc"},
		// Plurals after a verb that takes no object are its subject.
		{"Na stole stały butelki .", 3, "nom"},
		{"Z bramy wychodziły pensjonarki .", 3, "nom"},
		{"Z lasu wychodziły sarny .", 3, "nom"},
		{"W sądzie trwały przesłuchania .", 3, "nom"},
		// No locative without a preposition; one before a list or an
		// ordinal keeps it.
		{"Kibice kibicowali drużynie Francji .", 2, "dat"},
		{"Czym się zajmujesz ?", 0, "inst"},
		{"Co się tym robi ?", 2, "inst"},
		{"Praca stała się czymś ważnym .", 4, "inst"},
		{"Proszę bardzo , panie ministrze .", 4, "voc"},
		{"Uwolnij go , wujku .", 3, "voc"},
		{"Mówił o komercjalizacji i prywatyzacji .", 4, "loc"},
		{"Gol padł w 68 . minucie .", 5, "loc"},
		{"Zachwycał się każdym .", 2, "inst"},
		{"Syn opiekował się starszym .", 3, "inst"},
		{"Był bardzo zmęczony długim .", 3, "inst"},
		// "jej" after a verb.
		{"Otworzył jej drzwi .", 1, "dat"},
		{"Nie szukał jej wcale .", 2, "gen"},
		// A noun opening a clause whose verb cannot have it as subject.
		{"Próby przeprowadzamy na myszach .", 0, "acc"},
		{"Zeznanie można złożyć wcześniej .", 0, "acc"},
		{"Wanny myje się mydłem .", 0, "acc"},
		// The object put first, the subject after the verb.
		{"Nieprawidłowości wykrył prezes spółdzielni .", 2, "nom"},
		{"Polskich polityków nie łączyły nigdy żadne specjalne więzy .", 7, "nom"},
		{"Spotkanie urozmaicił koncert orkiestry .", 2, "nom"},
		{"Kobieta i chłopiec wydmuchują bańki mydlane .", 4, "acc"},
		// "tym razem": the noun "raz" in the instrumental.
		{"Tym razem nie zdążyli .", 1, "inst"},
		{"Tym razem nie zdążyli .", 0, "inst"},
		// "ty" before its verb is its subject, a vocative apart.
		{"Podam ci cenę , a ty ją przyjmiesz .", 5, "nom"},
		{"Ty też się nie bawisz .", 0, "nom"},
		{"Oddaj to , ty draniu !", 3, "voc"},
		// A preposition governs its noun across an adverb or a compound
		// adjective.
		{"Chłopiec ubrany w biało - czerwony strój biegnie .", 6, "acc"},
		{"Po źle przespanej nocy poszedł do pracy .", 3, "loc"},
		// The words of a person's name share the case of the first.
		{"Proszę o głos pana Piotra Krutula .", 5, "gen"},
		{"Zawołać Matthiasa Widgeona , podoficera .", 2, "acc"},
		{"Kompilator stworzył Walter Bright , znany programista .", 3, "nom"},
		{"Z ekipy wyróżniono Janusza Dzisko .", 4, "acc"},
		// After a prepositional phrase, with a genitive attribute, before
		// "należy" or a predicative with adverbs and an infinitive.
		{"W tej sprawie wysokość kary należy ustalić ponownie .", 3, "acc"},
		{"Stary most trzeba szybko rozebrać .", 1, "acc"},
		{"Stary most runął wczoraj .", 1, "nom"},
		{"W razie awarii zadzwonimy do serwisu .", 2, "gen"},
		// A noun takes the reading its adjectives can share.
		{"Wyznaczone zostaną również miejsca parkingowe .", 3, "nom"},
		{"Co tydzień państwa członkowskie przekazują raporty .", 2, "nom"},
		{"Zjadł coś dobrego .", 2, "gen"},
		// A genitive-looking plural after a verb that takes no object is
		// its subject.
		{"Nad miastem krążyły wczoraj ptaki .", 4, "nom"},
		{"W czasie rozprawy ujawniły się okoliczności sprawy .", 5, "nom"},
		// "wydawać" without "się" is no copula.
		{"Przewodniczący komisji wydaje akt .", 3, "acc"},
		{"Wynik wydaje się dobry .", 0, "nom"},
		// A title before a name in the nominative.
		{"Profesor Siemiradzki w książce opisał to zjawisko .", 0, "nom"},
		{"Wczoraj profesor Kowalski przyjechał do Gdańska .", 1, "nom"},
		{"Doktor Kowalski w szpitalu leczył dzieci .", 0, "nom"},
		// The noun after a verb that governs the dative.
		{"Urząd podlega stałej kontroli .", 3, "dat"},
		{"Wolontariusze pomagają starszej sąsiadce .", 3, "dat"},
		// After a passive participle, whose noun was the object.
		{"Wniosek został przekazany komisji budżetowej .", 3, "dat"},
		// A verb that takes the genitive by the verb-case table.
		{"Policja poszukiwała złodzieja .", 2, "gen"},
		{"Komisja wysłuchała świadka .", 2, "gen"},
		// An adjective before a phrase and its noun.
		{"Ugotuj pokrojone w kostkę ziemniaki .", 1, "acc"},
		{"Największy na świecie producent zamknął fabrykę .", 0, "nom"},
		// A numeral read without case takes that of its place.
		{"Po kilku dniach wrócił do domu .", 1, "loc"},
		{"Z obu stron padły strzały .", 1, "gen"},
		{"W ciągu półtora roku plan się zmieni .", 2, "gen"},
		{"Zarabia nie więcej niż tysiąc złotych .", 2, "acc"},
		{"Ludzi było więcej niż miejsc .", 2, "nom"},
		// A numeral phrase is the subject where the verb agrees with it
		// (a governing numeral takes the neuter singular) and has no
		// other subject; else the object; after a noun, its genitive.
		{"Przyszło pięć osób .", 1, "nom"},
		{"Zginęło wczoraj dwóch żołnierzy .", 2, "nom"},
		{"Dwie kobiety siedzą na ławce .", 0, "nom"},
		{"Pięciu mężczyzn i cztery kobiety stoją na trawie .", 0, "nom"},
		{"Kupił dwa domy .", 1, "acc"},
		{"Wiele pochwał zebrał koncert .", 0, "acc"},
		{"Kilku kibiców zwolniono do domów .", 0, "acc"},
		{"Dwa tygodnie temu spłonął dom .", 0, "acc"},
		{"Patrzył w stronę dwóch innych osób .", 4, "gen"},
		// Adjective forms after a preposition: "po" + -u, "z", "do",
		// "od" + -a.
		{"Mówi po polsku .", 2, "dat"},
		{"Od dawna czekamy na decyzję .", 1, "gen"},
		{"Z daleka widać morze .", 1, "gen"},
		{"Mieszka w Mińsku .", 2, "loc"},
		// "temu" after a span of time, and as the dative of "ten".
		{"Przyjechał tu dwa tygodnie temu .", 3, "acc"},
		{"Dzięki temu wygrali mecz .", 1, "dat"},
		{"Przyglądał się zjawisku temu z bliska .", 3, "dat"},
		// A possessive pronoun between a preposition and its noun.
		{"Pies pobiegł w jego stronę .", 3, "gen"},
		{"Komisja wnosi o ich odrzucenie .", 3, "gen"},
		{"Komisja wnosi o ich odrzucenie .", 4, "acc"},
		// A relative pronoun whose verb agrees with a nominative of its
		// form is its subject.
		{"Prosimy zakłady pracy , które dysponują autobusami , o pomoc .", 4, "nom"},
		{"Odpowiemy na pytania , jakie przyjdą do głowy .", 4, "nom"},
		// A man's name after a noun, not a woman's name in the
		// nominative; an apposition to a nominative keeps it.
		{"Film powstał pod kierunkiem Krzysztofa Zanussiego .", 4, "gen"},
		{"W głosie Edwarda słychać było groźbę .", 2, "gen"},
		{"Aktorka Jana Nowak zagrała główną rolę .", 1, "nom"},
	}
	checkCases(t, tests, true)
}

// TestDistantHeads checks that a participle phrase after a prepositional
// phrase or a comma agrees with the noun further back that it can agree
// with, and that a relative pronoun keeps its own case.
func TestDistantHeads(t *testing.T) {
	tests := []caseTest{
		{"Kobieta rozmawiała z synem w kurtce stojącym przy bramie .", 6, "inst"},
		{"Pamiętam ludzi tamtej epoki , zakochanych w technice .", 5, "acc"},
		{"Czytał książki z biblioteki , wydane przed wojną .", 5, "acc"},
		{"Znam dom , który stoi nad rzeką .", 3, "nom"},
	}
	checkCases(t, tests, false)
}

// TestYearNounCase checks that the noun after a year takes the case the
// year was given from the preposition before it.
func TestYearNounCase(t *testing.T) {
	tests := []caseTest{
		{"Fabrykę zamknięto w 2004 roku .", 4, "loc"},
		{"Po 1989 roku wiele się zmieniło .", 2, "loc"},
		{"Od 1995 roku mieszka w Gdańsku .", 2, "gen"},
		{"Przed 1990 rokiem nikt tego nie wiedział .", 2, "inst"},
	}
	checkCases(t, tests, false)
}

// TestTimeSpanCases checks that a span of time before "później", "czas"
// after "cały" and "raz" are accusatives, and that a span that is the
// subject stays nominative.
func TestTimeSpanCases(t *testing.T) {
	tests := []caseTest{
		{"Tydzień później minister podał się do dymisji .", 0, "acc"},
		{"Trzy miesiące wcześniej rząd przyjął ustawę .", 1, "acc"},
		{"Ojciec cały czas pracuje w ogrodzie .", 2, "acc"},
		{"Pierwszy raz widzę takie miasto .", 1, "acc"},
		{"Czas ucieka szybko .", 0, "nom"},
		{"Tydzień minął spokojnie .", 0, "nom"},
	}
	checkCases(t, tests, false)
}
