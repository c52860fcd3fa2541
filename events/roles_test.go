package events_test

import (
	"strings"
	"testing"

	"github.com/kronika/kronika/pipeline"
)

// article is a short Polish article of its own (title, blank line, body)
// and the events it must give, "; " between.
type article struct {
	name, text, want string
}

// checkArticles codes each article, dated 2024-05-06, and compares its
// events with the wanted ones.
func checkArticles(t *testing.T, cases []article) {
	t.Helper()
	p := pipeline.New()
	for _, tc := range cases {
		d := code(t, p, "pl", " date 2024-05-06\n\n"+tc.text+"\n")
		if got := strings.Join(describe(d), "; "); got != tc.want {
			t.Errorf("%s: %q: events %q, want %q", tc.name, tc.text, got, tc.want)
		}
	}
}

// TestParticipantRules checks the rules that find who acts and who is
// acted on beyond a named nominative: counted people, pronoun subjects,
// subjects dropped over several sentences. Each text is a short article of
// its own (title, date line, body); want lists its events, "; " between.
func TestParticipantRules(t *testing.T) {
	cases := []article{
		// a counted subject takes the neuter singular or the plural
		{"numeral subject, neuter verb", "Zamieszki w Bangladeszu\n\nKilkuset demonstrantów zaatakowało w Dhace policję.",
			"ASSAULT BGD>BGD asserted"},
		{"noun of quantity subject", "Protest w Chile\n\nW poniedziałek setki górników zablokowały drogi do kopalni w Chile.",
			"PROTEST CHL>CHL asserted"},
		{"digits and an abbreviation", "Protest na Węgrzech\n\nOk. 3 tys. rolników protestowało w Budapeszcie przeciwko rządowi.",
			"PROTEST HUN>HUN asserted"},
		{"counted object", "Zatrzymania w Gruzji\n\nGruzińska policja zatrzymała w Tbilisi dziesiątki demonstrantów.",
			"COERCE GEO>GEO asserted"},
		// counting a thing makes no participant
		{"counted thing", "Budowa w Serbii\n\nSetki ciężarówek zablokowały drogi w Serbii.", ""},
		// a pronoun subject the previous subject does not explain stands
		// for the nearest phrase before it that agrees
		{"pronoun subject", "Napięcie w Nigerii\n\nWyrok wywołał w Nigerii gniew radykalnych islamistów. Zagrozili oni śmiercią sędziemu.",
			"THREATEN NGA>NGA asserted"},
		// a subject dropped twice: the speaker of a quotation, then his appeal
		{"dropped subject carried on", "Prośba o azyl\n\nPrzewodniczący białoruskiej opozycji oświadczył w nagraniu, że boi się o życie. \"Proszę o pomoc\" - powiedział. Zaapelował też o azyl do władz Litwy.",
			"REQUEST BLR>LTU asserted"},
		// a noun trigger at the end of the verb's object and its genitives
		{"governed through an object chain", "Pomoc dla Ukrainy\n\nPrezydent Francji ogłosił też dodatkowe 300 mln euro bezpośredniej pomocy wojskowej dla Ukrainy.",
			"AID FRA>UKR asserted"},
		{"no chain past a clause", "Pomoc dla Ukrainy\n\nPrezydent Francji ogłosił w środę, że dodatkowe 300 mln euro trafi do banków, a reszta pomocy do Ukrainy.",
			""},
		// a talk with the press is an interview, not a consultation
		{"interview", "Wywiad\n\nPremier Czech Petr Fiala powiedział w rozmowie z agencją Reutera, że Czechy nałożą sankcje na Białoruś.",
			"SANCTION CZE>BLR future"},
		{"meeting, not interview", "Spotkanie\n\nPremier Czech Petr Fiala rozmawiał w Pradze z prezydentem Słowacji.",
			"CONSULT CZE>SVK asserted"},
		// a verb that does not agree does not carry the subject on
		{"no carry without agreement", "Prośba o azyl\n\nPrzewodniczący białoruskiej opozycji oświadczył w nagraniu, że boi się o życie. \"Proszę o pomoc\" - powiedział. Zaapelowała też o azyl do władz Litwy.",
			""},
	}
	checkArticles(t, cases)
}

// TestImplicitTarget: a verb that leaves its object out acts on the party
// acted on just before, or answers the one who acted on its subject; a
// party named three sentences back is too far.
func TestImplicitTarget(t *testing.T) {
	cases := []article{
		{"the party acted on before", "Azyl dla dziennikarza\n\nFrancja udzieliła azylu Aleksiejowi Nawalnemu. Azylu odmówiła natomiast Austria.",
			"AID FRA>RUS asserted; REJECT AUT>RUS asserted"},
		{"an answer to the one who asked", "Azyl dla dziennikarza\n\nAleksiej Nawalny poprosił Niemcy o azyl. Niemiecki rząd odmówił.",
			"REQUEST RUS>DEU asserted; REJECT DEU>RUS asserted"},
		{"too far back", "Azyl dla dziennikarza\n\nFrancja udzieliła azylu Aleksiejowi Nawalnemu. Pogoda była ładna. Padał deszcz. Wiał wiatr. Azylu odmówiła natomiast Austria.",
			"AID FRA>RUS asserted"},
		{"an object named", "Azyl dla dziennikarza\n\nFrancja udzieliła azylu Aleksiejowi Nawalnemu. Austria odmówiła Litwie pomocy.",
			"AID FRA>RUS asserted; REJECT AUT>LTU asserted"},
	}
	checkArticles(t, cases)
}

// TestPassageCountry: a description with no country takes the country of
// its paragraph when the sentences before it there name one country only,
// other than the article's main one, and its own sentence names none.
func TestPassageCountry(t *testing.T) {
	article := "Niemcy oferują azyl\n\nNiemcy chcą przyjąć Asię Bibi. Rząd Niemiec prowadzi rozmowy w Berlinie. " +
		"Niemiecki MSZ potwierdził rozmowy w Berlinie. Kanclerz Niemiec milczy.\n\n"
	cases := []struct {
		name, para, want string
	}{
		{"the paragraph's country", "Asia Bibi spędziła lata w więzieniu. Policja zatrzymała demonstrantów.", "COERCE PAK>PAK asserted"},
		{"no paragraph before", "Policja zatrzymała demonstrantów.", "COERCE DEU>DEU asserted"},
		{"the sentence names a country", "Asia Bibi spędziła lata w więzieniu. Policja zatrzymała demonstrantów w Berlinie.", "COERCE DEU>DEU asserted"},
		{"two countries in the paragraph", "Asia Bibi spędziła lata w więzieniu. Premier Kanady milczy. Policja zatrzymała demonstrantów.", "COERCE DEU>DEU asserted"},
	}
	p := pipeline.New()
	for _, tc := range cases {
		d := code(t, p, "pl", " date 2018-11-10\n\n"+article+tc.para+"\n")
		var got []string
		for _, e := range describe(d) {
			if strings.HasPrefix(e, "COERCE") {
				got = append(got, e)
			}
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%s: %q: events %q, want %q", tc.name, tc.para, g, tc.want)
		}
	}
}

// TestRelativeClauses: a relative clause's verb takes its parties from
// inside it and its antecedent through the pronoun; a verb outside takes
// none from inside; a clause after a preposition's pronoun may drop its
// subject, which is then the one before it.
func TestRelativeClauses(t *testing.T) {
	cases := []article{
		{"object pronoun, subject inside", "Wojna\n\nGruzja, którą Rosja zaatakowała, odbudowuje miasta.", "ASSAULT RUS>GEO asserted"},
		{"prepositional pronoun, subject after the verb", "Rozmowy\n\nMinister Szwecji, z którym rozmawiał premier Norwegii, wrócił do kraju.",
			"CONSULT NOR>SWE asserted"},
		{"nothing from inside for a verb outside", "Spór\n\nAustria, która przewodniczy Radzie Unii Europejskiej, zaproponowała zmiany w dyrektywie.", ""},
		{"dropped subject of a prepositional clause", "Przemówienie\n\nPremier Kanady wygłosił przemówienie, w którym skrytykował Chiny.", "ACCUSE CAN>CHN asserted"},
	}
	checkArticles(t, cases)
}
