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
			"PROTEST ALB>ALB asserted; ASSAULT ALB>SRB asserted"}, // (the marchers: en_headcount.go)
		{"Crisis\n\nThe country's leader accused Serbia of meddling.", ""},
	}
	checkEnglish(t, cases, false)
}

// TestCountryNamedBefore: "the country" as the target slot's phrase is
// the state named last before the act, past the source's own phrases and
// the act's participants after the trigger; none when that state is the
// source's own (en_office.go, countryNamedBefore).
func TestCountryNamedBefore(t *testing.T) {
	cases := []textCase{
		{"Withdrawal\n\nThe leader of Afghanistan's Taliban praised the withdrawal of U.S. troops from the country.",
			"SUPPORT AFG>USA asserted; RETREAT USA>AFG asserted"},
		{"Withdrawal\n\nSyria has been at war since 2011. Russia withdrew its troops from the country on Monday.",
			"RETREAT RUS>SYR asserted"},
		// the state named before is the source's own: no target
		{"Withdrawal\n\nRussia's army withdrew its troops from the country on Monday.", ""},
		// a state named only after the trigger is the act's own participant
		{"Withdrawal\n\nThe council voted to pull all U.S. troops from the country.", ""},
	}
	checkEnglish(t, cases, false)
}
