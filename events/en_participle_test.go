package events_test

import "testing"

// TestParticipleClause: an English present participle after a comma, or
// after its verb's object, opens a clause whose agent is the main verb's
// subject; after a noun naming people, those people act; before a noun,
// or after a noun no verb governs, it names no act (en_participle.go).
func TestParticipleClause(t *testing.T) {
	cases := []textCase{
		{"Statement\n\nGhana issued a statement condemning Togo.", "ACCUSE GHA>TGO asserted"},
		{"Letter\n\nKenya sent a letter to the United Nations on Monday, urging Uganda to withdraw its troops.", "REQUEST KEN>UGA asserted"},
		{"Warnings\n\nChad issued a series of warnings demanding that Sudan close the border.", "REQUEST TCD>SDN asserted"},
		{"Shelling\n\nSudanese troops shelled the town on Monday, killing five Chadian soldiers.", "ASSAULT SDN>TCD asserted"},
		{"Rally\n\nPolice in Accra dispersed Togolese protesters demanding an apology from Ghana.", "ASSAULT GHA>TGO asserted; REQUEST TGO>GHA asserted"},
		// a participle before its noun, or after a noun in a
		// prepositional phrase no verb governs, codes nothing
		{"Visit\n\nThe visiting Kenyan minister spoke about the weather.", ""},
		{"Email\n\nGhana did not reply to Togo's email requesting comment.", ""},
	}
	checkEnglish(t, cases, false)
}

// TestActSubject: a phrase whose head names an act of another kind is no
// actor of the verb after it (en_actnoun.go), while an attack as the
// subject of "killed" carries its attacker.
func TestActSubject(t *testing.T) {
	cases := []textCase{
		{"Isolation\n\nSudan's invasion of Chad has helped Libya.", "ASSAULT SDN>TCD asserted"},
		{"Isolation\n\nSudan's government has helped Libya.", "AID SDN>LBY asserted"},
		{"Raid\n\nA Sudanese attack killed five Chadian soldiers.", "ASSAULT SDN>TCD asserted"},
	}
	checkEnglish(t, cases, false)
}

// TestJudgedAct: the subject of a verb that judges, asks for or answers
// the act its object names is not that act's agent; a light verb's
// subject, and an act the subject owns ("his"), are (en_actnoun.go).
func TestJudgedAct(t *testing.T) {
	cases := []textCase{
		{"Killings\n\nGhana condemned the killing of Togolese civilians.", "ACCUSE GHA>TGO asserted"},
		{"Talks\n\nGhana held talks with Togo.", "CONSULT GHA>TGO asserted"},
		{"Summit\n\nGhana's president praised his summit with Togo.", "CONSULT GHA>TGO asserted"},
	}
	checkEnglish(t, cases, false)
}

// TestAgainstOwnState: rebels, the opposition and, in acts of dissent,
// civilians acting on their own country named as a whole are news; a
// country's own forces acting on it are not (en_actnoun.go).
func TestAgainstOwnState(t *testing.T) {
	cases := []textCase{
		{"Ghana\n\nThe separatist group accuses Ghana of exploiting the region.", "ACCUSE GHA>GHA asserted"},
		{"Ghana\n\nGhanaian rebels attacked Ghana.", "ASSAULT GHA>GHA asserted"},
		{"Ghana\n\nGhanaian activists accused Ghana of torture.", "ACCUSE GHA>GHA asserted"},
		{"Ghana\n\nGhanaian troops attacked Ghana.", ""},
		{"Ghana\n\nGhanaian activists attacked Ghana.", ""},
	}
	checkEnglish(t, cases, false)
}

// TestObjectComplement: a thing as a verb's object passes the act to the
// actor its "with", "of" or "against" phrase names (en_object.go); an
// act as the object is coded as that act.
func TestObjectComplement(t *testing.T) {
	cases := []textCase{
		{"Boycott\n\nGhana cut all official contact with Togo.", ""},
		{"Boycott\n\nGhanaian leaders will boycott all official contact with Togo.", "ACCUSE GHA>TGO future"},
		{"Boycott\n\nGhanaian leaders boycotted the products of Togo.", "ACCUSE GHA>TGO asserted"},
	}
	checkEnglish(t, cases, false)
}

// TestHeadlineGrammar: a headline's "X to do" is X's plan, and the names
// listed after its object with a comma are objects too (en_headline.go);
// the visit still to come is CONSULT with future modality (meetingtocome.go).
func TestHeadlineGrammar(t *testing.T) {
	cases := []textCase{
		{"Ghana's President to Visit Togo, Benin\n\nThe trip was announced on Monday.", "CONSULT GHA>TGO future; CONSULT GHA>BEN future"},
		{"Ghana's President Visits Togo, Benin\n\nThe trip ended on Monday.", "CONSULT GHA>TGO asserted; CONSULT GHA>BEN asserted"},
	}
	checkEnglish(t, cases, false)
}

// TestGerundClause: a gerund after "after", "before", "by" or an opening
// "in" acts for the subject of the clause it hangs on, and so does the
// noun it governs; after a word it completes ("interested in talking")
// it names no act (en_participle.go).
func TestGerundClause(t *testing.T) {
	cases := []textCase{
		{"Talks\n\nGhana condemned Togo after meeting with Beninese officials.", "ACCUSE GHA>TGO asserted; CONSULT GHA>BEN asserted"},
		{"Talks\n\nAfter meeting with Beninese officials, Ghana condemned Togo.", "CONSULT GHA>BEN asserted; ACCUSE GHA>TGO asserted"},
		{"Tariffs\n\nIn announcing new sanctions on Togo, Ghana's president said the border stays closed.", "SANCTION GHA>TGO asserted"},
		{"Talks\n\nGhana is not interested in talking to Togo.", ""},
		// a noun trigger that opens the document has no gerund before it
		{"Sanctions on Togo were announced by Ghana.", "SANCTION GHA>TGO asserted"},
	}
	checkEnglish(t, cases, false)
}

// TestAnsweredAct: a definite act noun as the object of a verb that
// refuses, disputes or accepts answers the source of the act just told
// (en_object.go); with no such act before, nothing is coded.
func TestAnsweredAct(t *testing.T) {
	cases := []textCase{
		{"Relief\n\nGhana's president asked Togo for debt relief. Togo denied the request.", "REQUEST GHA>TGO asserted; REJECT TGO>GHA asserted"},
		{"Shelling\n\nGhana accused Togo of shelling the border. Benin rejected the accusations.", "ACCUSE GHA>TGO asserted; REJECT BEN>GHA asserted"},
		{"Shelling\n\nBenin rejected the accusations.", ""},
		// an owner named in the object's phrase is its own target
		{"Shelling\n\nGhana accused Togo of shelling the border. Benin rejected Niger's accusations.", "ACCUSE GHA>TGO asserted; REJECT BEN>NER asserted"},
	}
	checkEnglish(t, cases, false)
}

// TestDocumentAuthor: a definite document noun as the subject speaks for
// the author the sentence before names with the same noun
// (en_document.go); without that sentence it names no one.
func TestDocumentAuthor(t *testing.T) {
	cases := []textCase{
		{"Statement\n\nGhana issued a statement on Monday. The statement condemned Togo.", "ACCUSE GHA>TGO asserted"},
		{"Statement\n\nGhana held a meeting on Monday. The statement condemned Togo.", ""},
		{"Statement\n\nGhana issued a statement on Monday. A statement condemned Togo.", ""},
	}
	checkEnglish(t, cases, false)
}

// TestCoordinatedMood: the second of two joined predicates takes the
// hypothetical or future word of the first when it has none of its own
// (en_modality.go); a meeting still to come is CONSULT (meetingtocome.go).
func TestCoordinatedMood(t *testing.T) {
	cases := []textCase{
		{"Weapons\n\nGhana may have to consider building its own army or ask Togo for help.", "REQUEST GHA>TGO hypothetical"},
		{"Visit\n\nGhana's president will travel to Accra on Monday and meet Togo's president.", "CONSULT GHA>TGO future"},
		{"Talks\n\nGhana's president travelled to Accra on Monday and met Togo's president.", "CONSULT GHA>TGO asserted"},
	}
	checkEnglish(t, cases, false)
}

// TestComplexPreposition: a phrase after "in addition to", "close to",
// "along with" … is no target (en_object.go).
func TestComplexPreposition(t *testing.T) {
	cases := []textCase{
		// (after a lead sentence: in the lead, the fallback dictionary
		// reads "faces threats from Togo" as Togo's threat, fallback.go)
		{"Threats\n\nThe region is tense. Ghana faces threats from Togo in addition to Benin.", ""},
		{"Troops\n\nGhana sent troops close to Togo.", "MOBILIZE GHA>- asserted"},
		{"Troops\n\nGhana sent troops to Togo.", "MOBILIZE GHA>TGO asserted"},
	}
	checkEnglish(t, cases, false)
}

// TestThreatenedParty: a threat whose object is the punishment alone is
// made to the party acted on just before (en_object.go).
func TestThreatenedParty(t *testing.T) {
	cases := []textCase{
		{"Term\n\nGhana criticized Togo on Tuesday. Accra threatened sanctions.", "ACCUSE GHA>TGO asserted; THREATEN GHA>TGO asserted"},
		{"Term\n\nAccra threatened sanctions.", ""},
	}
	checkEnglish(t, cases, false)
}

// TestBattleAgent: a passive act of force without "by" is the act of the
// side its "in a battle/clash with" phrase names (en_battle.go).
func TestBattleAgent(t *testing.T) {
	cases := []textCase{
		{"Clashes\n\nTwo Togolese smugglers were killed in clashes with Ghanaian troops.", "ASSAULT GHA>TGO asserted"},
		{"Clashes\n\nTwo Togolese smugglers were killed in a gun battle with Ghanaian police.", "ASSAULT GHA>TGO asserted"},
		{"Clashes\n\nTwo Togolese smugglers were killed in a crash with a Ghanaian truck.", ""},
	}
	checkEnglish(t, cases, false)
}

// TestEnglishQuestion: a question without a question word before the
// trigger asks whether the act happened and codes nothing
// (lang/en/data/event-cues.tsv, pl_question.go's askedAct).
func TestEnglishQuestion(t *testing.T) {
	cases := []textCase{
		{"Border\n\nWill Ghana attack Togo?", ""},
		{"Border\n\nGhana will attack Togo.", "ASSAULT GHA>TGO future"},
	}
	checkEnglish(t, cases, false)
}
