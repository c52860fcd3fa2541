package events_test

import (
	"strings"
	"testing"

	"github.com/kronika/kronika/pipeline"
)

// TestTitledParticipants: a person the actor base does not know, named
// with a title, stands for the article's country's body of that sector;
// a nationality word beside an unknown name still names the actor.
func TestTitledParticipants(t *testing.T) {
	cases := []struct {
		text string
		want string // the events, "TYPE SRC>TGT modality" joined by "; "
	}{
		// an unknown president in a story about Uganda is its government
		{"President Yoweri Mbabazi has banned Ugandan opposition candidates from the elections.", "COERCE UGA>UGA asserted"},
		// the nationality word names the actor when the name is unknown
		{"British Defence Secretary Tom Kingsley has promised military aid to Mozambique.", "AGREE GBR>MOZ asserted"},
		// the first nationality word that names a country
		{"Turkey attacked the Syrian Kurdish militia.", "ASSAULT TUR>SYR asserted"},
		// a nationality word with no country on the head leaves the one
		// with a country to name the actor
		{"Iraqi Kurds sought refuge in Germany.", "REQUEST IRQ>DEU asserted"},
		// a civilian word is no title, and a body noun before a head
		// that is no actor names none: no event
		{"The court process will not allow Zimbabwe to appeal.", ""},
		// no title: an unknown person is no participant
		{"Yoweri Mbabazi banned Ugandan opposition candidates.", ""},
	}
	p := pipeline.New()
	for _, tc := range cases {
		d := code(t, p, "en", " date 2024-07-10\n"+tc.text+"\n")
		if got := strings.Join(describe(d), "; "); got != tc.want {
			t.Errorf("%q: events %q, want %q", tc.text, got, tc.want)
		}
	}
}
