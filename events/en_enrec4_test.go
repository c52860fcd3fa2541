package events_test

import "testing"

// TestSpokesmanFor: a spokesman "for" a party speaks for it as one "of" it
// does (the "proxy" cues of lang/en/data/event-cues.tsv, proxy.go); "for"
// after another noun names no owner ("the U.N. envoy for Syria" is the
// U.N.'s).
func TestSpokesmanFor(t *testing.T) {
	cases := []textCase{
		{"Kabul\n\nA spokesman for the Afghan government criticized Pakistan.", "ACCUSE AFG>PAK asserted"},
		{"Kabul\n\nA spokeswoman for the Russian foreign ministry criticized Ukraine on Monday.", "ACCUSE RUS>UKR asserted"},
		{"Kabul\n\nA spokesperson for the State Department criticized China.", "ACCUSE USA>CHN asserted"},
		{"Kabul\n\nThe spokesman of the Afghan government criticized Pakistan.", "ACCUSE AFG>PAK asserted"},
		{"Kabul\n\nThe U.N. envoy for Syria criticized Russia.", "ACCUSE UNO>RUS asserted"},
		{"Kabul\n\nA spokesman for the talks criticized Pakistan.", ""},
	}
	checkEnglish(t, cases, false)
}

// TestThreatenedAct: an act of any kind that a verb of threatening governs
// is the threat, THREATEN 130, asserted (threatened.go): not an intent to
// aid, a mobilisation to come or a rejection to come. Harmful acts keep
// their finer threat codes (announced), and promising verbs still promise.
func TestThreatenedAct(t *testing.T) {
	cases := []textCase{
		{"Threat\n\nIran threatened to deliver devastating blows to Israel.", "THREATEN IRN>ISR asserted 130"},
		{"Threat\n\nRussia threatened to send troops to Belarus.", "THREATEN RUS>BLR asserted 130"},
		{"Threat\n\nIran threatened to attack Israel.", "THREATEN IRN>ISR asserted 1384"},
		{"Threat\n\nChina promised to deliver aid to Nepal.", "AGREE CHN>NPL asserted 033"},
		{"Threat\n\nRussia plans to send troops to Belarus.", "MOBILIZE RUS>BLR future 154"},
	}
	checkEnglish(t, cases, true)
}

// TestPreparedTo: "prepared" read as an adjective ("said it is prepared
// to lift the ban") puts the act in the future as "ready" does, so a
// concession or retreat it governs is the subject's stated willingness,
// AGREE, not a concession made (lang/en/data/event-cues.tsv, future).
func TestPreparedTo(t *testing.T) {
	cases := []textCase{
		{"Ban\n\nAlgeria said it is prepared to lift the ban on the Islamic Salvation Front.", "AGREE DZA>DZA asserted 0351"},
		{"Ban\n\nAlgeria said it was ready to lift the ban on the Islamic Salvation Front.", "AGREE DZA>DZA asserted 0351"},
		{"Ban\n\nAlgeria lifted the ban on the Islamic Salvation Front.", "CONCEDE DZA>DZA asserted 081"},
	}
	checkEnglish(t, cases, true)
}

// TestObligationOwed: an act its subject must, should, ought to or needs
// to do is owed, not done (hypothetical), and the obligation a reporter
// states is an asserted request, also when a modal auxiliary negates the
// act owed (lang/en/data/event-cues.tsv obligation, events.tsv "shall",
// "ought to"; obligation_stated.go). A negated "need" states no need.
func TestObligationOwed(t *testing.T) {
	cases := []textCase{
		{"Troops\n\nThe United States said Russia must withdraw its troops from Ukraine.", "REQUEST USA>RUS asserted; RETREAT RUS>UKR hypothetical"},
		{"Troops\n\nThe United States said Russia should withdraw its troops from Ukraine.", "REQUEST USA>RUS asserted; RETREAT RUS>UKR hypothetical"},
		{"Troops\n\nThe United States said Russia ought to withdraw its troops from Ukraine.", "REQUEST USA>RUS asserted; RETREAT RUS>UKR hypothetical"},
		{"Troops\n\nRussia must not attack Ukraine, Germany said.", "REQUEST DEU>RUS asserted; ASSAULT RUS>UKR hypothetical"},
		{"Troops\n\nGermany said Israel did not need to allow aid into Gaza.", "REQUEST DEU>ISR negated; RETREAT ISR>PSE hypothetical"},
		{"Troops\n\nRussia has withdrawn its troops from Ukraine.", "RETREAT RUS>UKR asserted"},
	}
	checkEnglish(t, cases, false)
}

// TestDeployedPassive: forces deployed in the passive without an agent
// stand for the side that deployed them (en_deploy.go, deployedForces);
// an agent still names it, and forces named by no nationality are no
// one's.
func TestDeployedPassive(t *testing.T) {
	cases := []textCase{
		{"Troops\n\nKenyan troops were deployed to Somalia.", "MOBILIZE KEN>SOM asserted"},
		{"Troops\n\nKenyan police officers were deployed to Haiti on Monday.", "MOBILIZE KEN>HTI asserted"},
		{"Troops\n\nTroops were deployed by Kenya to Somalia.", "MOBILIZE KEN>SOM asserted"},
		{"Troops\n\nSeveral hundred soldiers were deployed to the border.", ""},
	}
	checkEnglish(t, cases, false)
}

// TestHeadcount: a plural noun of number with nothing after it that it
// counts counts people, civilians of where the sentence is set
// ("headcount" cues, en_headcount.go); with an "of" phrase it counts what
// that names, and money is no one.
func TestHeadcount(t *testing.T) {
	cases := []textCase{
		{"Protests\n\nThousands protested in Belgrade on Sunday.", "PROTEST SRB>SRB asserted"},
		{"Protests\n\nHundreds marched in Nairobi on Monday to protest the tax increase.", "PROTEST KEN>KEN asserted"},
		{"Protests\n\nTens of thousands rallied in Tbilisi on Sunday.", "PROTEST GEO>GEO asserted"},
		{"Protests\n\nDozens were arrested in Belgrade on Sunday.", "COERCE SRB>SRB asserted"},
		{"Protests\n\nThousands of Georgians rallied in Tbilisi.", "PROTEST GEO>GEO asserted"},
		{"Protests\n\nRussia seized hundreds of millions of dollars.", ""},
	}
	checkEnglish(t, cases, false)
}

// TestAttackAgent: an act of force told in the passive without an agent
// is done by the party of the attack its "in" phrase names, when that
// phrase names one (en_battle.go, attackAgent); an attack of no one's
// leaves it to the unnamed-agent rule.
func TestAttackAgent(t *testing.T) {
	cases := []textCase{
		{"Attack\n\nTwo Israelis were killed in a Hezbollah rocket attack.", "ASSAULT LBN>ISR asserted"},
		{"Attack\n\nTwo Ukrainian soldiers were wounded in a Russian drone attack.", "ASSAULT RUS>UKR asserted"},
		{"Attack\n\nFive people were killed in an attack by militants in Kabul.", "ASSAULT AFG>AFG asserted"},
	}
	checkEnglish(t, cases, false)
}

// TestNameVerbToEvents: "said Turkey needs to return" is a request of the
// reporter now that "needs" is read as the clause's verb (lang/en
// infinitive_verb.go), and "Russia plans to attack" a planned attack.
func TestNameVerbToEvents(t *testing.T) {
	cases := []textCase{
		{"S-400\n\nA senior State Department official said Turkey needs to return the S-400.", "REQUEST USA>TUR asserted"},
		{"Kyiv\n\nOfficials said Russia plans to attack Kyiv.", "ASSAULT RUS>UKR future"},
	}
	checkEnglish(t, cases, false)
}

// TestQuotedVerb: an "-ed" verb set in quotation marks between its
// subject and its object is the clause's finite verb (lang/en
// infinitive_verb.go, quotedVerb): the act is coded as without the marks.
func TestQuotedVerb(t *testing.T) {
	cases := []textCase{
		{"IS\n\nIraq said its intelligence service \"successfully eliminated\" an Islamic State leader.", "ASSAULT IRQ>? asserted"},
		{"IS\n\nIraq said its intelligence service successfully eliminated an Islamic State leader.", "ASSAULT IRQ>? asserted"},
	}
	checkEnglish(t, cases, false)
}

// TestInitialPluralEvents: "Troops" and "Rebels" opening a sentence are
// the military and rebels of where it is set (lang/en initialPlural).
func TestInitialPluralEvents(t *testing.T) {
	cases := []textCase{
		{"Mali\n\nTroops killed 20 militants in northern Mali.", "ASSAULT MLI>MLI asserted"},
		{"Mali\n\nRebels attacked a village in northern Mali.", "ASSAULT MLI>MLI asserted"},
	}
	checkEnglish(t, cases, false)
}
