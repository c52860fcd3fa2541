package events_test

import "testing"

// TestSubordinateClause: a verb's object and arguments stand in its own
// clause, not in one a conjunction ("że", "iż", "jeśli") opens after it,
// and a noun in such a clause is no act of the main verb's subject; a
// clause of control ("by", "żeby") keeps its rules.
func TestSubordinateClause(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Polski sąd uznał, iż Niemcy naruszyły umowę.", ""},
		{"Prezydent Litwy uznał, że Rosja łamie prawo.", ""},
		{"Węgry uznały Kosowo.", "SUPPORT HUN>XKX asserted 054"},
		{"Premier Kanady powiedział, że sankcje wobec Rosji pozostaną w mocy.", ""},
		{"Rzecznik rządu Niemiec wskazał, że obecne sankcje gospodarcze wobec Rosji pozostają w mocy.", ""},
		{"Kanclerz Niemiec zapowiedział nowe sankcje wobec Rosji.", "SANCTION DEU>RUS future 163"},
		{"Rząd Węgier zagroził protestami, jeśli Ukraina nie zmieni ustawy.", ""},
		{"Islamiści z Pakistanu zagrozili protestami, jeśli Asia Bibi wyjedzie z kraju.", ""},
		{"Rząd Węgier zagroził Ukrainie wetem.", "THREATEN HUN>UKR asserted 130"},
		{"Premier Polski zaapelował do Niemiec, by wstrzymały budowę gazociągu.", "REQUEST POL>DEU asserted 100"},
	})
}

// TestBrackets: a phrase in round brackets fills no slot of a trigger
// outside them (a party, a region, a remark after a name); inside them
// the brackets are a clause of their own.
func TestBrackets(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Politycy Słowacji poparli wniosek (Węgry) w sprawie gazociągu.", ""},
		// A minister the actor base does not know (Brigitte Zypries,
		// once such, is now listed): only the party in brackets has a
		// country, and it fills no slot.
		{"Większość krajów Unii Europejskiej przystała na żądanie minister Ingrid Hammerl (SPD).", ""},
		{"Premier Węgier (Fidesz) spotkał się z prezydentem Ukrainy.", "CONSULT HUN>UKR asserted 040"},
		{"Ceny gazu wzrosły (Rosja zaatakowała Ukrainę).", "ASSAULT RUS>UKR asserted 190"},
	})
}

// TestClauseObject: a verb whose object is the clause right after it
// ("uznał ponadto, że …") takes no object before it; a verb with its own
// object keeps it.
func TestClauseObject(t *testing.T) {
	checkArticles(t, []article{
		{"clause object", "Cenzura w Rosji\n\nRosyjski państwowy regulator internetu i mediów Roskomnadzor uznał ponadto, że spółka Google to organizacja szpiegowska.", ""},
		{"object after the verb", "Uznanie Kosowa\n\nRząd Polski uznał w środę Kosowo, a minister powiedział, że to dobra decyzja.", "SUPPORT POL>XKX asserted"},
	})
}

// TestCoAgent: a phrase after "wraz z", "razem z", and its genitive,
// acts with the subject: it is no target.
func TestCoAgent(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Premier Litwy razem z prezydentem Łotwy skrytykował Rosję.", "ACCUSE LTU>RUS asserted 111; ACCUSE LVA>RUS asserted 111"},
		{"Po powrocie do Polski Gronowska wraz z mężem zaczęła walczyć o sprowadzenie syna do kraju.", ""},
		{"Prezydent Francji wraz z kanclerzem Niemiec odwiedził Kijów.", "CONSULT FRA>UKR asserted 042; CONSULT DEU>UKR asserted 042"},
		{"Minister Polski spotkał się wraz z delegacją z premierem Ukrainy.", "CONSULT POL>UKR asserted 040"},
	})
}
