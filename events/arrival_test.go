package events_test

import "testing"

// TestThingArrives: goods that arrive somewhere make no visit; people and
// bodies that arrive do (arrival.go).
func TestThingArrives(t *testing.T) {
	cases := []textCase{
		{"Vaccines\n\nIn 2021 the first batch of vaccines bought by the Philippine government for a former U.S. military base arrived in Manila.", ""},
		{"Vaccines\n\nThe vaccine batch from a former U.S. military base arrived in Kyiv on Tuesday.", ""},
		// people: a name, a sector noun, a title, an actor named after the head
		{"Visit\n\nUkrainian President Volodymyr Zelenskyy arrived in Washington on Tuesday.", "CONSULT UKR>USA asserted"},
		{"Visit\n\nA Polish delegation arrived in Kyiv.", "CONSULT POL>UKR asserted"},
		{"Visit\n\nRussian officials arrived in Minsk.", "CONSULT RUS>BLR asserted"},
		{"Visit\n\nA team of UN inspectors arrived in Iran.", "CONSULT UNO>IRN asserted"},
	}
	checkEnglish(t, cases, false)
}

// TestThingArrivesNamedAfter: the actor named after a thing that arrives
// is the thing's owner or maker, not a visitor; people named after a
// collective noun are visitors.
func TestThingArrivesNamedAfter(t *testing.T) {
	cases := []textCase{
		{"Vaccines\n\nThe first batch of China's vaccine purchased by the Philippine government arrived in Manila on March 29.", ""},
		{"Vaccines\n\nThe U.S. military base arrived in Manila.", ""},
		{"Visit\n\nA group of Polish doctors arrived in Kyiv.", "CONSULT POL>UKR asserted"},
	}
	checkEnglish(t, cases, false)
}
