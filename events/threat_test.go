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
