package events_test

import "testing"

// TestPolishNominalAgent: a noun naming an act keeps its verb's roles
// when its agent stands in "przez" + accusative: the agent acts, the
// genitive right after the noun is acted on; "przez" of a span of time is
// no agent. A verb that condemns, rejects or backs an act named so
// answers its agent.
func TestPolishNominalAgent(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Zaatakowanie Ukrainy przez Rosję zmieniło politykę całej Europy.", "ASSAULT RUS>UKR asserted 190"},
		{"Poparcie kampanii wojskowej USA przez rząd Pakistanu wywołało protesty w Karaczi.", "SUPPORT PAK>USA asserted 051"},
		{"Potępienie Iranu przez Francję było ostre.", "ACCUSE FRA>IRN asserted 111"},
		// the agent before the genitive
		{"Rząd Polski potępił zatrzymanie przez białoruską milicję dwóch polskich dziennikarzy.", "ACCUSE POL>BLR asserted 111; COERCE BLR>POL asserted 173"},
		// no agent: the genitive is the noun's own party, as before
		{"Wizyta premiera Japonii w Pekinie trwała dwa dni.", "CONSULT JPN>CHN asserted 042"},
		// the verb's object is the act: its agent is the target
		{"Rząd Niemiec skrytykował zawetowanie ustawy przez prezydenta Francji.", "ACCUSE DEU>FRA asserted 111"},
		// a span of time is no agent
		{"Blokada Gazy przez Izrael trwa od lat.", "COERCE ISR>PSE asserted 191"},
		// "przez" of a route, and the agent of another act in the chain
		{"Rosja nie planuje wstrzymania dostaw gazu przez Ukrainę.", ""},
		{"Rzecznik rządu mówił o proteście przeciwników zamknięcia kopalni przez Niemcy.", ""},
		// act nouns the dictionary also reads as plain nouns (lexicon
		// entries with the agent's frame)
		{"Zatrzymanie rosyjskiego dziennikarza przez białoruską milicję wywołało protesty.", "COERCE BLR>RUS asserted 173"},
		{"Odrzucenie propozycji Polski przez rząd Niemiec zaskoczyło Brukselę.", "REJECT DEU>POL asserted 120"},
		{"Zabicie dwóch francuskich żołnierzy przez bojowników w Mali wstrząsnęło Paryżem.", "ASSAULT MLI>FRA asserted 180"},
	})
}

// TestPolishParticipleAgent: a passive participle in a noun phrase with
// its agent in "przez" + accusative: the agent acts on the noun the
// participle describes, before or after it.
func TestPolishParticipleAgent(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Polski dziennikarz zatrzymany przez białoruską milicję trafił do aresztu.", "COERCE BLR>POL asserted 173"},
		{"Zatrzymany przez białoruską milicję polski dziennikarz trafił do aresztu.", "COERCE BLR>POL asserted 173"},
		{"Sankcje nałożone przez Stany Zjednoczone na Rosję nie obejmą gazociągu.", "SANCTION USA>RUS asserted 163"},
		// no agent: no act told
		{"Zatrzymany polski dziennikarz trafił do aresztu.", ""},
	})
}

// TestPolishMeetingBeforeVerb: a talk named by a noun in a prepositional
// phrase between a subject and its verb is the subject's talk.
func TestPolishMeetingBeforeVerb(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Prezydent Litwy podczas spotkania z premierem Polski zapowiedział nowe inwestycje.", "CONSULT LTU>POL asserted 040"},
		{"Premier Węgier w rozmowie z kanclerzem Niemiec zapowiedział inwestycje.", "CONSULT HUN>DEU asserted 040"},
		// a comma ends the clause: the verb after it is another's
		{"Po spotkaniu z premierem Polski, jak podała agencja, wzrosły ceny.", ""},
	})
}
