package events_test

import "testing"

// TestRequestedConjunct: an infinitive coordinated with the one a request
// asks for ("urged Egypt to unite and mobilize") is asked for too, no act
// of its own, whoever the addressee is; the infinitives coordinated after
// a verb of agreeing or threatening keep their rules.
func TestRequestedConjunct(t *testing.T) {
	cases := []textCase{
		{"The talks stalled. Syria urged Egypt to unite and mobilize against Israel.", "REQUEST SYR>EGY asserted"},
		{"The talks stalled. Syria called on Arabs to unite and mobilize against Israel.", ""},
		{"The talks stalled. Syria urged Egypt to stop the war and attack Israel.", "REQUEST SYR>EGY asserted"},
		{"The talks stalled. Russia threatened to attack and invade Ukraine.", "THREATEN RUS>UKR asserted"},
	}
	checkEnglish(t, cases, false)
}
