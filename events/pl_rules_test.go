package events_test

import "testing"

// TestPolishTopicNoun: a noun trigger governed by a preposition of the
// topic cue kind ("o", "przeciwko") names what is talked about, sued
// over or voted against, not an act; the same noun elsewhere, and a
// verb's gerund after "o", still report one.
func TestPolishTopicNoun(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Premier Węgier długo mówił o współpracy z Chinami.", ""},
		{"Czescy ministrowie dyskutowali w Pradze o sankcjach wobec Białorusi.", ""},
		{"Rumuński minister złożył pozew o unieważnienie umowy z Mołdawią.", ""},
		{"Słowaccy posłowie zagłosowali przeciwko porozumieniu z Węgrami.", "REJECT SVK>HUN asserted 120"},
		// news of the act reports it
		{"Łotewska agencja poinformowała o wizycie litewskiej delegacji w Gruzji.", "CONSULT LTU>GEO asserted 042"},
		// the noun as an act, and a decision that makes the act
		{"Węgry podjęły współpracę z Chinami.", "COOPERATE HUN>CHN asserted 060"},
		{"Rada UE podjęła decyzję o nałożeniu sankcji na Białoruś.", "SANCTION EUR>BLR asserted 163"},
	})
}

// TestPolishCallToKill: a call to kill someone is a threat of violence
// against the one named after the companion, not a request.
func TestPolishCallToKill(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Irańscy duchowni wzywali do zabicia brytyjskiego pisarza.", "THREATEN IRN>GBR asserted 1383"},
		{"Czeczeński przywódca nawoływał do zamordowania rosyjskiego dziennikarza.", "THREATEN RUS>RUS asserted 1383"},
		// a call for something else stays a request
		{"Irańscy duchowni wezwali Wielką Brytanię do uwolnienia więźniów.", "REQUEST IRN>GBR asserted 1053"},
	})
}

// TestPolishDiscontinue: stopping a flow of goods through or to a country
// is SANCTION discontinue, whichever verb says it.
func TestPolishDiscontinue(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Białoruś zaprzestała przesyłania ropy przez Litwę.", "SANCTION BLR>LTU asserted 162"},
		{"Kazachstan wstrzymał tranzyt węgla do Uzbekistanu.", "SANCTION KAZ>UZB asserted 162"},
		{"Algieria zakręciła kurek Maroku.", "SANCTION DZA>MAR asserted 162"},
	})
}

// TestPolishObjectThing: a verb of hosting whose object is a thing has its
// other sense ("podjąć decyzję", "przyjąć ustawę"), and a passive threat
// without agent says that something is at risk; neither is an event. A
// guest, or an agent, keeps the event.
func TestPolishObjectThing(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Minister podejmował decyzje w sprawie koalicji z Litwą.", ""},
		{"Parlament Łotwy przyjął ustawę o współpracy z Estonią.", ""},
		{"Prezydent Łotwy przyjął w Rydze premiera Estonii.", "CONSULT LVA>EST asserted 043"},
		{"Życie litewskiego dziennikarza nie jest zagrożone.", ""},
		{"Miejsca pracy w Estonii są zagrożone.", ""},
		{"Rosja zagroziła Estonii odwetem.", "THREATEN RUS>EST asserted 130"},
	})
}

// TestPolishLightVerbObject: the noun right after a light verb belongs to
// it even when the verb's frame found no target ("oddalił pozew"): it is
// no act of its own, with the verb's subject for source.
func TestPolishLightVerbObject(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Sąd w Wilnie oddalił pozew rolników przeciwko Litwie.", "REJECT LTU>LTU asserted 120"}, // not ACCUSE by the court
		{"Sąd w Wilnie oddalił pozew Polski.", "REJECT LTU>POL asserted 120"},
		// a threatened act further away is the threat's: "grożą sankcjami wobec"
		{"USA grożą sankcjami wobec rosyjskich firm.", "THREATEN USA>RUS asserted 1312"},
	})
}

// TestPolishNationalBody: a body the actor base does not know takes the
// country of the nationality word in its phrase, not the article's.
func TestPolishNationalBody(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Holenderski MSZ udzielił azylu pakistańskiemu adwokatowi.", "AID NLD>PAK asserted 075"},
		{"Szwedzki MSZ wezwał ambasadora Rosji.", "ACCUSE SWE>RUS asserted 114"},
	})
}

// TestPolishPersonNamed: a foreign name that the dictionary gives another
// gender is still the subject of a singular verb of the person's gender.
func TestPolishPersonNamed(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Marianne Thyssen skrytykowała Ryanaira.", "ACCUSE EUR>IRL asserted 111"},
		{"Theresa May odwiedziła Irlandię.", "CONSULT GBR>IRL asserted 042"},
		{"Władimir Putin odwiedził Chiny.", "CONSULT RUS>CHN asserted 042"},
		{"Jean-Claude Juncker przyjął premiera Irlandii Leo Varadkara.", "CONSULT EUR>IRL asserted 043"},
		{"Marianne Thyssen w poniedziałek skrytykowała Ryanaira.", "ACCUSE EUR>IRL asserted 111"},
		// across a comma and another verb the name is that verb's subject
		{"Antonio Tajani napisał, że mogłaby przybyć do Belgii.", ""},
	})
}

// TestPolishLabourNouns: the staff and crew of a company are its workers
// (LAB): they strike in the country named.
func TestPolishLabourNouns(t *testing.T) {
	checkPolish(t, []polishCase{
		{"W Belgii strajkuje personel pokładowy.", "PROTEST BEL>BEL asserted 143"},
		{"Załoga portugalskiej linii zastrajkowała w Lizbonie.", "PROTEST PRT>PRT asserted 143"},
	})
}

// TestPolishQuestion: a question whether an act happened reports none; a
// question word that takes the act for granted keeps it.
func TestPolishQuestion(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Czy Rosja zaatakuje Litwę?", ""},
		{"Władze Estonii zgodzą się na rozmowy z Rosją?", ""},
		{"„Czy Niemcy poprą Ukrainę?”", ""},
		{"Dlaczego Rosja zaatakowała Gruzję?", "ASSAULT RUS>GEO asserted 190"},
		{"Rosja zaatakowała Gruzję.", "ASSAULT RUS>GEO asserted 190"},
	})
}

// TestPolishOrigin: people "z" a country (genitive) are that country's,
// in an article about another; troops "z" a country are not its troops.
func TestPolishOrigin(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Brexit w Londynie. Związkowcy z Portugalii ogłosili strajk.", "PROTEST PRT>PRT asserted 143"},
		{"Brexit w Londynie. Posłowie z Wielkiej Brytanii skrytykowali Komisję Europejską.", "ACCUSE GBR>EUR asserted 111"},
		{"Rosja wycofała wojska z Syrii.", "RETREAT RUS>SYR asserted 087"},
	})
}
