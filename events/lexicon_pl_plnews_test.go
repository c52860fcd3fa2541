package events_test

import "testing"

// TestPolishLexiconNewsItems: the frames the Polish lexicon gained in
// h/plnews, each in a sentence written for the test: accounts frozen or
// blocked and their holder in the genitive, military aid received from a
// country named after "z" (and "talibowie", a common noun, as the Afghan
// Taliban unless a nationality word says otherwise); and sentences that code nothing: accounts of no one named, aid
// from no actor.
func TestPolishLexiconNewsItems(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Francja zamroziła konta irackiego rządu.", "SANCTION FRA>IRQ asserted 163"},
		{"Władze Szwajcarii zablokowały konta Rosji.", "SANCTION CHE>RUS asserted 163"},
		{"Szwajcaria zarządziła blokadę kont Rosji.", "SANCTION CHE>RUS asserted 163"},
		{"Niemcy zamroziły konta.", ""},
		{"Talibowie otrzymują z Pakistanu pomoc wojskową.", "AID PAK>AFG asserted 072"},
		{"Według prasy talibowie otrzymują z Pakistanu pomoc wojskową.", "AID PAK>AFG asserted 072"},
		{"Wczoraj pakistańscy talibowie zaatakowali Afganistan.", "ASSAULT PAK>AFG asserted 190"},
		{"Ukraina otrzymała pomoc z Unii Europejskiej.", "AID EUR>UKR asserted 070"},
		{"Szpital otrzymał pomoc z budżetu.", ""},
	})
}

// TestPolishParticipleBeforeCoordinated: a sentence-first passive
// participle with its agent describes the noun after a second, coordinated
// participle and its phrases ("Aresztowany przez FBI i deportowany do USA
// Saudyjczyk"); without the conjunction's second participle, or with no
// noun after it, the participle codes nothing on its own.
func TestPolishParticipleBeforeCoordinated(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Aresztowany przez FBI i deportowany do USA Saudyjczyk przyznał się do winy.", "COERCE USA>SAU asserted 173"},
		{"Zatrzymany przez policję w Nepalu i przewieziony do Katmandu Polak odmówił zeznań.", "COERCE NPL>POL asserted 173"},
		{"Aresztowany przez FBI i deportowany do USA.", ""},
	})
}

// TestPolishParticipleAuthor: an act or thing named in a prepositional
// target slot through a participle with its agent ("nie zgadzają się z
// przedstawionym przez Komisję planem") is the agent's, who is the target;
// without an agent, or with one the actor base does not place, nothing.
func TestPolishParticipleAuthor(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Węgry nie zgadzają się z przedstawionym przez Komisję Europejską planem.", "REJECT HUN>EUR asserted 120"},
		{"Polska zgodziła się z przygotowanym przez rząd Niemiec projektem.", "AGREE POL>DEU asserted 030"},
		{"Węgry nie zgadzają się z nowym planem.", ""},
		{"Polska zgodziła się z przygotowanym przez ekspertów projektem.", ""},
	})
}
