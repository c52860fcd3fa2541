package events_test

import "testing"

// TestPlaceTargetAid: aid given or stopped in a place whose object names
// no actor (the aid itself) helps or fails the people of that place, as
// an act of force on a thing in a place does (events/place.go); a
// recipient named stays the target.
func TestPlaceTargetAid(t *testing.T) {
	cases := []textCase{
		{"The World Food Programme delivered food aid in northern Gaza.", "AID UNO>PSE asserted"},
		{"The Red Cross suspended aid deliveries in Baghdad.", "SANCTION ICRC>IRQ asserted"},
		{"The United States suspended aid to Niger.", "SANCTION USA>NER asserted"},
		{"Germany sent humanitarian aid to refugees in Lebanon.", "AID DEU>LBN asserted"},
	}
	checkEnglish(t, cases, false)
}
