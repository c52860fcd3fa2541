package events_test

import "testing"

// TestShowOfForceTarget: a weapons test told with no target is aimed at
// the country the source's other acts in the article involve most, when
// one country clearly does (showofforce.go); otherwise it keeps no target.
func TestShowOfForceTarget(t *testing.T) {
	cases := []textCase{
		{"Tests\n\nNorth Korea demanded that the United States ease sanctions. North Korea accused the United States of hostility. North Korea conducted a missile test on Wednesday.",
			"REQUEST PRK>USA asserted; ACCUSE PRK>USA asserted; MOBILIZE PRK>USA asserted"},
		// alone, the test has no counterpart
		{"Tests\n\nNorth Korea conducted a missile test on Wednesday.", "MOBILIZE PRK>- asserted"},
		// one act with each of two countries: no clear counterpart
		{"Tests\n\nNorth Korea accused the United States of hostility. North Korea accused Japan of hostility. North Korea conducted a missile test on Wednesday.",
			"ACCUSE PRK>USA asserted; ACCUSE PRK>JPN asserted; MOBILIZE PRK>- asserted"},
	}
	checkEnglish(t, cases, false)
}
