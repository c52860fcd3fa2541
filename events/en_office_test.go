package events_test

import "testing"

// TestOfficeNamedBefore: an office named by its noun alone ("the
// president") and no country is the one a nearer sentence named with its
// country, as its head or as a title before a name (en_office.go); a
// different office, an earlier mention that places no one, or two
// countries holding the office leave it unplaced.
func TestOfficeNamedBefore(t *testing.T) {
	cases := []textCase{
		{"Talks\n\nThe Albanian president visited Athens on Sunday. The president met the Greek prime minister on Monday.",
			"CONSULT ALB>GRC asserted; CONSULT ALB>GRC asserted"},
		{"Talks\n\nThe Chilean government spoke of a crisis. On Friday the government accused Peru of lying.",
			"ACCUSE CHL>PER asserted"},
		// a different office: nothing to take the country from
		{"Talks\n\nThe Albanian president visited Athens on Sunday. The minister met the Greek prime minister on Monday.",
			"CONSULT ALB>GRC asserted"},
		// two countries' presidents before it: which one is unclear
		{"Talks\n\nThe Albanian president and the Serbian president spoke of a crisis. On Friday the president accused Peru of lying.",
			"CONSULT ALB>SRB asserted"},
		// no earlier mention at all
		{"Talks\n\nOn Friday the president accused Peru of lying.", ""},
	}
	checkEnglish(t, cases, false)
}

// TestCountryRefBody: "the country's leader" is the leader of the
// country named last before it (en_office.go); with no place named
// before it, it is no one's.
func TestCountryRefBody(t *testing.T) {
	cases := []textCase{
		{"Crisis\n\nAlbania held elections on Sunday. The country's leader accused Serbia of meddling.",
			"ACCUSE ALB>SRB asserted"},
		{"Crisis\n\nThousands marched in Tirana on Sunday. The nation's army attacked Serbian positions.",
			"ASSAULT ALB>SRB asserted"},
		{"Crisis\n\nThe country's leader accused Serbia of meddling.", ""},
	}
	checkEnglish(t, cases, false)
}
