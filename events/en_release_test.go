package events_test

import "testing"

// TestReleasedThing: releasing a thing (a programme, a video, a product)
// is no release of anyone; releasing people, named or counted, still is
// (en_release.go).
func TestReleasedThing(t *testing.T) {
	cases := []textCase{
		{"Policy\n\nIn 2017, China released an AI development program.", ""},
		{"War\n\nRussia released a video of Ukrainian soldiers.", ""},
		{"War\n\nRussia released a Ukrainian video on Monday.", ""},
		// people: a sector noun, a title and a name, a nationality, a count
		{"Prisoners\n\nIran released five prisoners on Sunday.", "RETREAT IRN>IRN asserted"},
		{"War\n\nRussia released two Ukrainian soldiers.", "RETREAT RUS>UKR asserted"},
		{"War\n\nRussia released Ukrainian Prime Minister Denys Shmyhal.", "RETREAT RUS>UKR asserted"},
		{"War\n\nIsrael released 30 Palestinians.", "RETREAT ISR>PSE asserted"},
		{"War\n\nHamas released dozens of Israeli women.", "RETREAT PSE>ISR asserted"},
	}
	checkEnglish(t, cases, false)
}

// TestReleasedThingPassive: the same in the passive, where the verb's
// subject is what was released.
func TestReleasedThingPassive(t *testing.T) {
	cases := []textCase{
		{"War\n\nA Russian video was released by the Kremlin on Monday.", ""},
		{"War\n\nUkrainian Prime Minister Denys Shmyhal was released by Russia.", "RETREAT RUS>UKR asserted"},
		{"War\n\nTwo Israeli hostages were released by Hamas on Sunday.", "RETREAT PSE>ISR asserted"},
		{"War\n\nDozens of Israeli women were released by Hamas.", "RETREAT PSE>ISR asserted"},
	}
	checkEnglish(t, cases, false)
}
