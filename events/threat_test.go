package events_test

import "testing"

// TestAnnounced: a harmful act announced for the future under a condition
// or after a verb of threatening is a threat, a concession or retreat
// announced for the future an agreement (an intent to yield); plans,
// possibilities, negations and agentless acts stay as they are.
func TestAnnounced(t *testing.T) {
	cases := []textCase{
		// a future harmful act under a condition is a threat
		{"Nigeria will cut aid to Chad unless the president holds elections.", "THREATEN NGA>TCD asserted 1311"},
		{"If the talks fail, Turkey will expel the Swedish ambassador.", "THREATEN TUR>SWE asserted 136"},
		// without one it reports a decision: the act, future
		{"The United States will impose new sanctions on Iran.", "SANCTION USA>IRN future 163"},
		// a future retreat or concession is an intent to yield
		{"Russia will withdraw its troops from Georgia.", "AGREE RUS>GEO asserted 0356"},
		// an infinitive after a verb of threatening or promising
		{"Israel threatened to attack Lebanon.", "THREATEN ISR>LBN asserted 1384"},
		{"Egypt vowed to arrest Libyan smugglers.", "THREATEN EGY>LBY asserted 132"},
		// no announcement: a plan, a possibility, a negation, the past
		{"Iran is planning to attack Israel.", "ASSAULT IRN>ISR future 190"},
		{"Russia could attack Finland.", "ASSAULT RUS>FIN hypothetical 190"},
		{"Russia will not attack Finland.", "ASSAULT RUS>FIN negated 190"},
		{"The United States imposed new sanctions on Iran.", "SANCTION USA>IRN asserted 163"},
		// cooperation keeps its own rule (intent): AGREE 0312
		{"France will hold military exercises with India.", "AGREE FRA>IND asserted 0312"},
	}
	checkEnglish(t, cases, true)
}

// TestConditionalThreat: a harmful act announced under a condition
// threatens the party the condition names: its subject, or the agent of
// a passive condition; a first-person act in a quotation is its
// speaker's; "will not hesitate to" announces the act it negates the
// reluctance of, "did not hesitate to" reports it; a phrasal verb's
// particle may follow a short object ("shut the electricity off").
func TestConditionalThreat(t *testing.T) {
	cases := []textCase{
		{"If the tariffs are not dropped by Canada, the United States will increase the tariffs on cars.", "THREATEN USA>CAN asserted 1312"},
		{"If Canada escalates, the United States will shut the electricity off.", "THREATEN USA>CAN asserted 137"},
		{"Canada shut the electricity off to the United States.", "COERCE CAN>USA asserted 170"},
		{"Canada did not hesitate to condemn Russia.", "ACCUSE CAN>RUS asserted 111"},
		{"If Canada escalates, the United States will not hesitate to impose sanctions.", "THREATEN USA>CAN asserted 1312"},
		// the negation of the act itself still negates it
		{"Canada will not shut off electricity to the United States.", "COERCE CAN>USA negated 170"},
		// a passive condition with no "by": no party threatened
		{"If the tariffs are not dropped, the United States will increase the tariffs on cars.", ""},
	}
	checkEnglish(t, cases, true)
}

// TestCompanionAside: a short aside between commas right after a light
// verb does not push its companion noun out of reach ("will raise, on
// April 2nd, the tariffs").
func TestCompanionAside(t *testing.T) {
	cases := []textCase{
		{"If Canada escalates, the United States will raise, on April 2nd, the tariffs on Canada.", "THREATEN USA>CAN asserted 1312"},
		{"The United States raised, after the talks in Ottawa, the tariffs on Canada.", "SANCTION USA>CAN asserted 163"},
		{"The United States raised the tariffs on Canada.", "SANCTION USA>CAN asserted 163"},
	}
	checkEnglish(t, cases, true)
}

// TestConditionOpening: a condition that opens its sentence after the
// article's dateline, an opening quotation mark or a coordinating
// conjunction, or a clause after "that", names the party threatened, as
// one that opens the sentence bare does.
func TestConditionOpening(t *testing.T) {
	cases := []textCase{
		{"Tariffs\n\nWASHINGTON — If Canada escalates, the United States will raise the tariffs on cars.", "THREATEN USA>CAN asserted 1312"},
		{"But if Canada escalates, the United States will raise the tariffs on cars.", "THREATEN USA>CAN asserted 1312"},
		{"“And if Canada escalates, the United States will raise the tariffs on cars,” the minister said.", "THREATEN USA>CAN asserted 1312"},
		{"If Canada escalates, the United States will raise the tariffs on cars.", "THREATEN USA>CAN asserted 1312"},
		// a condition that opens a reported clause
		{"Officials said that if Canada escalates, the United States will raise the tariffs on cars.", "THREATEN USA>CAN asserted 1312"},
		// no condition: no party threatened, no event
		{"But the United States will raise the tariffs on cars.", ""},
	}
	checkEnglish(t, cases, true)
}
