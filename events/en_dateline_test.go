package events_test

import (
	"github.com/kronika/kronika/doc"
	"strings"
	"testing"

	"github.com/kronika/kronika/pipeline"
)

// TestDatelineNoParticipant: the place a wire story's dateline names
// gives the story's place (and, when no country leads the count, its
// country) and is no participant of its events, while the same name in
// the story's body still is one (dateline.go).
func TestDatelineNoParticipant(t *testing.T) {
	cases := []struct {
		text, want string
		// a participant with this text (the dateline's name) must not
		// appear, or, with body set, must
		name string
		body bool
	}{
		{"Unrest\n\nTIRANA — The president accused Serbia of stoking unrest in the north, officials said on Tuesday.",
			"ACCUSE ALB>SRB asserted", "TIRANA", false},
		{"Unrest\n\nTIRANA — Critics accused Serbia of stoking unrest.\n\nOfficials in Serbia and Kosovo gave no comment, and Serbia and Kosovo stayed silent.",
			"", "TIRANA", false},
		// the minister is Ukraine's: the story's country, not a participant
		{"Unrest\n\nKYIV, Ukraine (AP) — The minister condemned Russia for the strikes on the city's power plants overnight.",
			"ACCUSE UKR>RUS asserted", "KYIV", false},
		// Serbia and Albania tie: the dateline's country is the story's
		{"Unrest\n\nBELGRADE (Reuters) - The government criticised Albania over the arrests at the border crossing.",
			"ACCUSE SRB>ALB asserted", "BELGRADE", false},
		// body text: the capitals are the participants
		{"Unrest\n\nTIRANA — Officials met on Tuesday.\n\nTirana accused Belgrade of stoking unrest in the north.",
			"ACCUSE ALB>SRB asserted", "Tirana", true},
		// a dash after a name in lower case opens an aside, no dateline
		{"Unrest\n\nSerbia — already at odds with its neighbours — accused Albania of stoking unrest in the north.",
			"ACCUSE SRB>ALB asserted", "Serbia", true},
		// no dateline: the opening name is the subject
		{"Unrest\n\nAlbania accused Serbia of stoking unrest in the north, officials said on Tuesday.",
			"ACCUSE ALB>SRB asserted", "Albania", true},
	}
	p := pipeline.New()
	for _, tc := range cases {
		d := code(t, p, "en", " date 2024-07-10\n"+tc.text+"\n")
		if g := strings.Join(describe(d), "; "); g != tc.want {
			t.Errorf("%q: events %q, want %q", tc.text, g, tc.want)
		}
		found := false
		for _, e := range d.Events {
			for _, pt := range []string{textOf(e.Source), textOf(e.Target)} {
				if pt == tc.name {
					found = true
				}
			}
		}
		if found != tc.body {
			t.Errorf("%q: a participant %q: %v, want %v", tc.text, tc.name, found, tc.body)
		}
	}
}

func textOf(p *doc.Participant) string {
	if p == nil {
		return ""
	}
	return p.Text
}
