package events_test

import "testing"

// TestReadyToYield: a concession or retreat its source says it is ready,
// willing or prepared to make is AGREE, the 035x intent mirroring the act
// (events/threat.go, willingTo); readiness negated is a refusal, an act
// others expect stays the act, and readiness alone makes no threat.
// Sentences written for the test.
func TestReadyToYield(t *testing.T) {
	cases := []textCase{
		{"Algeria is prepared to lift the ban on Morocco.", "AGREE DZA>MAR asserted 0351"},
		{"Algeria is willing to lift the ban on Morocco.", "AGREE DZA>MAR asserted 0351"},
		{"Algeria said it was ready to withdraw its troops from Mali.", "AGREE DZA>MLI asserted 0356"},
		{"Algeria is not ready to lift the ban on Morocco.", "REJECT DZA>MAR asserted 1241"},
		{"Russia is expected to withdraw troops from Syria.", "RETREAT RUS>SYR future 087"},
		{"Russia is ready to strike Ukraine.", "ASSAULT RUS>UKR future 195"},
		{"Algeria lifted the ban on Morocco.", "CONCEDE DZA>MAR asserted 081"},
	}
	checkEnglish(t, cases, true)
}
