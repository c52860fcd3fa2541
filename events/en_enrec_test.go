package events_test

import "testing"

// TestAbbreviationInList: a country written as an abbreviation ("U.S.",
// "U.K.") inside a list of participants is one of them, as a name is
// (the period belongs to the abbreviation's noun phrase, lang/en
// phrases.go).
func TestAbbreviationInList(t *testing.T) {
	cases := []textCase{
		{"Plan\n\nThe U.S. and France criticized Haiti on Monday.", "ACCUSE USA>HTI asserted; ACCUSE FRA>HTI asserted"},
		{"Plan\n\nU.S., French and Chinese diplomats criticized Haiti on Monday.", "ACCUSE USA>HTI asserted; ACCUSE FRA>HTI asserted; ACCUSE CHN>HTI asserted"},
		{"Plan\n\nHaiti criticized the U.K. and Canada on Monday.", "ACCUSE HTI>GBR asserted; ACCUSE HTI>CAN asserted"},
	}
	checkEnglish(t, cases, false)
}

// TestSurnameThatIsATown: a lone last name of a person the article named
// in full is that person, also when a gazetteer knows a town of that name
// (lang/en ner_classify.go); after "in" it stays a place.
func TestSurnameThatIsATown(t *testing.T) {
	cases := []textCase{
		{"Zamora\n\nA Guatemalan court freed journalist Jose Ruben Zamora in October. Guatemalan police arrested Zamora again on Monday.",
			"RETREAT GTM>GTM historical; COERCE GTM>GTM asserted"},
	}
	checkEnglish(t, cases, false)
}

// TestPronounPastQuote: an English pronoun of the narrative points past
// the words of a quotation, also one of several sentences, and through
// the same pronoun of the sentence before to its name (en_pronoun.go).
func TestPronounPastQuote(t *testing.T) {
	cases := []textCase{
		{"Haiti\n\nHaitian President Jovenel Moise spoke on Monday. \"We condemn the attack on the prison. The police will act,\" he said. Earlier this week, he was criticized by U.S. and French diplomats.",
			"ACCUSE USA>HTI asserted; ACCUSE FRA>HTI asserted"},
		{"Kenya\n\nKenyan President William Ruto spoke on Monday. He said the talks went well. He also criticized Uganda.",
			"ACCUSE KEN>UGA asserted"},
	}
	checkEnglish(t, cases, false)
}

// TestOrganisationSeat: an organisation the actor base does not know is
// of the country the text places it in: "PLACE-based" in its phrase or
// its apposition, or "headquartered in"/"based in" after a comma
// (en_seat.go).
func TestOrganisationSeat(t *testing.T) {
	cases := []textCase{
		{"Alliance\n\nChina sanctioned the Copenhagen-based Alliance of Democracies.", "SANCTION CHN>DNK asserted"},
		{"Alliance\n\nIran criticized the Alliance of Democracies, a Copenhagen-based group.", "ACCUSE IRN>DNK asserted"},
		{"Alliance\n\nThe Alliance of Democracies, headquartered in Copenhagen, criticized Beijing.", "ACCUSE DNK>CHN asserted"},
		{"Alliance\n\nIran criticized the London-based Alliance of Democracies.", "ACCUSE IRN>GBR asserted"},
	}
	checkEnglish(t, cases, false)
}

// TestPassiveSubjectSetOff: the subject of an English passive stands
// before a stretch set off by commas (a participle, also one the tagger
// reads as a past tense, an apposition, a relative clause); a stretch
// with a finite verb and a subject of its own is another clause
// (en_relative.go).
func TestPassiveSubjectSetOff(t *testing.T) {
	cases := []textCase{
		{"Alliance\n\nThe Alliance of Democracies, headquartered in Copenhagen, was sanctioned by Beijing earlier this year.", "SANCTION CHN>DNK asserted"},
		{"Alliance\n\nThe Danish group, which is headquartered in Copenhagen, was sanctioned by Beijing.", "SANCTION CHN>DNK asserted"},
		{"Soldiers\n\nThe Ukrainian soldiers fled, Russia said, and were captured by Russian troops.", ""},
	}
	checkEnglish(t, cases, false)
}

// TestBar: "bar" is "ban": barring people from entering denies them
// entry (SANCTION), barring them otherwise restricts them (COERCE);
// "the bar" is no act (lang/en/data/events.tsv, block h/enrec).
func TestBar(t *testing.T) {
	cases := []textCase{
		{"Entry\n\nRussia barred British journalists from entering Russia.", "SANCTION RUS>GBR asserted"},
		{"Entry\n\nAlbanian officials were barred from travel to the United States by the U.S. State Department.", "SANCTION USA>ALB asserted"},
		{"Entry\n\nThe United States has barred Albanian officials.", "COERCE USA>ALB asserted"},
		{"Entry\n\nThe bar in Moscow was closed by Russian police.", ""},
	}
	checkEnglish(t, cases, false)
}

// TestWalkOffJob: workers who walk off the job strike, as those who go on
// strike (lang/en/data/events.tsv, block h/enrec).
func TestWalkOffJob(t *testing.T) {
	cases := []textCase{
		{"Strike\n\nFrench workers walked off the job at the Renault plant on Monday.", "PROTEST FRA>FRA asserted"},
		{"Strike\n\nFrench workers walked to the Renault plant on Monday.", ""},
	}
	checkEnglish(t, cases, false)
}

// TestSharedDemonym: a nationality word two states share stands for the
// one the article names, else for the more populous, never for the
// article's own country (en_demonym.go).
func TestSharedDemonym(t *testing.T) {
	cases := []textCase{
		{"Haiti faces a crisis.\n\nDominican police arrested Haitian migrants on Monday.", "COERCE DOM>HTI asserted"},
		{"Rwanda denied the claims.\n\nCongolese troops attacked Rwandan positions near Goma.", "ASSAULT COD>RWA asserted"},
		{"Congo-Brazzaville held elections.\n\nCongolese police detained French journalists in Brazzaville.", "COERCE COG>FRA asserted"},
	}
	checkEnglish(t, cases, false)
}

// TestPronounAddressed: an English object pronoun may stand for the
// person the sentence named after "to" or "with" (en_pronoun.go).
func TestPronounAddressed(t *testing.T) {
	cases := []textCase{
		{"Call\n\nBiden spoke with Russian President Vladimir Putin on Monday and urged him to withdraw from Ukraine.",
			"CONSULT USA>RUS asserted; REQUEST USA>RUS asserted"},
	}
	checkEnglish(t, cases, false)
}

// TestCoordinatedInfinitives: infinitives joined by "and"/"or" share the
// object after the last one, which is the object of the verb that governs
// them ("threatened to close or suspend U.S. operations"); a harmful act
// so announced is the threat, not an act of its own (frame.go
// infinitiveChain, clauses.go governing).
func TestCoordinatedInfinitives(t *testing.T) {
	cases := []textCase{
		{"Bases\n\nAnkara has threatened to close or suspend U.S. operations at Incirlik.", "THREATEN TUR>USA asserted"},
		{"Bases\n\nAnkara has threatened to close U.S. operations at Incirlik.", "THREATEN TUR>USA asserted"},
		{"War\n\nRussia threatened to attack or invade Ukraine.", "THREATEN RUS>UKR asserted"},
		{"Talks\n\nKenya refused to meet or negotiate with Somalia.", "REJECT KEN>SOM asserted"},
	}
	checkEnglish(t, cases, false)
}

// TestAlongside: a phrase after "alongside" is a co-agent of the
// subject, not its target ("Kenya fought alongside Uganda" is no fight
// between them); after a passive agent it is one more agent
// (lang/en/data/event-cues.tsv "companion", frame.go coAgent).
func TestAlongside(t *testing.T) {
	cases := []textCase{
		// After a lead sentence: the lead may be coded by PETRARCH's
		// dictionary (fallback.go), which reads this as cooperation.
		{"War\n\nThe war went on.\n\nKenya fought alongside Uganda against the rebels.", ""},
		{"War\n\nUgandan troops fought alongside Kenyan forces in Somalia.", ""},
		{"War\n\nUgandan troops fought Kenyan forces in Somalia.", "ASSAULT UGA>KEN asserted"},
		{"Vote\n\nThe resolution condemning Russia was backed by Kenya alongside Uganda.", "SUPPORT KEN>RUS asserted; SUPPORT UGA>RUS asserted"},
	}
	checkEnglish(t, cases, false)
}

// TestAcceptOwner: what is accepted names its owner, who is the target
// ("accepted China's proposal"); accepting a thing of no one named is no
// event (lang/en/data/events.tsv "accept").
func TestAcceptOwner(t *testing.T) {
	cases := []textCase{
		{"Talks\n\nRussia accepted China's proposal.", "AGREE RUS>CHN asserted"},
		{"Talks\n\nRussia accepted the Chinese offer of talks.", "AGREE RUS>CHN asserted"},
		{"Talks\n\nUkraine accepted the results.", ""},
	}
	checkEnglish(t, cases, false)
}

// TestJudgedActAgent: a verb that judges or answers an act named by its
// object takes that act's agent ("by Y") as its target, not the one the
// act befell (en_actagent.go).
func TestJudgedActAgent(t *testing.T) {
	cases := []textCase{
		{"Journalist\n\nThe United States condemned the detention of an American journalist by Russian authorities.",
			"ACCUSE USA>RUS asserted; COERCE RUS>USA asserted"},
		{"Kyiv\n\nWashington condemned the attack on Kyiv by Russia.", "ACCUSE USA>RUS asserted; ASSAULT RUS>UKR asserted"},
		{"Hostages\n\nIsrael welcomed the release of the hostages by Hamas.", "SUPPORT ISR>PSE asserted"},
		{"Plan\n\nPoland rejected the proposal by Germany.", "REJECT POL>DEU asserted"},
	}
	checkEnglish(t, cases, false)
}

// TestImplicitCapital: a capital and its country are one state: when the
// capital answers an act on its country with a verb that names no object,
// the one who acted is its target, not the country itself (implicit.go
// oneState).
func TestImplicitCapital(t *testing.T) {
	cases := []textCase{
		{"Talks\n\nThe United States warned Iran on Wednesday, as Tehran rejected its offer for new nuclear talks.",
			"THREATEN USA>IRN asserted; REJECT IRN>USA asserted"},
		{"Talks\n\nRussia offered talks to Ukraine. Kyiv rejected the offer.", "AGREE RUS>UKR asserted; REJECT UKR>RUS asserted"},
	}
	checkEnglish(t, cases, false)
}

// TestReleaseHolder: a request for the release of people held by a party
// or in a place is addressed to the holder, that place's government
// (en_holder.go).
func TestReleaseHolder(t *testing.T) {
	cases := []textCase{
		{"Prisoners\n\nHamas demanded the release of Palestinian prisoners held in Israeli prisons.", "REQUEST PSE>ISR asserted"},
		{"Prisoners\n\nRussia demanded the release of its citizens detained in Ukraine.", "REQUEST RUS>UKR asserted"},
		{"Prisoners\n\nThe EU called for the release of journalists jailed by Belarus.", "REQUEST EUR>BLR asserted"},
		{"Tanker\n\nIran demanded the release of its tanker seized by Britain.", "REQUEST IRN>GBR asserted"},
	}
	checkEnglish(t, cases, false)
}

// TestFaceCharges: people who face charges or a trial are accused by the
// state of the place named, or by those after "from"; with neither, the
// authorities of the story's state, as in "were charged" (events.go's
// unnamed agent; h/entune2), and in a story of no state no one
// (lang/en/data/events.tsv, block h/enrec).
func TestFaceCharges(t *testing.T) {
	cases := []textCase{
		{"Trial\n\nTwo Azerbaijani men are facing murder charges in New York.", "ACCUSE USA>AZE asserted"},
		{"Trial\n\nTwo Iranians will stand trial in Germany.", "ACCUSE DEU>IRN future"},
		{"Trial\n\nRussia faces accusations of war crimes from Ukraine.", "ACCUSE UKR>RUS asserted"},
		{"Trial\n\nTwo Russian men face charges.", "ACCUSE RUS>RUS asserted"},
		{"Trial\n\nTwo men face charges.", ""},
	}
	checkEnglish(t, cases, false)
}

// TestVerbAfterName: an -ed word after a name that the tagger read as an
// adjective is the sentence's verb when it has no other (lang/en
// nameSubjectVerb): every member of the subject list acts.
func TestVerbAfterName(t *testing.T) {
	cases := []textCase{
		{"Belarus\n\nCanada, Britain and the EU imposed sanctions on Belarus.",
			"SANCTION CAN>BLR asserted; SANCTION GBR>BLR asserted; SANCTION EUR>BLR asserted"},
	}
	checkEnglish(t, cases, false)
}

// TestCallMeeting: calling a meeting or a session of a body asks the body
// to meet; each member of a list that calls it asks (lang/en/data/events.tsv,
// block h/enrec).
func TestCallMeeting(t *testing.T) {
	cases := []textCase{
		{"Iran\n\nThe United States, along with Britain and France, called a private meeting Wednesday of the U.N. Security Council to discuss Iran.",
			"REQUEST USA>UNO asserted; REQUEST GBR>UNO asserted; REQUEST FRA>UNO asserted"},
		{"Ukraine\n\nRussia called an emergency session of the U.N. Security Council on Ukraine.", "REQUEST RUS>UNO asserted"},
	}
	checkEnglish(t, cases, false)
}

// TestProtestOutside: a protest outside a body's building is addressed to
// that body; aircraft and drones downed are shot down
// (lang/en/data/events.tsv).
func TestProtestOutside(t *testing.T) {
	cases := []textCase{
		{"Embassy\n\nIraqi protesters rallied outside the U.S. embassy in Baghdad.", "PROTEST IRQ>USA asserted"},
		{"Embassy\n\nThousands of Iraqis marched outside the Turkish embassy.", "PROTEST IRQ>TUR asserted"},
		{"Drone\n\nUkraine downed a Russian drone.", "ASSAULT UKR>RUS asserted"},
		{"Storm\n\nThe rain downed power lines in Kenya.", ""},
	}
	checkEnglish(t, cases, false)
}
