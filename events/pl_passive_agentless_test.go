package events_test

import "testing"

// TestPolishPassiveParticiples: a passive with "zostać" whose participle
// the tagger could read as a noun or an adjective of the same spelling
// ("aresztowana", "zatrzymany"), or that stands apart from the auxiliary
// ("została w 2010 roku skazana"), or whose foreign-named subject stands
// before adverbials ("Asia Bibi w 2010 roku została skazana") is coded as
// the passive it is; the agent the sentence does not name is the
// authorities of the country it is about. An adjective that is no
// participle ("został ranny") is no passive of a trigger.
func TestPolishPassiveParticiples(t *testing.T) {
	checkPolish(t, []polishCase{
		{"Pakistańska chrześcijanka Asia Bibi została aresztowana.", "COERCE PAK>PAK asserted 173"},
		{"Asia Bibi została aresztowana przez pakistańską policję.", "COERCE PAK>PAK asserted 173"},
		{"Pakistańska chrześcijanka Asia Bibi została w 2010 roku skazana na śmierć.", "SANCTION PAK>PAK historical 116"},
		{"Pakistańska chrześcijanka Asia Bibi w 2010 roku została skazana na śmierć.", "SANCTION PAK>PAK historical 116"},
		{"Rosyjscy dziennikarze zostali zatrzymani przez ukraińską policję.", "COERCE UKR>RUS asserted 173"},
		{"Rosyjski dziennikarz został w Kijowie zatrzymany przez ukraińską policję.", "COERCE UKR>RUS asserted 173"},
		{"Rosyjski dziennikarz został ranny.", ""},
	})
}
